package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"walker/ent/schema/rule"
)

// Invitation is a one-time link that lets a person create their first passkey.
type Invitation struct{ ent.Schema }

// Mixin of the Invitation.
func (Invitation) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the Invitation.
func (Invitation) Fields() []ent.Field {
	return []ent.Field{
		rule.Email(rule.Chars(field.String("email").Optional(), maxEmail)).
			Comment("The invited person's email address."),
		field.Enum("role").Values("ADMIN", "LEADER", "MEMBER").Default("LEADER"),
		field.String("token_hash").Unique().Immutable().Sensitive().NotEmpty().MaxLen(maxToken).
			Annotations(entgql.Skip()),
		field.Time("expires_at").Annotations(entgql.OrderField("EXPIRES_AT"), skipInputs),
		field.Time("used_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.Int("invited_by_id").Optional().Nillable().Immutable(),
		field.Int("leader_id").Optional().Nillable().
			Comment("The person the invitation is for, once known."),
	}
}

// Edges of the Invitation.
func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("invited_by", Leader.Type).Field("invited_by_id").Unique().Immutable(),
		edge.To("leader", Leader.Type).Field("leader_id").Unique(),
	}
}

// Policy of the Invitation: admins only.
func (Invitation) Policy() ent.Policy { return adminsOnly() }

// Hooks of the Invitation.
func (Invitation) Hooks() []ent.Hook {
	return []ent.Hook{rule.SetViewer("invited_by_id"), rule.NormalizeEmail("email")}
}

// Annotations of the Invitation.
func (Invitation) Annotations() []schema.Annotation {
	return served("invitations")
}
