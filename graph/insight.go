package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql"

	"walker/ent"
	"walker/ent/commitment"
	"walker/ent/conversation"
	"walker/ent/decision"
	"walker/ent/followup"
	"walker/ent/leader"
	"walker/ent/nomination"
	"walker/ent/schema/rule"
	"walker/ent/schema/rule/limit"
	"walker/ent/schema/viewer"
	"walker/graph/model"
)

// period is a calendar month (or quarter), [from, to) in UTC.
type period struct {
	name     string
	from, to time.Time
}

// parsePeriod reads a month written YYYY-MM.
func parsePeriod(s string) (period, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil || t.Before(limit.EarliestDate) || t.Year() > 9998 {
		return period{}, rule.Invalid("period", "must be a month written YYYY-MM, e.g. 2026-11")
	}
	return period{name: s, from: t, to: t.AddDate(0, 1, 0)}, nil
}

// quarter is the calendar quarter holding the month p.
func (p period) quarter() period {
	q := time.Date(p.from.Year(), (p.from.Month()-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
	return period{name: p.name, from: q, to: q.AddDate(0, 3, 0)}
}

// metrics are one leader's observable behaviours in a period.
type metrics struct {
	customersMet, conversations, days, minutes, onlineComments, callListening int
	decisions, decisionsWithBenefit, clvDecisions, reviews, recognitions      int
	newInitiatives, followUpsDue, followUpsOnTime                             int
}

// aggregates name the aggregate queries behind metrics; only those needed for
// the fields asked for and the commitments at stake are run.
type aggregates uint8

const (
	srcConversations aggregates = 1 << iota // conversations, days, minutes, online comments, call listening
	srcCustomers                            // distinct customers met
	srcDecisions                            // decisions, with a benefit, with CLV, as new initiatives
	srcReviews                              // feedback reviews hosted or attended
	srcRecognitions                         // nominations and endorsements given
	srcFollowUpsDue                         // follow-ups due, and done on time
	srcInitiatives                          // follow-ups marked as new initiatives
)

// behaviourSources are the queries a commitment's behaviour is measured by.
var behaviourSources = map[commitment.Behaviour]aggregates{
	commitment.BehaviourCUSTOMERS_MET:          srcCustomers,
	commitment.BehaviourDAYS_WITH_CUSTOMERS:    srcConversations,
	commitment.BehaviourMINUTES_WITH_CUSTOMERS: srcConversations,
	commitment.BehaviourDECISIONS_WITH_BENEFIT: srcDecisions,
	commitment.BehaviourCLV_DECISIONS:          srcDecisions,
	commitment.BehaviourFEEDBACK_REVIEWS:       srcReviews,
	commitment.BehaviourONLINE_COMMENTS:        srcConversations,
	commitment.BehaviourCALL_LISTENING:         srcConversations,
	commitment.BehaviourRECOGNITIONS:           srcRecognitions,
	commitment.BehaviourNEW_INITIATIVES:        srcDecisions | srcInitiatives,
	commitment.BehaviourFOLLOW_UPS_ON_TIME:     srcFollowUpsDue,
}

// fieldSources are the queries behind LeaderMonth's fields.
var fieldSources = map[string]aggregates{
	"customersMet": srcCustomers, "conversations": srcConversations, "daysWithCustomers": srcConversations,
	"minutesWithCustomers": srcConversations, "onlineComments": srcConversations, "callListening": srcConversations,
	"decisions": srcDecisions, "decisionsWithCustomerBenefit": srcDecisions, "clvDecisions": srcDecisions,
	"feedbackReviews": srcReviews, "recognitions": srcRecognitions, "newInitiatives": srcDecisions | srcInitiatives,
	"followUpsDue": srcFollowUpsDue, "followUpsDoneOnTime": srcFollowUpsDue,
}

// commitmentSources are the queries that measure cs.
func commitmentSources(cs []*ent.Commitment) aggregates {
	var need aggregates
	for _, c := range cs {
		need |= behaviourSources[c.Behaviour]
	}
	return need
}

// actual is what the records show for a behaviour.
func (m *metrics) actual(b commitment.Behaviour) int {
	switch b {
	case commitment.BehaviourCUSTOMERS_MET:
		return m.customersMet
	case commitment.BehaviourDAYS_WITH_CUSTOMERS:
		return m.days
	case commitment.BehaviourMINUTES_WITH_CUSTOMERS:
		return m.minutes
	case commitment.BehaviourDECISIONS_WITH_BENEFIT:
		return m.decisionsWithBenefit
	case commitment.BehaviourCLV_DECISIONS:
		return m.clvDecisions
	case commitment.BehaviourFEEDBACK_REVIEWS:
		return m.reviews
	case commitment.BehaviourONLINE_COMMENTS:
		return m.onlineComments
	case commitment.BehaviourCALL_LISTENING:
		return m.callListening
	case commitment.BehaviourRECOGNITIONS:
		return m.recognitions
	case commitment.BehaviourNEW_INITIATIVES:
		return m.newInitiatives
	case commitment.BehaviourFOLLOW_UPS_ON_TIME:
		if m.followUpsDue == 0 {
			return 100 // nothing fell due: no promise was broken.
		}
		return m.followUpsOnTime * 100 / m.followUpsDue
	}
	return 0
}

// sqlText adapts the portable SQL below to the database.
type sqlText struct{ dialect string }

// day is the UTC calendar day of a timestamp column.
func (s sqlText) day(col string) string {
	if s.dialect == dialect.Postgres {
		return "CAST(" + col + " AT TIME ZONE 'UTC' AS DATE)"
	}
	return "date(" + col + ")"
}

// month is the UTC YYYY-MM of a timestamp column.
func (s sqlText) month(col string) string {
	if s.dialect == dialect.Postgres {
		return "to_char(" + col + " AT TIME ZONE 'UTC', 'YYYY-MM')"
	}
	return "strftime('%Y-%m', " + col + ")"
}

// bind numbers the ? placeholders for PostgreSQL.
func (s sqlText) bind(q string) string {
	if s.dialect != dialect.Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// query runs a read-only aggregate. Tenant isolation: every query below names
// organization_id, taken from a record the privacy rules already let through.
func (r *Resolver) query(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error {
	rows, err := r.client.QueryContext(ctx, r.sql.bind(q), args...)
	if err != nil {
		return fmt.Errorf("aggregate query: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return fmt.Errorf("aggregate scan: %w", err)
		}
	}
	return rows.Err()
}

// scanInto reads a (leader id, count) row into the count field of that
// leader's metrics.
func scanInto(rows *sql.Rows, get func(int) *metrics, field func(*metrics) *int) error {
	var id, n int
	if err := rows.Scan(&id, &n); err != nil {
		return err
	}
	*field(get(id)) = n
	return nil
}

// metricsFor computes, in grouped SQL aggregates, the behaviours of every
// leader of org in p, or of one leader when leaderID is not 0.
func (r *Resolver) metricsFor(ctx context.Context, org, leaderID int, p period, need aggregates) (map[int]*metrics, error) {
	out := map[int]*metrics{}
	get := func(id int) *metrics {
		if out[id] == nil {
			out[id] = &metrics{}
		}
		return out[id]
	}
	// One leader's rows are found through their own indexes (leader_id,
	// owner_id), the organization's through organization_id: the planner
	// must not walk the whole organization's month for one person. The
	// leader was let through by the privacy rules, so their rows are the
	// organization's.
	scope := func(orgCol, leaderCol string) string {
		if leaderID != 0 {
			return leaderCol + " = ?"
		}
		return orgCol + " = ?"
	}
	key := any(org)
	if leaderID != 0 {
		key = leaderID
	}
	scoped := func() []any { return []any{key, p.from, p.to} }
	outer := func(col string) string {
		if leaderID != 0 {
			return " WHERE " + col + " = ?"
		}
		return ""
	}
	unionArgs := func() []any {
		a := []any{org, p.from, p.to, org, p.from, p.to}
		if leaderID != 0 {
			a = append(a, leaderID)
		}
		return a
	}
	var id int
	steps := []struct {
		src  aggregates
		q    string
		args []any
		scan func(*sql.Rows) error
	}{
		{
			srcConversations,
			`SELECT c.leader_id, COUNT(*), COUNT(DISTINCT ` + r.sql.day("c.occurred_at") + `), COALESCE(SUM(c.duration_minutes), 0),
			 SUM(CASE WHEN c.mode = 'ONLINE_COMMENTS' THEN 1 ELSE 0 END), SUM(CASE WHEN c.mode = 'CALL_LISTENING' THEN 1 ELSE 0 END)
			 FROM conversations c WHERE ` + scope("c.organization_id", "c.leader_id") + ` AND c.occurred_at >= ? AND c.occurred_at < ?
			 GROUP BY c.leader_id`, scoped(),
			func(rows *sql.Rows) error {
				var n, days, mins, online, listening int
				if err := rows.Scan(&id, &n, &days, &mins, &online, &listening); err != nil {
					return err
				}
				m := get(id)
				m.conversations, m.days, m.minutes, m.onlineComments, m.callListening = n, days, mins, online, listening
				return nil
			},
		},
		{
			srcCustomers,
			`SELECT c.leader_id, COUNT(DISTINCT cc.customer_id) FROM conversations c
			 JOIN conversation_customers cc ON cc.conversation_id = c.id
			 WHERE ` + scope("c.organization_id", "c.leader_id") + ` AND c.occurred_at >= ? AND c.occurred_at < ?
			 GROUP BY c.leader_id`, scoped(),
			func(rows *sql.Rows) error {
				return scanInto(rows, get, func(m *metrics) *int { return &m.customersMet })
			},
		},
		{
			srcDecisions,
			`SELECT d.owner_id, COUNT(*), SUM(CASE WHEN d.customer_benefit <> '' THEN 1 ELSE 0 END),
			 SUM(CASE WHEN d.clv_impact IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN d.new_initiative THEN 1 ELSE 0 END)
			 FROM decisions d WHERE ` + scope("d.organization_id", "d.owner_id") + ` AND d.created_at >= ? AND d.created_at < ?
			 GROUP BY d.owner_id`, scoped(),
			func(rows *sql.Rows) error {
				var n, benefit, clv, initiatives int
				if err := rows.Scan(&id, &n, &benefit, &clv, &initiatives); err != nil {
					return err
				}
				m := get(id)
				m.decisions, m.decisionsWithBenefit, m.clvDecisions = n, benefit, clv
				m.newInitiatives += initiatives
				return nil
			},
		},
		{
			srcReviews,
			`SELECT x.leader_id, COUNT(DISTINCT x.review_id) FROM (
			   SELECT r.host_id AS leader_id, r.id AS review_id FROM feedback_reviews r
			   WHERE r.organization_id = ? AND r.held_at >= ? AND r.held_at < ?
			   UNION
			   SELECT a.leader_id, r.id FROM feedback_reviews r JOIN feedback_review_attendees a ON a.feedback_review_id = r.id
			   WHERE r.organization_id = ? AND r.held_at >= ? AND r.held_at < ?
			 ) x` + outer("x.leader_id") + ` GROUP BY x.leader_id`, unionArgs(),
			func(rows *sql.Rows) error { return scanInto(rows, get, func(m *metrics) *int { return &m.reviews }) },
		},
		{
			srcRecognitions,
			`SELECT x.leader_id, COUNT(*) FROM (
			   SELECT n.nominator_id AS leader_id FROM nominations n
			   WHERE n.organization_id = ? AND n.created_at >= ? AND n.created_at < ?
			   UNION ALL
			   SELECT e.endorser_id FROM endorsements e
			   WHERE e.organization_id = ? AND e.created_at >= ? AND e.created_at < ?
			 ) x` + outer("x.leader_id") + ` GROUP BY x.leader_id`, unionArgs(),
			func(rows *sql.Rows) error {
				return scanInto(rows, get, func(m *metrics) *int { return &m.recognitions })
			},
		},
		{
			srcFollowUpsDue,
			`SELECT f.owner_id, COUNT(*), SUM(CASE WHEN f.done_at IS NOT NULL AND f.done_at <= f.due_on THEN 1 ELSE 0 END)
			 FROM follow_ups f WHERE ` + scope("f.organization_id", "f.owner_id") + ` AND f.due_on >= ? AND f.due_on < ?
			 GROUP BY f.owner_id`, scoped(),
			func(rows *sql.Rows) error {
				var due, onTime int
				if err := rows.Scan(&id, &due, &onTime); err != nil {
					return err
				}
				m := get(id)
				m.followUpsDue, m.followUpsOnTime = due, onTime
				return nil
			},
		},
		{
			srcInitiatives,
			`SELECT f.owner_id, COUNT(*) FROM follow_ups f
			 WHERE ` + scope("f.organization_id", "f.owner_id") + ` AND f.created_at >= ? AND f.created_at < ? AND f.new_initiative
			 GROUP BY f.owner_id`, scoped(),
			func(rows *sql.Rows) error {
				var n int
				if err := rows.Scan(&id, &n); err != nil {
					return err
				}
				get(id).newInitiatives += n
				return nil
			},
		},
	}
	for _, s := range steps {
		if need&s.src == 0 {
			continue
		}
		if err := r.query(ctx, s.q, s.args, s.scan); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// progress evaluates commitments against the month's metrics and, for
// quarterly ones, the quarter's.
func progress(cs []*ent.Commitment, month, quarter *metrics) ([]*model.CommitmentProgress, bool) {
	out := make([]*model.CommitmentProgress, 0, len(cs))
	all := len(cs) > 0
	for _, c := range cs {
		m := month
		if c.Period == commitment.PeriodQUARTER {
			m = quarter
		}
		actual := m.actual(c.Behaviour)
		met := actual >= c.Target
		all = all && met
		out = append(out, &model.CommitmentProgress{
			Commitment: c, Behaviour: c.Behaviour, Period: c.Period, Target: c.Target, Actual: actual, Met: met,
		})
	}
	return out, all
}

func hasQuarterly(cs []*ent.Commitment) bool {
	for _, c := range cs {
		if c.Period == commitment.PeriodQUARTER {
			return true
		}
	}
	return false
}

// orEmpty returns the metrics of id, or zeros.
func orEmpty(ms map[int]*metrics, id int) *metrics {
	if m := ms[id]; m != nil {
		return m
	}
	return &metrics{}
}

// leaderMonth computes Leader.month.
func (r *Resolver) leaderMonth(ctx context.Context, l *ent.Leader, s string) (*model.LeaderMonth, error) {
	p, err := parsePeriod(s)
	if err != nil {
		return nil, err
	}
	cs, err := l.QueryCommitments().Order(ent.Asc(commitment.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	// The queries for the fields asked for, and for the commitments when
	// progress or the verdict is asked for.
	need := aggregates(0)
	for _, f := range graphql.CollectAllFields(ctx) {
		need |= fieldSources[f]
		if f == "commitments" || f == "walker" {
			need |= commitmentSources(cs)
		}
	}
	ms, err := r.metricsFor(ctx, l.OrganizationID, l.ID, p, need)
	if err != nil {
		return nil, err
	}
	m, q := orEmpty(ms, l.ID), &metrics{}
	if hasQuarterly(cs) {
		qs, err := r.metricsFor(ctx, l.OrganizationID, l.ID, p.quarter(), commitmentSources(cs))
		if err != nil {
			return nil, err
		}
		q = orEmpty(qs, l.ID)
	}
	list, walker := progress(cs, m, q)
	return &model.LeaderMonth{
		Period: p.name, From: p.from, To: p.to,
		CustomersMet: m.customersMet, Conversations: m.conversations, DaysWithCustomers: m.days,
		MinutesWithCustomers: m.minutes, Decisions: m.decisions, DecisionsWithCustomerBenefit: m.decisionsWithBenefit,
		ClvDecisions: m.clvDecisions, FeedbackReviews: m.reviews, OnlineComments: m.onlineComments,
		CallListening: m.callListening, Recognitions: m.recognitions, NewInitiatives: m.newInitiatives,
		FollowUpsDue: m.followUpsDue, FollowUpsDoneOnTime: m.followUpsOnTime,
		Commitments: list, Walker: walker,
	}, nil
}

// dashboard computes Query.dashboard for the viewer's organization.
func (r *Resolver) dashboard(ctx context.Context, s string) (*model.Dashboard, error) {
	p, err := parsePeriod(s)
	if err != nil {
		return nil, err
	}
	// Only what the request asks for is computed: the 12-month series alone
	// need not pay for the walkers.
	asked := map[string]bool{}
	for _, f := range graphql.CollectAllFields(ctx) {
		asked[f] = true
	}
	need := func(fields ...string) bool {
		for _, f := range fields {
			if asked[f] {
				return true
			}
		}
		return false
	}
	// The viewer is checked first: the ent queries' privacy rules refuse a
	// request without one, and cached figures must not be handed to nobody.
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, rule.ErrUnauthenticated
	}
	org := v.OrganizationID
	d := &model.Dashboard{Period: p.name}
	if need("leaders", "walkers", "notYetWalkers", "withoutCommitments") {
		w, err := cached(ctx, r, org, "walkers", p.name, func(ctx context.Context) (model.Dashboard, error) {
			return r.walkers(ctx, org, p)
		})
		if err != nil {
			return nil, err
		}
		d.Leaders, d.Walkers, d.NotYetWalkers, d.WithoutCommitments = w.Leaders, w.Walkers, w.NotYetWalkers, w.WithoutCommitments
	}
	if need("conversations", "conversationsByMode") {
		inMonth := conversation.And(conversation.OccurredAtGTE(p.from), conversation.OccurredAtLT(p.to))
		if d.ConversationsByMode, err = cached(ctx, r, org, "modes", p.name, func(ctx context.Context) (modes []*model.ModeCount, err error) {
			err = r.client.Conversation.Query().Where(inMonth).GroupBy(conversation.FieldMode).Aggregate(ent.Count()).Scan(ctx, &modes)
			return modes, err
		}); err != nil {
			return nil, err
		}
		for _, m := range d.ConversationsByMode {
			d.Conversations += m.Count
		}
	}
	if need("decisionsByStatus") {
		if d.DecisionsByStatus, err = cached(ctx, r, org, "decisions", p.name, func(ctx context.Context) (st []*model.StatusCount, err error) {
			err = r.client.Decision.Query().Where(decision.CreatedAtGTE(p.from), decision.CreatedAtLT(p.to)).
				GroupBy(decision.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &st)
			return st, err
		}); err != nil {
			return nil, err
		}
	}
	if need("openFollowUps", "overdueFollowUps", "champions", "openNominations") {
		now, err := cached(ctx, r, org, "now", "", func(ctx context.Context) (n model.Dashboard, err error) {
			if n.OpenFollowUps, err = r.client.FollowUp.Query().Where(followup.DoneAtIsNil()).Count(ctx); err != nil {
				return n, err
			}
			if n.OverdueFollowUps, err = r.client.FollowUp.Query().Where(followup.DoneAtIsNil(), followup.DueOnLT(r.now())).Count(ctx); err != nil {
				return n, err
			}
			if n.Champions, err = r.client.Leader.Query().Where(leader.Champion(true), leader.DeactivatedAtIsNil()).Count(ctx); err != nil {
				return n, err
			}
			n.OpenNominations, err = r.client.Nomination.Query().Where(nomination.StatusEQ(nomination.StatusOPEN)).Count(ctx)
			return n, err
		})
		if err != nil {
			return nil, err
		}
		d.OpenFollowUps, d.OverdueFollowUps, d.Champions, d.OpenNominations = now.OpenFollowUps, now.OverdueFollowUps, now.Champions, now.OpenNominations
	}
	if need("customersMet", "customersMetByMonth") {
		c, err := cached(ctx, r, org, "customers", p.name, func(ctx context.Context) (model.Dashboard, error) {
			return r.customersMet(ctx, org, p)
		})
		if err != nil {
			return nil, err
		}
		d.CustomersMet, d.CustomersMetByMonth = c.CustomersMet, c.CustomersMetByMonth
	}
	return d, nil
}

// walkers counts the active leaders, those who meet all their commitments,
// and the others.
func (r *Resolver) walkers(ctx context.Context, org int, p period) (d model.Dashboard, err error) {
	if d.Leaders, err = r.client.Leader.Query().Where(leader.DeactivatedAtIsNil()).Count(ctx); err != nil {
		return d, err
	}
	cs, err := r.client.Commitment.Query().
		Where(commitment.HasLeaderWith(leader.DeactivatedAtIsNil())).
		Order(ent.Asc(commitment.FieldID)).All(ctx)
	if err != nil {
		return d, err
	}
	byLeader := map[int][]*ent.Commitment{}
	for _, c := range cs {
		byLeader[c.LeaderID] = append(byLeader[c.LeaderID], c)
	}
	month, err := r.metricsFor(ctx, org, 0, p, commitmentSources(cs))
	if err != nil {
		return d, err
	}
	quarter := map[int]*metrics{}
	if hasQuarterly(cs) {
		if quarter, err = r.metricsFor(ctx, org, 0, p.quarter(), commitmentSources(cs)); err != nil {
			return d, err
		}
	}
	for id, list := range byLeader {
		if _, ok := progress(list, orEmpty(month, id), orEmpty(quarter, id)); ok {
			d.Walkers++
		} else {
			d.NotYetWalkers++
		}
	}
	d.WithoutCommitments = max(d.Leaders-len(byLeader), 0)
	return d, nil
}

// customersMet counts distinct customers met in the month and in each of the
// 12 months ending with it.
func (r *Resolver) customersMet(ctx context.Context, org int, p period) (d model.Dashboard, err error) {
	start := p.from.AddDate(0, -11, 0)
	counts := map[string]int{}
	month := r.sql.month("c.occurred_at")
	err = r.query(ctx, `SELECT `+month+`, COUNT(DISTINCT cc.customer_id) FROM conversations c
		JOIN conversation_customers cc ON cc.conversation_id = c.id
		WHERE c.organization_id = ? AND c.occurred_at >= ? AND c.occurred_at < ?
		GROUP BY `+month, []any{org, start, p.to}, func(rows *sql.Rows) error {
		var m string
		var n int
		if err := rows.Scan(&m, &n); err != nil {
			return err
		}
		counts[m] = n
		return nil
	})
	if err != nil {
		return d, err
	}
	for t := start; t.Before(p.to); t = t.AddDate(0, 1, 0) {
		name := t.Format("2006-01")
		d.CustomersMetByMonth = append(d.CustomersMetByMonth, &model.MonthCount{Period: name, Count: counts[name]})
	}
	d.CustomersMet = counts[p.name]
	return d, nil
}

// maxStreak bounds Leader.weekStreak (and how far back it looks).
const maxStreak = 52

// leaderWeekStreak counts the leader's consecutive weeks with a conversation.
// The database returns the distinct days (at most 7 × 53), not every
// conversation: a busy leader has thousands in a year.
func (r *Resolver) leaderWeekStreak(ctx context.Context, l *ent.Leader, now time.Time) (int, error) {
	since := weekStart(now).AddDate(0, 0, -7*maxStreak)
	var days []time.Time
	err := r.query(ctx, `SELECT DISTINCT `+r.sql.day("c.occurred_at")+` FROM conversations c
		WHERE c.leader_id = ? AND c.occurred_at >= ?`, []any{l.ID, since}, func(rows *sql.Rows) error {
		var d any
		if err := rows.Scan(&d); err != nil {
			return err
		}
		t, err := asDay(d)
		if err != nil {
			return err
		}
		days = append(days, t)
		return nil
	})
	if err != nil {
		return 0, err
	}
	return weekStreak(days, now), nil
}

// asDay reads a day as the databases return it: a time (PostgreSQL's DATE)
// or text (SQLite's date()).
func asDay(v any) (time.Time, error) {
	switch d := v.(type) {
	case time.Time:
		return d, nil
	case string:
		return time.Parse(time.DateOnly, d)
	case []byte:
		return time.Parse(time.DateOnly, string(d))
	}
	return time.Time{}, fmt.Errorf("a day of type %T", v)
}

// weekStart is the Monday 00:00 UTC of t's week.
func weekStart(t time.Time) time.Time {
	t = t.UTC()
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// weekStreak counts consecutive weeks holding one of times, back from now's
// week; an empty current week does not break the streak (it is not over).
func weekStreak(times []time.Time, now time.Time) int {
	weeks := map[time.Time]bool{}
	for _, t := range times {
		weeks[weekStart(t)] = true
	}
	w := weekStart(now)
	if !weeks[w] {
		w = w.AddDate(0, 0, -7)
	}
	n := 0
	for n < maxStreak && weeks[w] {
		n++
		w = w.AddDate(0, 0, -7)
	}
	return n
}
