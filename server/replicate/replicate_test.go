package replicate_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/benbjohnson/litestream"

	"walker/server/backup"
	"walker/server/replicate"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// TestParseURL: a folder, as a file URL or a plain absolute path, and an s3
// URL are taken; anything else is refused with a message saying what is
// wanted, never repeating a password.
func TestParseURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"/var/lib/walker-replica", "file:///var/lib/walker-replica"},
		{"/var/lib/walker-replica/", "file:///var/lib/walker-replica"},
		{"file:///var/lib/walker-replica", "file:///var/lib/walker-replica"},
		{"file://localhost/srv/a b", "file:///srv/a%20b"},
		{"s3://walker-backups/prod", "s3://walker-backups/prod"},
		{"s3://walker/db?endpoint=http://127.0.0.1:9000&region=eu-1", "s3://walker/db?endpoint=http://127.0.0.1:9000&region=eu-1"},
	} {
		got, err := replicate.ParseURL(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseURL(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"replica", "absolute path"},
		{"./replica", "absolute path"},
		{"file://replica/dir", "three slashes"},
		{"file:replica", "three slashes"},
		{"file:///", "below /"},
		{"file:///srv/r?x=1", "no query"},
		{"s3://", "no bucket"},
		{"s3://key:s3cret@bucket/db", "credentials go in AWS_ACCESS_KEY_ID"},
		{"gs://bucket/db", "the scheme gs is not one Walker replicates to"},
		{"ftp://host/db", "the scheme ftp"},
	} {
		_, err := replicate.ParseURL(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "file:///absolute/folder") {
			t.Errorf("ParseURL(%q): %v, want an error saying %q and what to give", tc.in, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "s3cret") {
			t.Errorf("ParseURL(%q) repeats the password: %v", tc.in, err)
		}
	}
}

// The replication's local state is where backup.ReplicationState says, so
// that a restore moves it aside with the database it belongs to.
func TestReplicationStateIsLitestreams(t *testing.T) {
	path := filepath.Join(t.TempDir(), "walker.db")
	if got, want := backup.ReplicationState(path), litestream.NewDB(path).MetaPath(); got != want {
		t.Fatalf("backup.ReplicationState %s, Litestream keeps it in %s", got, want)
	}
}

// logs collects a logger's lines.
type logs struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logs) Write(p []byte) (int, error) { l.mu.Lock(); defer l.mu.Unlock(); return l.buf.Write(p) }
func (l *logs) String() string              { l.mu.Lock(); defer l.mu.Unlock(); return l.buf.String() }

func sqlitePath(t *testing.T) string {
	t.Helper()
	pgURL, path := storetest.Location(t, os.Getenv)
	if pgURL != "" {
		t.Skip("replication copies the SQLite file; on PostgreSQL it is refused (server's TestConfigParse)")
	}
	return path
}

// waitSynced waits until a round that began after since has succeeded.
func waitSynced(t *testing.T, r *replicate.Replicator, since time.Time) replicate.Status {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if st := r.Status(); st.Synced.After(since) {
			return st
		}
	}
	t.Fatalf("no round succeeded after %s: %+v", since.Format(time.RFC3339Nano), r.Status())
	return replicate.Status{}
}

