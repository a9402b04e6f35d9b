// Package export runs bulk exports (ExportJob): one consistent snapshot of an
// organization's records, written as gzipped JSON Lines in the shape of
// graph.Record with their relations as ids, stored in the database in
// chunks of at most 1 MiB, with the change-log position the snapshot was
// taken at; and, 24 hours after completion, the file's removal.
//
// Every replica runs a Worker. A job is run by the replica holding its lease
// (a column of the job's row, renewed every second while it runs and with
// every chunk written, in the chunk's transaction): a replica that dies
// half-way loses the lease after Lease, and another takes the job over and
// starts it again from the beginning (its chunks are removed first), so a
// kill loses nothing and a file is never made of two attempts. The worker
// acts as the system (rule.JobExport), bounded to the job's organization by
// its own queries; who may start and download an export is the ExportJob's
// privacy rules' business.
package export

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"
	"time"

	"github.com/klauspost/compress/gzip"
	"golang.org/x/sync/errgroup"

	"walker/ent"
	"walker/ent/exportchunk"
	"walker/ent/exportjob"
	"walker/ent/predicate"
	"walker/ent/schema/rule"
	"walker/server/store"
)

// Settings of the worker; see New for the defaults.
const (
	// DefaultLease is how long a replica holds a job without renewing it.
	DefaultLease = 30 * time.Second
	// Available is how long a completed export's file can be downloaded.
	Available = 24 * time.Hour
	// ChunkSize is the largest stored piece of a file.
	ChunkSize = 1 << 20
	// MaxAttempts is how many times a job is started (a replica dying
	// half-way each time) before it is failed.
	MaxAttempts = 5
	// PageSize is how many records one keyset page reads.
	PageSize = 1000
	// ProgressEvery is how often a running job's progress and lease are
	// written besides with each chunk.
	ProgressEvery = time.Second
)

// errLeaseLost stops a job whose lease another replica took over.
var errLeaseLost = errors.New("export: the lease was taken over")

// Report is what a worker did in one round.
type Report struct {
	Completed, Failed, Expired int
	Records, Bytes             int64
	Duration                   time.Duration // of the completed exports
}

// Worker runs the exports of a store.
type Worker struct {
	store *store.Store
	log   *slog.Logger
	owner string
	now   func() time.Time

	// The settings, DefaultLease, PageSize, ChunkSize and ProgressEvery
	// unless tests and benchmarks change them before the worker runs.
	Lease         time.Duration
	PageSize      int
	ChunkSize     int
	ProgressEvery time.Duration
	// AfterPage, when set, is called when a page of entity has been read
	// in the snapshot, before the next is (tests write meanwhile).
	AfterPage func(ctx context.Context, job int, entity string)
	// AfterChunk, when set, is called after a job stored its chunk seq
	// (tests stop a worker there).
	AfterChunk func(ctx context.Context, job, seq int)
}

// New returns a worker over st that logs to log, named for this process
// (host name and a random suffix) in the leases it takes.
func New(st *store.Store, log *slog.Logger) *Worker {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return &Worker{store: st, log: log, owner: host + "-" + hex.EncodeToString(b), now: time.Now,
		Lease: DefaultLease, PageSize: PageSize, ChunkSize: ChunkSize, ProgressEvery: ProgressEvery}
}

// SetClock replaces the clock (tests move time forward).
func (w *Worker) SetClock(now func() time.Time) { w.now = now }

// Owner is the name this worker takes leases under.
func (w *Worker) Owner() string { return w.owner }

func (w *Worker) system(ctx context.Context) context.Context { return rule.System(ctx, rule.JobExport) }

// Run works until ctx ends: every period it expires the files past their
// time, then runs the jobs that are waiting, one at a time, reporting each
// round. A job running when ctx ends gives its lease back, for another
// replica to take at once.
func (w *Worker) Run(ctx context.Context, every time.Duration, report func(Report)) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		r, err := w.Once(ctx)
		if err != nil && ctx.Err() == nil {
			w.log.WarnContext(ctx, "export round failed", "err", err)
		}
		if report != nil {
			report(r)
		}
		t.Reset(every)
	}
}

// Once expires what is past its time and runs the waiting jobs until none
// is left.
func (w *Worker) Once(ctx context.Context) (Report, error) {
	var r Report
	n, err := w.Expire(ctx)
	r.Expired = n
	if err != nil {
		return r, err
	}
	for ctx.Err() == nil {
		job, err := w.claim(ctx)
		if err != nil || job == nil {
			return r, err
		}
		began := w.now()
		done, err := w.run(ctx, job)
		switch {
		case err == nil:
			r.Completed++
			r.Records += int64(done.RecordsWritten)
			r.Bytes += int64(done.Bytes)
			r.Duration += w.now().Sub(began)
		case errors.Is(err, errLeaseLost) || ctx.Err() != nil:
			return r, nil
		default:
			r.Failed++
		}
	}
	return r, nil
}

