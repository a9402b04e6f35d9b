package push_test

import (
	"context"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"walker/ent/leader"
	"walker/ent/pushsubscription"
	"walker/server"
	"walker/server/push"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// allowLoopback lets devices subscribe with the test push service's
// http://127.0.0.1 endpoints.
func allowLoopback(c *server.Config) { c.PushAllowLoopback = true }

// paris is the time zone of the devices of these tests.
var paris = func() *time.Location {
	l, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic(err)
	}
	return l
}()

// friday10 is Friday 23 October 2026, 10:15 in Paris (08:15 UTC): 8 days
// and 16 hours before the month ends, "9 days left".
var friday10 = time.Date(2026, 10, 23, 10, 15, 0, 0, paris)

const subscribe = `mutation($in: SubscribeToRemindersInput!) {
	subscribeToReminders(input: $in) { id endpoint weekday hour timeZone createdAt lastSentAt } }`

const devicesQuery = `{ reminders { publicKey maxDevices devices { id endpoint weekday hour timeZone lastSentAt } } }`

type devicesOut struct {
	Reminders struct {
		PublicKey  string
		MaxDevices int
		Devices    []struct {
			ID, Endpoint, TimeZone string
			Weekday                *string
			Hour                   int
			LastSentAt             *string
		}
	}
}

func devices(t testing.TB, h *servertest.Harness, token string) devicesOut {
	t.Helper()
	var out devicesOut
	h.As(t).OK(token, devicesQuery, nil, &out)
	return out
}

// subscribeDevice subscribes a new device of the push service for token,
// on weekday (nil: every day) at hour in Paris, and returns its endpoint.
func subscribeDevice(t testing.TB, h *servertest.Harness, ps *pushService, token string, weekday any, hour int) string {
	t.Helper()
	endpoint, p256dh, auth := ps.subscribe()
	h.As(t).OK(token, subscribe, map[string]any{"in": map[string]any{
		"endpoint": endpoint, "p256dh": p256dh, "auth": auth, "weekday": weekday, "hour": hour, "timeZone": "Europe/Paris",
	}}, nil)
	return endpoint
}

// round runs one round of s at now.
func round(t testing.TB, s *push.Sender, now time.Time) push.Report {
	t.Helper()
	s.SetClock(func() time.Time { return now })
	r, err := s.Round(context.Background())
	if err != nil {
		t.Fatalf("round at %s: %v", now, err)
	}
	return r
}

