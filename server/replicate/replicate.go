// Package replicate ships the changes of Walker's SQLite database, within
// about a second of their commit, to a replica — a folder (another disk, a
// network mount) or S3-compatible object storage — and brings the database
// back from it (Restore). It embeds Litestream as a library, in walker
// serve's own process: one binary, nothing else to run. No HTTP.
//
// Why Litestream (github.com/benbjohnson/litestream): it reads the pages
// SQLite has committed to its WAL, so Walker's write path is untouched (no
// trigger, no hook, no second write, the group commit's fsync as it was); it
// ships them as checksummed files that it compacts and restores to the
// latest point; it speaks a plain folder and S3; it is pure Go on the same
// SQLite driver as Walker (modernc.org/sqlite: the binary stays static,
// without cgo, and one process does not hold one file through two SQLite
// libraries, whose POSIX locks would clash); and it is what operators of
// SQLite already know. The others fall short of one of those: a scheduled
// walker backup copies the whole file each time and loses up to its
// interval; LiteFS is a FUSE file system with a lease service, not a
// library; the backup API and sqlite3_rsync make a whole pass per copy; and
// shipping Walker's change log would miss what it does not hold (signing
// keys, sessions, the running totals).
package replicate

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
	_ "github.com/benbjohnson/litestream/s3" // s3:// replicas: Litestream's S3 client registers its scheme

	"walker/server/store"
)

// DefaultEvery is how often the changes are shipped unless configured.
const DefaultEvery = time.Second

// MinEvery and MaxEvery bound the interval between shipments.
const (
	MinEvery = 100 * time.Millisecond
	MaxEvery = time.Hour
)

// ParseURL checks a replica's URL and returns it as Walker uses it: a folder,
// given as file:///absolute/folder or as a plain absolute path, becomes
// file:///absolute/folder; s3://bucket/path, with its query (endpoint,
// region, forcePathStyle, …) for S3-compatible storage, stays as it is.
func ParseURL(raw string) (string, error) {
	bad := func(why string) error {
		return fmt.Errorf("replica URL %q: %s; give file:///absolute/folder (or /absolute/folder) or s3://bucket/path", redact(raw), why)
	}
	if strings.HasPrefix(raw, "/") {
		raw = (&url.URL{Scheme: "file", Path: raw}).String()
	}
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		return "", bad("not a URL")
	case u.Scheme == "":
		return "", bad("a folder must be an absolute path")
	}
	switch u.Scheme {
	case "file":
		switch {
		case u.Opaque != "" || (u.Host != "" && u.Host != "localhost"):
			return "", bad("a file URL has three slashes before its absolute path, as in file:///var/lib/walker-replica")
		case u.RawQuery != "" || u.Fragment != "":
			return "", bad("a file URL takes no query or fragment")
		case !filepath.IsAbs(u.Path) || filepath.Clean(u.Path) == "/":
			return "", bad("the folder must be an absolute path below /")
		}
		return (&url.URL{Scheme: "file", Path: filepath.Clean(u.Path)}).String(), nil
	case "s3":
		switch {
		case u.Host == "":
			return "", bad("no bucket")
		case u.User != nil:
			return "", bad("credentials go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, not in the URL")
		case u.Fragment != "":
			return "", bad("an s3 URL takes no fragment")
		}
		return u.String(), nil
	default:
		return "", bad("the scheme " + u.Scheme + " is not one Walker replicates to")
	}
}

// redact hides a password written into a URL.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return raw
}

// newClient is Litestream's client of the replica at a URL ParseURL
// returned: a folder's is made from its path (Litestream's own URL parsing
// would keep the escapes of a path with spaces), others by their scheme.
func newClient(canonical string) (litestream.ReplicaClient, error) {
	u, err := url.Parse(canonical)
	if err != nil {
		return nil, err
	}
	if u.Scheme == "file" {
		return file.NewReplicaClient(u.Path), nil
	}
	c, err := litestream.NewReplicaClientFromURL(canonical)
	if err != nil {
		return nil, fmt.Errorf("replica URL %q: %w", redact(canonical), err)
	}
	return c, nil
}