// claimable is a job waiting for a replica: queued, or running under a
// lease that was not renewed in time.
func claimable(now time.Time) predicate.ExportJob {
	return exportjob.Or(exportjob.StatusEQ(exportjob.StatusQUEUED),
		exportjob.And(exportjob.StatusEQ(exportjob.StatusRUNNING), exportjob.LeaseExpiresAtLT(now)))
}

// claim takes the oldest waiting job, or returns nil.
func (w *Worker) claim(ctx context.Context) (*ent.ExportJob, error) {
	ctx = w.system(ctx)
	for {
		now := w.now()
		next, err := w.store.Client.ExportJob.Query().Where(claimable(now)).Order(ent.Asc(exportjob.FieldID)).First(ctx)
		if ent.IsNotFound(err) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("export: finding work: %w", err)
		}
		if next.Attempts >= MaxAttempts {
			if err := w.fail(ctx, next, "", fmt.Sprintf("stopped after %d attempts: the export was interrupted each time", MaxAttempts)); err != nil {
				return nil, err
			}
			continue
		}
		// One replica wins: the update holds only while the job is still waiting.
		job, err := w.store.Client.ExportJob.UpdateOneID(next.ID).Where(claimable(now)).
			SetStatus(exportjob.StatusRUNNING).SetLeaseOwner(w.owner).SetLeaseExpiresAt(now.Add(w.Lease)).
			AddAttempts(1).SetStartedAt(now).SetRecordsWritten(0).ClearRecordsTotal().SetBytes(0).SetChunkCount(0).
			Save(ctx)
		if ent.IsNotFound(err) {
			continue // another replica took it
		}
		if err != nil {
			return nil, fmt.Errorf("export: taking job %d: %w", next.ID, err)
		}
		return job, nil
	}
}

// Start creates a job of organization org for the person creator, already
// running under this worker's lease, for the caller to Execute at once
// (walker export): no replica takes it meanwhile, and one does if the caller
// dies. entities nil is every kind.
func (w *Worker) Start(ctx context.Context, org, creator int, entities []string) (*ent.ExportJob, error) {
	ctx = w.system(ctx)
	now := w.now()
	c := w.store.Client.ExportJob.Create().SetOrganizationID(org).SetCreatedByID(creator).
		SetStatus(exportjob.StatusRUNNING).SetLeaseOwner(w.owner).SetLeaseExpiresAt(now.Add(w.Lease)).
		SetAttempts(1).SetStartedAt(now)
	if entities != nil {
		c.SetEntities(entities)
	}
	return c.Save(ctx)
}

// Execute runs job, which this worker holds (Start), to its end.
func (w *Worker) Execute(ctx context.Context, job *ent.ExportJob) (*ent.ExportJob, error) {
	return w.run(ctx, job)
}

// progress is what a running job has written, shared by its goroutines.
type progress struct {
	records, bytes, chunks atomic.Int64
	total                  atomic.Int64 // -1 until counted
}

// run writes job's file and completes it; an error other than a lost lease
// or an ended ctx fails it.
func (w *Worker) run(ctx context.Context, job *ent.ExportJob) (*ent.ExportJob, error) {
	ctx = w.system(ctx)
	log := w.log.With("job", job.ID, "organization", job.OrganizationID, "attempt", job.Attempts)
	log.InfoContext(ctx, "export started", "entities", job.Entities)
	began := w.now()
	done, err := w.write(ctx, job)
	switch {
	case err == nil:
		d := w.now().Sub(began)
		log.InfoContext(ctx, "export completed", "records", done.RecordsWritten, "bytes", done.Bytes,
			"position", *done.Position, "duration", d, "records_per_second", int(float64(done.RecordsWritten)/max(d.Seconds(), 1e-3)))
		return done, nil
	case errors.Is(err, errLeaseLost):
		log.WarnContext(ctx, "export taken over by another replica")
	case ctx.Err() != nil:
		// Stopping (a shutdown): give the lease back for another replica to
		// start again at once.
		release := context.WithoutCancel(ctx)
		if rerr := w.store.Client.ExportJob.UpdateOneID(job.ID).Where(exportjob.LeaseOwner(w.owner)).
			SetLeaseExpiresAt(w.now()).Exec(release); rerr != nil && !ent.IsNotFound(rerr) {
			log.WarnContext(release, "export: giving the lease back", "err", rerr)
		}
		log.InfoContext(release, "export interrupted: another replica starts it again")
	default:
		log.ErrorContext(ctx, "export failed", "err", err)
		if ferr := w.fail(context.WithoutCancel(ctx), job, w.owner, "the export failed on the server (the cause is in its log): start it again"); ferr != nil {
			log.ErrorContext(ctx, "export: recording the failure", "err", ferr)
		}
	}
	return nil, err
}

