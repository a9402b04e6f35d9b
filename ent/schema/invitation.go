package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"walker/ent/schema/gqldoc"
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
		field.Enum("role").Values("ADMIN", "LEADER", "MEMBER").Default("LEADER").
			Comment("The role the person gets by joining with the invitation.").
			Annotations(gqldoc.Values{
				"ADMIN":  "Manages people, invitations, integrator tokens and champions (approves nominations); may delete anyone's records.",
				"LEADER": "Logs and changes their own records; the default.",
				"MEMBER": "The same rights as LEADER today.",
			}),
		field.String("token_hash").Unique().Immutable().Sensitive().NotEmpty().MaxLen(maxToken).
			Annotations(entgql.Skip()),
		field.Time("expires_at").Annotations(entgql.OrderField("EXPIRES_AT"), skipInputs).
			Comment("When the link stops working: 7 days after it was made."),
		field.Time("used_at").Optional().Nillable().
			Comment("When the link was used; null until then (it works once)."),
		field.Time("revoked_at").Optional().Nillable().
			Comment("When an admin revoked it (revokeInvitation); null otherwise."),
		field.Int("invited_by_id").Optional().Nillable().Immutable().
			Comment("The id of the admin who made the invitation (invitedBy); null when it was made from the command line."),
		field.Int("leader_id").Optional().Nillable().
			Comment("The person the invitation is for, once known."),
	}
}

// Edges of the Invitation.
func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("invited_by", Leader.Type).Field("invited_by_id").Unique().Immutable().
			Comment("The admin who made the invitation; null when it was made from the command line."),
		edge.To("leader", Leader.Type).Field("leader_id").Unique().
			Comment("The person the invitation is for, once known: someone already in the organization (a new passkey for them), or who joined with it."),
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
	return append(served("invitations", "Admins: the organization's invitations, used, revoked and expired ones included."),
		schema.Comment("A one-time link that lets a person create their first passkey, or a new one (createInvitation; "+
			"valid 7 days, once). Admins only, signed in as people."))
}
