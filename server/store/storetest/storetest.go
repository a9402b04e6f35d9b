// Package storetest gives each test a fresh, migrated Walker database: a
// SQLite file named after the test by default, or a PostgreSQL schema of its
// own when WALKER_TEST_DATABASE_URL is set. No mocks: the real database runs.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"

	"walker/server/store"
)

// EnvURL names the variable holding a PostgreSQL URL for the tests.
const EnvURL = "WALKER_TEST_DATABASE_URL"

// Open returns a fresh migrated store whose ent driver counts statements in counter
// (counter may be nil), opened with opts.
func Open(t testing.TB, getenv func(string) string, counter *Counter, opts ...store.Option) *store.Store {
	t.Helper()
	ctx := context.Background()
	pgURL, sqlitePath := Location(t, getenv)
	dsn, dia, driver := store.SQLiteDSN(sqlitePath), dialect.SQLite, store.SQLiteDriver
	if pgURL != "" {
		dsn, dia, driver = pgURL, dialect.Postgres, "pgx"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatalf("opening test database: %v", err)
	}
	store.Configure(db, dia)
	var wrap func(dialect.Driver) dialect.Driver
	if counter != nil {
		wrap = counter.wrap
	}
	st := store.New(db, dia, wrap, opts...)
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrating test database: %v", err)
	}
	return st
}

// Location makes a fresh, empty database for the test and says where it is:
// a PostgreSQL URL (with a schema of its own) when getenv(EnvURL) is set,
// else the path of a SQLite file in the test's temporary folder.
func Location(t testing.TB, getenv func(string) string) (postgresURL, sqlitePath string) {
	t.Helper()
	if u := getenv(EnvURL); u != "" {
		return postgresSchema(t, u), ""
	}
	return "", filepath.Join(t.TempDir(), safeName(t.Name())+".db")
}

var unsafe = regexp.MustCompile(`[^a-zA-Z0-9]+`)

func safeName(s string) string {
	s = strings.ToLower(unsafe.ReplaceAllString(s, "_"))
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// postgresSchema creates a schema for the test and returns a URL that uses it.
func postgresSchema(t testing.TB, base string) string {
	t.Helper()
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	schema := "t_" + safeName(t.Name()) + "_" + hex.EncodeToString(b)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("opening PostgreSQL: %v", err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE SCHEMA "` + schema + `"`); err != nil {
		t.Fatalf("creating schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.Exec(`DROP SCHEMA "` + schema + `" CASCADE`)
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parsing %s: %v", EnvURL, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// Counter counts the SQL statements sent through an ent driver.
type Counter struct{ n atomic.Int64 }

// Reset sets the count to zero.
func (c *Counter) Reset() { c.n.Store(0) }

// Count returns the statements counted since the last Reset.
func (c *Counter) Count() int { return int(c.n.Load()) }

func (c *Counter) wrap(d dialect.Driver) dialect.Driver { return &countingDriver{Driver: d, c: c} }

type countingDriver struct {
	dialect.Driver
	c *Counter
}

func (d *countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.c.n.Add(1)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *countingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.c.n.Add(1)
	return d.Driver.Query(ctx, query, args, v)
}

func (d *countingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, c: d.c}, nil
}

// QueryContext and ExecContext serve ent's raw-SQL API (the aggregates).
func (d *countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	d.c.n.Add(1)
	return d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (d *countingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	d.c.n.Add(1)
	return d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}

type countingTx struct {
	dialect.Tx
	c *Counter
}

func (t *countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.c.n.Add(1)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.c.n.Add(1)
	return t.Tx.Query(ctx, query, args, v)
}

// QueryContext and ExecContext serve ent's raw-SQL API inside transactions
// (the change log's reads and PostgreSQL advisory locks).
func (t *countingTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	t.c.n.Add(1)
	return t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (t *countingTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	t.c.n.Add(1)
	return t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}
