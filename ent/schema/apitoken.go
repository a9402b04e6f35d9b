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

// APIToken is an integrator's token: shown once, stored hashed, scoped,
// expiring unless asked otherwise, revocable.
type APIToken struct{ ent.Schema }

// Mixin of the APIToken.
func (APIToken) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the APIToken.
func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("name")), maxShort).Annotations(entgql.OrderField("NAME")).
			Comment("What the token is for, such as \"warehouse nightly\"."),
		field.String("prefix").NotEmpty().Immutable().MaxLen(32).
			Comment("The first characters of the token, to recognise it in lists."),
		field.String("token_hash").Unique().Immutable().Sensitive().NotEmpty().MaxLen(maxToken).
			Annotations(entgql.Skip()),
		field.Enum("scope").Values("READ", "READ_WRITE", "CUSTOM").Immutable().
			Comment("READ or READ_WRITE when the scopes are exactly one of those shorthands, CUSTOM otherwise.").
			Annotations(gqldoc.Values{
				"READ":       "The token's scopes are exactly every read scope.",
				"READ_WRITE": "The token's scopes are exactly every read and write scope (conversations:import is not one of them).",
				"CUSTOM":     "Any other choice of scopes: see scopes.",
			}),
		// Not immutable only so that start-up can fill it in for the tokens
		// made before it existed (store.fillTokenScopes); nothing else sets it
		// after the create.
		field.Strings("scopes").Optional().
			Comment("What the token may do, such as customers:read (the tokenScopes query lists them all); write scopes include their read scope."),
		field.Time("expires_at").Optional().Nillable().Immutable().
			Comment("When the token stops working; null: never.").
			Annotations(entgql.OrderField("EXPIRES_AT")),
		field.Time("revoked_at").Optional().Nillable().
			Comment("When it was revoked (revokeAPIToken, walker token revoke); null while in force."),
		field.Time("last_used_at").Optional().Nillable().
			Comment("When the token was last used, updated at most once a minute; null if never."),
		field.Int("created_by_id").Immutable().
			Comment("The id of the admin who created the token (createdBy)."),
	}
}

// Edges of the APIToken.
func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("created_by", Leader.Type).Field("created_by_id").Unique().Required().Immutable().
			Comment("The admin who created the token. The token acts on their behalf, as a LEADER; it stops working when they are deactivated."),
	}
}

// Policy of the APIToken: admins only.
func (APIToken) Policy() ent.Policy { return adminsOnly() }

// Hooks of the APIToken.
func (APIToken) Hooks() []ent.Hook { return []ent.Hook{rule.SetViewer("created_by_id")} }

// Annotations of the APIToken.
func (APIToken) Annotations() []schema.Annotation {
	return append(served("apiTokens", "Admins: the organization's integrator tokens, revoked and expired ones included (where: {revokedAtIsNil: true} lists those in force)."),
		schema.Comment("An integrator's token: shown once when created (createAPIToken), stored only as a hash, limited to its "+
			"scopes, expiring unless made without expiry, revocable. Admins only, signed in as people."))
}
