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
	"walker/ent/leader"
	"walker/ent/privacy"
	"walker/ent/schema/gqldoc"
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
			Comment("How the customers were met.").
			Annotations(entgql.OrderField("MODE"), gqldoc.Values{
				"VISIT":           "A visit, in person.",
				"CALL":            "A phone call.",
				"VIDEO":           "A video call.",
				"FOCUS_GROUP":     "A focus group.",
				"INTERVIEW":       "A customer interview.",
				"MYSTERY_SHOP":    "Mystery shopping: using the product or service as a customer would.",
				"CALL_LISTENING":  "Listening to recorded customer calls (counted in LeaderMonth.callListening).",
				"ONLINE_COMMENTS": "Reading and answering customers' comments online (counted in LeaderMonth.onlineComments).",
				"EVENT":           "A customer event.",
			}),
		rule.Within(field.Time("occurred_at"), rule.MaxOccurredAhead).
			Comment("When the conversation happened; the month it falls in (UTC) is the month it counts for.").
			Annotations(entgql.OrderField("OCCURRED_AT")),
		rule.Between(field.Int("duration_minutes").Optional().Nillable(), 0, 24*60).
			Comment("How long it lasted, in minutes; null when not given (not 0).").
			Annotations(entgql.OrderField("DURATION")),
		rule.Chars(field.Text("heard").Optional(), maxText).
			Comment("What we heard, in the customer's words where possible."),
		rule.Chars(field.Text("pain_points").Optional(), maxText).
			Comment("The customers' pain points and needs that came up."),
		field.Enum("sentiment").Values("VERY_NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE", "VERY_POSITIVE").
			Optional().Nillable().
			Comment("How the customers felt, as the leader judged it; null when not given.").
			Annotations(gqldoc.Values{
				"VERY_NEGATIVE": "Very unhappy.",
				"NEGATIVE":      "Unhappy.",
				"NEUTRAL":       "Neither happy nor unhappy.",
				"POSITIVE":      "Happy.",
				"VERY_POSITIVE": "Delighted.",
			}),
		field.Int("plan_id").Optional().Nillable().Immutable().
			Comment("The id of the plan it was logged from, if any (plan)."),
	}
}

// Edges of the Conversation.
func (Conversation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("conversations").Field("leader_id").
			Unique().Required().Immutable().Annotations(skipInputs).
			Comment("The person the conversation is credited to: who logged it, or whom createConversation(leaderID:) named."),
		edge.To("customers", Customer.Type).
			Comment("The customers met; at least one.").
			Annotations(entgql.RelayConnection()),
		edge.To("attendees", Leader.Type).
			Comment("Other people of the organization who were there (a joint conversation): each is credited with it in their own month — customers met, days, minutes — and the record is kept once. At most 20.").
			Annotations(entgql.RelayConnection()),
		edge.To("follow_ups", FollowUp.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The follow-ups promised in the conversation."),
		edge.From("decisions", Decision.Type).Ref("evidence").
			Comment("The decisions that cite the conversation as evidence.").
			Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("reviews", FeedbackReview.Type).Ref("conversations").
			Comment("The feedback reviews in which the conversation was reviewed.").
			Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("nominations", Nomination.Type).Ref("conversation").Annotations(entgql.Skip()),
		edge.From("plan", Plan.Type).Ref("conversations").Field("plan_id").Unique().Immutable().
			Comment("The plan it was logged from, which it makes LOGGED: one of the person's own plans (a customer day's plan logs several conversations). Null when unplanned."),
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
	return append(served("conversations", "The organization's conversations, everyone's (Leader.conversations lists one person's).",
		entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("A customer met: a leader met one or more customers, and this says when, how, for how long and what was heard. "+
			"Everyone in the organization reads every conversation. Anyone logs their own; admins, and integrator tokens with "+
			"conversations:import, log one for another person (createConversation(leaderID:)). The person it is credited to, "+
			"or the token that made it, edits it; they and admins delete it."))
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
		hook.If(atMostAttendees, hook.HasOp(ent.OpCreate|ent.OpUpdateOne)),
		hook.On(ownPlan, ent.OpCreate),
	}
}

// maxAttendees bounds Conversation.attendees.
const maxAttendees = 20

// atMostAttendees refuses a conversation with more than maxAttendees
// attendees.
func atMostAttendees(next ent.Mutator) ent.Mutator {
	return hook.ConversationFunc(func(ctx context.Context, m *gen.ConversationMutation) (ent.Value, error) {
		added := len(m.AttendeesIDs())
		if added == 0 {
			return next.Mutate(ctx, m)
		}
		n := added
		if id, ok := m.ID(); ok && !m.AttendeesCleared() {
			had, err := m.Client().Leader.Query().
				Where(leader.HasJointConversationsWith(conversation.ID(id)), leader.IDNotIn(m.RemovedAttendeesIDs()...), leader.IDNotIn(m.AttendeesIDs()...)).
				Count(ctx)
			if err != nil {
				return nil, err
			}
			n += had
		}
		if n > maxAttendees {
			return nil, rule.Invalid("attendee_ids", "name at most %d people who were there", maxAttendees)
		}
		return next.Mutate(ctx, m)
	})
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

// ownPlan refuses a conversation logged from someone else's plan: a plan is
// logged by the person who made it.
func ownPlan(next ent.Mutator) ent.Mutator {
	return hook.ConversationFunc(func(ctx context.Context, m *gen.ConversationMutation) (ent.Value, error) {
		id, ok := m.PlanID()
		if !ok {
			return next.Mutate(ctx, m)
		}
		who, _ := m.LeaderID()
		p, err := clientOf(ctx, m).Plan.Get(ctx, id)
		switch {
		case gen.IsNotFound(err):
			return nil, rule.Invalid("planID", "refers to a record that does not exist")
		case err != nil:
			return nil, err
		case p.LeaderID != who:
			return nil, rule.Invalid("planID", "is another person's plan: a plan is logged by the person who made it")
		}
		return next.Mutate(ctx, m)
	})
}
