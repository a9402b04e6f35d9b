// Package retention keeps the change log and the deleted records for the
// retention (30 days by default), and no longer: it prunes the log's older
// entries (raising each organization's horizon, below which a cursor must
// resynchronise) and purges for good the records deleted before it. It runs
// in the background of every replica; on PostgreSQL one replica at a time
// (a transaction-scoped advisory lock), and every step is idempotent, so a
// run killed half-way is finished by the next.
package retention

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/changehorizon"
	"walker/ent/commitment"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/decision"
	"walker/ent/endorsement"
	"walker/ent/feedbackreview"
	"walker/ent/followup"
	"walker/ent/nomination"
	"walker/ent/schema/rule"
	"walker/ent/webhookdelivery"
	"walker/ent/webhookendpoint"
	"walker/ent/webhookstate"
	"walker/server/store/changelog"
)

// DefaultRetention is how long changes and deleted records are kept.
const DefaultRetention = 30 * 24 * time.Hour

// Report is what one run did.
type Report struct {
	Pruned  int            // change-log entries removed
	Purged  map[string]int // records removed for good, by type
	Skipped bool           // another replica was running it
}

// Keeper prunes and purges for a store.
type Keeper struct {
	client    *ent.Client
	dialect   string
	retention time.Duration
	now       func() time.Time
}

// New returns a keeper over client (of dialect) keeping retention.
func New(client *ent.Client, dia string, retention time.Duration) *Keeper {
	return &Keeper{client: client, dialect: dia, retention: retention, now: time.Now}
}

// SetClock replaces the clock (tests move time forward).
func (k *Keeper) SetClock(now func() time.Time) { k.now = now }

// Run runs once, then every period, until ctx ends, reporting each run.
func (k *Keeper) Run(ctx context.Context, every time.Duration, log *slog.Logger, report func(Report)) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		r, err := k.Once(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			log.WarnContext(ctx, "retention run failed", "err", err)
		case err == nil && !r.Skipped:
			log.InfoContext(ctx, "retention run", "pruned", r.Pruned, "purged", r.Purged)
		}
		if err == nil && report != nil {
			report(r)
		}
		t.Reset(every)
	}
}

// Once prunes and purges what is older than the retention, once.
func (k *Keeper) Once(ctx context.Context) (Report, error) {
	ctx = rule.WithDeleted(rule.System(ctx, rule.JobChangeLog))
	r := Report{Purged: map[string]int{}}
	tx, err := k.client.Tx(ctx)
	if err != nil {
		return r, err
	}
	if k.dialect == dialect.Postgres {
		locked, err := tryLock(ctx, tx)
		if err != nil || !locked {
			_ = tx.Rollback()
			return Report{Skipped: true}, err
		}
	}
	cutoff := k.now().Add(-k.retention)
	if err := k.purge(ctx, tx, cutoff, &r); err != nil {
		_ = tx.Rollback()
		return r, err
	}
	if r.Pruned, err = prune(ctx, tx, cutoff); err != nil {
		_ = tx.Rollback()
		return r, err
	}
	return r, tx.Commit()
}

func tryLock(ctx context.Context, tx *ent.Tx) (bool, error) {
	rows, err := tx.QueryContext(ctx, "SELECT pg_try_advisory_xact_lock($1)", 0x57524554) // "WRET"
	if err != nil {
		return false, fmt.Errorf("retention: taking the lock: %w", err)
	}
	defer rows.Close()
	var locked bool
	if rows.Next() {
		if err := rows.Scan(&locked); err != nil {
			return false, err
		}
	}
	return locked, rows.Err()
}

