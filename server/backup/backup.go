// Package backup copies Walker's SQLite database while it serves (VACUUM
// INTO, a read of the source), checks every copy by opening it before calling
// it a backup, makes them on a schedule keeping the last few, and puts one back
// in place (Restore; Replace for a database another source writes, such as
// the replica of server/replicate) when no process has the database open. PostgreSQL's
// backups are pg_dump's job: PgDumpCommand says how.
package backup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver, as the store opens it.
)

// Result describes a checked copy of the database.
type Result struct {
	Path  string
	Bytes int64
	// Tables are the rows of each table in the copy.
	Tables map[string]int64
	Rows   int64
	// Exact says that no other connection wrote while the copy was made, so
	// that the copy's row counts were compared with the source's, and equal.
	Exact bool
	Took  time.Duration
}

// Make copies the SQLite database db into a new file at path (its folder is
// created) and checks the copy: integrity, foreign keys, the same tables as
// the source and, when nothing wrote meanwhile, the same row counts. It
// never overwrites a file: an existing path is refused. The copy is written
// beside path under a .partial name and takes path only once checked.
func Make(ctx context.Context, db *sql.DB, path string) (Result, error) {
	began := time.Now()
	if _, err := os.Lstat(path); err == nil {
		return Result{}, fmt.Errorf("%s exists: a backup never overwrites a file", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return Result{}, fmt.Errorf("creating the backup folder: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.partial")
	if err != nil {
		return Result{}, fmt.Errorf("creating the backup file: %w", err)
	}
	partial := tmp.Name()
	tmp.Close() // VACUUM INTO writes into an empty file
	r, err := copyInto(ctx, db, partial)
	if err == nil {
		err = publish(partial, path)
	}
	if err != nil {
		os.Remove(partial)
		return Result{}, err
	}
	r.Path, r.Took = path, time.Since(began)
	return r, nil
}

// copyInto writes db into the empty file at partial and checks it. Counts
// are compared only when PRAGMA data_version, which changes when another
// connection commits, is the same before the source's counts and after the
// copy: VACUUM INTO cannot run inside a transaction, so that is how to know
// that the counts and the copy saw the same database.
func copyInto(ctx context.Context, db *sql.DB, partial string) (Result, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("backing up: %w", err)
	}
	defer conn.Close()
	before, err := dataVersion(ctx, conn)
	if err != nil {
		return Result{}, err
	}
	source, err := countRows(ctx, conn)
	if err != nil {
		return Result{}, fmt.Errorf("counting the source's rows: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "VACUUM INTO ?", partial); err != nil {
		return Result{}, fmt.Errorf("copying the database (VACUUM INTO): %w", err)
	}
	after, err := dataVersion(ctx, conn)
	if err != nil {
		return Result{}, err
	}
	if err := os.Chmod(partial, 0o600); err != nil { // people's data: the owner's only
		return Result{}, err
	}
	r, err := Check(ctx, partial)
	if err != nil {
		return Result{}, fmt.Errorf("checking the copy: %w", err)
	}
	for table := range source {
		if _, ok := r.Tables[table]; !ok {
			return Result{}, fmt.Errorf("checking the copy: table %s is missing", table)
		}
	}
	if len(r.Tables) != len(source) {
		return Result{}, fmt.Errorf("checking the copy: %d tables, the source has %d", len(r.Tables), len(source))
	}
	if r.Exact = before == after; r.Exact {
		for table, n := range source {
			if r.Tables[table] != n {
				return Result{}, fmt.Errorf("checking the copy: %s has %d rows, the source %d", table, r.Tables[table], n)
			}
		}
	}
	return r, nil
}

func dataVersion(ctx context.Context, conn *sql.Conn) (int64, error) {
	var v int64
	if err := conn.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("reading data_version: %w", err)
	}
	return v, nil
}

// publish gives the checked partial file its name, durably, and refuses to
// replace a file that took the name meanwhile (a hard link never replaces).
func publish(partial, path string) error {
	f, err := os.Open(partial)
	if err != nil {
		return err
	}
	err = f.Sync()
	f.Close()
	if err != nil {
		return fmt.Errorf("syncing the backup: %w", err)
	}
	switch err := os.Link(partial, path); {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("%s exists: a backup never overwrites a file", path)
	case err != nil:
		// A file system without hard links: rename, having checked again.
		if _, serr := os.Lstat(path); serr == nil {
			return fmt.Errorf("%s exists: a backup never overwrites a file", path)
		}
		if err := os.Rename(partial, path); err != nil {
			return fmt.Errorf("naming the backup: %w", err)
		}
	default:
		if err := os.Remove(partial); err != nil {
			return err
		}
	}
	return syncDir(filepath.Dir(path))
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("syncing %s: %w", dir, err)
	}
	return nil
}

// sqliteHeader begins every SQLite database file.
const sqliteHeader = "SQLite format 3\x00"

// Check opens the SQLite file at path read-only and checks it: a SQLite
// database, PRAGMA integrity_check ok, no foreign key broken. It counts the
// rows of every table.
func Check(ctx context.Context, path string) (Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return Result{}, err
	}
	head := make([]byte, len(sqliteHeader))
	_, err = f.ReadAt(head, 0)
	info, serr := f.Stat()
	f.Close()
	if err != nil || string(head) != sqliteHeader {
		return Result{}, fmt.Errorf("%s is not a SQLite database", path)
	}
	if serr != nil {
		return Result{}, serr
	}
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return Result{}, err
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("opening %s: %w", path, err)
	}
	defer conn.Close()
	problems, err := column(ctx, conn, "PRAGMA integrity_check")
	if err != nil {
		return Result{}, fmt.Errorf("%s: integrity check: %w", path, err)
	}
	if len(problems) != 1 || problems[0] != "ok" {
		return Result{}, fmt.Errorf("%s: integrity check failed: %s", path, strings.Join(first(problems, 5), "; "))
	}
	broken, err := column(ctx, conn, "SELECT DISTINCT \"table\" || ' → ' || parent FROM pragma_foreign_key_check")
	if err != nil {
		return Result{}, fmt.Errorf("%s: foreign key check: %w", path, err)
	}
	if len(broken) > 0 {
		return Result{}, fmt.Errorf("%s: foreign keys broken: %s", path, strings.Join(first(broken, 5), ", "))
	}
	r := Result{Path: path, Bytes: info.Size()}
	if r.Tables, err = countRows(ctx, conn); err != nil {
		return Result{}, fmt.Errorf("%s: counting rows: %w", path, err)
	}
	for _, n := range r.Tables {
		r.Rows += n
	}
	return r, nil
}

// readOnlyDSN opens the file at path read-only, escaping what a URI reserves.
func readOnlyDSN(path string) string {
	return "file:" + strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path) + "?mode=ro"
}

func first(s []string, n int) []string { return s[:min(len(s), n)] }

// column reads the first column of every row of query.
func column(ctx context.Context, conn *sql.Conn, query string) ([]string, error) {
	rows, err := conn.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// countRows counts the rows of every table of the database, SQLite's own
// (sqlite_sequence, sqlite_stat1) aside.
func countRows(ctx context.Context, conn *sql.Conn) (map[string]int64, error) {
	tables, err := column(ctx, conn, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		return nil, err
	}
	counts := make(map[string]int64, len(tables))
	for _, t := range tables {
		var n int64
		if err := conn.QueryRowContext(ctx, `SELECT COUNT(*) FROM "`+strings.ReplaceAll(t, `"`, `""`)+`"`).Scan(&n); err != nil {
			return nil, fmt.Errorf("%s: %w", t, err)
		}
		counts[t] = n
	}
	return counts, nil
}
