package rollup

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"walker/ent"
	"walker/ent/rollupfollowupday"
	"walker/ent/rollupleadercustomer"
	"walker/ent/rollupleaderday"
	"walker/ent/rollupleadermonth"
	"walker/ent/rolluporgcustomer"
	"walker/ent/rolluporgmode"
	"walker/ent/rolluporgmonth"
	"walker/ent/schema/rule"
)

// batch is how many records Rebuild reads, and rows it writes, at a time.
const batch = 2000

// Needed reports whether the database has counted records and no totals:
// one that the totals came after (or that the seed wrote), to Rebuild.
func Needed(ctx context.Context, client *ent.Client) (bool, error) {
	ctx = rule.System(ctx, rule.JobRollup)
	for _, has := range []func(context.Context) (bool, error){client.RollupLeaderMonth.Query().Exist, client.RollupFollowUpDay.Query().Exist} {
		if ok, err := has(ctx); err != nil || ok {
			return false, err
		}
	}
	for _, has := range []func(context.Context) (bool, error){client.Conversation.Query().Exist, client.FollowUp.Query().Exist} {
		if ok, err := has(ctx); err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

// Rebuild recomputes the totals of the organizations orgs (every one when
// none is named) from the records, in one transaction, writing through ent:
// each organization's conversations are read in time order, a month at a
// time, and their days and customers written as the month ends; its
// follow-ups are read in id order. Memory holds one month of one
// organization's counts, and its leaders' months.
func Rebuild(ctx context.Context, client *ent.Client, dia string, orgs ...int) error {
	ctx = rule.System(ctx, rule.JobRollup)
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("rollup: rebuilding: %w", err)
	}
	if len(orgs) == 0 {
		if orgs, err = tx.Organization.Query().IDs(ctx); err != nil {
			return errors.Join(fmt.Errorf("rollup: rebuilding: %w", err), tx.Rollback())
		}
	}
	if err := rebuild(ctx, dia, tx, orgs); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			err = fmt.Errorf("%w (and rolling back: %v)", err, rerr)
		}
		return fmt.Errorf("rollup: rebuilding: %w", err)
	}
	return tx.Commit()
}

func rebuild(ctx context.Context, dia string, tx *ent.Tx, orgs []int) error {
	for _, org := range orgs {
		for _, clear := range []func(context.Context) (int, error){
			tx.RollupLeaderMonth.Delete().Where(rollupleadermonth.OrganizationID(org)).Exec,
			tx.RollupLeaderDay.Delete().Where(rollupleaderday.OrganizationID(org)).Exec,
			tx.RollupLeaderCustomer.Delete().Where(rollupleadercustomer.OrganizationID(org)).Exec,
			tx.RollupOrgMonth.Delete().Where(rolluporgmonth.OrganizationID(org)).Exec,
			tx.RollupOrgCustomer.Delete().Where(rolluporgcustomer.OrganizationID(org)).Exec,
			tx.RollupOrgMode.Delete().Where(rolluporgmode.OrganizationID(org)).Exec,
			tx.RollupFollowUpDay.Delete().Where(rollupfollowupday.OrganizationID(org)).Exec,
		} {
			if _, err := clear(ctx); err != nil {
				return err
			}
		}
		var whole deltas // the leaders' and the organization's months, the open follow-ups
		for last := 0; ; {
			fs, err := readFollowUps(ctx, dia, tx, "f.organization_id = "+marks(dia, 1, 0)+" AND f.id > "+marks(dia, 1, 1)+
				" ORDER BY f.id LIMIT "+fmt.Sprint(batch), []any{org, last})
			if err != nil {
				return err
			}
			for _, f := range fs {
				whole.followUp(f, 1)
			}
			if len(fs) < batch {
				break
			}
			last = fs[len(fs)-1].id
		}
		if err := rebuildConversations(ctx, dia, tx, org, &whole); err != nil {
			return err
		}
		if err := whole.create(ctx, tx); err != nil {
			return err
		}
	}
	return nil
}

// rebuildConversations counts the organization's live conversations into
// whole, writing each month's days and customers when it is done.
func rebuildConversations(ctx context.Context, dia string, tx *ent.Tx, org int, whole *deltas) error {
	months := map[int64]*deltas{}
	flush := func(before int64) error {
		for _, m := range slices.Sorted(func(yield func(int64) bool) {
			for m := range months {
				if m < before && !yield(m) {
					return
				}
			}
		}) {
			if err := months[m].createMonth(ctx, tx, whole); err != nil {
				return err
			}
			delete(months, m)
		}
		return nil
	}
	at, id := time.Time{}, 0
	for {
		ids, times, err := nextConversations(ctx, dia, tx, org, at, id)
		if err != nil {
			return err
		}
		cs, err := readConversations(ctx, dia, tx, ids)
		if err != nil {
			return err
		}
		for _, c := range cs {
			m := Month(c.at).Unix()
			if months[m] == nil {
				months[m] = &deltas{}
			}
			months[m].conversation(c, 1)
		}
		if len(ids) < batch {
			return flush(1<<62 - 1)
		}
		at, id = times[len(times)-1], ids[len(ids)-1]
		if err := flush(Month(at).Unix()); err != nil {
			return err
		}
	}
}

