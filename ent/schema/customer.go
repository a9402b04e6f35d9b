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

// Customer is one of the organization's customers: who we mean when we say
// "the customer".
type Customer struct{ ent.Schema }

// Mixin of the Customer.
func (Customer) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.CustomersRead, Write: viewer.CustomersWrite}, ClientIDMixin{}}
}

// Fields of the Customer.
func (Customer) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("name")), maxName).
			Annotations(entgql.OrderField("NAME")),
		rule.Chars(field.String("company").Optional().Nillable(), maxName).
			Comment("The company or account the customer belongs to.").
			Annotations(entgql.OrderField("COMPANY")),
		rule.Chars(field.String("segment").Optional().Nillable(), maxShort).
			Annotations(entgql.OrderField("SEGMENT")),
		rule.Chars(field.String("persona").Optional().Nillable(), maxShort),
		rule.Chars(field.String("external_id").Optional().Nillable().NotEmpty(), maxShort).
			Comment("The customer's id in the system named by source (a CRM's account id); unique per organization and source. upsertCustomer finds customers by it."),
		rule.Chars(field.String("source").Optional().Nillable().NotEmpty(), maxShort).
			Comment("The system that externalID belongs to, such as salesforce or hubspot."),
		field.Int("created_by_id").Optional().Immutable().Annotations(entgql.Skip()),
		field.Int("merged_into_id").Optional().Nillable().
			Comment("The customer this one was merged into (mergeCustomers); it is deleted.").
			Annotations(entgql.Skip()),
		field.Time("erased_at").Optional().Nillable().
			Comment("When the customer was erased (eraseCustomer): their personal fields are gone for good.").
			Annotations(entgql.Skip()),
	}
}

// Edges of the Customer.
func (Customer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("conversations", Conversation.Type).Ref("customers").
			Annotations(entgql.RelayConnection(), skipInputs),
		edge.From("nominations", Nomination.Type).Ref("customer").Annotations(entgql.Skip()),
		edge.To("created_by", Leader.Type).Field("created_by_id").Unique().Immutable().
			Annotations(skipInputs),
	}
}

// Indexes of the Customer.
func (Customer) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "name"),
		index.Fields("organization_id", "source", "external_id").Unique(),
	}
}

// Annotations of the Customer.
func (Customer) Annotations() []schema.Annotation {
	return served("customers", entgql.MutationCreate(), entgql.MutationUpdate())
}

// Policy of the Customer: anyone adds customers; their creator or an admin edits them.
func (Customer) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("created_by_id", true)}}
}

// Hooks of the Customer.
func (Customer) Hooks() []ent.Hook { return []ent.Hook{rule.SetViewer("created_by_id")} }
