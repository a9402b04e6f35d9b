package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"walker/ent/schema/rule"
)

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
		field.Enum("scope").Values("READ", "READ_WRITE", "CUSTOM").Immutable().
			Comment("READ or READ_WRITE when the scopes are exactly one of those shorthands, CUSTOM otherwise."),
		// Not immutable only so that start-up can fill it in for the tokens
		// made before it existed (store.fillTokenScopes); nothing else sets it
		// after the create.
		field.Strings("scopes").Optional().
			Comment("What the token may do, such as customers:read (the tokenScopes query lists them all); write scopes include their read scope."),
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
