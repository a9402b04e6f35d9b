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
		rule.Chars(rule.Required(field.String("title")), maxName).
			Comment("What the review is called, such as \"November feedback review\"."),
		rule.Within(field.Time("held_at"), rule.MaxPlannedAhead).Annotations(entgql.OrderField("HELD_AT")).
			Comment("When the review was, or is to be, held; it counts for the month it falls in (UTC)."),
		field.Strings("departments_invited").Optional().
			Comment("Departments invited, e.g. Product, Support, Finance."),
		rule.Chars(field.Text("notes").Optional(), maxText).
			Comment("What was said and agreed."),
	}
}

// Edges of the FeedbackReview.
func (FeedbackReview) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("host", Leader.Type).Ref("reviews_hosted").Field("host_id").
			Unique().Required().Immutable().Annotations(skipInputs).Comment("The person who hosted the review and recorded it."),
		edge.To("attendees", Leader.Type).Annotations(entgql.RelayConnection()).
			Comment("The people who attended."),
		edge.To("conversations", Conversation.Type).Annotations(entgql.RelayConnection()).
			Comment("The conversations reviewed."),
		edge.To("follow_ups", FollowUp.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The follow-ups agreed in the review."),
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
	return append(served("feedbackReviews", "The organization's feedback reviews, everyone's.", entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("A team's regular meeting to review what customers said: when, the host, the attendees, the departments "+
			"invited, the conversations reviewed and the follow-ups agreed. Everyone in the organization reads them; anyone "+
			"records one, as its host; only the host (or the integrator token that created it) edits it; the host and admins delete it."))
}

// Policy of the FeedbackReview: its host changes it.
func (FeedbackReview) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("host_id", false)}}
}

// Hooks of the FeedbackReview.
func (FeedbackReview) Hooks() []ent.Hook {
	return []ent.Hook{rule.SetViewer("host_id"), rule.NotFarFutureField("held_at", rule.MaxPlannedAhead)}
}
