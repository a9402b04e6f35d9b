package graph

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"time"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/predicate"
	"walker/ent/schema/rule"
	"walker/ent/webhookdelivery"
	"walker/ent/webhookstate"
	"walker/graph/model"
)

// Webhooks is what the webhook mutations need of the delivery side
// (server/webhooks implements it: the GraphQL layer does not send anything).
type Webhooks interface {
	// CheckURL refuses, with a *rule.InputError, an address events may not
	// be sent to.
	CheckURL(ctx context.Context, url string) error
	// Wake asks for pending deliveries to be made now.
	Wake()
}

// UseWebhooks gives the resolvers the delivery side.
func (r *Resolver) UseWebhooks(w Webhooks) { r.webhooks = w }

// The limits of webhook endpoints.
const (
	// MaxChangeTypes is how many event types an endpoint may ask for.
	MaxChangeTypes = 50
	// MaxSecretOverlap is the longest a rotated secret keeps signing.
	MaxSecretOverlap = 168 * time.Hour
	// TestEventType is the type of the event sendTestWebhook sends.
	TestEventType = "webhook.test"
)

// operations are the change operations, as event type suffixes.
var operations = []change.Operation{change.OperationCREATED, change.OperationUPDATED, change.OperationDELETED}

// EventType is the webhook event type of a change: customer.created,
// follow_up.deleted, webhook_endpoint.updated…
func EventType(e change.Entity, op change.Operation) string {
	return strings.ToLower(string(e)) + "." + strings.ToLower(string(op))
}

// WantsEvent reports whether an endpoint asking for types (none: all) wants
// an event of type t.
func WantsEvent(types []string, t string) bool {
	if len(types) == 0 {
		return true
	}
	entity, _, _ := strings.Cut(t, ".")
	return slices.Contains(types, t) || slices.Contains(types, entity+".*")
}

// eventTypes lists the event types, each entity's wildcard first.
func eventTypes() []*model.WebhookEventType {
	var out []*model.WebhookEventType
	for _, m := range model.AllChangeEntity {
		e := change.Entity(m)
		name := strings.ToLower(string(e))
		words := strings.ReplaceAll(name, "_", " ")
		out = append(out, &model.WebhookEventType{Name: name + ".*", Description: "Every change of a " + words + "."})
		for _, op := range operations {
			out = append(out, &model.WebhookEventType{Name: EventType(e, op),
				Description: "A " + words + " was " + strings.ToLower(string(op)) + "; the event carries it as it was then."})
		}
	}
	return out
}

// checkChangeTypes refuses unknown event types, duplicates and too many.
func checkChangeTypes(types []string) error {
	if len(types) > MaxChangeTypes {
		return rule.Invalid("changeTypes", "at most %d event types", MaxChangeTypes)
	}
	known := map[string]bool{}
	for _, t := range eventTypes() {
		known[t.Name] = true
	}
	for i, t := range types {
		if !known[t] {
			return rule.Invalid("changeTypes", "%q is not an event type (webhookEventTypes lists them)", t)
		}
		if slices.Contains(types[:i], t) {
			return rule.Invalid("changeTypes", "%q is given twice", t)
		}
	}
	return nil
}

// newWebhookSecret returns a Standard Webhooks secret: whsec_ and 24 random
// bytes in base64.
func newWebhookSecret() string {
	b := make([]byte, 24)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return "whsec_" + base64.StdEncoding.EncodeToString(b)
}

func (r *Resolver) checkWebhookURL(ctx context.Context, url string) error {
	if r.webhooks == nil {
		return fmt.Errorf("webhooks are not set up on this server")
	}
	return r.webhooks.CheckURL(ctx, url)
}

