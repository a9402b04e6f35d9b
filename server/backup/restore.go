package backup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"walker/server/store"
)

// walkerTables are tables every release of Walker has had: a file without
// them is not a Walker database.
var walkerTables = []string{"organizations", "leaders", "customers", "conversations"}

// Restored describes a restore.
type Restored struct {
	// Result describes the database now in place.
	Result
	// Aside is where the database that was in place went ("" when there was
	// none); its -wal and -shm files, when it had them, went beside it.
	Aside string
}

// ErrInUse is returned by Restore while a process has the database open.
var ErrInUse = errors.New("a Walker process has the database open (walker serve, or another command): stop it first")

// Restore puts the backup at from in place of the SQLite database at dbPath,
// refusing while any Walker process has it open (store.LockPath). It checks
// the backup first (a SQLite file, integrity, foreign keys, Walker's
// tables), copies it through SQLite beside the database (so a backup with a
// -wal of its own comes whole), moves the current database and its -wal and
// -shm aside as dbPath.replaced-<time>, and gives the copy the database's
// name. Whatever fails before the move changes nothing. The next walker serve
// migrates the restored database and serves it.
func Restore(ctx context.Context, dbPath, from string, now time.Time) (Restored, error) {
	lock, err := store.LockFile(store.LockPath(dbPath), true)
	if errors.Is(err, store.ErrLocked) {
		return Restored{}, fmt.Errorf("restoring into %s: %w", dbPath, ErrInUse)
	}
	if err != nil {
		return Restored{}, err
	}
	defer lock.Release()
	switch same, err := sameFile(dbPath, from); {
	case err != nil:
		return Restored{}, err
	case same:
		return Restored{}, fmt.Errorf("%s is the database itself", from)
	}
	src, err := Check(ctx, from)
	if err != nil {
		return Restored{}, err
	}
	for _, t := range walkerTables {
		if _, ok := src.Tables[t]; !ok {
			return Restored{}, fmt.Errorf("%s is not a Walker database: it has no %s table", from, t)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(dbPath), filepath.Base(dbPath)+".*.restoring")
	if err != nil {
		return Restored{}, fmt.Errorf("preparing the restore: %w", err)
	}
	restoring := tmp.Name()
	tmp.Close()
	defer os.Remove(restoring) // gone already once it took the name
	if err := vacuumInto(ctx, from, restoring); err != nil {
		return Restored{}, err
	}
	var r Restored
	if r.Result, err = Check(ctx, restoring); err != nil {
		return Restored{}, fmt.Errorf("checking the copy: %w", err)
	}
	if err := os.Chmod(restoring, 0o600); err != nil {
		return Restored{}, err
	}
	if r.Aside, err = moveAside(dbPath, now); err != nil {
		return Restored{}, err
	}
	if err := os.Rename(restoring, dbPath); err != nil {
		return Restored{}, errors.Join(fmt.Errorf("putting the backup in place: %w", err), moveBack(dbPath, r.Aside))
	}
	r.Path = dbPath
	return r, syncDir(filepath.Dir(dbPath))
}

// vacuumInto copies the SQLite database at from, read-only, into the empty
// file at to.
func vacuumInto(ctx context.Context, from, to string) error {
	db, err := sql.Open("sqlite", readOnlyDSN(from))
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", to); err != nil {
		return fmt.Errorf("copying %s: %w", from, err)
	}
	f, err := os.Open(to)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// companions are the files SQLite keeps beside a database in WAL mode.
var companions = []string{"", "-wal", "-shm"}

// moveAside renames the database at dbPath and its companions to
// dbPath.replaced-<now>, and returns that name ("" when there was no
// database).
func moveAside(dbPath string, now time.Time) (string, error) {
	if _, err := os.Lstat(dbPath); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	aside := dbPath + ".replaced-" + now.UTC().Format(nameLayout)
	for _, c := range companions {
		if _, err := os.Lstat(aside + c); err == nil {
			return "", fmt.Errorf("%s exists: wait a second and try again", aside+c)
		}
	}
	for i, c := range companions {
		err := os.Rename(dbPath+c, aside+c)
		if err == nil || (c != "" && errors.Is(err, os.ErrNotExist)) {
			continue
		}
		for _, done := range companions[:i] {
			_ = os.Rename(aside+done, dbPath+done)
		}
		return "", fmt.Errorf("moving the database aside: %w", err)
	}
	return aside, nil
}

// moveBack undoes moveAside.
func moveBack(dbPath, aside string) error {
	if aside == "" {
		return nil
	}
	var errs []error
	for _, c := range companions {
		if err := os.Rename(aside+c, dbPath+c); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// sameFile reports whether a and b are one file; a missing a is not b.
func sameFile(a, b string) (bool, error) {
	ai, err := os.Stat(a)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	bi, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(ai, bi), nil
}
