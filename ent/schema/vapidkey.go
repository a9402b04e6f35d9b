package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// VapidKey is the one key pair Walker signs its Web Push requests with
// (VAPID, RFC 8292), generated once by the first replica that needs it and
// kept, so that every replica signs alike and the subscriptions made with its
// public key stay valid. The row also holds the lease of the replica sending
// the reminders now (server/push). Only that package reads or writes it, as
// the system; the private key is never served.
type VapidKey struct{ ent.Schema }

// Fields of the VapidKey.
func (VapidKey) Fields() []ent.Field {
	return []ent.Field{
		// One row: a second replica generating at the same time fails on
		// this unique value and reads the winner's key instead.
		field.String("name").Unique().Immutable().NotEmpty().MaxLen(32),
		field.String("public_key").Immutable().NotEmpty().MaxLen(128).
			Comment("The uncompressed P-256 point, base64url: the applicationServerKey browsers subscribe with."),
		field.String("private_key").Immutable().NotEmpty().MaxLen(128).Sensitive(),
		field.Time("created_at").Default(now).Immutable(),
		field.String("lease_owner").Optional().MaxLen(64).
			Comment("The replica sending reminders now; empty: none."),
		field.Time("lease_until").Optional().Nillable().
			Comment("Until when lease_owner holds the sending, unless it renews."),
	}
}

// Policy of the VapidKey: the system's alone.
func (VapidKey) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.SystemOnly()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the VapidKey.
func (VapidKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
