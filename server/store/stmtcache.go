package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"reflect"
	"strings"

	"modernc.org/sqlite"
)

// SQLiteDriver is the database/sql driver Walker opens SQLite with:
// modernc.org/sqlite, each connection keeping its prepared statements.
//
// database/sql prepares every statement it is given, runs it once and
// throws it away, unless the caller prepares it itself; ent does not. For
// SQLite that preparation (parsing, planning, generating the statement's
// byte code) was a quarter of the CPU of a createConversation and a tenth of
// a page of 50 (docs/BENCHMARKS.md); PostgreSQL's driver (pgx) already keeps
// its statements per connection. So each connection keeps the statements it
// ran, by their text, and runs them again. SQLite itself prepares a kept
// statement again if the schema changes under it.
const SQLiteDriver = "walker-sqlite"

// maxStatements bounds the statements one connection keeps (each holds
// SQLite memory outside Go's heap); a statement differs with the number of
// ids in an IN list, so there are many, but the hot ones are few.
const maxStatements = 128

func init() { sql.Register(SQLiteDriver, stmtCacheDriver{}) }

type stmtCacheDriver struct{}

func (stmtCacheDriver) Open(name string) (driver.Conn, error) {
	c, err := (&sqlite.Driver{}).Open(name)
	if err != nil {
		return nil, err
	}
	return &cachingConn{conn: c.(sqliteConn), stmts: map[string]*keptStmt{}}, nil
}

// sqliteConn is what Walker uses of a modernc.org/sqlite connection.
type sqliteConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
}

// cachingConn is a connection keeping its statements. database/sql uses a
// connection from one goroutine at a time.
type cachingConn struct {
	conn  sqliteConn
	stmts map[string]*keptStmt
}

// keptStmt is a kept statement; busy while rows read from it are open (a
// second reader of the same text on the connection prepares its own).
type keptStmt struct {
	stmt interface {
		driver.Stmt
		driver.StmtExecContext
		driver.StmtQueryContext
	}
	busy bool
}

// kept returns the kept statement of query, preparing it the first time;
// nil when query is not one to keep (a script of several statements) or the
// kept one is in use.
func (c *cachingConn) kept(ctx context.Context, query string) (*keptStmt, error) {
	if strings.Contains(query, ";") {
		return nil, nil
	}
	if k, ok := c.stmts[query]; ok {
		if k.busy {
			return nil, nil
		}
		return k, nil
	}
	if len(c.stmts) >= maxStatements {
		c.evict()
	}
	s, err := c.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	k := &keptStmt{stmt: s.(interface {
		driver.Stmt
		driver.StmtExecContext
		driver.StmtQueryContext
	})}
	c.stmts[query] = k
	return k, nil
}

// evict closes the kept statements not in use.
func (c *cachingConn) evict() {
	for q, k := range c.stmts {
		if !k.busy {
			k.stmt.Close()
			delete(c.stmts, q)
		}
	}
}

// drop forgets the statement of query after an error: it is prepared anew
// next time.
func (c *cachingConn) drop(query string) {
	if k, ok := c.stmts[query]; ok && !k.busy {
		k.stmt.Close()
		delete(c.stmts, query)
	}
}

func (c *cachingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	k, err := c.kept(ctx, query)
	if err != nil {
		return nil, err
	}
	if k == nil {
		return c.conn.ExecContext(ctx, query, args)
	}
	res, err := k.stmt.ExecContext(ctx, args)
	if err != nil {
		c.drop(query)
	}
	return res, err
}

func (c *cachingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	k, err := c.kept(ctx, query)
	if err != nil {
		return nil, err
	}
	if k == nil {
		return c.conn.QueryContext(ctx, query, args)
	}
	rows, err := k.stmt.QueryContext(ctx, args)
	if err != nil {
		c.drop(query)
		return nil, err
	}
	k.busy = true
	return &keptRows{Rows: rows, stmt: k}, nil
}

func (c *cachingConn) Close() error {
	for q, k := range c.stmts {
		k.stmt.Close()
		delete(c.stmts, q)
	}
	return c.conn.Close()
}

func (c *cachingConn) Prepare(query string) (driver.Stmt, error) { return c.conn.Prepare(query) }
func (c *cachingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.conn.PrepareContext(ctx, query)
}
func (c *cachingConn) Begin() (driver.Tx, error) {
	return c.conn.BeginTx(context.Background(), driver.TxOptions{})
}
func (c *cachingConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.conn.BeginTx(ctx, opts)
}
func (c *cachingConn) Ping(ctx context.Context) error         { return c.conn.Ping(ctx) }
func (c *cachingConn) ResetSession(ctx context.Context) error { return c.conn.ResetSession(ctx) }
func (c *cachingConn) IsValid() bool                          { return c.conn.IsValid() }

// keptRows are rows of a kept statement, which is free again once they are
// closed. They pass on the column types that database/sql asks for.
type keptRows struct {
	driver.Rows
	stmt *keptStmt
}

func (r *keptRows) Close() error {
	err := r.Rows.Close()
	r.stmt.busy = false
	return err
}

func (r *keptRows) ColumnTypeDatabaseTypeName(i int) string {
	return r.Rows.(driver.RowsColumnTypeDatabaseTypeName).ColumnTypeDatabaseTypeName(i)
}

func (r *keptRows) ColumnTypeLength(i int) (int64, bool) {
	return r.Rows.(driver.RowsColumnTypeLength).ColumnTypeLength(i)
}

func (r *keptRows) ColumnTypeNullable(i int) (bool, bool) {
	return r.Rows.(driver.RowsColumnTypeNullable).ColumnTypeNullable(i)
}

func (r *keptRows) ColumnTypePrecisionScale(i int) (int64, int64, bool) {
	return r.Rows.(driver.RowsColumnTypePrecisionScale).ColumnTypePrecisionScale(i)
}

func (r *keptRows) ColumnTypeScanType(i int) reflect.Type {
	return r.Rows.(driver.RowsColumnTypeScanType).ColumnTypeScanType(i)
}
