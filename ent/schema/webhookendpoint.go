package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// maxURL bounds a webhook endpoint's address.
const maxURL = 2000

// WebhookEndpoint is an address that receives the organization's changes, as
// signed webhook events (Standard Webhooks), in change-log order. Admins, and
// API tokens with webhooks:manage, manage them. Its delivery state (where in
// the log it is, retries, the lease) is its WebhookState, kept apart so that
// delivering is not itself a change.
type WebhookEndpoint struct{ ent.Schema }

// Mixin of the WebhookEndpoint.
func (WebhookEndpoint) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{},
		TenantMixin{Read: viewer.WebhooksManage, Write: viewer.WebhooksManage}}
}

// Fields of the WebhookEndpoint.
func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("url")), maxURL).
			Comment("Where events are sent: an https URL (loopback, private, link-local and metadata addresses are refused, when saved and again at each delivery)."),
		rule.Chars(field.String("description").Optional(), maxShort).
			Comment("What the endpoint is for, for the people who manage it."),
		field.Strings("change_types").Optional().
			Comment("The event types sent, such as customer.created or conversation.* (webhookEventTypes lists them); empty: every change."),
		field.Bool("enabled").Default(true).
			Comment("False: nothing is sent, and changes wait (an endpoint enabled again resumes where it stopped, within the change log's retention)."),
		field.String("disabled_reason").Optional().MaxLen(500).
			Comment("Why Walker disabled the endpoint (failing for 5 days, or 410 Gone); empty when a person did or when enabled."),
		field.String("secret").Sensitive().NotEmpty().MaxLen(maxToken).Annotations(entgql.Skip()),
		field.String("previous_secret").Sensitive().Optional().MaxLen(maxToken).Annotations(entgql.Skip()),
		field.Time("previous_secret_expires_at").Optional().Nillable().
			Comment("Until then, events are signed with the secret before the last rotation too."),
	}
}

// Edges of the WebhookEndpoint.
func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("Every attempt to deliver an event to the endpoint, kept for the change log's retention (30 days by default)."),
		edge.To("state", WebhookState.Type).Unique().Annotations(entgql.Skip()),
	}
}

// Policy of the WebhookEndpoint: admins, and tokens with webhooks:manage.
func (WebhookEndpoint) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AdminsAndTokens()},
		Mutation: privacy.MutationPolicy{rule.AdminsAndTokens()},
	}
}

// Annotations of the WebhookEndpoint.
func (WebhookEndpoint) Annotations() []schema.Annotation {
	return append(served("webhookEndpoints", "Admins and tokens with webhooks:manage: the organization's webhook endpoints."),
		schema.Comment("An address that receives the organization's changes as signed Standard Webhooks events, in change-log order, "+
			"retried until delivered. Managed by admins and by API tokens with webhooks:manage; the signing secret is shown only "+
			"by createWebhookEndpoint and rotateWebhookSecret."))
}
