package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Organization is the tenant: nothing of one organization is visible to another.
type Organization struct{ ent.Schema }

// Mixin of the Organization.
func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, VersionMixin{}} }

// Fields of the Organization.
func (Organization) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("name")), maxName).
			Annotations(entgql.OrderField("NAME")),
	}
}

// Annotations of the Organization.
func (Organization) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Mutations(entgql.MutationUpdate())}
}

// Policy of the Organization: people see and (admins) rename their own;
// organizations are created only by the bootstrap.
func (Organization) Policy() ent.Policy {
	scopes := rule.TokenScopes(viewer.OrganizationRead, "")
	return privacy.Policy{
		Query: privacy.QueryPolicy{scopes, rule.FilterOwnOrganization()},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(),
			scopes,
			privacy.OnMutationOperation(rule.SystemOnly(), ent.OpCreate),
			rule.AdminOnlyChanges(writeOps),
			rule.FilterOwnOrganization(),
		},
	}
}

// Hooks of the Organization.
func (Organization) Hooks() []ent.Hook { return []ent.Hook{rule.Normalize()} }
