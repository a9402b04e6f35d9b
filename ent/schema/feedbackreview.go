package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// FeedbackReview is a team's regular meeting to review what customers said.
type FeedbackReview struct{ ent.Schema }

// Mixin of the FeedbackReview.
func (FeedbackReview) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ReviewsRead, Write: viewer.ReviewsWrite}, ClientIDMixin{}}
}

// Fields of the FeedbackReview.
func (FeedbackReview) Fields() []ent.Field {
	return []ent.Field{
		field.Int("host_id").Immutable().Annotations(entgql.Skip()),
		rule.Chars(rule.Required(field.String("title")), maxName),
		rule.Within(field.Time("held_at"), rule.MaxPlannedAhead).Annotations(entgql.OrderField("HELD_AT")),
		field.Strings("departments_invited").Optional().
			Comment("Departments invited, e.g. Product, Support, Finance."),
		rule.Chars(field.Text("notes").Optional(), maxText),
	}
}

// Edges of the FeedbackReview.
func (FeedbackReview) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("host", Leader.Type).Ref("reviews_hosted").Field("host_id").
			Unique().Required().Immutable().Annotations(skipInputs),
		edge.To("attendees", Leader.Type).Annotations(entgql.RelayConnection()),
		edge.To("conversations", Conversation.Type).Annotations(entgql.RelayConnection()),
		edge.To("follow_ups", FollowUp.Type).Annotations(entgql.RelayConnection(), skipInputs),
	}
}

// Indexes of the FeedbackReview.
func (FeedbackReview) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "held_at"),
		index.Fields("host_id", "held_at"),
	}
}

// Annotations of the FeedbackReview.
func (FeedbackReview) Annotations() []schema.Annotation {
	return served("feedbackReviews", entgql.MutationCreate(), entgql.MutationUpdate())
}

// Policy of the FeedbackReview: its host changes it.
func (FeedbackReview) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("host_id", false)}}
}

// Hooks of the FeedbackReview.
func (FeedbackReview) Hooks() []ent.Hook {
	return []ent.Hook{rule.SetViewer("host_id"), rule.NotFarFutureField("held_at", rule.MaxPlannedAhead)}
}
