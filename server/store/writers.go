package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"entgo.io/ent/dialect"
)

// writers bounds the transactions a replica has open at once: one on SQLite
// (which has one writer anyway: the others wait here rather than in BEGIN
// IMMEDIATE holding a pooled connection), half the pool on PostgreSQL. So a
// transaction that reads on a second connection meanwhile (a hook checking
// the records a write links to) always finds one: however many requests
// write at once, the pool cannot be taken by transactions waiting for each
// other.
type writers struct {
	rawDriver
	slots chan struct{}
}

// maxTxWait bounds how long a transaction waits for its turn; beyond, the
// write fails rather than hanging (a transaction opened inside another on
// SQLite would wait for ever).
const maxTxWait = 30 * time.Second

func limitWriters(d dialect.Driver, n int) *writers {
	return &writers{rawDriver: rawDriver{d}, slots: make(chan struct{}, n)}
}

func (w *writers) acquire(ctx context.Context) error { return takeSlot(ctx, w.slots) }

// takeSlot takes one of slots, waiting at most maxTxWait.
func takeSlot(ctx context.Context, slots chan struct{}) error {
	t := time.NewTimer(maxTxWait)
	defer t.Stop()
	select {
	case slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return fmt.Errorf("store: no transaction slot within %s (%d open)", maxTxWait, cap(slots))
	}
}

// Tx opens a transaction once a slot is free; the slot is freed with it.
func (w *writers) Tx(ctx context.Context) (dialect.Tx, error) {
	return w.begin(ctx, func() (dialect.Tx, error) { return w.Driver.Tx(ctx) })
}

// BeginTx is Tx with options (ent's client.BeginTx).
func (w *writers) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	return w.begin(ctx, func() (dialect.Tx, error) {
		return w.Driver.(interface {
			BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
		}).BeginTx(ctx, opts)
	})
}

func (w *writers) begin(ctx context.Context, open func() (dialect.Tx, error)) (dialect.Tx, error) {
	if err := w.acquire(ctx); err != nil {
		return nil, err
	}
	tx, err := open()
	if err != nil {
		<-w.slots
		return nil, err
	}
	return &slotTx{Tx: tx, free: sync.OnceFunc(func() { <-w.slots })}, nil
}

// slotTx is a transaction holding a slot until it ends.
type slotTx struct {
	dialect.Tx
	free func()
}

func (t *slotTx) Commit() error {
	defer t.free()
	return t.Tx.Commit()
}

func (t *slotTx) Rollback() error {
	defer t.free()
	return t.Tx.Rollback()
}

// QueryContext and ExecContext serve ent's raw-SQL API inside transactions.
func (t *slotTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (t *slotTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}

// rawDriver is a driver that also serves ent's raw-SQL API outside
// transactions (QueryContext, ExecContext), as ent's own SQL driver does.
type rawDriver struct{ dialect.Driver }

func (d rawDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (d rawDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}
