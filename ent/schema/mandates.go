package schema

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent"

	gen "walker/ent"
	"walker/ent/commitment"
	"walker/ent/hook"
	"walker/ent/leader"
	"walker/ent/mandate"
	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// This file keeps every person's mandated commitments: a mandate set or
// changed reaches everyone it applies to, and a person added or moved to a
// team gets that team's mandates (and loses the old team's), in the write's
// own transaction, through ent so the change log records each commitment.

// asMandates is ctx acting as the system for the mandates, with no viewer:
// the commitments are the people's own (SetViewer would make them the admin's).
func asMandates(ctx context.Context) context.Context {
	return rule.System(rule.WithDeleted(viewer.NewContext(ctx, nil)), rule.JobMandates)
}

// clientOf is the client of m's transaction: the one the change log opened
// for it (in ctx) when m was made outside one.
func clientOf(ctx context.Context, m interface{ Client() *gen.Client }) *gen.Client {
	if tx := gen.TxFromContext(ctx); tx != nil {
		return tx.Client()
	}
	return m.Client()
}

// appliesTo reports whether a mandate for team applies to a person of
// personTeam: a mandate for no team applies to everyone.
func appliesTo(team, personTeam *string) bool {
	return team == nil || (personTeam != nil && strings.EqualFold(strings.TrimSpace(*team), strings.TrimSpace(*personTeam)))
}

// giveMandate makes the mandate m a commitment of each of people: their own
// commitment of its behaviour (deleted or not) is taken over, its target
// raised to the mandate's; a commitment another live mandate of a higher
// target holds stays with that one.
func giveMandate(ctx context.Context, c *gen.Client, m *gen.Mandate, people []int) error {
	ctx = asMandates(ctx)
	held, err := c.Commitment.Query().Where(commitment.LeaderIDIn(people...), commitment.BehaviourEQ(m.Behaviour)).
		WithMandate().All(ctx)
	if err != nil {
		return err
	}
	has := map[int]*gen.Commitment{}
	for _, x := range held {
		has[x.LeaderID] = x
	}
	for _, p := range people {
		old := has[p]
		if old == nil {
			err := c.Commitment.Create().SetOrganizationID(m.OrganizationID).SetLeaderID(p).SetBehaviour(m.Behaviour).
				SetTarget(m.Target).SetPeriod(m.Period).SetMandateID(m.ID).Exec(ctx)
			if err != nil {
				return fmt.Errorf("giving person %d the mandate %d: %w", p, m.ID, err)
			}
			continue
		}
		if o := old.Edges.Mandate; o != nil && o.ID != m.ID && o.DeletedAt == nil && o.Target >= m.Target {
			continue
		}
		target := m.Target
		if old.DeletedAt == nil && old.MandateID == nil && old.Target > target {
			target = old.Target // a person's own higher target stays
		}
		if err := old.Update().ClearDeletedAt().SetTarget(target).SetPeriod(m.Period).SetMandateID(m.ID).Exec(ctx); err != nil {
			return fmt.Errorf("giving person %d the mandate %d: %w", p, m.ID, err)
		}
	}
	return nil
}

// peopleOf lists the active people of org a mandate for team applies to.
func peopleOf(ctx context.Context, c *gen.Client, org int, team *string) ([]int, error) {
	q := c.Leader.Query().Where(leader.OrganizationID(org), leader.DeactivatedAtIsNil())
	if team != nil {
		q.Where(leader.TeamEqualFold(strings.TrimSpace(*team)))
	}
	return q.IDs(asMandates(ctx))
}

// mandateHook reaches everyone a mandate applies to: a new mandate is given
// to them, a changed one changes their commitments, a deleted one deletes
// them. One live mandate per behaviour and team.
func mandateHook(next ent.Mutator) ent.Mutator {
	return hook.MandateFunc(func(ctx context.Context, m *gen.MandateMutation) (ent.Value, error) {
		if m.Op().Is(ent.OpCreate) {
			if err := oneMandate(ctx, m); err != nil {
				return nil, err
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		md, ok := v.(*gen.Mandate)
		if !ok {
			return v, nil
		}
		c := clientOf(ctx, m)
		switch _, deleted := m.DeletedAt(); {
		case deleted:
			err = c.Commitment.Update().Where(commitment.MandateID(md.ID), commitment.DeletedAtIsNil()).
				SetDeletedAt(*md.DeletedAt).Exec(asMandates(ctx))
		case m.Op().Is(ent.OpCreate):
			var people []int
			if people, err = peopleOf(ctx, c, md.OrganizationID, md.Team); err == nil {
				err = giveMandate(ctx, c, md, people)
			}
		default:
			err = c.Commitment.Update().Where(commitment.MandateID(md.ID)).
				SetTarget(md.Target).SetPeriod(md.Period).Exec(asMandates(ctx))
		}
		return md, err
	})
}

// oneMandate refuses a second live mandate of a behaviour for one team (or
// for everyone).
func oneMandate(ctx context.Context, m *gen.MandateMutation) error {
	b, _ := m.Behaviour()
	q := clientOf(ctx, m).Mandate.Query().Where(mandate.BehaviourEQ(b))
	if team, ok := m.Team(); ok {
		q.Where(mandate.TeamEqualFold(strings.TrimSpace(team)))
	} else {
		q.Where(mandate.TeamIsNil())
	}
	switch n, err := q.Count(ctx); {
	case err != nil:
		return err
	case n > 0:
		return &rule.ConflictError{Message: fmt.Sprintf("a mandate of %s for this team already exists: change its target instead", b)}
	}
	return nil
}

// personMandates gives a person added to the organization its mandates,
// and a person whose team changes the new team's (the old team's go).
func personMandates(next ent.Mutator) ent.Mutator {
	return hook.LeaderFunc(func(ctx context.Context, m *gen.LeaderMutation) (ent.Value, error) {
		_, teamSet := m.Team()
		teamCleared := m.TeamCleared()
		if !m.Op().Is(ent.OpCreate) && !teamSet && !teamCleared {
			return next.Mutate(ctx, m)
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		p, ok := v.(*gen.Leader)
		if !ok {
			return v, nil
		}
		c := clientOf(ctx, m)
		all, err := c.Mandate.Query().Where(mandate.OrganizationID(p.OrganizationID)).All(asMandates(ctx))
		if err != nil {
			return nil, err
		}
		for _, md := range all {
			if md.DeletedAt != nil {
				continue
			}
			if appliesTo(md.Team, p.Team) {
				err = giveMandate(ctx, c, md, []int{p.ID})
			} else {
				err = c.Commitment.Update().Where(commitment.MandateID(md.ID), commitment.LeaderID(p.ID), commitment.DeletedAtIsNil()).
					SetDeletedAt(p.UpdatedAt).Exec(asMandates(ctx))
			}
			if err != nil {
				return nil, err
			}
		}
		return p, nil
	})
}

// mandatedStays refuses a person's deleting or changing a commitment a
// mandate set: only the mandate (an admin) changes it.
func mandatedStays() privacy.MutationRule {
	return privacy.CommitmentMutationRuleFunc(func(ctx context.Context, m *gen.CommitmentMutation) error {
		if rule.SystemJobOf(ctx) != "" || !m.Op().Is(ent.OpUpdateOne) {
			return privacy.Skip
		}
		id, err := m.OldMandateID(ctx)
		if err != nil || id == nil {
			return privacy.Skip
		}
		return fmt.Errorf("%w: %w: this commitment is your organization's mandate: only an admin changes it, by changing the mandate", privacy.Deny, rule.ErrForbidden)
	})
}
