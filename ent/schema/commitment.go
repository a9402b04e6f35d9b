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
	"walker/ent/hook"
	"walker/ent/privacy"
	"walker/ent/schema/goal"
	"walker/ent/schema/gqldoc"
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
		field.Enum("behaviour").GoType(goal.Behaviour("")).Immutable().Comment("The behaviour committed to, measured from the leader's records; one commitment per leader and behaviour, fixed once made.").
			Annotations(entgql.OrderField("BEHAVIOUR"), gqldoc.Values{
				"CUSTOMERS_MET":          "Talk with customers: distinct customers met in the leader's conversations.",
				"DAYS_WITH_CUSTOMERS":    "Spend time with customers: distinct days (UTC) with at least one conversation.",
				"MINUTES_WITH_CUSTOMERS": "Spend time with customers: the sum of the conversations' durationMinutes.",
				"DECISIONS_WITH_BENEFIT": "Ask what's in it for the customer: decisions recorded (each has a customer benefit, by rule).",
				"CLV_DECISIONS":          "Put customer lifetime value into decisions: decisions recorded with a clvImpact.",
				"FEEDBACK_REVIEWS":       "Review customer feedback with the team: feedback reviews hosted or attended.",
				"ONLINE_COMMENTS":        "Read and answer customers' comments online: conversations of mode ONLINE_COMMENTS.",
				"CALL_LISTENING":         "Listen to recorded customer calls: conversations of mode CALL_LISTENING.",
				"RECOGNITIONS":           "Recognise people who go above and beyond for customers: nominations and endorsements given.",
				"NEW_INITIATIVES":        "Seek new ways of focusing on customers: decisions and follow-ups marked newInitiative.",
				"FOLLOW_UPS_ON_TIME":     "Close the loop: the percentage of the leader's follow-ups due in the period that were done by their due date (100 when none fell due).",
			}),
		rule.Between(field.Int("target"), 1, 10_000).
			Comment("What to reach in each period: a count, or for FOLLOW_UPS_ON_TIME a percentage (1 to 100)."),
		field.Enum("period").GoType(goal.Period("")).Default("MONTH").
			Comment("The period the target is for.").
			Annotations(gqldoc.Values{
				"MONTH":   "A calendar month (UTC).",
				"QUARTER": "A calendar quarter (UTC); a month's progress is measured over the quarter holding it.",
			}),
		field.Int("mandate_id").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("The id of the mandate that set it (mandate)."),
	}
}

// Edges of the Commitment.
func (Commitment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("commitments").Field("leader_id").
			Unique().Required().Immutable().Annotations(skipInputs).Comment("The person who made the commitment, or whom a mandate set it for."),
		edge.From("mandate", Mandate.Type).Ref("commitments").Field("mandate_id").Unique().Annotations(skipInputs).
			Comment("The organization's mandate that set it, if any: its person cannot delete it or change its target; null for a person's own."),
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
	return append(served("commitments", "The commitments of everyone in the organization.", entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("An observable behaviour a leader commits to, with a target per month or quarter. Progress "+
			"(Leader.month) is computed from the records, never typed in. Everyone in the organization reads them; a person "+
			"makes and changes only their own (the integrator token's creator's, for a token); they and admins delete them."))
}

// Policy of the Commitment: a leader manages their own commitments.
func (Commitment) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{mandatedStays(), rule.OwnerOnly("leader_id", false)}}
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
		if b == goal.BehaviourFOLLOW_UPS_ON_TIME {
			return nil, rule.Invalid("target", "is a percentage for FOLLOW_UPS_ON_TIME: 1 to 100")
		}
		return next.Mutate(ctx, m)
	})
}
