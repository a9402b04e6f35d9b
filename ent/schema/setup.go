package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// Setup is the first-run setup link of a fresh install: used once, it
// creates the organization and its first admin, named by the person who opens
// it. Until then it creates nothing; `walker bootstrap` voids it.
type Setup struct{ ent.Schema }

// Fields of the Setup.
func (Setup) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().Immutable().Sensitive().NotEmpty().MaxLen(maxToken),
		field.Time("created_at").Default(now).Immutable(),
		field.Time("expires_at"),
		field.Time("used_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

// Policy of the Setup: system records, reached only by the first run, the
// sign-in handlers and the CLI.
func (Setup) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.SystemOnly()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the Setup.
func (Setup) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