// levels are Litestream's default compactions: the files of each shipment
// merged every 30 s, 5 min and hour, so that a restore reads a few files
// rather than every shipment; its snapshots (a whole copy) come daily.
func levels() litestream.CompactionLevels {
	var l litestream.CompactionLevels
	for _, lvl := range litestream.DefaultCompactionLevels {
		c := *lvl
		l = append(l, &c)
	}
	return l
}

// Replicator ships the changes of one SQLite database to its replica, from
// Start to Stop. Each round reads what the WAL holds (Litestream's DB.Sync)
// and ships it (Replica.Sync): a round that succeeds has put in the replica
// every transaction committed before it began, so the replica is never
// further behind than the interval and the time a round takes.
//
// Several processes may serve one SQLite file; one replica must have one
// writer. So the process that replicates holds a lock beside the database
// (LockPath), and the others stand by and try it every round: when the one
// replicating stops or dies (the kernel drops its lock), another takes over.
// Litestream reads the WAL whoever wrote it, so every process's writes are
// shipped.
type Replicator struct {
	url    string // redacted, for the logs
	path   string // the database file
	st     *store.Store
	client litestream.ReplicaClient
	every  time.Duration
	log    *slog.Logger
	stop   context.CancelFunc
	done   chan struct{}

	// lock, db and store are set while this process replicates; only run
	// and, once it has returned, Stop use them.
	lock  *store.FileLock
	db    *litestream.DB
	store *litestream.Store

	mu     sync.Mutex
	status Status
}

// Status is what a Replicator has done, for /metrics.
type Status struct {
	Started time.Time
	// Active says that this process is the one replicating the database;
	// the others on the same file stand by.
	Active bool
	// Synced is when the last round that succeeded began: every write
	// committed before it is in the replica. Zero before the first.
	Synced time.Time
	Took   time.Duration // how long that round took
	Rounds int64         // rounds that succeeded
	Failed int64         // rounds that failed
	TXID   uint64        // the last transaction in the replica
	// Checkpoints counts the WAL's checkpoints by the rounds.
	Checkpoints int64
}

// LockPath is the lock held by the one process replicating the SQLite
// database at dbPath.
func LockPath(dbPath string) string { return dbPath + ".replica.lock" }

// shutdownShip bounds the last shipment on Stop (within Stop's context).
const shutdownShip = 10 * time.Second

// Start begins replicating the SQLite file that st has open (its main
// database) to the replica at rawURL (a form ParseURL takes), a round every
// interval, until Stop. Failing rounds are logged and retried, less often
// while they fail. Start itself fails when the replica's client cannot be
// made or set up (for S3, its configuration and credentials) or Litestream
// cannot open the database, so that a server does not start with a
// replication that cannot work; the first round runs in the background (on
// a database new to the replica it ships a whole copy).
func Start(ctx context.Context, st *store.Store, rawURL string, every time.Duration, log *slog.Logger) (*Replicator, error) {
	canonical, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if every < MinEvery || every > MaxEvery {
		return nil, fmt.Errorf("replica sync interval %s: from %s to %s", every, MinEvery, MaxEvery)
	}
	path, err := mainFile(ctx, st.DB)
	if err != nil {
		return nil, err
	}
	client, err := newClient(canonical)
	if err != nil {
		return nil, err
	}
	r := &Replicator{url: redact(canonical), path: path, st: st, client: client, every: every, log: log, done: make(chan struct{})}
	client.SetLogger(r.quiet())
	if err := client.Init(ctx); err != nil {
		return nil, fmt.Errorf("setting up the replica %s: %w", r.url, err)
	}
	r.status.Started = time.Now()
	switch err := r.activate(ctx); {
	case errors.Is(err, store.ErrLocked):
		log.InfoContext(ctx, "another process replicates this database; this one takes over when it stops", "replica", r.url)
	case err != nil:
		return nil, err
	default:
		r.status.Active = true
	}
	loop, stop := context.WithCancel(context.WithoutCancel(ctx))
	r.stop = stop
	go r.run(loop)
	return r, nil
}

// quiet is the logger Litestream writes to: Walker's, from warnings up.
func (r *Replicator) quiet() *slog.Logger {
	return slog.New(atLeast{r.log.Handler(), slog.LevelWarn}).With("replica", r.url)
}

