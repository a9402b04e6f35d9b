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
			Annotations(entgql.OrderField("TITLE")),
		rule.Chars(field.Text("context").Optional(), maxText),
		rule.Chars(rule.Benefit(field.String("customer_benefit")), 2000).
			Comment("What's in it for the customer: required, at least 15 characters, not a placeholder."),
		rule.BetweenFloat(field.Float("clv_impact").Optional().Nillable(), -1e12, 1e12).
			Comment("Estimated change in customer lifetime value, in the organization's currency.").
			Annotations(entgql.OrderField("CLV_IMPACT")),
		rule.Chars(field.Text("options_considered").Optional(), maxText),
		field.Enum("status").Values("PROPOSED", "DECIDED", "IMPLEMENTED", "REVERSED").Default("PROPOSED").
			Annotations(entgql.OrderField("STATUS")),
		rule.Within(field.Time("decided_at").Optional().Nillable(), rule.MaxOccurredAhead).
			Annotations(entgql.OrderField("DECIDED_AT")),
		rule.Within(field.Time("review_on").Optional().Nillable(), rule.MaxPlannedAhead).
			Comment("When the realised customer impact is to be reviewed.").
			Annotations(entgql.OrderField("REVIEW_ON")),
		rule.Chars(field.Text("realised_impact").Optional(), maxText).
			Comment("The customer impact observed at review."),
		field.Bool("quick_win").Default(false),
		field.Bool("new_initiative").Default(false).
			Comment("A new way of focusing on customers."),
	}
}

// Edges of the Decision.
func (Decision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Leader.Type).Ref("decisions").Field("owner_id").
			Unique().Required().Immutable().Annotations(skipInputs),
		edge.To("evidence", Conversation.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("supersedes", Decision.Type).Unique().
			From("superseded_by").Unique(),
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
	return served("decisions", entgql.MutationCreate(), entgql.MutationUpdate())
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
