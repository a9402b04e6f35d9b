package schema

import (
	"crypto/ecdh"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
	// The zone database inside the binary: the time zones people choose are
	// checked and used on hosts (and images) without one.
	_ "time/tzdata"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// The limits of a push subscription's fields (docs/API.md, reminders).
const (
	// MaxPushEndpoint bounds a push service's URL.
	MaxPushEndpoint = 2000
	// maxTimeZone bounds an IANA zone name (the longest is 32 characters).
	maxTimeZone = 64
)

// PushSubscription is one device of a person that gets reminders by Web
// Push: the browser's subscription (the push service's endpoint and the keys
// the payload is encrypted to) and when the person wants to be reminded. Its
// owner alone sees, changes and removes it; the reminder sender (server/push)
// reads it and writes last_sent_slot as the system, and removes it when the
// push service says it is gone. Not in the change log: a device's
// subscription is not a record of the organization, and syncs to no replica.
type PushSubscription struct{ ent.Schema }

// Mixin of the PushSubscription.
func (PushSubscription) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the PushSubscription.
func (PushSubscription) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable(),
		field.String("endpoint").Unique().Immutable().NotEmpty().MaxLen(MaxPushEndpoint).
			Comment("The push service's URL for the device (a capability: never shown to anyone but its owner)."),
		field.String("p256dh").Sensitive().Validate(pushKey("p256dh", 65)).
			Comment("The device's P-256 public key, base64url (65 bytes)."),
		field.String("auth").Sensitive().Validate(pushKey("auth", 16)).
			Comment("The device's authentication secret, base64url (16 bytes)."),
		field.Enum("weekday").Values("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").
			Optional().Nillable().Comment("The day reminders come; null: every day."),
		rule.Between(field.Int("hour"), 0, 23).Comment("The hour (0 to 23) reminders come, in time_zone."),
		field.String("time_zone").NotEmpty().MaxLen(maxTimeZone).Validate(TimeZone).
			Comment("The IANA time zone of weekday and hour, such as Europe/Paris."),
		field.String("last_sent_slot").Optional().MaxLen(32).
			Comment("The last slot (local date and hour) a reminder was sent, or found nothing to say, for: each slot once."),
		field.Time("last_sent_at").Optional().Nillable().
			Comment("When a reminder last went out to the device; null: never."),
	}
}

// Edges of the PushSubscription.
func (PushSubscription) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("leader", Leader.Type).Field("leader_id").Unique().Required().Immutable().
			Comment("The person the device belongs to."),
	}
}

// Indexes of the PushSubscription.
func (PushSubscription) Indexes() []ent.Index {
	return []ent.Index{index.Fields("leader_id")}
}

// Hooks of the PushSubscription: a create is the viewer's own.
func (PushSubscription) Hooks() []ent.Hook { return []ent.Hook{rule.SetViewer("leader_id")} }

// Policy of the PushSubscription: its owner's alone (admins included: a
// device is nobody else's business); no token reaches it (the TenantMixin
// names no scope).
func (PushSubscription) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.FilterOwner("leader_id")},
		Mutation: privacy.MutationPolicy{rule.FilterOwner("leader_id")},
	}
}

// Annotations of the PushSubscription: its GraphQL type is hand-written
// (graph/push.graphql), without the keys.
func (PushSubscription) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}

// pushKey checks a subscription key: unpadded (or padded) base64url of n bytes.
func pushKey(name string, n int) func(string) error {
	return func(s string) error {
		b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
		switch {
		case err != nil:
			return errors.New("must be base64url, as PushSubscription.getKey() gives it")
		case len(b) != n:
			return fmt.Errorf("must be %d bytes once decoded", n)
		}
		if name == "p256dh" {
			if _, err := ecdh.P256().NewPublicKey(b); err != nil {
				return errors.New("must be an uncompressed P-256 point")
			}
		}
		return nil
	}
}

// TimeZone refuses what is not an IANA time zone name (Local and the empty
// name, which mean the server's zone, included).
func TimeZone(s string) error {
	if s == "" || s == "Local" || strings.HasPrefix(s, "/") || strings.Contains(s, "..") {
		return errors.New("must be an IANA time zone such as Europe/Paris")
	}
	if _, err := time.LoadLocation(s); err != nil {
		return errors.New("must be an IANA time zone such as Europe/Paris")
	}
	return nil
}