// behind gives Leo a commitment to meet 5 customers a month, 2 met so far
// in October 2026, and a follow-up due on Saturday 24 October.
func behind(t testing.TB, h *servertest.Harness) {
	t.Helper()
	h.OK(h.LeoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 5}) { id } }`, nil, nil)
	grace, bo := h.Customer(h.LeoJWT, "Grace"), h.Customer(h.LeoJWT, "Bo")
	h.Conversation(h.LeoJWT, time.Date(2026, 10, 5, 9, 0, 0, 0, time.UTC), grace)
	conv := h.Conversation(h.LeoJWT, time.Date(2026, 10, 12, 9, 0, 0, 0, time.UTC), bo)
	h.OK(h.LeoJWT, `mutation($c: ID!) { createFollowUp(input: {action: "Send Bo the import checklist", ownerID: "`+servertest.ID(h.Leo.ID)+`",
		conversationID: $c, dueOn: "2026-10-24T12:00:00Z"}) { id } }`, map[string]any{"c": conv}, nil)
}

// TestReminderDelivered: at the hour Leo chose, his device gets one
// notification, encrypted to it and signed with Walker's VAPID key, saying
// how his commitment stands and what is due tomorrow; a click opens his
// commitments. The next rounds in the same hour send nothing more.
func TestReminderDelivered(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	ps := newPushService(t)
	behind(t, h)
	endpoint := subscribeDevice(t, h, ps, h.LeoJWT, "FRIDAY", 10)
	key := devices(t, h, h.LeoJWT).Reminders.PublicKey
	if len(key) != 87 { // 65 bytes, base64url
		t.Fatalf("public key %q", key)
	}
	ps.set(func() { ps.vapidKey = key })
	s := h.Server.Push()

	r := round(t, s, friday10)
	if r.Due != 1 || r.Sent != 1 {
		t.Fatalf("report %+v, want one sent", r)
	}
	got := ps.deliveries()
	if len(got) != 1 || got[0].Path != strings.TrimPrefix(endpoint, ps.srv.URL) {
		t.Fatalf("deliveries %+v", got)
	}
	want := push.Notification{Title: "Walker: 2 reminders", URL: "/#/commitments", Tag: "walker-reminder",
		Body: "2 of 5 customers met, 9 days left\nDue tomorrow: Send Bo the import checklist"}
	if got[0].Notification != want {
		t.Fatalf("notification\n got %+v\nwant %+v", got[0].Notification, want)
	}
	if got[0].TTL != "21600" || got[0].Topic != "reminders" {
		t.Errorf("TTL %q, Topic %q", got[0].TTL, got[0].Topic)
	}
	d := devices(t, h, h.LeoJWT).Reminders.Devices
	if len(d) != 1 || d[0].LastSentAt == nil || *d[0].LastSentAt != servertest.Time(friday10) {
		t.Fatalf("devices after the round: %+v", d)
	}

	// Each reminder once: later rounds of the same hour, and a new sender
	// (a replica restarted), send nothing.
	for _, at := range []time.Time{friday10.Add(time.Minute), friday10.Add(40 * time.Minute)} {
		if r := round(t, s, at); r.Due != 0 {
			t.Fatalf("round at %s: %+v", at, r)
		}
	}
	if len(ps.deliveries()) != 1 {
		t.Fatalf("sent again: %+v", ps.deliveries())
	}
	// The next Friday, a week on: again.
	if r := round(t, s, friday10.AddDate(0, 0, 7)); r.Due != 1 {
		t.Fatalf("a week later: %+v", r)
	}
}

// TestReminderOnlyAtTheChosenHour: nothing outside the weekday and hour
// chosen in the device's time zone; every day when no weekday is chosen.
func TestReminderOnlyAtTheChosenHour(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	ps := newPushService(t)
	behind(t, h)
	subscribeDevice(t, h, ps, h.LeoJWT, "FRIDAY", 10)
	s := h.Server.Push()
	for _, at := range []time.Time{
		time.Date(2026, 10, 23, 9, 59, 59, 0, paris),    // a second early
		time.Date(2026, 10, 23, 11, 0, 0, 0, paris),     // past the hour
		time.Date(2026, 10, 23, 10, 15, 0, 0, time.UTC), // 10:15 in UTC is 12:15 in Paris
		time.Date(2026, 10, 22, 10, 15, 0, 0, paris),    // Thursday
		time.Date(2026, 10, 24, 10, 15, 0, 0, paris),    // Saturday
	} {
		if r := round(t, s, at); r.Due != 0 || r.Sent != 0 {
			t.Errorf("round at %s sent: %+v", at, r)
		}
	}
	if got := ps.deliveries(); len(got) != 0 {
		t.Fatalf("sent outside the hour: %+v", got)
	}

	// Every day at 8: Thursday 08:30 Paris is due, 07:30 is not.
	subscribeDevice(t, h, ps, h.LeoJWT, nil, 8)
	if r := round(t, s, time.Date(2026, 10, 22, 7, 30, 0, 0, paris)); r.Due != 0 {
		t.Errorf("7:30: %+v", r)
	}
	if r := round(t, s, time.Date(2026, 10, 22, 8, 30, 0, 0, paris)); r.Due != 1 || r.Sent != 1 {
		t.Errorf("8:30: %+v", r)
	}
}

// TestReminderNothingToSay: a device due with nothing behind, due or
// waiting gets nothing (the slot is used all the same).
func TestReminderNothingToSay(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	ps := newPushService(t)
	subscribeDevice(t, h, ps, h.MiaJWT, "FRIDAY", 10)
	if r := round(t, h.Server.Push(), friday10); r.Due != 1 || r.Quiet != 1 || r.Sent != 0 {
		t.Fatalf("report %+v", r)
	}
	if got := ps.deliveries(); len(got) != 0 {
		t.Fatalf("sent %+v", got)
	}
}

// TestReminderNominationsForAdmins: admins are reminded of the nominations
// waiting for their approval; others are not.
func TestReminderNominationsForAdmins(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	ps := newPushService(t)
	h.OK(h.LeoJWT, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Drove the spare part to the customer at night"}) { id } }`,
		map[string]any{"n": servertest.ID(h.Mia.ID)}, nil)
	ada := subscribeDevice(t, h, ps, h.AdaJWT, "FRIDAY", 10)
	subscribeDevice(t, h, ps, h.MiaJWT, "FRIDAY", 10)
	if r := round(t, h.Server.Push(), friday10); r.Due != 2 || r.Sent != 1 || r.Quiet != 1 {
		t.Fatalf("report %+v", r)
	}
	got := ps.deliveries()
	want := push.Notification{Title: "Walker", Body: "1 nomination waits for your approval", URL: "/#/champions", Tag: "walker-reminder"}
	if len(got) != 1 || got[0].Path != strings.TrimPrefix(ada, ps.srv.URL) || got[0].Notification != want {
		t.Fatalf("deliveries %+v", got)
	}
}

