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
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Nomination proposes a peer as a champion, citing what they did for a customer.
type Nomination struct{ ent.Schema }

// Mixin of the Nomination.
func (Nomination) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ChampionsRead, Write: viewer.ChampionsWrite}, ClientIDMixin{}}
}

// Fields of the Nomination.
func (Nomination) Fields() []ent.Field {
	return []ent.Field{
		field.Int("nominee_id").Immutable(),
		field.Int("nominator_id").Immutable().Annotations(entgql.Skip()),
		field.Int("customer_id").Optional(), // changed only by a merge of customers
		field.Int("conversation_id").Optional().Immutable(),
		rule.Chars(rule.Required(field.Text("story")), 4000).
			Comment("What the nominee did, and for which customer."),
		field.Enum("status").Values("OPEN", "APPROVED", "DECLINED").Default("OPEN").
			Annotations(entgql.OrderField("STATUS"), skipInputs),
		field.Time("decided_at").Optional().Nillable().Annotations(skipInputs),
		field.Int("decided_by_id").Optional().Nillable().Annotations(entgql.Skip()),
		rule.Chars(field.String("decision_note").Optional(), 2000).Annotations(skipInputs),
	}
}

// Edges of the Nomination.
func (Nomination) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("nominee", Leader.Type).Ref("nominations_received").Field("nominee_id").
			Unique().Required().Immutable(),
		edge.From("nominator", Leader.Type).Ref("nominations_given").Field("nominator_id").
			Unique().Required().Immutable().Annotations(skipInputs),
		edge.To("customer", Customer.Type).Field("customer_id").Unique(),
		edge.To("conversation", Conversation.Type).Field("conversation_id").Unique().Immutable().
			Comment("A logged conversation cited as evidence."),
		edge.To("decided_by", Leader.Type).Field("decided_by_id").Unique().Annotations(skipInputs),
		edge.To("endorsements", Endorsement.Type).Annotations(entgql.RelayConnection(), skipInputs),
	}
}

// Indexes of the Nomination.
func (Nomination) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "status", "created_at"),
		index.Fields("organization_id", "created_at"),
		index.Fields("nominee_id", "status"),
		index.Fields("nominator_id", "created_at"),
	}
}

// Annotations of the Nomination.
func (Nomination) Annotations() []schema.Annotation {
	return served("nominations", entgql.MutationCreate())
}

// Policy of the Nomination: everyone nominates; only admins decide.
func (Nomination) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerMayDelete("nominator_id"), rule.AdminOnlyChanges(writeOps)}}
}

// Hooks of the Nomination.
func (Nomination) Hooks() []ent.Hook {
	return []ent.Hook{
		rule.SetViewer("nominator_id"),
		hook.On(noSelfNomination, ent.OpCreate),
	}
}

func noSelfNomination(next ent.Mutator) ent.Mutator {
	return hook.NominationFunc(func(ctx context.Context, m *gen.NominationMutation) (ent.Value, error) {
		nominee, _ := m.NomineeID()
		nominator, _ := m.NominatorID()
		if nominee == nominator {
			return nil, rule.Invalid("nominee_id", "nominate a peer: nobody nominates themselves")
		}
		return next.Mutate(ctx, m)
	})
}
