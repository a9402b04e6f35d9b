package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// groupCommit commits the write transactions of several requests together
// on SQLite, with synchronous=FULL kept: one writer at a time is all SQLite
// allows, and each commit waits for the disk (an fsync), so one commit per
// request capped a replica at about a thousand writes a second, most of the
// time spent waiting for the disk rather than working.
//
// Each request's transaction is a savepoint inside one shared SQLite
// transaction (a batch). Requests still run one at a time, each holding the
// slot; a request that commits releases its savepoint and, when others are
// waiting for the slot, leaves the batch open for them and waits; the batch
// is committed (one fsync) by the last request of the run (none waiting
// behind it) or by the committer goroutine, which queues for the slot behind
// the requests that were waiting when the first one finished. So:
//
//   - every request is answered only after the commit that holds its writes
//     is durable: Commit returns when the batch's COMMIT has returned, with
//     its error if it failed (then no request of the batch was applied);
//   - a request that fails or rolls back undoes its savepoint alone; the
//     others of the batch are not affected;
//   - a request sees the writes of the requests before it in the batch, as
//     it would have seen them committed; readers on other connections see a
//     batch when it is committed, all at once.
//
// A request's cancellation ends its own transaction only, as database/sql
// does for a transaction of its own (rolled back; Commit fails): a statement
// is not started once the request's context is done, and Commit then rolls
// the savepoint back and returns the context's error. A statement already
// running finishes, for interrupting it would make SQLite roll back the whole
// shared transaction.
type groupCommit struct {
	rawDriver
	// slot is held by the one request running its transaction, or by
	// whoever commits a batch.
	slot chan struct{}
	// waiting counts the requests waiting for the slot.
	waiting atomic.Int32
	// kick asks the committer to commit the open batch; stop ends it.
	kick, stop chan struct{}
	// batch is the open shared transaction, nil when none; read and written
	// only by the holder of the slot.
	batch *batch
	// maxBatch bounds the requests of one batch (their answers wait for it).
	maxBatch int
	closing  sync.Once
	// transactions and commits count the requests' transactions committed
	// and the commits that held them.
	transactions, commits atomic.Int64
}

// batch is one shared transaction and the requests whose savepoints it holds.
type batch struct {
	tx      dialect.Tx
	members int           // savepoints released into it, waiting for its commit
	done    chan struct{} // closed when it is committed or has failed
	err     error         // why it failed; set before done is closed
}

// savepoint names every request's savepoint: one request at a time holds
// one, so they never nest.
const savepoint = "walker_request"

// maxBatchRequests bounds a batch: a request's answer waits at most for this
// many others' transactions and one commit.
const maxBatchRequests = 64

func newGroupCommit(d dialect.Driver) *groupCommit {
	g := &groupCommit{rawDriver: rawDriver{d}, slot: make(chan struct{}, 1), kick: make(chan struct{}, 1), stop: make(chan struct{}), maxBatch: maxBatchRequests}
	go g.committer()
	return g
}

// committer ends the open batch when asked, once the requests queued for
// the slot before it have had their turn: any batch found by the holder of
// the slot has no request running in it.
func (g *groupCommit) committer() {
	for {
		select {
		case <-g.stop:
			return
		case <-g.kick:
		}
		select {
		case <-g.stop:
			return
		case g.slot <- struct{}{}:
		}
		if b := g.batch; b != nil {
			g.end(b)
		}
		<-g.slot
	}
}

// Close stops the committer and closes the database; again, it does nothing
// more than the database's Close.
func (g *groupCommit) Close() error {
	g.closing.Do(func() { close(g.stop) })
	return g.Driver.Close()
}

// exclusive runs fn holding the slot, with no batch open: the SQLite write
// lock is free for another connection meanwhile, and the requests wait for
// the slot as they do for each other.
func (g *groupCommit) exclusive(ctx context.Context, fn func() error) error {
	if err := g.acquire(ctx); err != nil {
		return err
	}
	defer func() { <-g.slot }()
	if b := g.batch; b != nil {
		g.end(b)
	}
	return fn()
}

// acquire takes the slot, counted among the requests waiting for it.
func (g *groupCommit) acquire(ctx context.Context) error {
	g.waiting.Add(1)
	defer g.waiting.Add(-1)
	return takeSlot(ctx, g.slot)
}

// Tx starts a request's transaction: a savepoint in the open batch, or in a
// new one.
func (g *groupCommit) Tx(ctx context.Context) (dialect.Tx, error) {
	if err := g.acquire(ctx); err != nil {
		return nil, err
	}
	if g.batch == nil {
		// The batch outlives the request that opens it: not its context,
		// whose end would make database/sql roll the batch back.
		tx, err := g.Driver.Tx(context.Background())
		if err != nil {
			<-g.slot
			return nil, err
		}
		g.batch = &batch{tx: tx, done: make(chan struct{})}
	}
	b := g.batch
	if err := b.tx.Exec(context.Background(), "SAVEPOINT "+savepoint, []any{}, nil); err != nil {
		g.fail(b, err)
		<-g.slot
		return nil, err
	}
	return &member{g: g, b: b, ctx: ctx}, nil
}