// TestReminderPlansToday: Leo is reminded of his plans for today in Paris
// not logged yet, in the order of their time and in Paris time, opening
// Home; not of the one he logged, nor of tomorrow's or yesterday's (on the
// same UTC day), nor of Mia's.
func TestReminderPlansToday(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	ps := newPushService(t)
	acme, zoe := h.Customer(h.LeoJWT, "Acme Corp"), h.Customer(h.LeoJWT, "Zoe")
	planned := func(token, kind string, at time.Time, customer any) string {
		var out struct{ CreatePlan struct{ ID string } }
		h.OK(token, `mutation($k: PlanKind!, $at: Time!, $c: ID) { createPlan(input: {kind: $k, plannedAt: $at, customerID: $c}) { id } }`,
			map[string]any{"k": kind, "at": servertest.Time(at), "c": customer}, &out)
		return out.CreatePlan.ID
	}
	planned(h.LeoJWT, "CALL", time.Date(2026, 10, 23, 14, 30, 0, 0, paris), zoe)
	planned(h.LeoJWT, "VISIT", time.Date(2026, 10, 23, 10, 0, 0, 0, paris), acme)
	logged := planned(h.LeoJWT, "VISIT", time.Date(2026, 10, 23, 8, 0, 0, 0, paris), zoe)
	h.OK(h.LeoJWT, `mutation($p: ID!, $c: ID!) { createConversation(input: {mode: VISIT, occurredAt: "2026-10-23T06:30:00Z", customerIDs: [$c], planID: $p}) { id } }`,
		map[string]any{"p": logged, "c": zoe}, nil)
	planned(h.LeoJWT, "VISIT", time.Date(2026, 10, 24, 0, 30, 0, 0, paris), acme)       // tomorrow in Paris, today in UTC
	planned(h.LeoJWT, "CUSTOMER_DAY", time.Date(2026, 10, 22, 23, 0, 0, 0, paris), nil) // yesterday
	planned(h.MiaJWT, "VISIT", time.Date(2026, 10, 23, 11, 0, 0, 0, paris), acme)
	subscribeDevice(t, h, ps, h.LeoJWT, "FRIDAY", 10)

	if r := round(t, h.Server.Push(), friday10); r.Sent != 1 {
		t.Fatalf("report %+v", r)
	}
	want := push.Notification{Title: "Walker", Body: "2 plans today: visit Acme Corp at 10:00, call Zoe at 14:30", URL: "/#/", Tag: "walker-reminder"}
	if got := ps.deliveries(); len(got) != 1 || got[0].Notification != want {
		t.Fatalf("deliveries %+v\nwant %+v", got, want)
	}

	// A customer day and more plans than a reminder names: the first three,
	// and how many more.
	for _, hour := range []int{16, 17} {
		planned(h.LeoJWT, "VIDEO", time.Date(2026, 10, 30, hour, 0, 0, 0, paris), zoe)
	}
	planned(h.LeoJWT, "CUSTOMER_DAY", time.Date(2026, 10, 30, 9, 0, 0, 0, paris), nil)
	planned(h.LeoJWT, "CALL", time.Date(2026, 10, 30, 12, 0, 0, 0, paris), nil)
	round(t, h.Server.Push(), friday10.AddDate(0, 0, 7))
	got := ps.deliveries()
	if len(got) != 2 || got[1].Notification.Body != "4 plans today: customer day at 09:00, call at 12:00, video call with Zoe at 16:00 and 1 more" {
		t.Fatalf("deliveries %+v", got)
	}
}

