//go:build !unix

package store

import (
	"errors"
	"os"
)

// flock is not implemented off Unix: a shared lock always succeeds (so the
// server runs) and an exclusive one is refused (so a restore never replaces
// a database a server may have open).
func flock(_ *os.File, exclusive bool) error {
	if exclusive {
		return errors.New("exclusive file locks need a Unix system: stop every Walker process and replace the file by hand")
	}
	return nil
}
