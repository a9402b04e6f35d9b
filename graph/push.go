package graph

import (
	"context"

	"walker/ent"
	"walker/ent/pushsubscription"
	"walker/ent/schema/rule"
	"walker/graph/model"
)

// Reminders is what the reminder mutations need of the sender (server/push
// implements it: the GraphQL layer sends nothing and never sees the
// private key).
type Reminders interface {
	// PublicKey is the VAPID public key devices subscribe with.
	PublicKey(ctx context.Context) (string, error)
	// CheckEndpoint refuses, with a *rule.InputError, what is not a push
	// service's URL.
	CheckEndpoint(endpoint string) error
}

// MaxReminderDevices is how many devices of one person get reminders.
const MaxReminderDevices = 10

// UseReminders gives the resolvers the reminder sender.
func (r *Resolver) UseReminders(rem Reminders) { r.reminders = rem }

// remindersOf is the viewer's reminder settings.
func (r *Resolver) remindersOf(ctx context.Context) (*model.Reminders, error) {
	key, err := r.reminders.PublicKey(ctx)
	if err != nil {
		return nil, err
	}
	devices, err := r.client.PushSubscription.Query().Order(ent.Asc(pushsubscription.FieldCreatedAt), ent.Asc(pushsubscription.FieldID)).
		Limit(MaxReminderDevices + 1).All(ctx)
	if err != nil {
		return nil, err
	}
	return &model.Reminders{PublicKey: key, MaxDevices: MaxReminderDevices, Devices: devices}, nil
}

// subscribe stores the viewer's device, or changes its settings when the
// viewer has it already; the privacy rules keep every read and write to the
// viewer's own devices.
func (r *Resolver) subscribe(ctx context.Context, in model.SubscribeToRemindersInput) (*ent.PushSubscription, error) {
	if err := r.reminders.CheckEndpoint(in.Endpoint); err != nil {
		return nil, err
	}
	return inTx(ctx, r.client, func(tx *ent.Tx) (*ent.PushSubscription, error) {
		mine, err := tx.PushSubscription.Query().Where(pushsubscription.Endpoint(in.Endpoint)).Only(ctx)
		switch {
		case err == nil:
			u := mine.Update().SetP256dh(in.P256dh).SetAuth(in.Auth).SetHour(in.Hour).SetTimeZone(in.TimeZone)
			if in.Weekday == nil {
				u.ClearWeekday() // every day
			} else {
				u.SetWeekday(*in.Weekday)
			}
			return u.Save(ctx)
		case !ent.IsNotFound(err):
			return nil, err
		}
		n, err := tx.PushSubscription.Query().Count(ctx)
		if err != nil {
			return nil, err
		}
		if n >= MaxReminderDevices {
			return nil, &rule.ConflictError{Message: "at most 10 devices get reminders: turn them off on a device you no longer use first"}
		}
		created, err := tx.PushSubscription.Create().SetEndpoint(in.Endpoint).SetP256dh(in.P256dh).SetAuth(in.Auth).
			SetNillableWeekday(in.Weekday).SetHour(in.Hour).SetTimeZone(in.TimeZone).Save(ctx)
		if ent.IsConstraintError(err) {
			return nil, &rule.ConflictError{Message: "this push subscription is another person's: subscribe the device anew"}
		}
		return created, err
	})
}

// unsubscribe removes the viewer's device with endpoint.
func (r *Resolver) unsubscribe(ctx context.Context, endpoint string) (bool, error) {
	n, err := r.client.PushSubscription.Delete().Where(pushsubscription.Endpoint(endpoint)).Exec(ctx)
	return n > 0, err
}