// nextConversations are the ids and times of the organization's next live
// conversations in time order after (at, id).
func nextConversations(ctx context.Context, dia string, tx *ent.Tx, org int, at time.Time, id int) ([]int, []time.Time, error) {
	p := func(n int) string { return marks(dia, 1, n-1) }
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.occurred_at FROM conversations c
		WHERE c.organization_id = `+p(1)+` AND c.deleted_at IS NULL AND (c.occurred_at > `+p(2)+` OR (c.occurred_at = `+p(3)+` AND c.id > `+p(4)+`))
		ORDER BY c.occurred_at, c.id LIMIT `+fmt.Sprint(batch), org, at, at, id)
	if err != nil {
		return nil, nil, fmt.Errorf("rollup: reading conversations: %w", err)
	}
	defer rows.Close()
	var ids []int
	var times []time.Time
	for rows.Next() {
		var id int
		var t time.Time
		if err := rows.Scan(&id, &t); err != nil {
			return nil, nil, err
		}
		ids, times = append(ids, id), append(times, t)
	}
	return ids, times, rows.Err()
}

// createMonth writes one month's days and customers (d counted from
// nothing), and adds to whole what the month's totals are.
func (d *deltas) createMonth(ctx context.Context, tx *ent.Tx, whole *deltas) error {
	var days []*ent.RollupLeaderDayCreate
	for _, k := range sorted(d.leaderDays, byLeaderDay) {
		if n := d.leaderDays[k]; n > 0 {
			days = append(days, tx.RollupLeaderDay.Create().SetOrganizationID(k.org).SetLeaderID(k.leader).SetDay(unix(k.day)).SetConversations(n))
			whole.leaderMonth(k.org, k.leader, Month(unix(k.day))).days++
		}
	}
	if err := inBatches(days, func(b []*ent.RollupLeaderDayCreate) error { return tx.RollupLeaderDay.CreateBulk(b...).Exec(ctx) }); err != nil {
		return err
	}
	var customers []*ent.RollupLeaderCustomerCreate
	for _, k := range sorted(d.leaderCustomers, byLeaderCustomer) {
		if n := d.leaderCustomers[k]; n > 0 {
			customers = append(customers, tx.RollupLeaderCustomer.Create().SetOrganizationID(k.org).SetLeaderID(k.leader).
				SetMonth(unix(k.month)).SetCustomerID(k.customer).SetConversations(n))
			whole.leaderMonth(k.org, k.leader, unix(k.month)).customers++
		}
	}
	if err := inBatches(customers, func(b []*ent.RollupLeaderCustomerCreate) error {
		return tx.RollupLeaderCustomer.CreateBulk(b...).Exec(ctx)
	}); err != nil {
		return err
	}
	var org []*ent.RollupOrgCustomerCreate
	for _, k := range sorted(d.orgCustomers, byOrgCustomer) {
		if n := d.orgCustomers[k]; n > 0 {
			org = append(org, tx.RollupOrgCustomer.Create().SetOrganizationID(k.org).SetMonth(unix(k.month)).SetCustomerID(k.customer).SetConversations(n))
			add(&whole.orgMonths, orgMonthKey{k.org, k.month}, 1)
		}
	}
	if err := inBatches(org, func(b []*ent.RollupOrgCustomerCreate) error { return tx.RollupOrgCustomer.CreateBulk(b...).Exec(ctx) }); err != nil {
		return err
	}
	var modes []*ent.RollupOrgModeCreate
	for _, k := range sorted(d.orgModes, byOrgMode) {
		if n := d.orgModes[k]; n > 0 {
			modes = append(modes, tx.RollupOrgMode.Create().SetOrganizationID(k.org).SetMonth(unix(k.month)).SetMode(k.mode).SetConversations(n))
		}
	}
	if err := inBatches(modes, func(b []*ent.RollupOrgModeCreate) error { return tx.RollupOrgMode.CreateBulk(b...).Exec(ctx) }); err != nil {
		return err
	}
	for k, t := range d.leaderMonths {
		w := whole.leaderMonth(k.org, k.leader, unix(k.month))
		w.conversations += t.conversations
		w.minutes += t.minutes
		w.onlineComments += t.onlineComments
		w.callListening += t.callListening
	}
	return nil
}

// create writes the months and open follow-ups of whole (counted from
// nothing).
func (d *deltas) create(ctx context.Context, tx *ent.Tx) error {
	var months []*ent.RollupLeaderMonthCreate
	for _, k := range sorted(d.leaderMonths, byLeaderMonth) {
		if t := d.leaderMonths[k]; !t.zero() {
			months = append(months, leaderMonthCreate(tx, k, *t))
		}
	}
	if err := inBatches(months, func(b []*ent.RollupLeaderMonthCreate) error { return tx.RollupLeaderMonth.CreateBulk(b...).Exec(ctx) }); err != nil {
		return err
	}
	var orgs []*ent.RollupOrgMonthCreate
	for _, k := range sorted(d.orgMonths, byOrgMonth) {
		if n := d.orgMonths[k]; n > 0 {
			orgs = append(orgs, tx.RollupOrgMonth.Create().SetOrganizationID(k.org).SetMonth(unix(k.month)).SetCustomers(n))
		}
	}
	if err := inBatches(orgs, func(b []*ent.RollupOrgMonthCreate) error { return tx.RollupOrgMonth.CreateBulk(b...).Exec(ctx) }); err != nil {
		return err
	}
	var open []*ent.RollupFollowUpDayCreate
	for _, k := range sorted(d.followUpDays, byFollowUpDay) {
		if n := d.followUpDays[k]; n > 0 {
			open = append(open, tx.RollupFollowUpDay.Create().SetOrganizationID(k.org).SetDay(unix(k.day)).SetOpen(n))
		}
	}
	return inBatches(open, func(b []*ent.RollupFollowUpDayCreate) error { return tx.RollupFollowUpDay.CreateBulk(b...).Exec(ctx) })
}

// inBatches writes creates a batch at a time (SQLite bounds the values of
// one statement).
func inBatches[T any](creates []T, write func([]T) error) error {
	size := batch / 4
	for chunk := range slices.Chunk(creates, size) {
		if err := write(chunk); err != nil {
			return err
		}
	}
	return nil
}
