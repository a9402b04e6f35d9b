package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"walker/ent"
	"walker/server/servertest"
	"walker/server/store"
	"walker/server/store/storetest"
)

// On SQLite, concurrent write transactions share commits: every one that
// succeeds is there afterwards (with its change), and one that fails, or
// whose request has gone away, is rolled back alone.
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
		gone                int
		failures            []error
	)
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
				// Some requests go away after their write, before committing:
				// theirs is undone, the others' are not.
				reqctx, leave := context.WithCancel(ctx)
				tx, err := st.Client.Tx(reqctx)
				if err != nil {
					leave()
					mu.Lock()
					failures = append(failures, err)
					mu.Unlock()
					return
				}
				_, err = tx.Leader.Create().SetOrganizationID(org.ID).SetName("P").SetEmail(email).Save(reqctx)
				left := err == nil && i%5 == 3
				if left {
					leave()
				}
				if err == nil {
					err = tx.Commit()
				} else {
					tx.Rollback() //nolint:errcheck // the create's error is the one that matters
				}
				leave()
				if left {
					mu.Lock()
					if !errors.Is(err, context.Canceled) {
						failures = append(failures, fmt.Errorf("a request that went away committed: %v", err))
					}
					gone++
					mu.Unlock()
					continue
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
	// Of each writer's 25: 5 gone, 5 shared (half of them duplicates).
	total, shared, left := writers*each, writers*each/5, writers*each/5
	if created != total-left-shared/2 || duplicates != shared/2 || gone != left {
		t.Errorf("%d created, %d duplicates and %d gone, want %d, %d and %d", created, duplicates, gone, total-left-shared/2, shared/2, left)
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

// WithoutWriters commits the batch left open and holds the write
// transactions back while its function runs: another connection gets
// SQLite's write lock at once, and a write started meanwhile commits after.
func TestWithoutWriters(t *testing.T) {
	_, path := storetest.Location(t, os.Getenv)
	if path == "" {
		t.Skip("group commit is SQLite's")
	}
	ctx := servertest.System()
	st, err := store.Open(context.Background(), "", path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	stop := make(chan struct{})
	var writes sync.WaitGroup
	for range 4 { // a stream of group commits, which keeps the write lock busy
		writes.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				st.Client.Organization.Create().SetName("Busy").ExecX(ctx)
			}
		})
	}
	time.Sleep(50 * time.Millisecond)
	var during, after time.Time
	done := make(chan struct{})
	err = st.WithoutWriters(ctx, func() error {
		// The write lock is free: no busy wait, and none allowed.
		if _, err := other.Exec("BEGIN IMMEDIATE; ROLLBACK"); err != nil {
			return fmt.Errorf("the write lock while the writers wait: %w", err)
		}
		go func() {
			st.Client.Organization.Create().SetName("Waited").ExecX(ctx)
			after = time.Now()
			close(done)
		}()
		time.Sleep(100 * time.Millisecond)
		select {
		case <-done:
			return errors.New("a write committed while the writers were held back")
		default:
		}
		during = time.Now()
		return nil
	})
	close(stop)
	writes.Wait()
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the held-back write never committed")
	}
	if !after.After(during) {
		t.Fatalf("the held-back write: committed at %v, the function ended at %v", after, during)
	}
}
