package insight

import (
	"context"

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
	list, walker := progress(cs, m, q, p, r.now())
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