// mainFile is the file of the main database db has open.
func mainFile(ctx context.Context, db *sql.DB) (string, error) {
	var path string
	if err := db.QueryRowContext(ctx, "SELECT file FROM pragma_database_list WHERE name = 'main'").Scan(&path); err != nil {
		return "", fmt.Errorf("finding the database file to replicate: %w", err)
	}
	if path == "" {
		return "", errors.New("replication needs a database file, not one in memory")
	}
	return path, nil
}

// activate makes this process the one replicating, when no other is:
// store.ErrLocked when one is.
func (r *Replicator) activate(ctx context.Context) error {
	lock, err := store.LockFile(LockPath(r.path), true)
	if err != nil {
		return err
	}
	db := litestream.NewDB(r.path)
	db.MonitorInterval = 0 // Litestream's own loop is off: run's rounds read the WAL
	// The rounds checkpoint the WAL themselves, the writers held back
	// (checkpoint); Litestream's reads of it keep only their emergency
	// checkpoint, of a WAL past 500 MB.
	db.MinCheckpointPageN, db.CheckpointInterval = math.MaxInt32, 0
	replica := litestream.NewReplicaWithClient(db, r.client)
	replica.MonitorEnabled = false // and ship what they read, at their pace
	if fc, ok := r.client.(*file.ReplicaClient); ok {
		fc.Replica = replica // the folder's files take the database's owner and mode
	}
	db.Replica = replica
	st := litestream.NewStore([]*litestream.DB{db}, levels())
	st.Logger = r.quiet()
	db.SetLogger(r.quiet())
	st.SetShutdownSyncTimeout(shutdownShip)
	if err := st.Open(ctx); err != nil {
		return errors.Join(fmt.Errorf("opening the replication: %w", err), lock.Release())
	}
	r.lock, r.db, r.store = lock, db, st
	r.log.InfoContext(ctx, "replicating", "replica", r.url, "every", r.every, "database", r.path)
	return nil
}

// maxBackoff bounds the wait after failed rounds (at least the interval).
const maxBackoff = time.Minute

// run makes a round every interval until ctx ends: at a fixed rate, so that
// the replica is at most the interval and a round behind; after failures,
// less often (doubling up to a minute), each failure logged.
func (r *Replicator) run(ctx context.Context) {
	defer close(r.done)
	t := time.NewTimer(0)
	defer t.Stop()
	failures := 0
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		began := time.Now()
		var err error
		if r.store == nil {
			if err = r.activate(ctx); errors.Is(err, store.ErrLocked) {
				t.Reset(r.every)
				continue
			}
		}
		if err == nil {
			// Not cut short by Stop, which waits for it: Litestream's first
			// read of the WAL opens its own connection, and one interrupted
			// halfway leaves its DB unusable until the process restarts
			// (v0.5.18: init keeps the connection it could not finish
			// setting up, without the file it reads the database's size from).
			err = r.round(context.WithoutCancel(ctx))
		}
		took := time.Since(began)
		wait := r.every - took
		r.mu.Lock()
		r.status.Active = r.store != nil
		if err == nil {
			r.status.Synced, r.status.Took, r.status.TXID = began, took, uint64(r.db.Replica.Pos().TXID)
			r.status.Rounds++
		} else {
			r.status.Failed++
		}
		txid := r.status.TXID
		r.mu.Unlock()
		switch {
		case err != nil:
			failures++
			wait = min(r.every<<min(failures, 12), max(r.every, maxBackoff))
			r.log.ErrorContext(ctx, "replication failed", "replica", r.url, "err", err, "failures", failures, "retry_in", wait)
		case failures > 0:
			r.log.InfoContext(ctx, "replication recovered", "replica", r.url, "after_failures", failures, "txid", txid)
			failures = 0
		}
		t.Reset(max(wait, 0))
	}
}

