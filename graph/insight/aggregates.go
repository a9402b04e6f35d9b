package insight

import (
	"context"
	"database/sql"
	"slices"

	"walker/ent"
	"walker/ent/schema/goal"
)

// aggregates name the sources of metrics; only those needed for the fields
// asked for and the commitments at stake are read.
type aggregates uint8

const (
	srcConversations aggregates = 1 << iota // conversations, days, minutes, online comments, call listening
	srcCustomers                            // distinct customers met
	srcDecisions                            // decisions, with a benefit, with CLV, as new initiatives
	srcReviews                              // feedback reviews hosted or attended
	srcRecognitions                         // nominations and endorsements given
	srcFollowUpsDue                         // follow-ups due, and done on time
	srcInitiatives                          // follow-ups marked as new initiatives

	// srcTotals are the sources kept as running totals per leader and
	// month (server/store/rollup): one row of a month answers them all,
	// where aggregating the records read every conversation of the month.
	srcTotals = srcConversations | srcCustomers | srcFollowUpsDue | srcInitiatives
)

// behaviourSources are the queries a commitment's behaviour is measured by.
var behaviourSources = map[goal.Behaviour]aggregates{
	goal.BehaviourCUSTOMERS_MET:          srcCustomers,
	goal.BehaviourDAYS_WITH_CUSTOMERS:    srcConversations,
	goal.BehaviourMINUTES_WITH_CUSTOMERS: srcConversations,
	goal.BehaviourDECISIONS_WITH_BENEFIT: srcDecisions,
	goal.BehaviourCLV_DECISIONS:          srcDecisions,
	goal.BehaviourFEEDBACK_REVIEWS:       srcReviews,
	goal.BehaviourONLINE_COMMENTS:        srcConversations,
	goal.BehaviourCALL_LISTENING:         srcConversations,
	goal.BehaviourRECOGNITIONS:           srcRecognitions,
	goal.BehaviourNEW_INITIATIVES:        srcDecisions | srcInitiatives,
	goal.BehaviourFOLLOW_UPS_ON_TIME:     srcFollowUpsDue,
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

// quarterSources are the queries that measure the quarterly ones of cs: a
// quarter's distinct customers are counted only when a commitment asks.
func quarterSources(cs []*ent.Commitment) aggregates {
	var need aggregates
	for _, c := range cs {
		if c.Period == goal.PeriodQUARTER {
			need |= behaviourSources[c.Behaviour]
		}
	}
	return need
}

// leaderOfOrg is the leader id given, only when that leader is of the
// organization: evaluated once, it lets the planner walk the leader's own
// index while the organization is still checked.
const leaderOfOrg = "(SELECT l.id FROM leaders l WHERE l.id = ? AND l.organization_id = @org)"

// scope selects the rows of an aggregate: the organization's (leaderID 0),
// or one leader's, found through the leader's own indexes (leader_id,
// owner_id), so that the planner does not walk the organization's month for
// one person. The organization is named either way (@org).
type scope struct {
	leaderID int
	p        period
}

// where is the condition on table t (alias) of org column, leader column and
// time column, with its arguments.
func (s scope) where(t, leaderCol, timeCol string) (string, []any) {
	times := " AND " + t + ".deleted_at IS NULL AND " + t + "." + timeCol + " >= ? AND " + t + "." + timeCol + " < ?"
	if s.leaderID != 0 {
		return t + "." + leaderCol + " = " + leaderOfOrg + times, []any{s.leaderID, s.p.from, s.p.to}
	}
	return t + ".organization_id = @org" + times, []any{s.p.from, s.p.to}
}

// totals is the condition on the rollup table t of the leaders' months in
// the scope, with its arguments.
func (s scope) totals(t string) (string, []any) {
	months := " AND " + t + ".month >= ? AND " + t + ".month < ?"
	if s.leaderID != 0 {
		return t + ".leader_id = " + leaderOfOrg + months, []any{s.leaderID, s.p.from, s.p.to}
	}
	return t + ".organization_id = @org" + months, []any{s.p.from, s.p.to}
}

// outer narrows a union of the organization's rows to the leader, if any.
func (s scope) outer(col string, args []any) (string, []any) {
	if s.leaderID != 0 {
		return " WHERE " + col + " = ?", append(args, s.leaderID)
	}
	return "", args
}

// aggregate is one grouped query: its text and arguments for a scope, and
// how a row lands in the metrics.
type aggregate struct {
	src  aggregates
	sql  func(q sqlText, s scope) (string, []any)
	scan func(rows *sql.Rows, into byLeader) error
}

// metricsFor computes the behaviours of every leader of the viewer's
// organization in p, or of one leader when leaderID is not 0: from the
// leaders' monthly totals and, for the rest, grouped SQL aggregates.
func (r *Reader) metricsFor(ctx context.Context, leaderID int, p period, need aggregates) (byLeader, error) {
	out := byLeader{}
	s := scope{leaderID: leaderID, p: p}
	list := allAggregates
	if need&srcCustomers != 0 && p.to.After(p.from.AddDate(0, 1, 0)) {
		// Customers met in a quarter are not the sum of its months': the
		// count of distinct ones replaces it.
		list = append(slices.Clip(list), quarterCustomers)
	}
	for _, a := range list {
		if need&a.src == 0 {
			continue
		}
		q, args := a.sql(r.sql, s)
		if err := r.query(ctx, q, args, func(rows *sql.Rows) error { return a.scan(rows, out) }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// quarterCustomers counts the distinct live customers each leader met in a
// period of several months, from the leaders' counts of conversations per
// customer and month.
var quarterCustomers = aggregate{srcCustomers, func(q sqlText, s scope) (string, []any) {
	w, args := s.totals("r")
	return `SELECT r.leader_id, COUNT(DISTINCT r.customer_id) FROM rollup_leader_customers r
		WHERE ` + w + ` AND r.conversations > 0 GROUP BY r.leader_id`, args
}, count(func(m *metrics) *int { return &m.customersMet })}

// count reads a (leader id, count) row into field of that leader's metrics.
func count(field func(*metrics) *int) func(*sql.Rows, byLeader) error {
	return func(rows *sql.Rows, into byLeader) error {
		var id, n int
		if err := rows.Scan(&id, &n); err != nil {
			return err
		}
		*field(into.of(id)) = n
		return nil
	}
}

var allAggregates = []aggregate{
	{srcDecisions, func(q sqlText, s scope) (string, []any) {
		w, args := s.where("d", "owner_id", "created_at")
		return `SELECT d.owner_id, COUNT(*), SUM(CASE WHEN d.customer_benefit <> '' THEN 1 ELSE 0 END),
			SUM(CASE WHEN d.clv_impact IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN d.new_initiative THEN 1 ELSE 0 END)
			FROM decisions d WHERE ` + w + ` GROUP BY d.owner_id`, args
	}, func(rows *sql.Rows, into byLeader) error {
		var id, n, benefit, clv, initiatives int
		if err := rows.Scan(&id, &n, &benefit, &clv, &initiatives); err != nil {
			return err
		}
		m := into.of(id)
		m.decisions, m.decisionsWithBenefit, m.clvDecisions = n, benefit, clv
		m.newInitiatives += initiatives
		return nil
	}},
	{srcTotals, func(q sqlText, s scope) (string, []any) {
		w, args := s.totals("r")
		return `SELECT r.leader_id, r.conversations, r.days, r.minutes, r.online_comments, r.call_listening, r.customers,
			r.follow_ups_due, r.follow_ups_on_time, r.initiatives FROM rollup_leader_months r WHERE ` + w, args
	}, func(rows *sql.Rows, into byLeader) error {
		var id int
		var t metrics
		if err := rows.Scan(&id, &t.conversations, &t.days, &t.minutes, &t.onlineComments, &t.callListening, &t.customersMet,
			&t.followUpsDue, &t.followUpsOnTime, &t.newInitiatives); err != nil {
			return err
		}
		m := into.of(id) // a quarter sums its months
		m.conversations += t.conversations
		m.days += t.days
		m.minutes += t.minutes
		m.onlineComments += t.onlineComments
		m.callListening += t.callListening
		m.customersMet += t.customersMet
		m.followUpsDue += t.followUpsDue
		m.followUpsOnTime += t.followUpsOnTime
		m.newInitiatives += t.newInitiatives
		return nil
	}},
	{srcReviews, func(q sqlText, s scope) (string, []any) {
		outer, args := s.outer("x.leader_id", []any{s.p.from, s.p.to, s.p.from, s.p.to})
		return `SELECT x.leader_id, COUNT(DISTINCT x.review_id) FROM (
			  SELECT r.host_id AS leader_id, r.id AS review_id FROM feedback_reviews r
			  WHERE r.organization_id = @org AND r.deleted_at IS NULL AND r.held_at >= ? AND r.held_at < ?
			  UNION
			  SELECT a.leader_id, r.id FROM feedback_reviews r JOIN feedback_review_attendees a ON a.feedback_review_id = r.id
			  WHERE r.organization_id = @org AND r.deleted_at IS NULL AND r.held_at >= ? AND r.held_at < ?
			) x` + outer + ` GROUP BY x.leader_id`, args
	}, count(func(m *metrics) *int { return &m.reviews })},
	{srcRecognitions, func(q sqlText, s scope) (string, []any) {
		outer, args := s.outer("x.leader_id", []any{s.p.from, s.p.to, s.p.from, s.p.to})
		return `SELECT x.leader_id, COUNT(*) FROM (
			  SELECT n.nominator_id AS leader_id FROM nominations n
			  WHERE n.organization_id = @org AND n.deleted_at IS NULL AND n.created_at >= ? AND n.created_at < ?
			  UNION ALL
			  SELECT e.endorser_id FROM endorsements e JOIN nominations en ON en.id = e.nomination_id AND en.deleted_at IS NULL
			  WHERE e.organization_id = @org AND e.deleted_at IS NULL AND e.created_at >= ? AND e.created_at < ?
			) x` + outer + ` GROUP BY x.leader_id`, args
	}, count(func(m *metrics) *int { return &m.recognitions })},
}
