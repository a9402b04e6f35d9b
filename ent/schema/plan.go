package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"walker/ent/privacy"
	"walker/ent/schema/gqldoc"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Plan is a customer visit, call or customer day a leader plans. It counts
// for nothing until a conversation logged from it says it happened.
type Plan struct{ ent.Schema }

// Mixin of the Plan.
func (Plan) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ConversationsRead, Write: viewer.ConversationsWrite}, ClientIDMixin{}}
}

// Fields of the Plan.
func (Plan) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable().Annotations(entgql.Skip()),
		field.Enum("kind").Values("VISIT", "CALL", "VIDEO", "CUSTOMER_DAY").
			Comment("What is planned.").
			Annotations(entgql.OrderField("KIND"), gqldoc.Values{
				"VISIT":        "A visit to a customer, in person (logged as a VISIT).",
				"CALL":         "A phone call (logged as a CALL).",
				"VIDEO":        "A video call (logged as a VIDEO).",
				"CUSTOMER_DAY": "A day spent with customers: each conversation of the day is logged from it (as VISITs by default).",
			}),
		rule.Within(field.Time("planned_at"), rule.MaxPlannedAhead).
			Comment("When it is planned for. A plan not logged by a day after this is missed (Plan.status).").
			Annotations(entgql.OrderField("PLANNED_AT")),
		field.Int("customer_id").Optional().Nillable().
			Comment("The id of the customer or prospect to meet (customer); null for a customer day open to whoever comes."),
		rule.Chars(field.Text("note").Optional(), maxNote).
			Comment("What the plan is for, such as \"Renewal: hear what slowed the rollout\"."),
	}
}

// maxNote bounds a plan's note.
const maxNote = 2000

// Edges of the Plan.
func (Plan) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("plans").Field("leader_id").
			Unique().Required().Immutable().Annotations(skipInputs).Comment("The person whose plan it is: who made it."),
		edge.To("customer", Customer.Type).Field("customer_id").Unique().
			Comment("The customer or prospect to meet; null for a customer day."),
		edge.To("conversations", Conversation.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The conversations logged from the plan (createConversation(input: {planID})): the plan is LOGGED once it has one."),
	}
}

// Indexes of the Plan.
func (Plan) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("leader_id", "planned_at"),
		index.Fields("organization_id", "planned_at"),
	}
}

// Annotations of the Plan.
func (Plan) Annotations() []schema.Annotation {
	return append(served("plans", "The organization's plans, everyone's (Leader.plans lists one person's).",
		entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("A customer visit, call or customer day a leader plans: what, when, with whom and why. A plan counts for "+
			"nothing in a month until a conversation is logged from it (observable, not self-reported); it then says LOGGED, "+
			"and one not logged by a day after its time says MISSED. Plans still to come lift a commitment's pace "+
			"(CommitmentProgress.pace). Everyone in the organization reads them; a person makes and changes only their own; "+
			"they and admins delete them."))
}

// Policy of the Plan: a leader manages their own plans.
func (Plan) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("leader_id", false)}}
}

// Hooks of the Plan.
func (Plan) Hooks() []ent.Hook {
	return []ent.Hook{rule.SetViewer("leader_id"), rule.NotFarFutureField("planned_at", rule.MaxPlannedAhead)}
}