// prune removes the change-log entries older than cutoff and raises each
// organization's horizon to the greatest position removed.
func prune(ctx context.Context, tx *ent.Tx, cutoff time.Time) (int, error) {
	var last []struct {
		OrganizationID int `json:"organization_id"`
		Max            int `json:"max"`
	}
	if err := tx.Change.Query().Where(change.AtLT(cutoff)).GroupBy(change.FieldOrganizationID).
		Aggregate(ent.Max(change.FieldID)).Scan(ctx, &last); err != nil {
		return 0, fmt.Errorf("retention: finding old changes: %w", err)
	}
	for _, l := range last {
		n, err := tx.ChangeHorizon.Update().Where(changehorizon.OrganizationID(l.OrganizationID)).
			SetPrunedThrough(l.Max).Save(ctx)
		if err == nil && n == 0 {
			err = tx.ChangeHorizon.Create().SetOrganizationID(l.OrganizationID).SetPrunedThrough(l.Max).Exec(ctx)
		}
		if err != nil {
			return 0, fmt.Errorf("retention: raising the horizon: %w", err)
		}
	}
	n, err := tx.Change.Delete().Where(change.AtLT(cutoff)).Exec(ctx)
	if err != nil {
		return 0, fmt.Errorf("retention: pruning changes: %w", err)
	}
	return n, nil
}

// purge removes for good the records deleted before cutoff, dependents
// first (an endorsement of a purged nomination goes with it). An erased
// customer stays: its erasure is audited.
func (k *Keeper) purge(ctx context.Context, tx *ent.Tx, cutoff time.Time, r *Report) error {
	ctx = changelog.Purging(ctx) // their tombstones are in the log already
	steps := []struct {
		name string
		run  func() (int, error)
	}{
		{"Endorsement", func() (int, error) {
			return tx.Endorsement.Delete().Where(endorsement.Or(endorsement.DeletedAtLT(cutoff),
				endorsement.HasNominationWith(nomination.DeletedAtLT(cutoff)))).Exec(ctx)
		}},
		{"FollowUp", func() (int, error) { return tx.FollowUp.Delete().Where(followup.DeletedAtLT(cutoff)).Exec(ctx) }},
		{"Commitment", func() (int, error) { return tx.Commitment.Delete().Where(commitment.DeletedAtLT(cutoff)).Exec(ctx) }},
		{"Decision", func() (int, error) { return tx.Decision.Delete().Where(decision.DeletedAtLT(cutoff)).Exec(ctx) }},
		{"Nomination", func() (int, error) { return tx.Nomination.Delete().Where(nomination.DeletedAtLT(cutoff)).Exec(ctx) }},
		{"FeedbackReview", func() (int, error) {
			return tx.FeedbackReview.Delete().Where(feedbackreview.DeletedAtLT(cutoff)).Exec(ctx)
		}},
		{"Conversation", func() (int, error) {
			return tx.Conversation.Delete().Where(conversation.DeletedAtLT(cutoff)).Exec(ctx)
		}},
		{"Customer", func() (int, error) {
			return tx.Customer.Delete().Where(customer.DeletedAtLT(cutoff), customer.ErasedAtIsNil()).Exec(ctx)
		}},
		// The delivery log is kept as long as the change log it reports on.
		{"WebhookDelivery", func() (int, error) {
			return tx.WebhookDelivery.Delete().Where(webhookdelivery.Or(webhookdelivery.CreatedAtLT(cutoff),
				webhookdelivery.HasEndpointWith(webhookendpoint.DeletedAtLT(cutoff)))).Exec(ctx)
		}},
		{"WebhookState", func() (int, error) {
			return tx.WebhookState.Delete().Where(webhookstate.HasEndpointWith(webhookendpoint.DeletedAtLT(cutoff))).Exec(ctx)
		}},
		{"WebhookEndpoint", func() (int, error) {
			return tx.WebhookEndpoint.Delete().Where(webhookendpoint.DeletedAtLT(cutoff)).Exec(ctx)
		}},
	}
	for _, s := range steps {
		n, err := s.run()
		if err != nil {
			return fmt.Errorf("retention: purging %s: %w", s.name, err)
		}
		if n > 0 {
			r.Purged[s.name] = n
		}
	}
	return nil
}
