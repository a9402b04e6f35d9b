package schema

import (
	"context"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "walker/ent"
	"walker/ent/decision"
	"walker/ent/hook"
	"walker/ent/privacy"
	"walker/ent/schema/gqldoc"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Decision is a decision recorded with what's in it for the customer.
type Decision struct{ ent.Schema }

// Mixin of the Decision.
func (Decision) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.DecisionsRead, Write: viewer.DecisionsWrite}, ClientIDMixin{}}
}

// Fields of the Decision.
func (Decision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("owner_id").Immutable().Annotations(entgql.Skip()),
		rule.Chars(rule.Required(field.String("title")), maxName).
			Comment("A short name for the decision.").
			Annotations(entgql.OrderField("TITLE")),
		rule.Chars(field.Text("context").Optional(), maxText).
			Comment("The situation that called for the decision."),
		rule.Chars(rule.Benefit(field.String("customer_benefit")), 2000).
			Comment("What's in it for the customer: what the customer gains from the decision."),
		rule.BetweenFloat(field.Float("clv_impact").Optional().Nillable(), -1e12, 1e12).
			Comment("Estimated change in customer lifetime value, in the organization's currency.").
			Annotations(entgql.OrderField("CLV_IMPACT")),
		rule.Chars(field.Text("options_considered").Optional(), maxText).
			Comment("The options weighed before deciding."),
		field.Enum("status").Values("PROPOSED", "DECIDED", "IMPLEMENTED", "REVERSED").Default("PROPOSED").
			Comment("Where the decision stands.").
			Annotations(entgql.OrderField("STATUS"), gqldoc.Values{
				"PROPOSED":    "Proposed, not decided yet.",
				"DECIDED":     "Decided (decidedAt says when).",
				"IMPLEMENTED": "Decided and put into effect.",
				"REVERSED":    "Decided, then taken back.",
			}),
		rule.Within(field.Time("decided_at").Optional().Nillable(), rule.MaxOccurredAhead).
			Comment("When it was decided; set by the server when the status leaves PROPOSED without one.").
			Annotations(entgql.OrderField("DECIDED_AT")),
		rule.Within(field.Time("review_on").Optional().Nillable(), rule.MaxPlannedAhead).
			Comment("When the realised customer impact is to be reviewed.").
			Annotations(entgql.OrderField("REVIEW_ON")),
		rule.Chars(field.Text("realised_impact").Optional(), maxText).
			Comment("The customer impact observed at review."),
		field.Bool("quick_win").Default(false).
			Comment("Marked a quick win, to celebrate once implemented."),
		field.Bool("new_initiative").Default(false).
			Comment("A new way of focusing on customers (counted in LeaderMonth.newInitiatives)."),
	}
}

// Edges of the Decision.
func (Decision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Leader.Type).Ref("decisions").Field("owner_id").
			Unique().Required().Immutable().Annotations(skipInputs).
			Comment("The person who recorded the decision and owns it."),
		edge.To("evidence", Conversation.Type).
			Comment("The conversations that are the decision's evidence.").
			Annotations(entgql.RelayConnection()),
		edge.To("supersedes", Decision.Type).Unique().Comment("The earlier decision this one replaces; never itself.").
			From("superseded_by").Unique().Comment("The later decision that replaces this one."),
	}
}

// Indexes of the Decision.
func (Decision) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "created_at"),
		index.Fields("owner_id", "created_at"),
		index.Fields("organization_id", "status"),
	}
}

// Annotations of the Decision.
func (Decision) Annotations() []schema.Annotation {
	return append(served("decisions", "The organization's decisions, everyone's.", entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("A decision, recorded with what's in it for the customer (customerBenefit, never blank), its estimated "+
			"effect on customer lifetime value where it applies, and the conversations that are its evidence. Everyone in the "+
			"organization reads every decision; anyone records one, as its owner; only the owner (or the integrator token that "+
			"created it) edits it; the owner and admins delete it."))
}

// Policy of the Decision: a leader edits only their own decisions.
func (Decision) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("owner_id", false)}}
}

// Hooks of the Decision.
func (Decision) Hooks() []ent.Hook {
	return []ent.Hook{
		rule.SetViewer("owner_id"),
		rule.NotFarFutureField("decided_at", rule.MaxOccurredAhead),
		rule.NotFarFutureField("review_on", rule.MaxPlannedAhead),
		hook.On(decisionConsistency, ent.OpCreate|ent.OpUpdateOne),
	}
}

// decisionConsistency stamps when a decision was decided and refuses a
// decision that supersedes itself.
func decisionConsistency(next ent.Mutator) ent.Mutator {
	return hook.DecisionFunc(func(ctx context.Context, m *gen.DecisionMutation) (ent.Value, error) {
		if s, ok := m.Status(); ok && s != decision.StatusPROPOSED {
			if _, set := m.DecidedAt(); !set {
				old, err := oldDecidedAt(ctx, m)
				if err != nil {
					return nil, err
				}
				if old == nil {
					m.SetDecidedAt(now())
				}
			}
		}
		if id, ok := m.ID(); ok {
			if sup, set := m.SupersedesID(); set && sup == id {
				return nil, rule.Invalid("supersedes_id", "a decision cannot supersede itself")
			}
			if by, set := m.SupersededByID(); set && by == id {
				return nil, rule.Invalid("superseded_by_id", "a decision cannot supersede itself")
			}
		}
		return next.Mutate(ctx, m)
	})
}

func oldDecidedAt(ctx context.Context, m *gen.DecisionMutation) (*time.Time, error) {
	if !m.Op().Is(ent.OpUpdateOne) {
		return nil, nil
	}
	return m.OldDecidedAt(ctx)
}
