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
		rule.Chars(rule.Required(field.String("action")), 2000),
		field.Int("owner_id"),
		field.Int("conversation_id").Optional().Immutable(),
		field.Int("review_id").Optional().Immutable(),
		rule.Within(field.Time("due_on").Optional().Nillable(), rule.MaxPlannedAhead).
			Annotations(entgql.OrderField("DUE_ON")),
		rule.Within(field.Time("done_at").Optional().Nillable(), rule.MaxOccurredAhead).
			Comment("When the follow-up was marked done; set by setFollowUpDone.").
			Annotations(entgql.OrderField("DONE_AT"), skipInputs),
		field.Bool("quick_win").Default(false),
		field.Bool("new_initiative").Default(false).
			Comment("A new way of focusing on customers."),
	}
}

// Edges of the FollowUp.
func (FollowUp) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("owner", Leader.Type).Ref("follow_ups").Field("owner_id").Unique().Required(),
		edge.From("conversation", Conversation.Type).Ref("follow_ups").Field("conversation_id").
			Unique().Immutable(),
		edge.From("review", FeedbackReview.Type).Ref("follow_ups").Field("review_id").
			Unique().Immutable(),
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
	return served("followUps", entgql.MutationCreate(), entgql.MutationUpdate())
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
