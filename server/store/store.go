// Package store opens Walker's database — an embedded SQLite file by default,
// PostgreSQL when a postgres:// URL is given — and migrates its schema.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx": the best-kept pure-Go driver.
	_ "modernc.org/sqlite"             // SQLite: pure Go, so the binary builds with CGO_ENABLED=0; opened as SQLiteDriver (stmtcache.go).

	"walker/ent"
	"walker/ent/migrate"
	_ "walker/ent/runtime" // Registers the schema's hooks, policies and defaults.
	"walker/server/store/changelog"
	"walker/server/store/rollup"
)

// Store is an open database.
type Store struct {
	Client  *ent.Client
	DB      *sql.DB
	Dialect string
	// Committed signals the commits of changes made through Client.
	Committed *changelog.Committed
	group     *groupCommit // SQLite's write transactions; nil on PostgreSQL
	// lock is the shared lock on the SQLite file's LockPath, held while open.
	lock *FileLock
	// migrated is set once Migrate has brought the schema up to date.
	migrated atomic.Bool
}

// GroupCommits reports, on SQLite, how many write transactions have been
// committed and in how many commits (groupCommit); zeros on PostgreSQL.
func (s *Store) GroupCommits() (transactions, commits int64) {
	if s.group == nil {
		return 0, 0
	}
	return s.group.transactions.Load(), s.group.commits.Load()
}

// WithoutWriters runs fn while this process's SQLite write transactions
// wait: once the one running has finished and the batch left open is
// committed, the write lock is free for another connection until fn returns.
// The replication's checkpoints need it for a moment (server/replicate), and
// a steady stream of group commits would never leave it free long enough
// for a connection of its own. On PostgreSQL it just runs fn.
func (s *Store) WithoutWriters(ctx context.Context, fn func() error) error {
	if s.group == nil {
		return fn()
	}
	return s.group.exclusive(ctx, fn)
}

// ErrInUse is returned by Open while a restore replaces the SQLite file.
var ErrInUse = errors.New("a restore is replacing the database")

// Open connects to databaseURL when it is a postgres:// URL, and otherwise to
// the SQLite file at sqlitePath, creating its folder if needed; it holds a
// shared lock on the file's LockPath until Close, so that a restore refuses
// while the database is open.
func Open(ctx context.Context, databaseURL, sqlitePath string, opts ...Option) (*Store, error) {
	if IsPostgres(databaseURL) {
		return open(ctx, "pgx", dialect.Postgres, databaseURL, opts)
	}
	if databaseURL != "" {
		return nil, fmt.Errorf("database URL %q: only postgres:// or postgresql:// URLs are supported; leave it empty for the embedded SQLite file", redact(databaseURL))
	}
	if dir := filepath.Dir(sqlitePath); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("creating data folder: %w", err)
		}
	}
	lock, err := LockFile(LockPath(sqlitePath), false)
	if errors.Is(err, ErrLocked) {
		return nil, fmt.Errorf("opening %s: %w; try again when it is done", sqlitePath, ErrInUse)
	}
	if err != nil {
		return nil, err
	}
	st, err := open(ctx, SQLiteDriver, dialect.SQLite, SQLiteDSN(sqlitePath), opts)
	if err != nil {
		return nil, errors.Join(err, lock.Release())
	}
	st.lock = lock
	return st, nil
}

// IsPostgres reports whether u is a PostgreSQL URL.
func IsPostgres(u string) bool {
	return strings.HasPrefix(u, "postgres://") || strings.HasPrefix(u, "postgresql://")
}

// SQLiteDSN is the connection string for the SQLite file at path:
//   - foreign_keys: ent needs them to migrate and to keep edges consistent;
//   - WAL: readers never block the writer;
//   - synchronous FULL: a commit survives power loss, not only a crash;
//   - busy_timeout: a writer waits up to 5 s for another instead of failing;
//   - _txlock=immediate: a transaction that reads then writes takes the write
//     lock up front, so it waits (busy_timeout) rather than failing with SQLITE_BUSY;
//   - _time_format=sqlite: times stored as "YYYY-MM-DD HH:MM:SS.fff+00:00",
//     which SQLite's date functions understand.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
		"&_pragma=busy_timeout(5000)&_txlock=immediate&_time_format=sqlite"
}

func open(ctx context.Context, driver, dia, dsn string, opts []Option) (*Store, error) {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s database: %w", dia, err)
	}
	Configure(db, dia)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to %s database: %w", dia, err)
	}
	return New(db, dia, nil, opts...), nil
}

