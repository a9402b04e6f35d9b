package backup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"time"

	"walker/server/store"
)

// DefaultKeep is how many scheduled backups are kept.
const DefaultKeep = 7

// nameLayout names a backup by its UTC time: walker-20261201T154000Z.db.
const nameLayout = "20060102T150405Z"

// Name is the file name of a backup made at t.
func Name(t time.Time) string { return "walker-" + t.UTC().Format(nameLayout) + ".db" }

// named matches the names Name gives, and only those: the schedule deletes
// no other file.
var named = regexp.MustCompile(`^walker-(\d{8}T\d{6}Z)\.db$`)

// DefaultDir is the backup folder beside the SQLite file at dbPath.
func DefaultDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "backups") }

// Report is what one scheduled round did.
type Report struct {
	Made    *Result  // the backup made, when one was due
	Removed []string // older backups deleted past the number kept
	// Skipped says that another process was making a backup in the folder.
	Skipped bool
	// Next is when the next backup is due.
	Next time.Time
}

// Schedule makes a backup of a SQLite database every period into a folder
// and keeps the newest few there. When a backup is due is read from the
// folder (the newest file named by Name, whoever made it), so a restart does
// not make an extra one, and a process killed mid-copy leaves only a
// .partial file. Two processes on one file take turns with a lock in the
// folder, and the second finds the first's backup fresh.
type Schedule struct {
	db    *sql.DB
	dir   string
	every time.Duration
	keep  int
	now   func() time.Time
}

// NewSchedule returns a schedule backing db up into dir every period,
// keeping keep files.
func NewSchedule(db *sql.DB, dir string, every time.Duration, keep int) *Schedule {
	return &Schedule{db: db, dir: dir, every: every, keep: max(keep, 1), now: time.Now}
}

// SetClock replaces the clock (tests move time forward).
func (s *Schedule) SetClock(now func() time.Time) { s.now = now }

// retryAfter bounds the wait after a failed backup, so that a failure costs
// less than a whole period.
const retryAfter = 10 * time.Minute

// Run makes backups when they are due until ctx ends, reporting each round,
// and its failures to failed.
func (s *Schedule) Run(ctx context.Context, log *slog.Logger, report func(Report), failed func(error)) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		r, err := s.Once(ctx)
		wait := time.Until(r.Next)
		switch {
		case err != nil && ctx.Err() == nil:
			log.ErrorContext(ctx, "backup failed", "dir", s.dir, "err", err)
			if failed != nil {
				failed(err)
			}
			wait = min(s.every, retryAfter)
		case err == nil && r.Made != nil:
			log.InfoContext(ctx, "backup made", "path", r.Made.Path, "bytes", r.Made.Bytes, "tables", len(r.Made.Tables),
				"rows", r.Made.Rows, "exact", r.Made.Exact, "took", r.Made.Took, "removed", r.Removed)
		}
		if err == nil && report != nil {
			report(r)
		}
		t.Reset(max(wait, time.Second))
	}
}

// Once makes a backup if one is due and deletes the backups past the number
// kept, oldest first.
func (s *Schedule) Once(ctx context.Context) (Report, error) {
	now := s.now()
	if err := os.MkdirAll(s.dir, 0o750); err != nil {
		return Report{Next: now}, fmt.Errorf("creating the backup folder: %w", err)
	}
	lock, err := store.LockFile(filepath.Join(s.dir, ".walker-backup.lock"), true)
	if errors.Is(err, store.ErrLocked) {
		return Report{Skipped: true, Next: now.Add(s.every)}, nil
	}
	if err != nil {
		return Report{Next: now}, err
	}
	defer lock.Release()
	files, err := List(s.dir) // newest first
	if err != nil {
		return Report{Next: now}, err
	}
	var r Report
	if due := Due(files, s.every, now); now.Before(due) {
		r.Next = due
	} else {
		made, err := Make(ctx, s.db, filepath.Join(s.dir, Name(now)))
		if err != nil {
			return Report{Next: now}, err
		}
		r.Made, r.Next = &made, now.Add(s.every)
		files = append([]File{{Name: filepath.Base(made.Path), Bytes: made.Bytes, MadeAt: now}}, files...)
	}
	for len(files) > s.keep {
		oldest := files[len(files)-1]
		if err := os.Remove(filepath.Join(s.dir, oldest.Name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return r, fmt.Errorf("removing an old backup: %w", err)
		}
		r.Removed = append(r.Removed, oldest.Name)
		files = files[:len(files)-1]
	}
	return r, nil
}

// Due is when the next scheduled backup is due, every after the newest of
// files (newest first, as List gives them), or now when there is none: read
// from the folder, so that a restart makes no extra backup.
func Due(files []File, every time.Duration, now time.Time) time.Time {
	if len(files) == 0 {
		return now
	}
	return files[0].MadeAt.Add(every)
}

// File is one backup in a folder, as List finds it.
type File struct {
	Name   string
	Bytes  int64
	MadeAt time.Time // from its name
}

// List returns the backups in dir (files named by Name; a missing folder
// has none), newest first.
func List(dir string) ([]File, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("listing backups: %w", err)
	}
	var out []File
	for _, e := range entries {
		m := named.FindStringSubmatch(e.Name())
		if !e.Type().IsRegular() || m == nil {
			continue
		}
		t, err := time.Parse(nameLayout, m[1])
		if err != nil {
			continue // not a time, though the name looks like one
		}
		info, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, File{Name: e.Name(), Bytes: info.Size(), MadeAt: t})
	}
	slices.SortFunc(out, func(a, b File) int { return b.MadeAt.Compare(a.MadeAt) })
	return out, nil
}
