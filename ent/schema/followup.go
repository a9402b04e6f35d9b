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

// FollowUp is an action promised to a customer, from a conversation or agreed
// in a feedback review, with an owner and a due date.
type FollowUp struct{ ent.Schema }

// Mixin of the FollowUp.
func (FollowUp) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ConversationsRead, Write: viewer.ConversationsWrite}, ClientIDMixin{}}
}

// Fields of the FollowUp.
func (FollowUp) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("action")), 2000).
			Comment("What was promised, such as \"Send Grace the import checklist\"."),
		field.Int("owner_id").
			Comment("The id of the person who owns the follow-up (owner)."),
		field.Int("conversation_id").Optional().Immutable().
			Comment("The id of the conversation it was promised in, if any (conversation)."),
		field.Int("review_id").Optional().Immutable().
			Comment("The id of the feedback review that agreed it, if any (review)."),
		rule.Within(field.Time("due_on").Optional().Nillable(), rule.MaxPlannedAhead).
			Comment("When it is due; null: no due date. Counted in its owner's month by this date.").
			Annotations(entgql.OrderField("DUE_ON")),
		rule.Within(field.Time("done_at").Optional().Nillable(), rule.MaxOccurredAhead).
			Comment("When the follow-up was marked done; set by setFollowUpDone; null while open.").
			Annotations(entgql.OrderField("DONE_AT"), skipInputs),
		field.Bool("quick_win").Default(false).
			Comment("Marked a quick win, to celebrate once done."),
		field.Bool("new_initiative").Default(false).
			Comment("A new way of focusing on customers (counted in LeaderMonth.newInitiatives)."),
	}
}

// Edges of the FollowUp.
func (FollowUp) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Leader.Type).Ref("follow_ups").Field("owner_id").Unique().Required().
			Comment("The person who owns the follow-up: any person of the organization."),
		edge.From("conversation", Conversation.Type).Ref("follow_ups").Field("conversation_id").
			Unique().Immutable().Comment("The conversation it was promised in; null when none."),
		edge.From("review", FeedbackReview.Type).Ref("follow_ups").Field("review_id").
			Unique().Immutable().Comment("The feedback review that agreed it; null when none."),
	}
}

// Indexes of the FollowUp.
func (FollowUp) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "done_at", "due_on"),
		index.Fields("organization_id", "due_on"),
		index.Fields("organization_id", "created_at"),
		index.Fields("owner_id", "due_on"),
		index.Fields("conversation_id"), // a conversation's follow-ups, loaded for every page of conversations
	}
}

// Annotations of the FollowUp.
func (FollowUp) Annotations() []schema.Annotation {
	return append(served("followUps", "The organization's follow-ups, open and done (where: {doneAtIsNil: true} lists the open ones).",
		entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("An action promised to a customer, in a conversation or agreed in a feedback review, with an owner and "+
			"a due date. Everyone in the organization reads them; anyone creates one, for any person of the organization; "+
			"its owner (or the integrator token that created it) and admins change it, mark it done (setFollowUpDone) and delete it."))
}

// Policy of the FollowUp: its owner or an admin changes it.
func (FollowUp) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("owner_id", true)}}
}

// Hooks of the FollowUp.
func (FollowUp) Hooks() []ent.Hook {
	return []ent.Hook{
		rule.NotFarFutureField("due_on", rule.MaxPlannedAhead),
		rule.NotFarFutureField("done_at", rule.MaxOccurredAhead),
	}
}