// createWebhookEndpoint adds an endpoint that receives the changes made from
// now on: its state starts at the log's current position.
func (r *Resolver) createWebhookEndpoint(ctx context.Context, in model.CreateWebhookEndpointInput) (*model.WebhookSecretPayload, error) {
	if err := r.checkWebhookURL(ctx, in.URL); err != nil {
		return nil, err
	}
	if err := checkChangeTypes(in.ChangeTypes); err != nil {
		return nil, err
	}
	position, err := r.logPosition(ctx)
	if err != nil {
		return nil, err
	}
	secret := newWebhookSecret()
	e, err := inTx(ctx, r.client, func(tx *ent.Tx) (*ent.WebhookEndpoint, error) {
		c := tx.WebhookEndpoint.Create().SetURL(in.URL).SetNillableDescription(in.Description).
			SetChangeTypes(in.ChangeTypes).SetSecret(secret)
		if in.Enabled != nil {
			c.SetEnabled(*in.Enabled)
		}
		e, err := c.Save(ctx)
		if err != nil {
			return nil, err
		}
		return e, tx.WebhookState.Create().SetOrganizationID(e.OrganizationID).SetEndpointID(e.ID).
			SetPosition(position).Exec(rule.System(ctx, rule.JobWebhooks))
	})
	if err != nil {
		return nil, err
	}
	return &model.WebhookSecretPayload{Endpoint: e.Unwrap(), Secret: secret}, nil
}

// logPosition is the change log's last position in the viewer's
// organization (read as the system: managing webhooks does not need
// changes:read).
func (r *Resolver) logPosition(ctx context.Context) (int, error) {
	v := mustViewer(ctx)
	last, err := r.client.Change.Query().Where(change.OrganizationID(v.OrganizationID)).
		Order(ent.Desc(change.FieldID)).First(rule.System(ctx, rule.JobWebhooks))
	switch {
	case ent.IsNotFound(err):
		return 0, nil
	case err != nil:
		return 0, err
	}
	return last.ID, nil
}

// updateWebhookEndpoint changes an endpoint; enabling it again clears what
// Walker said when it disabled it, and the failures counted.
func (r *Resolver) updateWebhookEndpoint(ctx context.Context, id int, in model.UpdateWebhookEndpointInput, expected *int) (*ent.WebhookEndpoint, error) {
	u := r.client.WebhookEndpoint.UpdateOneID(id).Where(atVersion[predicate.WebhookEndpoint](expected)...)
	if in.URL != nil {
		if err := r.checkWebhookURL(ctx, *in.URL); err != nil {
			return nil, err
		}
		u.SetURL(*in.URL)
	}
	if in.Description != nil {
		if *in.Description == "" {
			u.ClearDescription()
		} else {
			u.SetDescription(*in.Description)
		}
	}
	if in.ChangeTypes != nil {
		if err := checkChangeTypes(in.ChangeTypes); err != nil {
			return nil, err
		}
		u.SetChangeTypes(in.ChangeTypes)
	}
	if in.Enabled != nil {
		u.SetEnabled(*in.Enabled)
		if *in.Enabled {
			u.ClearDisabledReason()
		}
	}
	e, err := u.Save(ctx)
	if err != nil {
		return nil, r.stale(ctx, err, id, expected)
	}
	if in.Enabled != nil && *in.Enabled {
		err := r.client.WebhookState.Update().Where(webhookstate.EndpointID(id)).SetAttempts(0).
			ClearFailingSince().ClearNextAttemptAt().Exec(rule.System(ctx, rule.JobWebhooks))
		if err != nil {
			return nil, err
		}
		r.wake()
	}
	return e, nil
}

