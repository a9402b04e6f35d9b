package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// WebhookState is where a webhook endpoint's delivery stands: the last
// change-log position it received, the retries of the next one, and which
// replica delivers it now (a lease, so that one replica at a time does).
// Only the delivery loop writes it, as the system; it is not in the change
// log (delivering is not a change of the organization's records).
type WebhookState struct{ ent.Schema }

// Fields of the WebhookState.
func (WebhookState) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Int("endpoint_id").Unique().Immutable(),
		field.Int("position").Default(0).Comment("The change-log position last delivered (or skipped: not a type the endpoint wants)."),
		field.Int("attempts").Default(0).Comment("Failed attempts of the change after position."),
		field.Time("next_attempt_at").Optional().Nillable(),
		field.Time("failing_since").Optional().Nillable(),
		field.String("lease_owner").Optional().MaxLen(64),
		field.Time("lease_until").Optional().Nillable(),
	}
}

// Edges of the WebhookState.
func (WebhookState) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("endpoint", WebhookEndpoint.Type).Ref("state").Field("endpoint_id").Unique().Required().Immutable(),
	}
}

// Policy of the WebhookState: the system's alone.
func (WebhookState) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.SystemOnly()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the WebhookState.
func (WebhookState) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
