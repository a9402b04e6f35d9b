package insight

import (
	"context"
	"database/sql"
	"slices"
	"time"

	"walker/ent"
	"walker/ent/commitment"
	"walker/graph/model"
)

// LeaderMonth is what leader l did in the month s (YYYY-MM) against their
// commitments. fields are the LeaderMonth fields asked for: only the
// aggregates behind them, and behind the commitments when progress or the
// verdict is asked for, are run. Never cached: it shows the conversation
// just logged.
func (r *Reader) LeaderMonth(ctx context.Context, l *ent.Leader, s string, fields []string) (*model.LeaderMonth, error) {
	p, err := parsePeriod(s)
	if err != nil {
		return nil, err
	}
	cs, err := l.QueryCommitments().Order(ent.Asc(commitment.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	need := aggregates(0)
	for _, f := range fields {
		need |= fieldSources[f]
		if f == "commitments" || f == "walker" {
			need |= commitmentSources(cs)
		}
	}
	ms, err := r.metricsFor(ctx, l.ID, p, need)
	if err != nil {
		return nil, err
	}
	m, q := ms.orEmpty(l.ID), &metrics{}
	if hasQuarterly(cs) {
		qs, err := r.metricsFor(ctx, l.ID, p.quarter(), quarterSources(cs))
		if err != nil {
			return nil, err
		}
		q = qs.orEmpty(l.ID)
	}
	var planned [2]ahead
	if slices.Contains(fields, "commitments") {
		pm, pq, err := r.plansFor(ctx, l.ID, cs, p)
		if err != nil {
			return nil, err
		}
		planned = [2]ahead{pm[l.ID], pq[l.ID]}
	}
	list, walker := progress(cs, m, q, planned, p, r.now())
	var series []*model.MonthCount
	if slices.Contains(fields, "customersMetByMonth") {
		if series, err = r.leaderCustomersByMonth(ctx, l.ID, p); err != nil {
			return nil, err
		}
	}
	return &model.LeaderMonth{
		Period: p.name, From: p.from, To: p.to,
		CustomersMet: m.customersMet, Conversations: m.conversations, DaysWithCustomers: m.days,
		MinutesWithCustomers: m.minutes, Decisions: m.decisions, DecisionsWithCustomerBenefit: m.decisionsWithBenefit,
		ClvDecisions: m.clvDecisions, FeedbackReviews: m.reviews, OnlineComments: m.onlineComments,
		CallListening: m.callListening, Recognitions: m.recognitions, NewInitiatives: m.newInitiatives,
		FollowUpsDue: m.followUpsDue, FollowUpsDoneOnTime: m.followUpsOnTime,
		Commitments: list, Walker: walker, CustomersMetByMonth: series,
	}, nil
}

// leaderCustomersByMonth counts the distinct customers the leader met in each
// of the 12 months ending with p, from the leader's monthly totals.
func (r *Reader) leaderCustomersByMonth(ctx context.Context, leaderID int, p period) ([]*model.MonthCount, error) {
	start := p.from.AddDate(0, -11, 0)
	counts, err := r.monthly(ctx, `SELECT r.month, r.customers FROM rollup_leader_months r
		WHERE r.leader_id = `+leaderOfOrg+` AND r.month >= ? AND r.month < ?`, []any{leaderID, start, p.to})
	return series(counts, start, p.to), err
}

// monthly reads (month, count) rows of a rollup by month, YYYY-MM.
func (r *Reader) monthly(ctx context.Context, q string, args []any) (map[string]int, error) {
	counts := map[string]int{}
	err := r.query(ctx, q, args, func(rows *sql.Rows) error {
		var m time.Time
		var n int
		if err := rows.Scan(&m, &n); err != nil {
			return err
		}
		counts[m.UTC().Format("2006-01")] = n
		return nil
	})
	return counts, err
}

// series is counts for each month of [from, to), 0 where none.
func series(counts map[string]int, from, to time.Time) []*model.MonthCount {
	var out []*model.MonthCount
	for t := from; t.Before(to); t = t.AddDate(0, 1, 0) {
		out = append(out, &model.MonthCount{Period: t.Format("2006-01"), Count: counts[t.Format("2006-01")]})
	}
	return out
}
