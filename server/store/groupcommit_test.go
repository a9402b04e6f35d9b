package store_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"walker/ent"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// On SQLite, concurrent write transactions share commits: every one that
// succeeds is there afterwards (with its change), one that fails is rolled
// back alone, and one whose request has gone away neither breaks nor loses
// the others.
func TestGroupCommit(t *testing.T) {
	st := storetest.Open(t, os.Getenv, nil)
	if st.Dialect != "sqlite3" {
		t.Skip("group commit is SQLite's (PostgreSQL commits its own concurrent transactions together)")
	}
	ctx := servertest.System()
	org := st.Client.Organization.Create().SetName("Acme").SaveX(ctx)
	const writers, each = 16, 25
	var (
		wg                  sync.WaitGroup
		mu                  sync.Mutex
		created, duplicates int
		failures            []error
	)
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				// Every fifth person is someone another writer creates too:
				// exactly one of them gets the address, the other a
				// constraint error that undoes its own transaction only.
				email := fmt.Sprintf("p%d.%d@acme.test", w, i)
				if i%5 == 0 {
					email = fmt.Sprintf("shared%d.%d@acme.test", w/2, i)
				}
				tx, err := st.Client.Tx(ctx)
				if err != nil {
					mu.Lock()
					failures = append(failures, err)
					mu.Unlock()
					return
				}
				txctx := ctx
				if i%7 == 3 {
					txctx = cancelled // the request went away: its writes still finish, then commit
				}
				_, err = tx.Leader.Create().SetOrganizationID(org.ID).SetName("P").SetEmail(email).Save(txctx)
				if err == nil {
					err = tx.Commit()
				} else {
					tx.Rollback() //nolint:errcheck // the create's error is the one that matters
				}
				mu.Lock()
				switch {
				case err == nil:
					created++
				case ent.IsConstraintError(err):
					duplicates++
				default:
					failures = append(failures, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if len(failures) > 0 {
		t.Fatalf("%d transactions failed, first: %v", len(failures), failures[0])
	}
	if want := writers * each * 9 / 10; created != want || duplicates != writers*each/10 {
		t.Errorf("%d created and %d duplicates, want %d and %d", created, duplicates, want, writers*each/10)
	}
	if n := st.Client.Leader.Query().CountX(ctx); n != created {
		t.Errorf("%d people stored, %d acknowledged", n, created)
	}
	if n := st.Client.Change.Query().CountX(ctx); n != created+1 { // and the organization
		t.Errorf("%d changes logged, want %d", n, created+1)
	}
	txs, commits := st.GroupCommits()
	t.Logf("%d transactions in %d commits", txs, commits)
	if txs < int64(created) || commits >= txs {
		t.Errorf("%d transactions in %d commits: none shared a commit", txs, commits)
	}
}
