package graph

import (
	"context"
	"time"

	"github.com/google/uuid"

	"walker/ent"
	"walker/ent/plan"
	"walker/ent/schema/rule"
	"walker/graph/model"
)

// MissedAfter is how long after its time a plan not logged is missed: a
// day, so that a visit is logged on the way home, whatever the time zone.
const MissedAfter = 24 * time.Hour

// planStatus is what became of p at now: logged has it a conversation.
func planStatus(p *ent.Plan, logged bool, now time.Time) model.PlanStatus {
	switch {
	case logged:
		return model.PlanStatusLogged
	case now.After(p.PlannedAt.Add(MissedAfter)):
		return model.PlanStatusMissed
	}
	return model.PlanStatusUpcoming
}

func (r *Resolver) findPlan(ctx context.Context, id uuid.UUID) (*ent.Plan, string, error) {
	p, err := r.client.Plan.Query().Where(plan.ClientID(id)).Only(rule.WithDeleted(ctx))
	return p, hashOf(p, func(p *ent.Plan) string { return p.ClientHash }), err
}
