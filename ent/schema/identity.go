package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/go-webauthn/webauthn/webauthn"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// Passkey is a WebAuthn credential of a leader; a person may have several.
type Passkey struct{ ent.Schema }

// Mixin of the Passkey.
func (Passkey) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the Passkey.
func (Passkey) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable().Annotations(entgql.Skip()),
		rule.Chars(rule.Required(field.String("name")), maxShort).Annotations(entgql.OrderField("NAME")),
		field.Bytes("credential_id").Unique().Immutable().MaxLen(1023).Annotations(entgql.Skip()),
		field.JSON("credential", webauthn.Credential{}).
			Comment("The whole credential, flags and sign count included.").Annotations(entgql.Skip()),
		field.Bool("backup_eligible").Default(false).
			Comment("The passkey may be synced between devices.").Annotations(skipInputs),
		field.Bool("backup_state").Default(false).
			Comment("The passkey is synced (backed up); false: bound to one device.").Annotations(skipInputs),
		field.Time("last_used_at").Optional().Nillable().Annotations(skipInputs),
	}
}

// Edges of the Passkey.
func (Passkey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("passkeys").Field("leader_id").Unique().Required().Immutable().
			Annotations(skipInputs),
	}
}

// Policy of the Passkey: a person sees and changes only their own; an admin
// may also remove a person's passkeys (recovery).
func (Passkey) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.FilterOwner("leader_id")},
		Mutation: privacy.MutationPolicy{
			privacy.OnMutationOperation(rule.OwnerOnly("leader_id", false), ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne),
			privacy.OnMutationOperation(rule.OwnerOnly("leader_id", true), ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// Annotations of the Passkey.
func (Passkey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

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

// Session is one sign-in: a family of rotating refresh tokens. Presenting an
// already-rotated token revokes the whole family.
type Session struct{ ent.Schema }

// Mixin of the Session.
func (Session) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable(),
		field.String("family").NotEmpty().Immutable().MaxLen(maxToken),
		field.String("token_hash").Unique().Sensitive().NotEmpty().MaxLen(maxToken),
		field.Time("expires_at"),
		field.Time("rotated_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("user_agent").Optional().MaxLen(512),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("sessions").Field("leader_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("family"), index.Fields("leader_id")}
}

// Policy of the Session: a person sees and ends only their own; an admin may
// end a person's sessions (revoking access).
func (Session) Policy() ent.Policy { return ownedByViewer() }

// Annotations of the Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}

// APIToken is an integrator's token: shown once, stored hashed, scoped,
// expiring unless asked otherwise, revocable.
type APIToken struct{ ent.Schema }

// Mixin of the APIToken.
func (APIToken) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the APIToken.
func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("name")), maxShort).Annotations(entgql.OrderField("NAME")),
		field.String("prefix").NotEmpty().Immutable().MaxLen(32).
			Comment("The first characters of the token, to recognise it in lists."),
		field.String("token_hash").Unique().Immutable().Sensitive().NotEmpty().MaxLen(maxToken).
			Annotations(entgql.Skip()),
		field.Enum("scope").Values("READ", "READ_WRITE").Immutable(),
		field.Time("expires_at").Optional().Nillable().Immutable().
			Annotations(entgql.OrderField("EXPIRES_AT")),
		field.Time("revoked_at").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Int("created_by_id").Immutable(),
	}
}

// Edges of the APIToken.
func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("created_by", Leader.Type).Field("created_by_id").Unique().Required().Immutable(),
	}
}

// Policy of the APIToken: admins only.
func (APIToken) Policy() ent.Policy { return adminsOnly() }

// Hooks of the APIToken.
func (APIToken) Hooks() []ent.Hook { return []ent.Hook{rule.SetViewer("created_by_id")} }

// Annotations of the APIToken.
func (APIToken) Annotations() []schema.Annotation {
	return served("apiTokens")
}

// SigningKey is an Ed25519 key that signs access tokens. Keys live in the
// database so that every replica verifies what any replica signed.
type SigningKey struct{ ent.Schema }

// Fields of the SigningKey.
func (SigningKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("kid").Unique().Immutable().NotEmpty().MaxLen(64),
		field.Bytes("public_key").Immutable(),
		field.Bytes("private_key").Immutable().Sensitive(),
		field.Time("created_at").Default(now).Immutable(),
		field.Time("retired_at").Optional().Nillable().
			Comment("No longer signs; still verifies until the last token it signed expires."),
	}
}

// Policy of the SigningKey: never reachable from a request; the key store
// reads and writes keys as a system job.
func (SigningKey) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.SystemOnly()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the SigningKey.
func (SigningKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}

func ownedByViewer() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.FilterOwner("leader_id")},
		Mutation: privacy.MutationPolicy{rule.OwnerOnly("leader_id", true)},
	}
}

func adminsOnly() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfAdmin()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin()},
	}
}