// TestReminderGone: a device the push service says is gone (410 Gone, 404
// Not Found) is removed; one that fails otherwise stays.
func TestReminderGone(t *testing.T) {
	for _, tc := range []struct {
		status   int
		removed  bool
		gone, ko int
	}{
		{http.StatusGone, true, 1, 0},
		{http.StatusNotFound, true, 1, 0},
		{http.StatusInternalServerError, false, 0, 1},
		{http.StatusTooManyRequests, false, 0, 1},
	} {
		t.Run(http.StatusText(tc.status), func(t *testing.T) {
			h := servertest.New(t, allowLoopback)
			ps := newPushService(t)
			behind(t, h)
			subscribeDevice(t, h, ps, h.LeoJWT, "FRIDAY", 10)
			ps.set(func() { ps.answer = func(string) int { return tc.status } })
			r := round(t, h.Server.Push(), friday10)
			if r.Gone != tc.gone || r.Failed != tc.ko || r.Sent != 0 {
				t.Fatalf("report %+v", r)
			}
			left := len(devices(t, h, h.LeoJWT).Reminders.Devices)
			if tc.removed != (left == 0) {
				t.Fatalf("%d devices left after %d", left, tc.status)
			}
			if n := servertest.Rows(t, h, "push_subscriptions"); n != left {
				t.Fatalf("%d rows, %d devices", n, left)
			}
		})
	}
}

// TestRemindersTwoReplicas: two replicas on one database (PostgreSQL in
// CI's second pass) run their rounds at once, again and again, with a slow
// push service; each device gets its reminder once. A replica whose lease
// ran out while the other still sends (a pause, a slow round) finds every
// slot claimed and sends nothing again.
func TestRemindersTwoReplicas(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	a := servertest.Replica(t, pgURL, sqlitePath, allowLoopback)
	b := servertest.Replica(t, pgURL, sqlitePath, allowLoopback)
	ctx := servertest.System()
	org := a.Store.Client.Organization.Create().SetName("Acme").SaveX(ctx)
	ps := newPushService(t)
	ps.set(func() { ps.delay = 5 * time.Millisecond })
	const n = 6
	for i := range n {
		l := a.Store.Client.Leader.Create().SetOrganizationID(org.ID).SetName("Person").
			SetEmail(strings.Repeat("p", i+1) + "@acme.test").SetRole(leader.RoleLEADER).SaveX(ctx)
		subscribeDevice(t, a, ps, a.JWT(l), "FRIDAY", 10)
	}
	hello := func(context.Context, push.Person) ([]push.Reminder, error) {
		return []push.Reminder{{Text: "Hello", URL: "/#/"}}, nil
	}
	senders := []*push.Sender{a.Server.Push(), b.Server.Push()}
	for _, s := range senders {
		s.SetSources(hello)
		s.SetClock(func() time.Time { return friday10 })
	}
	var wg sync.WaitGroup
	reports := make([][]push.Report, 2)
	for i, s := range senders {
		wg.Go(func() {
			for range 5 {
				r, err := s.Round(context.Background())
				if err != nil {
					t.Error(err)
					return
				}
				reports[i] = append(reports[i], r)
			}
		})
	}
	wg.Wait()
	if got := len(ps.deliveries()); got != n {
		t.Fatalf("%d notifications for %d devices (reports %+v)", got, n, reports)
	}
	seen := map[string]bool{}
	for _, d := range ps.deliveries() {
		if seen[d.Path] {
			t.Fatalf("%s reminded twice", d.Path)
		}
		seen[d.Path] = true
	}

	// The lease runs out under A while it is (say) paused: B takes the
	// sending over, and every slot of the hour is claimed already.
	late := friday10.Add(push.DefaultLease + time.Minute)
	if r := round(t, senders[1], late); r.Skipped || r.Due != 0 {
		t.Fatalf("B after A's lease ran out: %+v", r)
	}
	if r := round(t, senders[0], late); !r.Skipped {
		t.Fatalf("A while B holds the lease: %+v", r)
	}
	if got := len(ps.deliveries()); got != n {
		t.Fatalf("%d notifications after the takeover", got)
	}
}

