package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
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
		rule.Chars(rule.Required(field.String("name")), maxShort).Annotations(entgql.OrderField("NAME")).
			Comment("A name to recognise the passkey by, such as \"Work laptop\"."),
		field.Bytes("credential_id").Unique().Immutable().MaxLen(1023).Annotations(entgql.Skip()),
		field.JSON("credential", webauthn.Credential{}).
			Comment("The whole credential, flags and sign count included.").Annotations(entgql.Skip()),
		field.Bool("backup_eligible").Default(false).
			Comment("The passkey may be synced between devices.").Annotations(skipInputs),
		field.Bool("backup_state").Default(false).
			Comment("The passkey is synced (backed up); false: bound to one device.").Annotations(skipInputs),
		field.Time("last_used_at").Optional().Nillable().Annotations(skipInputs).
			Comment("When the passkey last signed the person in; null if never."),
	}
}

// Edges of the Passkey.
func (Passkey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("passkeys").Field("leader_id").Unique().Required().Immutable().
			Annotations(skipInputs).Comment("The person the passkey belongs to."),
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
	return []schema.Annotation{entgql.RelayConnection(),
		schema.Comment("A passkey (a WebAuthn credential) with which a person signs in; a person may have several. Only its " +
			"owner sees it, renames it (renamePasskey) and deletes it (deletePasskey, never the last one); admins remove a " +
			"person's passkeys with revokeAccess."),
	}
}