// fail marks job FAILED with message (held by owner, or by anyone when
// owner is empty) and removes what it wrote.
func (w *Worker) fail(ctx context.Context, job *ent.ExportJob, owner, message string) error {
	u := w.store.Client.ExportJob.UpdateOneID(job.ID)
	if owner != "" {
		u.Where(exportjob.LeaseOwner(owner))
	}
	err := u.SetStatus(exportjob.StatusFAILED).SetError(message).SetCompletedAt(w.now()).
		ClearSlot().ClearLeaseOwner().ClearLeaseExpiresAt().Exec(ctx)
	switch {
	case ent.IsNotFound(err):
		return nil // another replica holds it now: its chunks are its own
	case err != nil:
		return fmt.Errorf("export: failing job %d: %w", job.ID, err)
	}
	_, err = w.store.Client.ExportChunk.Delete().Where(exportchunk.JobID(job.ID)).Exec(ctx)
	return err
}

// write runs the export of job: reading pages of the snapshot, encoding and
// compressing them, and storing the chunks run side by side.
func (w *Worker) write(ctx context.Context, job *ent.ExportJob) (*ent.ExportJob, error) {
	// What an attempt before this one left.
	if _, err := w.store.Client.ExportChunk.Delete().Where(exportchunk.JobID(job.ID)).Exec(ctx); err != nil {
		return nil, fmt.Errorf("export: removing an earlier attempt: %w", err)
	}
	snap, err := openSnapshot(ctx, w.store)
	if err != nil {
		return nil, err
	}
	defer snap.close()
	org := job.OrganizationID
	position, err := snap.position(ctx, org)
	if err != nil {
		return nil, fmt.Errorf("export: reading the position: %w", err)
	}
	var p progress
	p.total.Store(-1)
	g, gctx := errgroup.WithContext(ctx)
	pages := make(chan countedPage, 2)
	full := make(chan []byte, 1)
	free := make(chan []byte, 2)
	for range cap(free) {
		free <- make([]byte, 0, w.ChunkSize)
	}
	counts := map[string]int{}
	// Reading, in the snapshot.
	g.Go(func() error {
		defer close(pages)
		total := 0
		for _, e := range job.Entities {
			src, ok := sources[e]
			if !ok {
				return fmt.Errorf("export: %s cannot be exported", e)
			}
			n, err := src.count(gctx, snap.client, org)
			if err != nil {
				return fmt.Errorf("export: counting %s: %w", e, err)
			}
			total += n
		}
		p.total.Store(int64(total))
		for _, e := range job.Entities {
			for after := 0; ; {
				pg, err := sources[e].page(gctx, snap, org, after, w.PageSize)
				if err != nil {
					return fmt.Errorf("export: reading %s: %w", e, err)
				}
				if w.AfterPage != nil {
					w.AfterPage(gctx, job.ID, e)
				}
				select {
				case pages <- countedPage{entity: e, page: pg}:
				case <-gctx.Done():
					return gctx.Err()
				}
				if pg.n < w.PageSize {
					break
				}
				after = pg.last
			}
		}
		return nil
	})
	// Encoding and compressing.
	g.Go(func() error {
		defer close(full)
		cw := &chunker{ctx: gctx, size: w.ChunkSize, full: full, free: free, buf: <-free}
		gz, err := gzip.NewWriterLevel(cw, gzip.DefaultCompression)
		if err != nil {
			return err
		}
		var line []byte
		for pg := range pages {
			if line, err = pg.write(line[:0]); err != nil {
				return fmt.Errorf("export: encoding %s: %w", pg.entity, err)
			}
			if _, err := gz.Write(line); err != nil {
				return err
			}
			counts[pg.entity] += pg.records
			p.records.Add(int64(pg.records))
		}
		if gctx.Err() != nil {
			return gctx.Err()
		}
		if err := gz.Close(); err != nil {
			return err
		}
		return cw.flush()
	})
	// Storing, under the lease.
	g.Go(func() error {
		seq := 0
		tick := time.NewTicker(w.ProgressEvery)
		defer tick.Stop()
		for {
			select {
			case buf, ok := <-full:
				if !ok {
					return nil
				}
				if err := w.storeChunk(gctx, job, seq, buf, &p); err != nil {
					return err
				}
				if w.AfterChunk != nil {
					w.AfterChunk(gctx, job.ID, seq)
				}
				seq++
				select {
				case free <- buf[:0]:
				default:
				}
			case <-tick.C:
				if err := w.renew(gctx, w.store.Client, job, &p); err != nil {
					return err
				}
			case <-gctx.Done():
				return gctx.Err()
			}
		}
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	now := w.now()
	done, err := w.store.Client.ExportJob.UpdateOneID(job.ID).
		Where(exportjob.LeaseOwner(w.owner), exportjob.StatusEQ(exportjob.StatusRUNNING)).
		SetStatus(exportjob.StatusCOMPLETED).SetPosition(position).SetCounts(counts).
		SetRecordsWritten(int(p.records.Load())).SetRecordsTotal(int(p.records.Load())).
		SetBytes(int(p.bytes.Load())).SetChunkCount(int(p.chunks.Load())).
		SetCompletedAt(now).SetExpiresAt(now.Add(Available)).
		ClearSlot().ClearLeaseOwner().ClearLeaseExpiresAt().Save(ctx)
	if ent.IsNotFound(err) {
		return nil, errLeaseLost
	}
	if err != nil {
		return nil, fmt.Errorf("export: completing: %w", err)
	}
	return done, nil
}

type countedPage struct {
	entity string
	page
}

// storeChunk stores the chunk seq of job with its progress, in one
// transaction that holds only while this worker holds the lease: a chunk is
// never written by a replica that lost the job.
func (w *Worker) storeChunk(ctx context.Context, job *ent.ExportJob, seq int, data []byte, p *progress) error {
	tx, err := w.store.Client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("export: storing chunk %d: %w", seq, err)
	}
	p.chunks.Add(1)
	p.bytes.Add(int64(len(data)))
	if err := w.renew(ctx, tx.Client(), job, p); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.ExportChunk.Create().SetOrganizationID(job.OrganizationID).SetJobID(job.ID).SetSeq(seq).SetData(data).Exec(ctx); err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("export: storing chunk %d: %w", seq, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("export: storing chunk %d: %w", seq, err)
	}
	return nil
}

// renew extends this worker's lease on job and writes its progress
// (bookkeeping: no change in the log); errLeaseLost when it holds the job
// no more.
func (w *Worker) renew(ctx context.Context, c *ent.Client, job *ent.ExportJob, p *progress) error {
	u := c.ExportJob.UpdateOneID(job.ID).
		Where(exportjob.LeaseOwner(w.owner), exportjob.StatusEQ(exportjob.StatusRUNNING)).
		SetLeaseExpiresAt(w.now().Add(w.Lease)).
		SetRecordsWritten(int(p.records.Load())).SetBytes(int(p.bytes.Load())).SetChunkCount(int(p.chunks.Load()))
	if t := p.total.Load(); t >= 0 {
		u.SetRecordsTotal(int(t))
	}
	err := u.Exec(ctx)
	if ent.IsNotFound(err) {
		return errLeaseLost
	}
	if err != nil {
		return fmt.Errorf("export: renewing the lease: %w", err)
	}
	return nil
}

// chunker cuts the compressed stream into chunks of size, handed to the
// storing goroutine (full) in buffers it gives back (free).
type chunker struct {
	ctx  context.Context
	size int
	full chan<- []byte
	free <-chan []byte
	buf  []byte
}

func (c *chunker) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(c.size-len(c.buf), len(p))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == c.size {
			if err := c.flush(); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

// flush hands the chunk over, if it holds anything, and takes a free buffer.
func (c *chunker) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	select {
	case c.full <- c.buf:
	case <-c.ctx.Done():
		return c.ctx.Err()
	}
	select {
	case c.buf = <-c.free:
	case <-c.ctx.Done():
		return c.ctx.Err()
	}
	return nil
}

// Expire removes the files of the exports completed more than Available ago
// (chunks first) and marks them EXPIRED; it returns how many.
func (w *Worker) Expire(ctx context.Context) (int, error) {
	ctx = w.system(ctx)
	jobs, err := w.store.Client.ExportJob.Query().
		Where(exportjob.StatusEQ(exportjob.StatusCOMPLETED), exportjob.ExpiresAtLTE(w.now())).All(ctx)
	if err != nil {
		return 0, fmt.Errorf("export: finding expired files: %w", err)
	}
	for _, j := range jobs {
		if _, err := w.store.Client.ExportChunk.Delete().Where(exportchunk.JobID(j.ID)).Exec(ctx); err != nil {
			return 0, fmt.Errorf("export: removing the file of job %d: %w", j.ID, err)
		}
		err := w.store.Client.ExportJob.UpdateOneID(j.ID).Where(exportjob.StatusEQ(exportjob.StatusCOMPLETED)).
			SetStatus(exportjob.StatusEXPIRED).SetChunkCount(0).Exec(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return 0, fmt.Errorf("export: expiring job %d: %w", j.ID, err)
		}
		w.log.InfoContext(ctx, "export expired", "job", j.ID, "organization", j.OrganizationID)
	}
	return len(jobs), nil
}