// TestRemindersTenancy: a person sees and removes only their own devices;
// another person's endpoint, in the organization or in another, is left
// alone; tokens reach no device.
func TestRemindersTenancy(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	ps := newPushService(t)
	leo := subscribeDevice(t, h, ps, h.LeoJWT, "FRIDAY", 10)
	gil := subscribeDevice(t, h, ps, h.GilJWT, nil, 7)

	for who, token := range map[string]string{"Ada (an admin)": h.AdaJWT, "Mia": h.MiaJWT, "Gus (Globex's admin)": h.GusJWT} {
		if d := devices(t, h, token).Reminders.Devices; len(d) != 0 {
			t.Errorf("%s sees %+v", who, d)
		}
	}
	if d := devices(t, h, h.GilJWT).Reminders.Devices; len(d) != 1 || d[0].Endpoint != gil {
		t.Errorf("Gil sees %+v", d)
	}
	var out struct{ UnsubscribeFromReminders bool }
	for _, token := range []string{h.AdaJWT, h.MiaJWT, h.GilJWT, h.GusJWT} {
		h.OK(token, `mutation($e: String!) { unsubscribeFromReminders(endpoint: $e) }`, map[string]any{"e": leo}, &out)
		if out.UnsubscribeFromReminders {
			t.Fatalf("another person removed Leo's device")
		}
	}
	// Subscribing with Leo's endpoint does not take his device over.
	_, p256dh, auth := ps.subscribe()
	servertest.Refused(t, h.Do(h.MiaJWT, subscribe, map[string]any{"in": map[string]any{
		"endpoint": leo, "p256dh": p256dh, "auth": auth, "hour": 3, "timeZone": "UTC"}}), "CONFLICT")
	servertest.Refused(t, h.Do(h.RWToken, devicesQuery, nil), "FORBIDDEN")
	servertest.Refused(t, h.Do(h.RWToken, `mutation($e: String!) { unsubscribeFromReminders(endpoint: $e) }`, map[string]any{"e": leo}), "FORBIDDEN")

	d := devices(t, h, h.LeoJWT).Reminders.Devices
	if len(d) != 1 || d[0].Endpoint != leo || d[0].Hour != 10 || d[0].TimeZone != "Europe/Paris" {
		t.Fatalf("Leo's device changed: %+v", d)
	}
	// Leo removes his own, once.
	for _, want := range []bool{true, false} {
		h.OK(h.LeoJWT, `mutation($e: String!) { unsubscribeFromReminders(endpoint: $e) }`, map[string]any{"e": leo}, &out)
		if out.UnsubscribeFromReminders != want {
			t.Fatalf("Leo's unsubscribe answered %v, want %v", out.UnsubscribeFromReminders, want)
		}
	}
	if n := servertest.Rows(t, h, "push_subscriptions"); n != 1 {
		t.Fatalf("%d subscriptions left, want Gil's", n)
	}
}

