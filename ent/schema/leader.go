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

// Leader is a person with an account: leadership exists at every level, so
// every user is a Leader.
type Leader struct{ ent.Schema }

// Mixin of the Leader.
func (Leader) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, TenantMixin{Read: viewer.PeopleRead}}
}

// Fields of the Leader.
func (Leader) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("name")), maxName).
			Annotations(entgql.OrderField("NAME")),
		rule.Email(rule.Chars(rule.Required(field.String("email")), maxEmail)).
			Annotations(entgql.OrderField("EMAIL")),
		rule.Chars(field.String("title").Optional().Nillable(), maxShort),
		rule.Chars(field.String("team").Optional().Nillable(), maxShort).
			Annotations(entgql.OrderField("TEAM")),
		field.Enum("role").Values("ADMIN", "LEADER", "MEMBER").Default("LEADER").
			Annotations(entgql.OrderField("ROLE")),
		field.Bool("champion").Default(false).
			Comment("Derived: true once a nomination of this person is approved.").
			Annotations(skipInputs),
		field.Bytes("user_handle").DefaultFunc(newUserHandle).Immutable().Sensitive().Unique().MaxLen(64).
			Comment("Random WebAuthn user handle; never the database id.").
			Annotations(entgql.Skip()),
		field.Time("deactivated_at").Optional().Nillable().
			Comment("Set when the person's access is revoked.").
			Annotations(skipInputs),
	}
}

// Edges of the Leader.
func (Leader) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("conversations", Conversation.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("decisions", Decision.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("commitments", Commitment.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("follow_ups", FollowUp.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("nominations_received", Nomination.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("nominations_given", Nomination.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("endorsements", Endorsement.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("reviews_hosted", FeedbackReview.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("reviews_attended", FeedbackReview.Type).Ref("attendees").Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("passkeys", Passkey.Type).Annotations(entgql.RelayConnection(), skipInputs),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
	}
}

// Indexes of the Leader.
func (Leader) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "email").Unique(),
	}
}

// Annotations of the Leader.
func (Leader) Annotations() []schema.Annotation {
	return served("leaders", entgql.MutationCreate(), entgql.MutationUpdate())
}

// Hooks of the Leader.
func (Leader) Hooks() []ent.Hook { return []ent.Hook{rule.NormalizeEmail("email")} }

// Policy of the Leader: admins manage people.
func (Leader) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.AdminOnlyChanges(ent.OpCreate | writeOps)},
	}
}