// BeginTx is Tx: every write transaction on SQLite is serializable, and
// Walker asks for no other options.
func (g *groupCommit) BeginTx(ctx context.Context, _ *sql.TxOptions) (dialect.Tx, error) {
	return g.Tx(ctx)
}

// commit commits batch b, whose savepoints are all released; the caller
// holds the slot.
func (g *groupCommit) commit(b *batch) {
	g.batch = nil
	if err := b.tx.Commit(); err != nil {
		b.tx.Rollback() //nolint:errcheck // the commit's error is what the requests get
		b.err = fmt.Errorf("store: committing: %w", err)
	} else {
		g.commits.Add(1)
		g.transactions.Add(int64(b.members))
	}
	close(b.done)
}

// end commits batch b, or rolls it back when it holds nothing; the caller
// holds the slot.
func (g *groupCommit) end(b *batch) {
	if b.members > 0 {
		g.commit(b)
		return
	}
	g.batch = nil
	b.tx.Rollback() //nolint:errcheck // an empty transaction
	close(b.done)
}

// fail ends batch b, which SQLite can no longer continue (it rolled the
// shared transaction back on an I/O or out-of-memory error): the requests
// waiting for it get err. The caller holds the slot.
func (g *groupCommit) fail(b *batch, err error) {
	if g.batch == b {
		g.batch = nil
	}
	b.tx.Rollback() //nolint:errcheck // already rolled back, or being abandoned
	if b.err == nil {
		b.err = fmt.Errorf("store: the shared transaction failed: %w", err)
		close(b.done)
	}
}

// finish lets the slot go after a request's savepoint is released or rolled
// back: the batch ends now when no request is waiting behind (or it is
// full), and is otherwise left to them, the committer ending it after them
// (even if they give up waiting).
func (g *groupCommit) finish(b *batch) {
	switch {
	case g.batch != b || b.err != nil:
	case g.waiting.Load() == 0 || b.members >= g.maxBatch:
		g.end(b)
	default:
		select {
		case g.kick <- struct{}{}:
		default: // already asked
		}
	}
	<-g.slot
}

// member is one request's transaction in a batch; ctx is the context it
// was started with.
type member struct {
	g    *groupCommit
	b    *batch
	ctx  context.Context
	done bool
}

var errTxDone = errors.New("store: transaction already committed or rolled back")

// Commit releases the savepoint into the batch and returns once the batch
// is committed (or has failed).
func (m *member) Commit() error {
	if m.done {
		return errTxDone
	}
	m.done = true
	b := m.b
	if err := m.ctx.Err(); err != nil {
		m.undo(err)
		m.g.finish(b)
		return err
	}
	if err := b.tx.Exec(context.Background(), "RELEASE "+savepoint, []any{}, nil); err != nil {
		m.undo(err)
		m.g.finish(b)
		return err
	}
	b.members++
	m.g.finish(b)
	<-b.done
	return b.err
}

// Rollback undoes the savepoint; the batch goes on. It returns once the
// batch's earlier requests are committed: a transaction is often rolled back
// because it met their writes (a unique key taken by an identical request),
// and the code that handles that reads the winner's row next, outside any
// transaction, which it must find — as it did when requests committed one by
// one.
func (m *member) Rollback() error {
	if m.done {
		return errTxDone
	}
	m.done = true
	b := m.b
	err := m.undo(nil)
	others := b.members > 0 && b.err == nil
	m.g.finish(b)
	if others {
		<-b.done
	}
	return err
}

// undo rolls the savepoint back (after cause, when not nil); when SQLite has
// already rolled the whole batch back, the batch fails.
func (m *member) undo(cause error) error {
	b := m.b
	if b.err != nil {
		return b.err
	}
	err := b.tx.Exec(context.Background(), "ROLLBACK TO "+savepoint, []any{}, nil)
	if err == nil {
		err = b.tx.Exec(context.Background(), "RELEASE "+savepoint, []any{}, nil)
	}
	if err != nil {
		m.g.fail(b, errors.Join(cause, err))
		return b.err
	}
	return nil
}

// running is the context a statement of the request runs under: none once
// the request's or the statement's context is done; otherwise one that
// lets the statement finish.
func (m *member) running(ctx context.Context) (context.Context, error) {
	if err := m.ctx.Err(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return context.WithoutCancel(ctx), nil
}

// Exec and Query run the request's statements in the batch.
func (m *member) Exec(ctx context.Context, query string, args, v any) error {
	ctx, err := m.running(ctx)
	if err != nil {
		return err
	}
	return m.b.tx.Exec(ctx, query, args, v)
}

func (m *member) Query(ctx context.Context, query string, args, v any) error {
	ctx, err := m.running(ctx)
	if err != nil {
		return err
	}
	return m.b.tx.Query(ctx, query, args, v)
}

// QueryContext and ExecContext serve ent's raw-SQL API inside transactions.
func (m *member) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx, err := m.running(ctx)
	if err != nil {
		return nil, err
	}
	return m.b.tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (m *member) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx, err := m.running(ctx)
	if err != nil {
		return nil, err
	}
	return m.b.tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
}