// New wraps an open database. wrap, when not nil, wraps ent's driver (tests
// count statements with it).
func New(db *sql.DB, dia string, wrap func(dialect.Driver) dialect.Driver, opts ...Option) *Store {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	var drv dialect.Driver = entsql.OpenDB(dia, db)
	if wrap != nil {
		drv = wrap(drv)
	}
	var group *groupCommit
	if dia == dialect.Postgres {
		drv = limitWriters(drv, max(db.Stats().MaxOpenConnections/2, 1))
	} else {
		group = newGroupCommit(drv) // one writer: its transactions share commits
		drv = group
	}
	if o.tracer != nil {
		// Outermost, so that a statement's span lasts as long as the request
		// waits for it.
		drv = traceStatements(drv, dia, o.tracer)
	}
	client := ent.NewClient(ent.Driver(drv))
	committed := &changelog.Committed{}
	client.Use(changelog.Hook(dia, committed)) // every write of a record leaves its change
	client.Use(rollup.Hook(dia))               // and keeps the insights' totals, inside the change's transaction
	return &Store{Client: client, DB: db, Dialect: dia, Committed: committed, group: group}
}

// Configure sets the connection pool of a database opened for Walker.
func Configure(db *sql.DB, dia string) {
	if dia == dialect.Postgres {
		db.SetMaxOpenConns(20)
		db.SetMaxIdleConns(20)
		return
	}
	// SQLite allows one writer at a time; a few connections let readers
	// proceed under WAL while it writes.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(8)
}

// Migrate brings the schema up to date. It uses ent's automatic migration:
// additive (it never drops a column or an index that the schema no longer
// has), idempotent, and the same code for both databases, so that the one
// binary upgrades itself on start. On PostgreSQL an advisory lock makes
// replicas that start together migrate one after the other.
func (s *Store) Migrate(ctx context.Context) error {
	if s.Dialect == dialect.Postgres {
		conn, err := s.DB.Conn(ctx)
		if err != nil {
			return fmt.Errorf("migrating: %w", err)
		}
		defer conn.Close()
		const lockKey = 0x57414c4b // "WALK"
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lockKey); err != nil {
			return fmt.Errorf("migrating: taking the lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", lockKey) //nolint:errcheck // the lock also ends with the session.
	}
	if err := s.Client.Schema.Create(ctx, migrate.WithForeignKeys(true)); err != nil {
		return fmt.Errorf("migrating schema: %w", err)
	}
	if err := s.normalizeEmails(ctx); err != nil {
		return fmt.Errorf("migrating data: %w", err)
	}
	if err := s.fillTokenScopes(ctx); err != nil {
		return fmt.Errorf("migrating data: %w", err)
	}
	// The insights' totals came after the records: a database that has
	// records and no totals has them computed once.
	need, err := rollup.Needed(ctx, s.Client)
	if err == nil && need {
		err = rollup.Rebuild(ctx, s.Client, s.Dialect)
	}
	if err != nil {
		return fmt.Errorf("migrating data: %w", err)
	}
	if s.Dialect == dialect.SQLite {
		// SQLite's planner needs table statistics to choose between indexes
		// (a leader's month has several); PostgreSQL keeps its own with
		// autovacuum. optimize gathers the missing or stale ones, bounded by
		// analysis_limit so that it stays quick on a large file.
		if _, err := s.DB.ExecContext(ctx, "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002"); err != nil {
			return fmt.Errorf("gathering SQLite statistics: %w", err)
		}
	}
	s.migrated.Store(true)
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return errors.Join(s.Client.Close(), s.lock.Release()) }

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error { return s.DB.PingContext(ctx) }

// ErrNotMigrated is returned by Ready before Migrate has succeeded.
var ErrNotMigrated = errors.New("the schema is not migrated yet")

// Ready checks that Migrate has run on this store and that the database
// answers a query on the migrated schema (a ping alone opens no file on
// SQLite).
func (s *Store) Ready(ctx context.Context) error {
	if !s.migrated.Load() {
		return ErrNotMigrated
	}
	var one int
	err := s.DB.QueryRowContext(ctx, "SELECT 1 FROM organizations LIMIT 1").Scan(&one)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("querying the database: %w", err)
	}
	return nil
}

// redact hides a password in a URL for messages.
func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "(unparseable URL)"
	}
	return p.Redacted()
}
