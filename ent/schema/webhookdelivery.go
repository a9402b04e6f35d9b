package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"walker/ent/privacy"
	"walker/ent/schema/gqldoc"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// WebhookDelivery is one attempt to deliver one event to one endpoint: what
// was sent (the event) and what came back. Written only by the delivery loop
// and the redeliver and test mutations; kept for the change log's retention.
type WebhookDelivery struct{ ent.Schema }

// Mixin of the WebhookDelivery.
func (WebhookDelivery) Mixin() []ent.Mixin {
	return []ent.Mixin{TenantMixin{Read: viewer.WebhooksManage, Write: viewer.WebhooksManage}}
}

// Fields of the WebhookDelivery.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("endpoint_id").Immutable().Comment("The id of the endpoint the event was sent to (endpoint)."),
		field.String("event_id").NotEmpty().MaxLen(64).Immutable().
			Comment("The event's webhook-id header: the same for every attempt of one event, so that a receiver can drop duplicates."),
		field.String("event_type").NotEmpty().MaxLen(64).Immutable().
			Comment("Such as customer.created, or webhook.test."),
		field.Int("change_position").Optional().Nillable().Immutable().Annotations(entgql.Skip()).
			Comment("The change-log position of the change delivered; none for a test event."),
		field.Enum("kind").Values("EVENT", "REDELIVERY", "TEST").Immutable().
			Comment("Why the event was sent.").
			Annotations(gqldoc.Values{
				"EVENT":      "A change of the change log, delivered in order (a first attempt or a retry).",
				"REDELIVERY": "A past delivery's event sent again by redeliverWebhook, outside the order.",
				"TEST":       "A webhook.test event sent by sendTestWebhook.",
			}),
		field.Int("attempt").Default(1).Immutable().Comment("1 for the first attempt of an event, 2 for its first retry, and so on."),
		field.Enum("status").Values("PENDING", "SUCCEEDED", "FAILED").Default("PENDING").
			Comment("How the attempt went.").
			Annotations(gqldoc.Values{
				"PENDING":   "Asked for (a test or a redelivery) and not sent yet; sent within a second.",
				"SUCCEEDED": "The endpoint answered 2xx.",
				"FAILED":    "Any other answer, or none (see responseStatus and error).",
			}),
		field.Int("response_status").Optional().Nillable().Comment("The HTTP status the endpoint answered."),
		field.String("response_excerpt").Optional().MaxLen(1024).
			Comment("The start of the endpoint's answer (at most 1 KiB; Walker reads at most 4 KiB of it)."),
		field.String("error").Optional().MaxLen(500).
			Comment("Why the attempt failed without an answer: a timeout, a refused address, a redirect, TLS…"),
		field.Int("duration_ms").Optional().Nillable().Comment("From sending to the answer, in milliseconds."),
		field.Time("created_at").Default(now).Immutable().Annotations(entgql.OrderField("CREATED_AT")).
			Comment("When the delivery was recorded (for an event, after its attempt)."),
		field.Time("sent_at").Optional().Nillable().Comment("When the attempt was made."),
	}
}

// Edges of the WebhookDelivery.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("endpoint", WebhookEndpoint.Type).Ref("deliveries").Field("endpoint_id").
			Unique().Required().Immutable().Annotations(skipInputs).
			Comment("The endpoint the event was sent to."),
	}
}

// Indexes of the WebhookDelivery: an endpoint's deliveries, newest first;
// the pending ones.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("endpoint_id", "id"),
		index.Fields("status"),
		index.Fields("created_at"),
	}
}

// Policy of the WebhookDelivery: read by admins and tokens with
// webhooks:manage; written by the delivery loop and the mutations that ask
// for one (as the system).
func (WebhookDelivery) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AdminsAndTokens()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the WebhookDelivery.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.MultiOrder(),
		schema.Comment("One attempt to deliver one event to one webhook endpoint: what was sent and what came back. " +
			"Read by admins and tokens with webhooks:manage; written only by Walker.")}
}
