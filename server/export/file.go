package export

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"time"

	"walker/ent"
	"walker/ent/exportchunk"
	"walker/ent/exportjob"
)

// Why a file cannot be downloaded.
var (
	// ErrNotFound: no such job in the viewer's organization, or not this key.
	ErrNotFound = errors.New("export: no such export")
	// ErrGone: the file was there and is removed (past its 24 hours).
	ErrGone = errors.New("export: the file has expired")
	// ErrNotReady: the job is queued, running or failed.
	ErrNotReady = errors.New("export: the file is not ready")
)

// File is a completed export's file, read from its chunks in order.
type File struct {
	Job    *ent.ExportJob
	client *ent.Client
}

// Open finds the file of job id for the viewer of ctx (the ExportJob's
// privacy rules decide whether they may), given the key of its link, at now.
func Open(ctx context.Context, client *ent.Client, id int, key string, now time.Time) (*File, error) {
	job, err := client.ExportJob.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare([]byte(job.DownloadKey), []byte(key)) != 1 {
		return nil, ErrNotFound
	}
	switch {
	case job.Status == exportjob.StatusEXPIRED,
		job.Status == exportjob.StatusCOMPLETED && (job.ExpiresAt == nil || !now.Before(*job.ExpiresAt)):
		return nil, ErrGone
	case job.Status != exportjob.StatusCOMPLETED:
		return nil, fmt.Errorf("%w: it is %s", ErrNotReady, job.Status)
	}
	return &File{Job: job, client: client}, nil
}

// Size is the file's length in bytes.
func (f *File) Size() int64 { return int64(f.Job.Bytes) }

// Name is the file's name for people: walker-export-ID.jsonl.gz.
func (f *File) Name() string { return fmt.Sprintf("walker-export-%d.jsonl.gz", f.Job.ID) }

// WriteTo writes the file to w one chunk at a time (never the whole file in
// memory), calling before ahead of each (to extend a write deadline).
func (f *File) WriteTo(ctx context.Context, w io.Writer, before func()) (int64, error) {
	var n int64
	for seq := range f.Job.ChunkCount {
		c, err := f.client.ExportChunk.Query().Where(exportchunk.JobID(f.Job.ID), exportchunk.Seq(seq)).Only(ctx)
		if err != nil {
			return n, fmt.Errorf("export: reading chunk %d of job %d: %w", seq, f.Job.ID, err)
		}
		if before != nil {
			before()
		}
		k, err := w.Write(c.Data)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
