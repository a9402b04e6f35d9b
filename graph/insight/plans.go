package insight

import (
	"context"
	"time"

	"walker/ent"
	"walker/ent/plan"
	"walker/ent/schema/goal"
)

// ahead is what a leader's plans still to come in a period would add, if
// each happened: a customer each (a customer day's too), a day each
// distinct day. What they add is not checked against what was met already:
// a plan is a promise, and the pace only asks whether the promises reach.
type ahead struct{ customers, days int }

// count is what the plans to come add to behaviour b.
func (a ahead) count(b goal.Behaviour) int {
	switch b {
	case goal.BehaviourCUSTOMERS_MET:
		return a.customers
	case goal.BehaviourDAYS_WITH_CUSTOMERS:
		return a.days
	}
	return 0
}

// plansAhead reads, by leader (one leader, or everyone for 0), the plans
// from now to the end of p that no conversation was logged from yet.
func (r *Reader) plansAhead(ctx context.Context, leaderID int, p period) (map[int]ahead, error) {
	now := r.now()
	if !now.Before(p.to) {
		return nil, nil
	}
	from := p.from
	if now.After(from) {
		from = now
	}
	q := r.client.Plan.Query().Where(plan.PlannedAtGTE(from), plan.PlannedAtLT(p.to), plan.Not(plan.HasConversations()))
	if leaderID != 0 {
		q.Where(plan.LeaderID(leaderID))
	}
	ps, err := q.Select(plan.FieldLeaderID, plan.FieldCustomerID, plan.FieldPlannedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	out := map[int]ahead{}
	days := map[int]map[string]bool{}
	seen := map[[2]int]bool{}
	for _, x := range ps {
		a := out[x.LeaderID]
		if x.CustomerID == nil || !seen[[2]int{x.LeaderID, *x.CustomerID}] {
			a.customers++
			if x.CustomerID != nil {
				seen[[2]int{x.LeaderID, *x.CustomerID}] = true
			}
		}
		day := x.PlannedAt.UTC().Format(time.DateOnly)
		if days[x.LeaderID] == nil {
			days[x.LeaderID] = map[string]bool{}
		}
		if !days[x.LeaderID][day] {
			days[x.LeaderID][day] = true
			a.days++
		}
		out[x.LeaderID] = a
	}
	return out, nil
}

// plansFor reads the plans ahead for cs's periods: the month's, and the
// quarter's when a commitment is quarterly.
func (r *Reader) plansFor(ctx context.Context, leaderID int, cs []*ent.Commitment, p period) (month, quarter map[int]ahead, err error) {
	if month, err = r.plansAhead(ctx, leaderID, p); err != nil || !hasQuarterly(cs) {
		return month, nil, err
	}
	quarter, err = r.plansAhead(ctx, leaderID, p.quarter())
	return month, quarter, err
}
