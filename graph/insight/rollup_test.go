package insight

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/followup"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/graph/model"
	"walker/server/store"
	"walker/server/store/changelog"
	"walker/server/store/rollup"
	"walker/server/store/storetest"
)

// weeksWithConversations is the query of the weeks back from the week that
// starts at start (0: that week, 1: the one before, …) in which the leader
// has a conversation, the leader being of the organization (@org).
func weeksWithConversations(leaderID int, start time.Time) (string, []any) {
	var b strings.Builder
	args := make([]any, 0, 4*(maxStreak+1)+1)
	b.WriteString("SELECT x.n FROM (")
	for n := 0; n <= maxStreak; n++ {
		if n > 0 {
			b.WriteString(" UNION ALL ")
		}
		fmt.Fprintf(&b, `SELECT %d AS n WHERE EXISTS (SELECT 1 FROM conversations c
			WHERE (c.leader_id = ? OR EXISTS (SELECT 1 FROM conversation_attendees ca WHERE ca.conversation_id = c.id AND ca.leader_id = ?))
			AND c.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?)`, n)
		from := start.AddDate(0, 0, -7*n)
		args = append(args, leaderID, leaderID, from, from.AddDate(0, 0, 7))
	}
	b.WriteString(") x WHERE EXISTS (SELECT 1 FROM leaders l WHERE l.id = ? AND l.organization_id = @org)")
	return b.String(), append(args, leaderID)
}

// computed are the aggregates over the records that the running totals
// replaced: what the totals must equal.
var computed = []aggregate{
	{srcConversations, func(q sqlText, s scope) (string, []any) {
		c, args := credited(s)
		outer, args := s.outer("x.credited", args)
		return `SELECT x.credited, COUNT(*), COUNT(DISTINCT ` + q.day("x.occurred_at") + `), COALESCE(SUM(x.duration_minutes), 0),
			SUM(CASE WHEN x.mode = 'ONLINE_COMMENTS' THEN 1 ELSE 0 END), SUM(CASE WHEN x.mode = 'CALL_LISTENING' THEN 1 ELSE 0 END)
			FROM (` + c + `) x` + outer + ` GROUP BY x.credited`, args
	}, func(rows *sql.Rows, into byLeader) error {
		var id, n, days, mins, online, listening int
		if err := rows.Scan(&id, &n, &days, &mins, &online, &listening); err != nil {
			return err
		}
		m := into.of(id)
		m.conversations, m.days, m.minutes, m.onlineComments, m.callListening = n, days, mins, online, listening
		return nil
	}},
	{srcCustomers, func(q sqlText, s scope) (string, []any) {
		c, args := credited(s)
		outer, args := s.outer("x.credited", args)
		return `SELECT x.credited, COUNT(DISTINCT cc.customer_id) FROM (` + c + `) x
			JOIN conversation_customers cc ON cc.conversation_id = x.id
			JOIN customers cu ON cu.id = cc.customer_id AND cu.deleted_at IS NULL` + outer + ` GROUP BY x.credited`, args
	}, count(func(m *metrics) *int { return &m.customersMet })},
	{srcFollowUpsDue, func(q sqlText, s scope) (string, []any) {
		w, args := s.where("f", "owner_id", "due_on")
		return `SELECT f.owner_id, COUNT(*), SUM(CASE WHEN f.done_at IS NOT NULL AND f.done_at <= f.due_on THEN 1 ELSE 0 END)
			FROM follow_ups f WHERE ` + w + ` GROUP BY f.owner_id`, args
	}, func(rows *sql.Rows, into byLeader) error {
		var id, due, onTime int
		if err := rows.Scan(&id, &due, &onTime); err != nil {
			return err
		}
		m := into.of(id)
		m.followUpsDue, m.followUpsOnTime = due, onTime
		return nil
	}},
	{srcInitiatives, func(q sqlText, s scope) (string, []any) {
		w, args := s.where("f", "owner_id", "created_at")
		return `SELECT f.owner_id, COUNT(*) FROM follow_ups f WHERE ` + w + ` AND f.new_initiative GROUP BY f.owner_id`, args
	}, func(rows *sql.Rows, into byLeader) error {
		var id, n int
		if err := rows.Scan(&id, &n); err != nil {
			return err
		}
		into.of(id).newInitiatives += n
		return nil
	}},
}

