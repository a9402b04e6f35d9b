package store

import (
	"errors"
	"fmt"
	"os"
)

// ErrLocked is returned when another holder has a conflicting lock on a
// file: a process serving (or running a command on) the database when a
// restore asks for it, a restore when a process asks.
var ErrLocked = errors.New("locked by another process")

// FileLock is an advisory lock on a file (flock), held until Release. It is
// Walker's own: SQLite's locks (fcntl byte ranges) are untouched by it.
type FileLock struct{ f *os.File }

// LockFile takes a lock on the file at path, creating it empty if needed:
// shared (many holders) or exclusive (one). It never waits: it fails with
// ErrLocked when a conflicting lock is held.
func LockFile(path string, exclusive bool) (*FileLock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening lock file: %w", err)
	}
	if err := flock(f, exclusive); err != nil {
		f.Close()
		return nil, err
	}
	return &FileLock{f: f}, nil
}

// Release gives the lock back; releasing twice does nothing more.
func (l *FileLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	f := l.f
	l.f = nil
	return f.Close() // closing the file releases its flock
}

// LockPath is the lock file of the SQLite database at dbPath. Every Walker
// process that opens the database (Open) holds a shared lock on it for as
// long as it has the database open; a restore takes it exclusively, so it
// refuses while any process has the database open, and a process cannot
// open the database while a restore replaces it. A lock file, rather than
// SQLite's own locks, because under WAL an idle connection holds no lock
// that another process can test: BEGIN EXCLUSIVE succeeds against a server
// that is between requests.
func LockPath(dbPath string) string { return dbPath + ".lock" }
