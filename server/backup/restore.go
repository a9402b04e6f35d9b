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
	// StateAside is where the replication's local state of the database that
	// was in place went ("" when there was none): ReplicationState(Aside).
	StateAside string
}

// ErrInUse is returned by Restore while a process has the database open.
var ErrInUse = errors.New("a Walker process has the database open (walker serve, or another command): stop it first")

// Restore puts the backup at from in place of the SQLite database at dbPath,
// refusing while any Walker process has it open (store.LockPath). It checks
// the backup first (a SQLite file, integrity, foreign keys, Walker's
// tables), copies it through SQLite beside the database (so a backup with a
// -wal of its own comes whole), and hands the copy to Replace, which checks
// it again and puts it in place. Whatever fails before the move changes
// nothing. The next walker serve migrates the restored database and serves it.
func Restore(ctx context.Context, dbPath, from string, now time.Time) (Restored, error) {
	return Replace(ctx, dbPath, now, func(ctx context.Context, into string) error {
		switch same, err := sameFile(dbPath, from); {
		case err != nil:
			return err
		case same:
			return fmt.Errorf("%s is the database itself", from)
		}
		if _, err := checkWalker(ctx, from); err != nil {
			return err
		}
		return vacuumInto(ctx, from, into)
	})
}

// Replace puts a new database in place of the SQLite database at dbPath,
// refusing while any Walker process has it open (store.LockPath): it holds
// the lock exclusively while fill writes the new database at into (a path in
// a temporary folder beside dbPath, that does not exist yet), checks what
// fill wrote (a SQLite file, integrity, foreign keys, Walker's tables), moves
// the current database aside with its -wal, -shm and replication state
// (moveAside), and gives the new one the database's name. Whatever fails
// before the move changes nothing; the temporary folder is removed.
func Replace(ctx context.Context, dbPath string, now time.Time, fill func(ctx context.Context, into string) error) (Restored, error) {
	lock, err := store.LockFile(store.LockPath(dbPath), true)
	if errors.Is(err, store.ErrLocked) {
		return Restored{}, fmt.Errorf("restoring into %s: %w", dbPath, ErrInUse)
	}
	if err != nil {
		return Restored{}, err
	}
	defer lock.Release()
	work, err := os.MkdirTemp(filepath.Dir(dbPath), filepath.Base(dbPath)+".*.restoring")
	if err != nil {
		return Restored{}, fmt.Errorf("preparing the restore: %w", err)
	}
	defer os.RemoveAll(work) // the new database left it once it took the name
	restoring := filepath.Join(work, filepath.Base(dbPath))
	if err := fill(ctx, restoring); err != nil {
		return Restored{}, err
	}
	var r Restored
	if r.Result, err = checkWalker(ctx, restoring); err != nil {
		return Restored{}, fmt.Errorf("checking the copy: %w", err)
	}
	if err := os.Chmod(restoring, 0o600); err != nil {
		return Restored{}, err
	}
	if r.Aside, r.StateAside, err = moveAside(dbPath, now); err != nil {
		return Restored{}, err
	}
	if err := os.Rename(restoring, dbPath); err != nil {
		return Restored{}, errors.Join(fmt.Errorf("putting the backup in place: %w", err), moveBack(dbPath, r.Aside, r.StateAside))
	}
	r.Path = dbPath
	return r, syncDir(filepath.Dir(dbPath))
}

// checkWalker is Check, and that the file has Walker's tables.
func checkWalker(ctx context.Context, path string) (Result, error) {
	r, err := Check(ctx, path)
	if err != nil {
		return Result{}, err
	}
	for _, t := range walkerTables {
		if _, ok := r.Tables[t]; !ok {
			return Result{}, fmt.Errorf("%s is not a Walker database: it has no %s table", path, t)
		}
	}
	return r, nil
}

// vacuumInto copies the SQLite database at from, read-only, into a new file
// at to.
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

// ReplicationState is the folder where the replication (server/replicate:
// Litestream's own name for it) keeps its local state of the SQLite database
// at dbPath: the changes it read from the WAL, some perhaps not yet shipped.
// It belongs to that database, so a restore moves it aside with it: left in
// place, it would describe a database that is no longer there.
func ReplicationState(dbPath string) string {
	dir, base := filepath.Split(dbPath)
	return filepath.Join(dir, "."+base+"-litestream")
}

// moveAside renames the database at dbPath and its companions to
// dbPath.replaced-<now>, and its replication state to that name's, and
// returns those names ("" for what was not there). The state goes aside even
// when the database itself is gone (a lost disk, or a file deleted).
func moveAside(dbPath string, now time.Time) (aside, stateAside string, err error) {
	to := dbPath + ".replaced-" + now.UTC().Format(nameLayout)
	_, err = os.Lstat(dbPath)
	hasDB := err == nil
	_, err = os.Lstat(ReplicationState(dbPath))
	hasState := err == nil
	for _, c := range companions {
		if _, err := os.Lstat(to + c); err == nil && hasDB {
			return "", "", fmt.Errorf("%s exists: wait a second and try again", to+c)
		}
	}
	if _, err := os.Lstat(ReplicationState(to)); err == nil && hasState {
		return "", "", fmt.Errorf("%s exists: wait a second and try again", ReplicationState(to))
	}
	if hasDB {
		for i, c := range companions {
			err := os.Rename(dbPath+c, to+c)
			if err == nil || (c != "" && errors.Is(err, os.ErrNotExist)) {
				continue
			}
			for _, done := range companions[:i] {
				_ = os.Rename(to+done, dbPath+done)
			}
			return "", "", fmt.Errorf("moving the database aside: %w", err)
		}
		aside = to
	}
	if hasState {
		if err := os.Rename(ReplicationState(dbPath), ReplicationState(to)); err != nil {
			return "", "", errors.Join(fmt.Errorf("moving the replication state aside: %w", err), moveBack(dbPath, aside, ""))
		}
		stateAside = ReplicationState(to)
	}
	return aside, stateAside, nil
}

// moveBack undoes moveAside.
func moveBack(dbPath, aside, stateAside string) error {
	var errs []error
	if aside != "" {
		for _, c := range companions {
			if err := os.Rename(aside+c, dbPath+c); err != nil && !errors.Is(err, os.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	if stateAside != "" {
		if err := os.Rename(stateAside, ReplicationState(dbPath)); err != nil {
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