// credited is the live conversations of the organization in the scope's
// period, once for each person credited with them: the one they are
// credited to and the others who were there.
func credited(s scope) (string, []any) {
	live := ` WHERE c.organization_id = @org AND c.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?`
	return `SELECT c.id, c.leader_id AS credited, c.occurred_at, c.duration_minutes, c.mode FROM conversations c` + live + `
		UNION SELECT c.id, ca.leader_id, c.occurred_at, c.duration_minutes, c.mode FROM conversations c
		JOIN conversation_attendees ca ON ca.conversation_id = c.id` + live, []any{s.p.from, s.p.to, s.p.from, s.p.to}
}

// computedFor is metricsFor from the records alone.
func (r *Reader) computedFor(ctx context.Context, leaderID int, p period) (byLeader, error) {
	out := byLeader{}
	s := scope{leaderID: leaderID, p: p}
	for _, a := range computed {
		q, args := a.sql(r.sql, s)
		if err := r.query(ctx, q, args, func(rows *sql.Rows) error { return a.scan(rows, out) }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// world is the records the property test writes at random: two
// organizations, their leaders, customers, conversations and follow-ups.
type world struct {
	t         *testing.T
	st        *store.Store
	rnd       *rand.Rand
	sys       context.Context
	orgs      []int
	leaders   map[int][]int // by organization
	customers map[int][]int
	convs     map[int][]int
	followUps map[int][]int
	refused   int
}

var modes = []conversation.Mode{conversation.ModeVISIT, conversation.ModeCALL, conversation.ModeCALL_LISTENING,
	conversation.ModeONLINE_COMMENTS, conversation.ModeEVENT}

// months are the months the records fall in; now is in the second.
var (
	months  = []string{"2026-07", "2026-08", "2026-09"}
	testNow = time.Date(2026, 8, 15, 12, 0, 0, 0, time.UTC)
)

// when is a time in the months, often on the edge of a day or a month.
func (w *world) when() time.Time {
	base := time.Date(2026, time.Month(7+w.rnd.IntN(3)), 1+w.rnd.IntN(31), 0, 0, 0, 0, time.UTC)
	switch w.rnd.IntN(4) {
	case 0:
		return base // midnight: the first instant of a day
	case 1:
		return base.Add(-time.Second) // the last second of the day before
	case 2:
		return time.Date(2026, 8, 15, w.rnd.IntN(24), 0, 0, 0, time.UTC) // the test's today
	}
	return base.Add(time.Duration(w.rnd.IntN(24*3600)) * time.Second)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// write makes one random write; a refused one (a rule of the records) must
// change nothing, which the comparison then checks too.
func (w *world) write() {
	ctx, c, r := w.sys, w.st.Client, w.rnd
	org := pick(r, w.orgs)
	some := func(n int) []int {
		var ids []int
		for range 1 + r.IntN(n) {
			ids = append(ids, pick(r, w.customers[org]))
		}
		return ids
	}
	var err error
	switch op := r.IntN(20); {
	case op < 5 || len(w.convs[org]) == 0:
		cr := c.Conversation.Create().SetOrganizationID(org).SetLeaderID(pick(r, w.leaders[org])).
			SetMode(pick(r, modes)).SetOccurredAt(w.when()).AddCustomerIDs(some(3)...)
		if r.IntN(3) == 0 { // a joint conversation (its own person among them at times)
			cr.AddAttendeeIDs(pick(r, w.leaders[org]), pick(r, w.leaders[org]))
		}
		if r.IntN(3) > 0 {
			cr.SetDurationMinutes(r.IntN(120))
		}
		var cv *ent.Conversation
		if cv, err = cr.Save(ctx); err == nil {
			w.convs[org] = append(w.convs[org], cv.ID)
		}
	case op < 9:
		u := c.Conversation.UpdateOneID(pick(r, w.convs[org]))
		switch r.IntN(9) {
		case 6:
			u.AddAttendeeIDs(pick(r, w.leaders[org]))
		case 7:
			u.RemoveAttendeeIDs(pick(r, w.leaders[org]))
		case 8: // from the person's side
			err = c.Leader.UpdateOneID(pick(r, w.leaders[org])).AddJointConversationIDs(pick(r, w.convs[org])).Exec(ctx)
			u = nil
		case 0:
			u.SetOccurredAt(w.when())
		case 1:
			u.SetMode(pick(r, modes))
		case 2:
			u.SetDurationMinutes(r.IntN(200))
		case 3:
			u.ClearDurationMinutes()
		case 4:
			u.AddCustomerIDs(some(2)...)
		case 5:
			u.RemoveCustomerIDs(some(2)...)
		}
		if u != nil {
			err = u.Exec(ctx)
		}
	case op < 10:
		err = c.Conversation.UpdateOneID(pick(r, w.convs[org])).SetDeletedAt(testNow).Exec(ctx)
	case op < 11:
		err = c.Conversation.UpdateOneID(pick(r, w.convs[org])).ClearDeletedAt().Exec(rule.WithDeleted(ctx))
	case op < 12:
		err = c.Customer.UpdateOneID(pick(r, w.customers[org])).SetDeletedAt(testNow).Exec(ctx)
	case op < 13:
		err = c.Customer.UpdateOneID(pick(r, w.customers[org])).ClearDeletedAt().Exec(rule.WithDeleted(ctx))
	case op < 14: // links from the customer's side
		u := c.Customer.UpdateOneID(pick(r, w.customers[org]))
		if r.IntN(2) == 0 {
			u.AddConversationIDs(pick(r, w.convs[org]))
		} else {
			u.RemoveConversationIDs(pick(r, w.convs[org]))
		}
		err = u.Exec(ctx)
	case op < 15: // a merge: one customer's conversations move to another, which it then is
		err = w.merge(org, pick(r, w.customers[org]), pick(r, w.customers[org]))
	case op < 18 || len(w.followUps[org]) == 0:
		err = w.followUp(org)
	case op < 19: // a bulk edit of a leader's month
		from := time.Date(2026, time.Month(7+r.IntN(3)), 1, 0, 0, 0, 0, time.UTC)
		_, err = c.Conversation.Update().Where(conversation.LeaderID(pick(r, w.leaders[org])),
			conversation.OccurredAtGTE(from), conversation.OccurredAtLT(from.AddDate(0, 1, 0))).
			SetMode(pick(r, modes)).Save(ctx)
	default: // the purge of what was deleted, and a write rolled back
		purge := changelog.Purging(rule.WithDeleted(ctx))
		if _, err = c.Conversation.Delete().Where(conversation.DeletedAtNotNil(), conversation.OrganizationID(org)).Exec(purge); err == nil {
			_, err = c.FollowUp.Delete().Where(followup.DeletedAtNotNil(), followup.OrganizationID(org)).Exec(purge)
		}
		tx, terr := c.Tx(ctx)
		if terr != nil {
			w.t.Fatal(terr)
		}
		tx.Conversation.Create().SetOrganizationID(org).SetLeaderID(pick(r, w.leaders[org])).SetMode(conversation.ModeCALL).
			SetOccurredAt(w.when()).AddCustomerIDs(some(1)...).ExecX(ctx)
		tx.FollowUp.UpdateOneID(pick(r, w.followUps[org])).SetDoneAt(w.when()).Exec(ctx) //nolint:errcheck // rolled back anyway
		if terr := tx.Rollback(); terr != nil {
			w.t.Fatal(terr)
		}
	}
	if err != nil {
		w.refused++
	}
}

// followUp creates or changes a follow-up at random.
func (w *world) followUp(org int) error {
	ctx, c, r := w.sys, w.st.Client, w.rnd
	if r.IntN(2) == 0 || len(w.followUps[org]) == 0 {
		cr := c.FollowUp.Create().SetOrganizationID(org).SetOwnerID(pick(r, w.leaders[org])).SetAction("Call back").
			SetNewInitiative(r.IntN(3) == 0).SetCreatedAt(w.when())
		if r.IntN(4) > 0 {
			cr.SetDueOn(w.when())
		}
		if r.IntN(2) == 0 {
			cr.SetDoneAt(w.when())
		}
		f, err := cr.Save(ctx)
		if err == nil {
			w.followUps[org] = append(w.followUps[org], f.ID)
		}
		return err
	}
	id := pick(r, w.followUps[org])
	switch r.IntN(8) {
	case 0:
		return c.FollowUp.UpdateOneID(id).SetDueOn(w.when()).Exec(ctx)
	case 1:
		return c.FollowUp.UpdateOneID(id).ClearDueOn().Exec(ctx)
	case 2:
		return c.FollowUp.UpdateOneID(id).SetDoneAt(w.when()).Exec(ctx)
	case 3:
		return c.FollowUp.UpdateOneID(id).ClearDoneAt().Exec(ctx)
	case 4:
		return c.FollowUp.UpdateOneID(id).SetOwnerID(pick(r, w.leaders[org])).Exec(ctx)
	case 5:
		return c.FollowUp.UpdateOneID(id).SetNewInitiative(r.IntN(2) == 0).Exec(ctx)
	case 6:
		return c.FollowUp.UpdateOneID(id).SetDeletedAt(testNow).Exec(ctx)
	}
	return c.FollowUp.UpdateOneID(id).ClearDeletedAt().Exec(rule.WithDeleted(ctx))
}

// merge moves from's conversations to into and deletes from, in one
// transaction, as mergeCustomers does.
func (w *world) merge(org, into, from int) error {
	if into == from {
		return nil
	}
	tx, err := w.st.Client.Tx(w.sys)
	if err != nil {
		return err
	}
	convs, err := tx.Conversation.Query().Where(conversation.HasCustomersWith(customer.ID(from))).IDs(w.sys)
	if err == nil {
		for _, id := range convs {
			if err = tx.Conversation.UpdateOneID(id).RemoveCustomerIDs(from).AddCustomerIDs(into).Exec(w.sys); err != nil {
				break
			}
		}
	}
	if err == nil {
		err = tx.Customer.UpdateOneID(from).SetDeletedAt(testNow).SetMergedIntoID(into).Exec(w.sys)
	}
	if err != nil {
		tx.Rollback() //nolint:errcheck // the error is err's
		return err
	}
	return tx.Commit()
}

// check compares the totals with the records: every leader's every month
// and the quarter, the organization's customers per month, the open and
// overdue follow-ups.
func (w *world) check(stage string) {
	w.t.Helper()
	r := New(w.st.Client, w.st.Dialect)
	r.now = func() time.Time { return testNow }
	q, _ := parsePeriod("2026-07")
	for _, org := range w.orgs {
		ctx := viewer.NewContext(context.Background(), &viewer.Viewer{OrganizationID: org, LeaderID: w.leaders[org][0], Role: viewer.RoleAdmin})
		for _, p := range []period{mustPeriod(months[0]), mustPeriod(months[1]), mustPeriod(months[2]), q.quarter()} {
			got, err := r.metricsFor(ctx, 0, p, srcTotals)
			if err != nil {
				w.t.Fatal(err)
			}
			want, err := r.computedFor(ctx, 0, p)
			if err != nil {
				w.t.Fatal(err)
			}
			for _, l := range w.leaders[org] {
				if g, wt := *got.orEmpty(l), *want.orEmpty(l); g != wt {
					w.t.Fatalf("%s: leader %d, %s to %s:\n totals  %+v\n records %+v", stage, l, p.from, p.to, g, wt)
				}
				one, err := r.metricsFor(ctx, l, p, srcTotals)
				if err != nil {
					w.t.Fatal(err)
				}
				if g, wt := *one.orEmpty(l), *want.orEmpty(l); g != wt {
					w.t.Fatalf("%s: leader %d alone, %s: %+v, records %+v", stage, l, p.from, g, wt)
				}
			}
		}
		for _, l := range w.leaders[org] {
			got, err := r.WeekStreak(ctx, &ent.Leader{ID: l}, testNow)
			if err != nil {
				w.t.Fatal(err)
			}
			q, args := weeksWithConversations(l, weekStart(testNow))
			weeks := map[int]bool{}
			err = r.query(ctx, q, args, func(rows *sql.Rows) error {
				var n int
				err := rows.Scan(&n)
				weeks[n] = true
				return err
			})
			if err != nil {
				w.t.Fatal(err)
			}
			if want := streak(weeks); got != want {
				w.t.Fatalf("%s: leader %d's week streak is %d by the totals, %d by the records", stage, l, got, want)
			}
		}
		for _, m := range months {
			p := mustPeriod(m)
			got, err := r.customersMet(ctx, p, 1)
			if err != nil {
				w.t.Fatal(err)
			}
			var want int
			err = r.query(ctx, `SELECT COUNT(DISTINCT cc.customer_id) FROM conversations c
				JOIN conversation_customers cc ON cc.conversation_id = c.id
				JOIN customers cu ON cu.id = cc.customer_id AND cu.deleted_at IS NULL
				WHERE c.organization_id = @org AND c.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?`,
				[]any{p.from, p.to}, func(rows *sql.Rows) error { return rows.Scan(&want) })
			if err != nil {
				w.t.Fatal(err)
			}
			var modes model.Dashboard
			if err := r.fillModes(ctx, p, &modes); err != nil {
				w.t.Fatal(err)
			}
			var byMode []*model.ModeCount
			w.st.Client.Conversation.Query().Where(conversation.OrganizationID(org), conversation.OccurredAtGTE(p.from), conversation.OccurredAtLT(p.to)).
				GroupBy(conversation.FieldMode).Aggregate(ent.Count()).ScanX(rule.System(context.Background(), rule.JobCommand), &byMode)
			slices.SortFunc(byMode, func(a, b *model.ModeCount) int { return strings.Compare(string(a.Mode), string(b.Mode)) })
			if g, wt := fmt.Sprint(deref(modes.ConversationsByMode)), fmt.Sprint(deref(byMode)); g != wt {
				w.t.Fatalf("%s: organization %d's conversations by mode in %s: %s by the totals, %s by the records", stage, org, m, g, wt)
			}
			if got.CustomersMet != want {
				w.t.Fatalf("%s: organization %d met %d customers in %s by the totals, %d by the records", stage, org, got.CustomersMet, m, want)
			}
		}
		var now, want model.Dashboard
		if err := r.fillNow(ctx, period{}, &now); err != nil {
			w.t.Fatal(err)
		}
		sys := rule.System(context.Background(), rule.JobCommand)
		open := w.st.Client.FollowUp.Query().Where(followup.OrganizationID(org), followup.DoneAtIsNil())
		want.OpenFollowUps = open.Clone().CountX(sys)
		want.OverdueFollowUps = open.Where(followup.DueOnLT(testNow)).CountX(sys)
		if now.OpenFollowUps != want.OpenFollowUps || now.OverdueFollowUps != want.OverdueFollowUps {
			w.t.Fatalf("%s: organization %d: open and overdue follow-ups %d, %d by the totals, %d, %d by the records", stage, org,
				now.OpenFollowUps, now.OverdueFollowUps, want.OpenFollowUps, want.OverdueFollowUps)
		}
	}
}

func deref(ms []*model.ModeCount) []model.ModeCount {
	out := make([]model.ModeCount, len(ms))
	for i, m := range ms {
		out[i] = *m
	}
	return out
}

func mustPeriod(s string) period {
	p, err := parsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// The running totals equal the aggregates of the records after any
// sequence of writes — creates, edits of time, mode, minutes and
// customers, links from either side, deletes, restores, merges, purges,
// bulk edits, refused writes and rolled-back transactions — and after a
// rebuild from the records. Run with WALKER_TEST_DATABASE_URL set for
// PostgreSQL; ROLLUP_WRITES sets the number of writes (default 600).
func TestRollupsEqualTheRecords(t *testing.T) {
	writes := 600
	if n, err := fmt.Sscan(os.Getenv("ROLLUP_WRITES"), &writes); n == 0 && err != nil {
		writes = 600
	}
	for _, seed := range []uint64{1, 2} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			st := storetest.Open(t, os.Getenv, nil)
			w := &world{t: t, st: st, rnd: rand.New(rand.NewPCG(seed, 42)), sys: rule.System(context.Background(), rule.JobCommand),
				leaders: map[int][]int{}, customers: map[int][]int{}, convs: map[int][]int{}, followUps: map[int][]int{}}
			for i, name := range []string{"Acme", "Globex"} {
				org := st.Client.Organization.Create().SetName(name).SaveX(w.sys)
				w.orgs = append(w.orgs, org.ID)
				for j := range 3 - i {
					l := st.Client.Leader.Create().SetOrganizationID(org.ID).SetName(fmt.Sprint(name, " leader ", j)).
						SetEmail(fmt.Sprintf("l%d@%s.example", j, name)).SaveX(w.sys)
					w.leaders[org.ID] = append(w.leaders[org.ID], l.ID)
				}
				for j := range 6 - 2*i {
					cu := st.Client.Customer.Create().SetOrganizationID(org.ID).SetName(fmt.Sprint(name, " customer ", j)).SaveX(w.sys)
					w.customers[org.ID] = append(w.customers[org.ID], cu.ID)
				}
			}
			for i := 1; i <= writes; i++ {
				w.write()
				if i%50 == 0 {
					w.check(fmt.Sprintf("after %d writes", i))
				}
			}
			w.check("at the end")
			if w.refused == 0 || w.refused > writes/2 {
				t.Errorf("%d of %d writes were refused: the test does not write what it means to", w.refused, writes)
			}
			if err := rollup.Rebuild(context.Background(), st.Client, st.Dialect); err != nil {
				t.Fatal(err)
			}
			w.check("rebuilt")
			var rows int
			err := st.DB.QueryRow("SELECT COUNT(*) FROM rollup_leader_months").Scan(&rows)
			if err != nil || rows == 0 {
				t.Fatalf("no leader months after the rebuild (%d, %v)", rows, err)
			}
		})
	}
}

// Writers at once, on the same leaders' days and customers, leave the
// totals equal to the records: on PostgreSQL each organization's totals are
// written under its change-log lock, and no writer is refused for another's.
func TestRollupsUnderConcurrentWrites(t *testing.T) {
	st := storetest.Open(t, os.Getenv, nil)
	sys := rule.System(context.Background(), rule.JobCommand)
	org := st.Client.Organization.Create().SetName("Acme").SaveX(sys)
	w := &world{t: t, st: st, sys: sys, orgs: []int{org.ID}, leaders: map[int][]int{}, customers: map[int][]int{}}
	for j := range 2 {
		w.leaders[org.ID] = append(w.leaders[org.ID], st.Client.Leader.Create().SetOrganizationID(org.ID).
			SetName(fmt.Sprint("leader ", j)).SetEmail(fmt.Sprintf("l%d@acme.example", j)).SaveX(sys).ID)
		w.customers[org.ID] = append(w.customers[org.ID], st.Client.Customer.Create().SetOrganizationID(org.ID).
			SetName(fmt.Sprint("customer ", j)).SaveX(sys).ID)
	}
	const writers, each = 8, 20
	errs := make(chan error, writers)
	for g := range writers {
		go func() {
			for i := range each {
				at := time.Date(2026, 8, 1+i%2, 9, 0, 0, 0, time.UTC)
				cv, err := st.Client.Conversation.Create().SetOrganizationID(org.ID).SetLeaderID(w.leaders[org.ID][g%2]).
					SetMode(conversation.ModeCALL).SetOccurredAt(at).AddCustomerIDs(w.customers[org.ID]...).Save(sys)
				if err == nil && i%3 == 0 {
					err = st.Client.Conversation.UpdateOne(cv).SetDeletedAt(testNow).Exec(sys)
				}
				if err == nil {
					err = st.Client.FollowUp.Create().SetOrganizationID(org.ID).SetOwnerID(w.leaders[org.ID][g%2]).
						SetAction("Call back").SetDueOn(at).Exec(sys)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range writers {
		if err := <-errs; err != nil {
			t.Fatalf("a writer was refused: %v", err)
		}
	}
	w.check("after the writers")
}
