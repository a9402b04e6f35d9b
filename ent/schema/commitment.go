package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "walker/ent"
	"walker/ent/commitment"
	"walker/ent/hook"
	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Commitment is an observable behaviour a leader commits to, with a target per
// month or quarter. Progress is computed from the records, never typed in.
type Commitment struct{ ent.Schema }

// Mixin of the Commitment.
func (Commitment) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.CommitmentsRead, Write: viewer.CommitmentsWrite}}
}

// Fields of the Commitment.
func (Commitment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable().Annotations(entgql.Skip()),
		field.Enum("behaviour").Values(
			"CUSTOMERS_MET", "DAYS_WITH_CUSTOMERS", "MINUTES_WITH_CUSTOMERS",
			"DECISIONS_WITH_BENEFIT", "CLV_DECISIONS", "FEEDBACK_REVIEWS",
			"ONLINE_COMMENTS", "CALL_LISTENING", "RECOGNITIONS", "NEW_INITIATIVES",
			"FOLLOW_UPS_ON_TIME",
		).Immutable().Annotations(entgql.OrderField("BEHAVIOUR")),
		rule.Between(field.Int("target"), 1, 10_000).
			Comment("Per period; for FOLLOW_UPS_ON_TIME a percentage (1-100)."),
		field.Enum("period").Values("MONTH", "QUARTER").Default("MONTH"),
	}
}

// Edges of the Commitment.
func (Commitment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("commitments").Field("leader_id").
			Unique().Required().Immutable().Annotations(skipInputs),
	}
}

// Indexes of the Commitment.
func (Commitment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("leader_id", "behaviour").Unique(),
	}
}

// Annotations of the Commitment.
func (Commitment) Annotations() []schema.Annotation {
	return served("commitments", entgql.MutationCreate(), entgql.MutationUpdate())
}

// Policy of the Commitment: a leader manages their own commitments.
func (Commitment) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("leader_id", false)}}
}

// Hooks of the Commitment.
func (Commitment) Hooks() []ent.Hook {
	return []ent.Hook{rule.SetViewer("leader_id"), percentTarget}
}

// percentTarget keeps the target of a percentage behaviour within 1-100.
func percentTarget(next ent.Mutator) ent.Mutator {
	return hook.CommitmentFunc(func(ctx context.Context, m *gen.CommitmentMutation) (ent.Value, error) {
		t, ok := m.Target()
		if !ok || t <= 100 {
			return next.Mutate(ctx, m)
		}
		b, ok := m.Behaviour()
		if !ok && m.Op().Is(ent.OpUpdateOne) {
			var err error
			if b, err = m.OldBehaviour(ctx); err != nil {
				return nil, err
			}
		}
		if b == commitment.BehaviourFOLLOW_UPS_ON_TIME {
			return nil, rule.Invalid("target", "is a percentage for FOLLOW_UPS_ON_TIME: 1 to 100")
		}
		return next.Mutate(ctx, m)
	})
}
