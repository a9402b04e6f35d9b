package store_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"walker/server/store"
	"walker/server/store/storetest"
)

// A store is ready once Migrate has run and the database answers, and not
// before: a server over it answers /readyz 503 until then.
func TestReadyAfterMigrate(t *testing.T) {
	ctx := context.Background()
	pgURL, path := storetest.Location(t, os.Getenv)
	st, err := store.Open(ctx, pgURL, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Ready(ctx); !errors.Is(err, store.ErrNotMigrated) {
		t.Fatalf("ready before migrating: %v", err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.Ready(ctx); err != nil {
		t.Fatalf("ready after migrating: %v", err)
	}
	st.DB.Close()
	if err := st.Ready(ctx); err == nil {
		t.Fatal("ready with the database closed")
	}
}

// A second process may open the SQLite file while one has it open (the
// shared lock), but not while a restore holds it.
func TestOpenWhileRestoring(t *testing.T) {
	ctx := context.Background()
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("the lock file is SQLite's")
	}
	_, path := storetest.Location(t, os.Getenv)
	a, err := store.Open(ctx, "", path)
	if err != nil {
		t.Fatal(err)
	}
	b, err := store.Open(ctx, "", path)
	if err != nil {
		t.Fatalf("a second process on the same file: %v", err)
	}
	if _, err := store.LockFile(store.LockPath(path), true); !errors.Is(err, store.ErrLocked) {
		t.Fatalf("an exclusive lock while open: %v", err)
	}
	a.Close()
	b.Close()
	lock, err := store.LockFile(store.LockPath(path), true)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	if _, err := store.Open(ctx, "", path); !errors.Is(err, store.ErrInUse) {
		t.Fatalf("opening while a restore holds the file: %v", err)
	}
}
