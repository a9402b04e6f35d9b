package schema

import (
	"encoding/json"

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

// Change is one entry of the change log: a record of the organization was
// created, updated (links included) or deleted. The log is written by one
// hook (server/store/changelog) in the transaction of the change itself, and
// read in position order (its id): in an organization, a position is never
// handed out before the changes below it are committed. Kept for the
// retention (30 days by default), then pruned. It keeps the record as it was
// after the change (its fields under their ent names, sensitive ones left
// out), for the webhook events made from it; erasing a customer scrubs it.
type Change struct{ ent.Schema }

// Fields of the Change.
func (Change) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Enum("entity").Values("CUSTOMER", "CONVERSATION", "FOLLOW_UP", "DECISION", "NOMINATION",
			"ENDORSEMENT", "FEEDBACK_REVIEW", "COMMITMENT", "LEADER", "ORGANIZATION", "WEBHOOK_ENDPOINT", "EXPORT_JOB",
			"PLAN", "MANDATE").Immutable(),
		field.Int("record_id").Immutable().Comment("The record's global id."),
		field.Enum("operation").Values("CREATED", "UPDATED", "DELETED").Immutable(),
		field.Int("version").Immutable().Comment("The record's version after the change."),
		field.Int("actor_leader_id").Optional().Nillable().Immutable().
			Comment("The person who made the change (for an API token, its creator)."),
		field.Int("actor_token_id").Optional().Nillable().Immutable().
			Comment("The integrator token the change was made with."),
		field.String("actor_job").Optional().Immutable().MaxLen(64).
			Comment("The system job that made the change, when no person did (a command, a migration)."),
		field.Time("at").Default(now).Immutable(),
		field.JSON("record", json.RawMessage{}).Optional().Annotations(entgql.Skip()).
			Comment("The record after the change (before it, for a delete), as ent encodes it."),
	}
}

// Indexes of the Change: read by organization in position order; pruned by age.
func (Change) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "id"),
		index.Fields("at"),
	}
}

// Policy of the Change: read within the viewer's organization; written only
// by the change log (a system job).
func (Change) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.TokenScopes(viewer.ChangesRead, ""), rule.FilterTenant()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the Change: served by graph's own types (changes, changesCursor).
func (Change) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}

// Erasure records that an admin erased a customer (the right to erasure):
// who, whom (the customer's id, never their personal data), when.
type Erasure struct{ ent.Schema }

// Mixin of the Erasure.
func (Erasure) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

// Fields of the Erasure.
func (Erasure) Fields() []ent.Field {
	return []ent.Field{
		field.Int("customer_id").Immutable().Comment("The customer erased (their record keeps no personal data)."),
		field.Int("erased_by_id").Immutable().Annotations(entgql.Skip(entgql.SkipMutationCreateInput)).
			Comment("The id of the admin who erased the customer (erasedBy)."),
		field.Time("at").Default(now).Immutable().Annotations(entgql.OrderField("AT")).
			Comment("When the customer was erased."),
	}
}

// Edges of the Erasure.
func (Erasure) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("customer", Customer.Type).Field("customer_id").Unique().Required().Immutable().
			Comment("The customer erased: Customer.erased is true, the personal fields are empty."),
		edge.To("erased_by", Leader.Type).Field("erased_by_id").Unique().Required().Immutable().
			Comment("The admin who erased the customer."),
	}
}

// Policy of the Erasure: admins only.
func (Erasure) Policy() ent.Policy { return adminsOnly() }

// Hooks of the Erasure.
func (Erasure) Hooks() []ent.Hook { return []ent.Hook{rule.SetViewer("erased_by_id")} }

// Annotations of the Erasure: admins list them (erasures).
func (Erasure) Annotations() []schema.Annotation {
	return append(served("erasures", "Admins: the customers erased (eraseCustomer), who erased them and when."),
		schema.Comment("The record that an admin erased a customer (the right to erasure): who, whom and when, never the "+
			"customer's personal data. Admins only, signed in as people."))
}

// ChangeHorizon is how far the change log of an organization was pruned: a
// reader whose cursor lies below it missed changes and must resynchronise.
type ChangeHorizon struct{ ent.Schema }

// Fields of the ChangeHorizon.
func (ChangeHorizon) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Unique().Immutable(),
		field.Int("pruned_through").Default(0).Comment("The greatest position pruned."),
	}
}

// Policy of the ChangeHorizon: read within the viewer's organization; written
// only by the pruning.
func (ChangeHorizon) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.TokenScopes(viewer.ChangesRead, ""), rule.FilterTenant()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the ChangeHorizon.
func (ChangeHorizon) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
