package replicate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/benbjohnson/litestream"

	"walker/server/backup"
)

// Restored describes a restore from a replica.
type Restored struct {
	// Restored is the database now in place and where the one before went.
	backup.Restored
	// TXID is the last transaction restored, and At when the replica got it:
	// the recovery point.
	TXID uint64
	At   time.Time
	// Took is how long the restore took, the download and the checks
	// included: the recovery time.
	Took time.Duration
}

// Restore puts the latest state of the replica at rawURL (a form ParseURL
// takes) in place of the SQLite database at dbPath, through backup.Replace:
// refused while any Walker process has the database open, before anything
// is downloaded; restored by Litestream into a temporary file beside the
// database and checked (integrity, foreign keys, Walker's tables) before it
// takes the database's name; the database that was there, and its
// replication state, moved aside. The next walker serve migrates it and
// serves it.
func Restore(ctx context.Context, dbPath, rawURL string, now time.Time, log *slog.Logger) (Restored, error) {
	began := time.Now()
	canonical, err := ParseURL(rawURL)
	if err != nil {
		return Restored{}, err
	}
	client, err := newClient(canonical)
	if err != nil {
		return Restored{}, err
	}
	quiet := slog.New(atLeast{log.Handler(), slog.LevelWarn}).With("replica", redact(canonical))
	client.SetLogger(quiet)
	if err := client.Init(ctx); err != nil {
		return Restored{}, fmt.Errorf("opening the replica %s: %w", redact(canonical), err)
	}
	var out Restored
	out.Restored, err = backup.Replace(ctx, dbPath, now, func(ctx context.Context, into string) error {
		plan, err := litestream.CalcRestorePlan(ctx, client, 0, time.Time{}, quiet)
		if errors.Is(err, litestream.ErrTxNotAvailable) {
			return fmt.Errorf("the replica %s holds no database: nothing was replicated there yet", redact(canonical))
		}
		if err != nil {
			return fmt.Errorf("reading the replica %s: %w", redact(canonical), err)
		}
		last := plan[len(plan)-1]
		out.TXID, out.At = uint64(last.MaxTXID), last.CreatedAt
		opt := litestream.NewRestoreOptions()
		opt.OutputPath = into
		if err := litestream.NewReplicaWithClient(nil, client).Restore(ctx, opt); err != nil {
			return fmt.Errorf("restoring from the replica %s: %w", redact(canonical), err)
		}
		return nil
	})
	if err != nil {
		return Restored{}, err
	}
	out.Took = time.Since(began)
	return out, nil
}