// round reads what the WAL holds, ships it, and checkpoints the WAL when it
// has grown (checkpoint). A round that took longer than the interval is
// logged, with where its time went.
func (r *Replicator) round(ctx context.Context) error {
	began := time.Now()
	read := r.db.Sync(ctx)
	reading := time.Since(began)
	// What the WAL read wrote before a failure is shipped all the same.
	ship := r.db.Replica.Sync(ctx)
	shipping := time.Since(began) - reading
	if read == nil && ship == nil && r.checkpointDue() {
		if err := r.checkpoint(ctx); err != nil {
			// The round shipped what it read: only the WAL's size waits.
			r.log.WarnContext(ctx, "replication checkpoint failed; the next round tries again", "replica", r.url, "err", err)
		} else {
			r.mu.Lock()
			r.status.Checkpoints++
			r.mu.Unlock()
		}
	}
	if took := time.Since(began); took > r.every {
		r.log.WarnContext(ctx, "replication round slower than its interval", "replica", r.url, "took", took,
			"reading_wal", reading, "shipping", shipping, "checkpointing", took-reading-shipping, "every", r.every)
	}
	switch {
	case read != nil:
		return errors.Join(fmt.Errorf("reading the WAL: %w", read), ship)
	case ship != nil:
		return fmt.Errorf("shipping to the replica: %w", ship)
	}
	return nil
}

// checkpointPages is the WAL's length, in pages, past which a round
// checkpoints it: Litestream's own threshold (about 4 MB of 4 KB pages).
const checkpointPages = litestream.DefaultMinCheckpointPageN

// checkpointDue says whether the WAL, as far as the round read it, holds
// checkpointPages pages or more.
func (r *Replicator) checkpointDue() bool {
	pageSize := int64(r.db.PageSize())
	if pageSize == 0 {
		return false
	}
	frames := (r.db.SyncDiagnostic().LastSyncedWALOffset - litestream.WALHeaderSize) / (litestream.WALFrameHeaderSize + pageSize)
	return frames >= checkpointPages
}

// checkpoint copies the WAL's pages into the database file and lets SQLite
// start the WAL over, as Litestream does (a PASSIVE checkpoint between two
// reads of the WAL, so that no page goes unshipped), while this process's
// writers wait: Litestream takes SQLite's write lock for a moment around it,
// and under a steady stream of group commits its own connection would wait
// for the lock, in vain, a second a round. Without checkpoints the WAL would
// grow until Litestream's emergency checkpoint, which blocks writers longer.
func (r *Replicator) checkpoint(ctx context.Context) error {
	return r.st.WithoutWriters(ctx, func() error {
		return r.db.Checkpoint(ctx, litestream.CheckpointModePassive)
	})
}

// Status says what the replication has done; the zero Status when r is nil
// (no replication).
func (r *Replicator) Status() Status {
	if r == nil {
		return Status{}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.status
}

// Stop ends the rounds and, in the process replicating, ships what was
// committed since the last one (within ctx, and at most 10 s) and lets go of
// the database and the lock. Call it once the server has stopped writing:
// what is committed after it is shipped by the next process to replicate.
func (r *Replicator) Stop(ctx context.Context) error {
	r.stop()
	select {
	case <-r.done:
	case <-ctx.Done():
		return fmt.Errorf("stopping the replication to %s: a round was still running: %w", r.url, ctx.Err())
	}
	if r.store == nil {
		return nil
	}
	defer r.lock.Release()
	// A last round, even when none ran yet: Litestream's Close ships
	// nothing when no round has opened its connection to the database.
	err := errors.Join(r.round(ctx), r.store.Close(ctx))
	if err != nil {
		r.log.WarnContext(ctx, "replication stopped before shipping the last changes: the next start ships them", "replica", r.url, "err", err)
		return fmt.Errorf("stopping the replication to %s: %w", r.url, err)
	}
	r.log.InfoContext(ctx, "replication stopped", "replica", r.url, "txid", uint64(r.db.Replica.Pos().TXID))
	return nil
}

// atLeast passes on the records of level and above: Litestream logs every
// shipment at INFO, which would drown Walker's own lines; its warnings and
// errors (compactions, retention) come through.
type atLeast struct {
	slog.Handler
	level slog.Level
}

func (h atLeast) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.level && h.Handler.Enabled(ctx, l)
}

func (h atLeast) WithAttrs(attrs []slog.Attr) slog.Handler {
	return atLeast{h.Handler.WithAttrs(attrs), h.level}
}

func (h atLeast) WithGroup(name string) slog.Handler {
	return atLeast{h.Handler.WithGroup(name), h.level}
}