// rotateWebhookSecret gives an endpoint a new secret; the one before keeps
// signing for overlap.
func (r *Resolver) rotateWebhookSecret(ctx context.Context, id int, overlapHours *int) (*model.WebhookSecretPayload, error) {
	overlap := 24 * time.Hour
	if overlapHours != nil {
		overlap = time.Duration(*overlapHours) * time.Hour
	}
	if overlap < 0 || overlap > MaxSecretOverlap {
		return nil, rule.Invalid("overlapHours", "must be between 0 and %d", int(MaxSecretOverlap.Hours()))
	}
	e, err := r.client.WebhookEndpoint.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	secret := newWebhookSecret()
	u := e.Update().SetSecret(secret)
	if overlap > 0 {
		u.SetPreviousSecret(e.Secret).SetPreviousSecretExpiresAt(r.now().UTC().Add(overlap))
	} else {
		u.ClearPreviousSecret().ClearPreviousSecretExpiresAt()
	}
	if e, err = u.Save(ctx); err != nil {
		return nil, err
	}
	return &model.WebhookSecretPayload{Endpoint: e, Secret: secret}, nil
}

// sendTestWebhook queues a test event for the endpoint.
func (r *Resolver) sendTestWebhook(ctx context.Context, endpointID int) (*ent.WebhookDelivery, error) {
	e, err := r.client.WebhookEndpoint.Get(ctx, endpointID) // the viewer's, and may they manage it
	if err != nil {
		return nil, err
	}
	id := make([]byte, 12)
	_, _ = rand.Read(id)
	return r.queueDelivery(ctx, r.client.WebhookDelivery.Create().SetOrganizationID(e.OrganizationID).SetEndpointID(e.ID).
		SetEventID("msg_test_"+base64.RawURLEncoding.EncodeToString(id)).SetEventType(TestEventType).
		SetKind(webhookdelivery.KindTEST))
}

// redeliverWebhook queues the event of a past delivery again.
func (r *Resolver) redeliverWebhook(ctx context.Context, deliveryID int) (*ent.WebhookDelivery, error) {
	d, err := r.client.WebhookDelivery.Get(ctx, deliveryID)
	if err != nil {
		return nil, err
	}
	if _, err := r.client.WebhookEndpoint.Get(ctx, d.EndpointID); err != nil {
		return nil, err // deleted meanwhile
	}
	if d.ChangePosition != nil {
		if err := r.beyondHorizon(ctx, *d.ChangePosition-1); err != nil {
			return nil, &rule.ConflictError{Message: "this event's change is older than the change log keeps: it cannot be sent again"}
		}
	}
	return r.queueDelivery(ctx, r.client.WebhookDelivery.Create().SetOrganizationID(d.OrganizationID).SetEndpointID(d.EndpointID).
		SetEventID(d.EventID).SetEventType(d.EventType).SetNillableChangePosition(d.ChangePosition).
		SetKind(webhookdelivery.KindREDELIVERY))
}

// queueDelivery stores a pending delivery (as the system: only Walker writes
// deliveries) and wakes the delivery loop.
func (r *Resolver) queueDelivery(ctx context.Context, c *ent.WebhookDeliveryCreate) (*ent.WebhookDelivery, error) {
	d, err := c.Save(rule.System(ctx, rule.JobWebhooks))
	if err != nil {
		return nil, err
	}
	r.wake()
	return d, nil
}

func (r *Resolver) wake() {
	if r.webhooks != nil {
		r.webhooks.Wake()
	}
}

// webhookDeliveryState reads where an endpoint's delivery stands.
func (r *Resolver) webhookDeliveryState(ctx context.Context, e *ent.WebhookEndpoint) (*model.WebhookDeliveryState, error) {
	s, err := r.client.WebhookState.Query().Where(webhookstate.EndpointID(e.ID)).Only(rule.System(ctx, rule.JobWebhooks))
	if err != nil {
		return nil, err
	}
	return &model.WebhookDeliveryState{Position: changeCursor(s.Position), Attempts: s.Attempts,
		NextAttemptAt: s.NextAttemptAt, FailingSince: s.FailingSince}, nil
}

// Typename is the GraphQL type of an entity of the change log: FOLLOW_UP is
// FollowUp.
func Typename(e change.Entity) string {
	var b strings.Builder
	for _, w := range strings.Split(strings.ToLower(string(e)), "_") {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}
