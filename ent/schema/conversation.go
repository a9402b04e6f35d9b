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
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/hook"
	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Conversation is a customer met: a leader met one or more customers.
type Conversation struct{ ent.Schema }

// Mixin of the Conversation.
func (Conversation) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ConversationsRead, Write: viewer.ConversationsWrite}, ClientIDMixin{}}
}

// Fields of the Conversation.
func (Conversation) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable().Annotations(entgql.Skip()),
		field.Enum("mode").
			Values("VISIT", "CALL", "VIDEO", "FOCUS_GROUP", "INTERVIEW", "MYSTERY_SHOP",
				"CALL_LISTENING", "ONLINE_COMMENTS", "EVENT").
			Annotations(entgql.OrderField("MODE")),
		rule.Within(field.Time("occurred_at"), rule.MaxOccurredAhead).
			Comment("When the conversation happened; at most a day ahead of the server's clock.").
			Annotations(entgql.OrderField("OCCURRED_AT")),
		rule.Between(field.Int("duration_minutes").Optional().Nillable(), 0, 24*60).
			Annotations(entgql.OrderField("DURATION")),
		rule.Chars(field.Text("heard").Optional(), maxText).
			Comment("What we heard, in the customer's words where possible."),
		rule.Chars(field.Text("pain_points").Optional(), maxText),
		field.Enum("sentiment").Values("VERY_NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE", "VERY_POSITIVE").
			Optional().Nillable(),
	}
}

// Edges of the Conversation.
func (Conversation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("conversations").Field("leader_id").
			Unique().Required().Immutable().Annotations(skipInputs),
		edge.To("customers", Customer.Type).
			Annotations(entgql.RelayConnection()),
		edge.To("follow_ups", FollowUp.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("decisions", Decision.Type).Ref("evidence").
			Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("reviews", FeedbackReview.Type).Ref("conversations").
			Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("nominations", Nomination.Type).Ref("conversation").Annotations(entgql.Skip()),
	}
}

// Indexes of the Conversation: the month and dashboard aggregates read by
// organization and time, and by leader and time.
func (Conversation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "occurred_at"),
		index.Fields("leader_id", "occurred_at"),
	}
}

// Annotations of the Conversation.
func (Conversation) Annotations() []schema.Annotation {
	return served("conversations", entgql.MutationCreate(), entgql.MutationUpdate())
}

// Policy of the Conversation: everyone logs conversations; a leader edits only their own.
func (Conversation) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("leader_id", false)}}
}

// Hooks of the Conversation.
func (Conversation) Hooks() []ent.Hook {
	return []ent.Hook{
		rule.CreditTo("leader_id", viewer.ConversationsImport),
		rule.NotFarFutureField("occurred_at", rule.MaxOccurredAhead),
		hook.If(atLeastOneCustomer, hook.HasOp(ent.OpCreate|ent.OpUpdateOne)),
	}
}

// atLeastOneCustomer refuses a conversation with no customer met.
func atLeastOneCustomer(next ent.Mutator) ent.Mutator {
	return hook.ConversationFunc(func(ctx context.Context, m *gen.ConversationMutation) (ent.Value, error) {
		added := m.CustomersIDs()
		missing := false
		switch id, _ := m.ID(); {
		case m.Op().Is(ent.OpCreate):
			missing = len(added) == 0
		case m.CustomersCleared():
			missing = len(added) == 0
		case len(m.RemovedCustomersIDs()) > 0 && len(added) == 0:
			left, err := m.Client().Customer.Query().
				Where(customer.HasConversationsWith(conversation.ID(id)), customer.IDNotIn(m.RemovedCustomersIDs()...)).
				Count(ctx)
			if err != nil {
				return nil, err
			}
			missing = left == 0
		}
		if missing {
			return nil, rule.Invalid("customer_ids", "name at least one customer met")
		}
		return next.Mutate(ctx, m)
	})
}