// TestSubscribeRefusesBadInput: each bad field is BAD_USER_INPUT naming it,
// and nothing is stored; the eleventh device is CONFLICT; subscribing a
// device again changes its settings.
func TestSubscribeRefusesBadInput(t *testing.T) {
	h := servertest.New(t, allowLoopback)
	strict := servertest.New(t) // http endpoints refused even on loopback
	ps := newPushService(t)
	endpoint, p256dh, auth := ps.subscribe()
	good := func(change map[string]any) map[string]any {
		in := map[string]any{"endpoint": endpoint, "p256dh": p256dh, "auth": auth, "weekday": "MONDAY", "hour": 9, "timeZone": "Europe/Paris"}
		for k, v := range change {
			in[k] = v
		}
		return map[string]any{"in": in}
	}
	for _, tc := range []struct {
		name   string
		h      *servertest.Harness
		change map[string]any
		field  string
	}{
		{"http to a public host", h, map[string]any{"endpoint": "http://push.example.com/x"}, "endpoint"},
		{"http on loopback, not allowed", strict, nil, "endpoint"},
		{"not a URL", h, map[string]any{"endpoint": "push service"}, "endpoint"},
		{"ftp", h, map[string]any{"endpoint": "ftp://push.example.com/x"}, "endpoint"},
		{"credentials", h, map[string]any{"endpoint": "https://u:p@push.example.com/x"}, "endpoint"},
		{"too long", h, map[string]any{"endpoint": "https://push.example.com/" + strings.Repeat("x", 2000)}, "endpoint"},
		{"p256dh not base64url", h, map[string]any{"p256dh": "not base64!"}, "p256dh"},
		{"p256dh too short", h, map[string]any{"p256dh": p256dh[:40]}, "p256dh"},
		{"p256dh off the curve", h, map[string]any{"p256dh": "BA" + strings.Repeat("A", 85)}, "p256dh"},
		{"auth of 15 bytes", h, map[string]any{"auth": "AAAAAAAAAAAAAAAAAAAA"}, "auth"},
		{"hour 24", h, map[string]any{"hour": 24}, "hour"},
		{"hour -1", h, map[string]any{"hour": -1}, "hour"},
		{"unknown zone", h, map[string]any{"timeZone": "Mars/Olympus_Mons"}, "timeZone"},
		{"Local", h, map[string]any{"timeZone": "Local"}, "timeZone"},
		{"empty zone", h, map[string]any{"timeZone": ""}, "timeZone"},
		{"a path", h, map[string]any{"timeZone": "../../etc/passwd"}, "timeZone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			servertest.BadInput(t, tc.h, tc.h.LeoJWT, subscribe, good(tc.change), tc.field)
		})
	}
	for _, hh := range []*servertest.Harness{h, strict} {
		if n := servertest.Rows(t, hh, "push_subscriptions"); n != 0 {
			t.Fatalf("%d subscriptions stored by refused requests", n)
		}
	}

	// Ten devices, then CONFLICT; the same device again changes it.
	h.OK(h.LeoJWT, subscribe, good(nil), nil)
	for range 9 {
		subscribeDevice(t, h, ps, h.LeoJWT, nil, 9)
	}
	e11, k11, a11 := ps.subscribe()
	servertest.Refused(t, h.Do(h.LeoJWT, subscribe, good(map[string]any{"endpoint": e11, "p256dh": k11, "auth": a11})), "CONFLICT")
	h.OK(h.LeoJWT, subscribe, good(map[string]any{"weekday": nil, "hour": 18, "timeZone": "America/New_York"}), nil)
	out := devices(t, h, h.LeoJWT).Reminders
	if len(out.Devices) != 10 || out.MaxDevices != 10 {
		t.Fatalf("%d devices of at most %d", len(out.Devices), out.MaxDevices)
	}
	first := out.Devices[0]
	if first.Endpoint != endpoint || first.Weekday != nil || first.Hour != 18 || first.TimeZone != "America/New_York" {
		t.Fatalf("the device re-subscribed: %+v", first)
	}
	// Other people are not bound by Leo's limit.
	subscribeDevice(t, h, ps, h.MiaJWT, nil, 9)
}

// TestSlot: the slot a device is due for, across a change of summer time.
func TestSlot(t *testing.T) {
	fri := pushsubscription.WeekdayFRIDAY
	sun := pushsubscription.WeekdaySUNDAY
	for _, tc := range []struct {
		now     time.Time
		weekday *pushsubscription.Weekday
		hour    int
		want    string
	}{
		{friday10, &fri, 10, "2026-10-23T10"},
		{friday10, nil, 10, "2026-10-23T10"},
		{friday10, &fri, 9, ""},
		{friday10, &sun, 10, ""},
		// 25 October 2026: Paris goes from 03:00 CEST back to 02:00 CET.
		{time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC), &sun, 2, "2026-10-25T02"},
		{time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC), &sun, 2, "2026-10-25T02"},
	} {
		if got := push.Slot(tc.now, tc.weekday, tc.hour, paris); got != tc.want {
			t.Errorf("Slot(%s, %v, %d) = %q, want %q", tc.now, tc.weekday, tc.hour, got, tc.want)
		}
	}
}

// TestDaysLeft words what is left of a period.
func TestDaysLeft(t *testing.T) {
	end := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		now  time.Time
		want string
	}{
		{friday10, "9 days left"},
		{time.Date(2026, 10, 30, 0, 0, 0, 0, time.UTC), "2 days left"},
		{time.Date(2026, 10, 31, 8, 0, 0, 0, time.UTC), "last day"},
	} {
		if got := push.DaysLeft(tc.now, end); got != tc.want {
			t.Errorf("DaysLeft(%s) = %q, want %q", tc.now, got, tc.want)
		}
	}
}