// A database replicated to a folder comes back by Restore with every write
// shipped before the replication stopped, and without what came after; the
// restore is refused while a process has the database open. A server on the
// restored database replicates to the same folder again, and a second
// restore brings back what it wrote.
func TestReplicateThenRestore(t *testing.T) {
	path, replica := sqlitePath(t), t.TempDir()
	ctx := context.Background()
	var lines logs
	log := slog.New(slog.NewJSONHandler(&lines, nil))
	names := func(h *servertest.Harness) []string {
		n, err := h.Store.Client.Organization.Query().Select("name").Strings(servertest.System())
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(n)
		return n
	}

	h := servertest.Replica(t, "", path)
	r, err := replicate.Start(ctx, h.Store, replica, 100*time.Millisecond, log)
	if err != nil {
		t.Fatal(err)
	}
	h.Store.Client.Organization.Create().SetName("Acme").SaveX(servertest.System())
	st := waitSynced(t, r, time.Now())
	if !st.Active || st.Rounds < 1 || st.TXID == 0 || st.Failed != 0 {
		t.Fatalf("status after a round: %+v", st)
	}
	if _, err := replicate.Restore(ctx, path, replica, time.Now(), log); !errors.Is(err, backup.ErrInUse) {
		t.Fatalf("restore while the database is open: %v", err)
	}
	if err := r.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	h.Store.Client.Organization.Create().SetName("After the replication stopped").SaveX(servertest.System())
	if err := h.Store.Close(); err != nil {
		t.Fatal(err)
	}

	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	got, err := replicate.Restore(ctx, path, "file://"+replica, now, log)
	if err != nil {
		t.Fatal(err)
	}
	if got.Path != path || got.Aside != path+".replaced-20261201T100000Z" || got.StateAside != backup.ReplicationState(got.Aside) ||
		got.TXID < st.TXID || got.At.IsZero() || got.Took <= 0 {
		t.Fatalf("restored %+v", got)
	}
	if _, err := os.Stat(got.StateAside); err != nil {
		t.Fatalf("the replication state did not go aside: %v", err)
	}
	again := servertest.Replica(t, "", path)
	if n := names(again); !slices.Equal(n, []string{"Acme"}) {
		t.Fatalf("organizations after the restore: %v", n)
	}

	// The restored database replicates again, to the same folder.
	r, err = replicate.Start(ctx, again.Store, replica, 100*time.Millisecond, log)
	if err != nil {
		t.Fatal(err)
	}
	again.Store.Client.Organization.Create().SetName("Globex").SaveX(servertest.System())
	waitSynced(t, r, time.Now())
	if err := r.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := again.Store.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := replicate.Restore(ctx, path, replica, now.Add(time.Second), log); err != nil {
		t.Fatal(err)
	}
	if n := names(servertest.Replica(t, "", path)); !slices.Equal(n, []string{"Acme", "Globex"}) {
		t.Fatalf("organizations after the second restore: %v", n)
	}
	if strings.Contains(lines.String(), `"level":"ERROR"`) {
		t.Errorf("errors logged:\n%s", lines.String())
	}
}

// Two processes serving one file: one replicates, the other stands by and
// takes over when the first stops, so that the replica has one writer.
func TestOneProcessReplicates(t *testing.T) {
	path, replica := sqlitePath(t), t.TempDir()
	ctx := context.Background()
	log := slog.New(slog.DiscardHandler)
	a, b := servertest.Replica(t, "", path), servertest.Replica(t, "", path)
	ra, err := replicate.Start(ctx, a.Store, replica, 100*time.Millisecond, log)
	if err != nil {
		t.Fatal(err)
	}
	waitSynced(t, ra, time.Now())
	rb, err := replicate.Start(ctx, b.Store, replica, 100*time.Millisecond, log)
	if err != nil {
		t.Fatal(err)
	}
	b.Store.Client.Organization.Create().SetName("Written by b").SaveX(servertest.System())
	waitSynced(t, ra, time.Now()) // a ships what b wrote
	if st := rb.Status(); st.Active || st.Rounds != 0 {
		t.Fatalf("the second process replicates too: %+v", st)
	}
	if err := ra.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if st := waitSynced(t, rb, time.Now()); !st.Active {
		t.Fatalf("b did not take over: %+v", st)
	}
	b.Store.Client.Organization.Create().SetName("After the takeover").SaveX(servertest.System())
	waitSynced(t, rb, time.Now())
	if err := rb.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	a.Store.Close()
	b.Store.Close()
	if _, err := replicate.Restore(ctx, path, replica, time.Now(), log); err != nil {
		t.Fatal(err)
	}
	n, err := servertest.Replica(t, "", path).Store.Client.Organization.Query().Count(servertest.System())
	if err != nil || n != 2 {
		t.Fatalf("%d organizations after the restore (%v), want 2", n, err)
	}
}

// A replica that holds nothing is refused, and the database stays.
func TestRestoreFromAnEmptyReplica(t *testing.T) {
	path := sqlitePath(t)
	h := servertest.Replica(t, "", path)
	h.Store.Close()
	_, err := replicate.Restore(context.Background(), path, t.TempDir(), time.Now(), slog.New(slog.DiscardHandler))
	if err == nil || !strings.Contains(err.Error(), "holds no database") {
		t.Fatalf("restore from an empty replica: %v", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the database: %v", err)
	}
}
