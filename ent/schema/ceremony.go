package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"github.com/go-webauthn/webauthn/webauthn"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// Ceremony is a passkey registration or sign-in in progress. It lives in the
// database behind an opaque cookie, so that any replica can finish what
// another began; it is taken and deleted when finished, whatever the outcome,
// and expires after five minutes.
type Ceremony struct{ ent.Schema }

// Fields of the Ceremony.
func (Ceremony) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().Immutable().Sensitive().NotEmpty().MaxLen(maxToken),
		field.Enum("kind").Values("REGISTRATION", "LOGIN").Immutable(),
		field.JSON("session", webauthn.SessionData{}).Immutable(),
		field.Int("invitation_id").Optional().Nillable().Immutable(),
		field.Int("setup_id").Optional().Nillable().Immutable().
			Comment("The first-run setup link being used, which creates the organization."),
		rule.Chars(field.String("organization_name").Optional().Immutable(), maxName),
		field.Int("leader_id").Optional().Nillable().Immutable(),
		field.Bytes("user_handle").Optional().Immutable().MaxLen(64),
		rule.Chars(field.String("display_name").Optional().Immutable(), maxName),
		rule.Chars(field.String("email").Optional().Immutable(), maxEmail),
		rule.Chars(field.String("passkey_name").Optional().Immutable(), maxShort),
		field.Time("created_at").Default(now).Immutable(),
		field.Time("expires_at"),
	}
}

// Policy of the Ceremony: system records, reached only by the sign-in handlers.
func (Ceremony) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.SystemOnly()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the Ceremony.
func (Ceremony) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
