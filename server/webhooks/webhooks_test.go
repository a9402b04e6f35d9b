package webhooks_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"walker/server"
	"walker/server/servertest"
	"walker/server/webhooks"
)

// received is one event a receiver accepted, verified with a Standard
// Webhooks library (not Walker's own signing code).
type received struct {
	ID, Type string
	Data     map[string]any
	Header   http.Header
	Body     []byte
	Received time.Time
}

// receiver is a webhook endpoint under test: it verifies each request with
// the secret it is given, and answers what answer says (200 by default).
type receiver struct {
	t      testing.TB
	srv    *httptest.Server
	mu     sync.Mutex
	secret string
	got    []received
	bad    int
	answer func(n int) (int, string)
}

func newReceiver(t testing.TB) *receiver {
	r := &receiver{t: t}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	wh, err := standardwebhooks.NewWebhook(r.secret)
	if err != nil {
		r.t.Errorf("the secret Walker gave: %v", err)
	}
	if err := wh.Verify(body, req.Header); err != nil {
		r.bad++
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if r.answer != nil {
		if status, text := r.answer(len(r.got)); status != http.StatusOK {
			w.WriteHeader(status)
			_, _ = io.WriteString(w, text)
			return
		}
	}
	var ev struct {
		Type string         `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := json.Unmarshal(body, &ev); err != nil {
		r.t.Errorf("event body: %v: %s", err, body)
	}
	r.got = append(r.got, received{ID: req.Header.Get("webhook-id"), Type: ev.Type, Data: ev.Data, Header: req.Header.Clone(), Body: body, Received: time.Now()})
	_, _ = io.WriteString(w, "ok")
}

func (r *receiver) events() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]received(nil), r.got...)
}

func (r *receiver) types() []string {
	var out []string
	for _, e := range r.events() {
		out = append(out, e.Type)
	}
	return out
}

// allowPrivate lets the endpoints of the test servers (http, loopback) be
// saved.
func allowPrivate(c *server.Config) { c.WebhookAllowPrivate = true }

// endpoint creates an endpoint for url as token and returns its id and
// secret.
func endpoint(t testing.TB, h *servertest.Harness, token, url string, types ...string) (string, string) {
	t.Helper()
	var out struct {
		CreateWebhookEndpoint struct {
			Endpoint struct{ ID string }
			Secret   string
		}
	}
	vars := map[string]any{"in": map[string]any{"url": url, "description": "CRM sync", "changeTypes": types}}
	h.OK(token, `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { endpoint { id } secret } }`, vars, &out)
	if !strings.HasPrefix(out.CreateWebhookEndpoint.Secret, "whsec_") {
		t.Fatalf("secret %q", out.CreateWebhookEndpoint.Secret)
	}
	return out.CreateWebhookEndpoint.Endpoint.ID, out.CreateWebhookEndpoint.Secret
}

// deliverer is a delivery loop over h's store with cfg changed by opts (the
// test calls Round itself).
func deliverer(h *servertest.Harness, owner string, opts ...func(*webhooks.Config)) *webhooks.Deliverer {
	cfg := webhooks.DefaultConfig(owner)
	cfg.Targets.AllowPrivate = true
	cfg.Timeout = 2 * time.Second
	for _, o := range opts {
		o(&cfg)
	}
	return webhooks.New(h.Store.Client, cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
}

func round(t testing.TB, d *webhooks.Deliverer) {
	t.Helper()
	if err := d.Round(context.Background()); err != nil {
		t.Fatal(err)
	}
}

type delivery struct {
	ID, EventID, EventType, Kind, Status, Error, ResponseExcerpt string
	Attempt                                                      int
	ResponseStatus                                               *int
	ChangePosition                                               *string
}

func deliveries(t testing.TB, h *servertest.Harness, token, endpointID string) []delivery {
	t.Helper()
	var out struct {
		Node struct {
			Deliveries struct{ Edges []struct{ Node delivery } }
		}
	}
	h.OK(token, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { deliveries(first: 100, orderBy: [{field: CREATED_AT}]) {
		edges { node { id eventID eventType kind status error responseExcerpt attempt responseStatus changePosition } } } } } }`,
		map[string]any{"id": endpointID}, &out)
	var ds []delivery
	for _, e := range out.Node.Deliveries.Edges {
		ds = append(ds, e.Node)
	}
	return ds
}

// TestWebhooksDeliverTheLog: every change, in order, signed so that a
// Standard Webhooks library verifies it, carrying the record as it was at
// that change; only the event types asked for; nothing of another
// organization; every attempt recorded.
func TestWebhooksDeliverTheLog(t *testing.T) {
	h := servertest.New(t, allowPrivate)
	all, onlyConversations := newReceiver(t), newReceiver(t)
	allID, secret := endpoint(t, h, h.AdaJWT, all.srv.URL)
	all.secret = secret
	_, onlyConversations.secret = endpoint(t, h, h.AdaJWT, onlyConversations.srv.URL+"/hooks", "conversation.*")
	d := deliverer(h, "replica-a")

	grace := h.Customer(h.LeoJWT, "Grace Hopper")
	h.OK(h.LeoJWT, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Rear Admiral Grace Hopper"}) { id } }`, map[string]any{"id": grace}, nil)
	conv := h.Conversation(h.LeoJWT, time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC), grace)
	h.Customer(h.GusJWT, "Globex's own")
	h.OK(h.AdaJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, nil)
	round(t, d)

	want := []string{"webhook_endpoint.created", "webhook_endpoint.created", "customer.created", "customer.updated", "conversation.created", "conversation.deleted"}
	if got := all.types(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("events %v, want %v", got, want)
	}
	ev := all.events()
	if ev[0].Data["id"] != allID || ev[0].Data["record"].(map[string]any)["secret"] != nil {
		t.Errorf("the endpoint's own creation, without its secret: %v", ev[0].Data)
	}
	created := ev[2].Data
	if rec := created["record"].(map[string]any); rec["name"] != "Grace Hopper" || rec["__typename"] != "Customer" || rec["id"] != grace {
		t.Errorf("customer.created carries the record as it was then: %v", rec)
	}
	if created["version"] != 1.0 || created["operation"] != "CREATED" || created["entity"] != "CUSTOMER" ||
		created["actor"].(map[string]any)["leaderID"] != servertest.ID(h.Leo.ID) {
		t.Errorf("customer.created: %v", created)
	}
	if rec := ev[3].Data["record"].(map[string]any); rec["name"] != "Rear Admiral Grace Hopper" || ev[3].Data["version"] != 2.0 {
		t.Errorf("customer.updated: %v", ev[3].Data)
	}
	if ids := ev[4].Data["record"].(map[string]any)["customerIDs"]; len(ids.([]any)) != 1 || ids.([]any)[0] != grace {
		t.Errorf("conversation.created names its customers: %v", ev[4].Data["record"])
	}
	seen := map[string]bool{}
	for _, e := range ev {
		if seen[e.ID] || !strings.HasPrefix(e.ID, "msg_") || strings.Count(e.Header.Get("webhook-signature"), "v1,") != 1 {
			t.Errorf("event %s: headers %v", e.ID, e.Header)
		}
		seen[e.ID] = true
	}
	if got := onlyConversations.types(); strings.Join(got, " ") != "conversation.created conversation.deleted" {
		t.Errorf("conversation.* got %v", got)
	}
	if all.bad+onlyConversations.bad != 0 {
		t.Errorf("%d signatures did not verify", all.bad+onlyConversations.bad)
	}
	// Delivered once: another round sends nothing again.
	round(t, d)
	if n := len(all.events()); n != len(want) {
		t.Errorf("a second round sent again: %d events", n)
	}
	ds := deliveries(t, h, h.AdaJWT, allID)
	if len(ds) != len(want) {
		t.Fatalf("%d deliveries recorded, want %d", len(ds), len(want))
	}
	for i, x := range ds {
		if x.Status != "SUCCEEDED" || x.Kind != "EVENT" || x.Attempt != 1 || x.ResponseStatus == nil || *x.ResponseStatus != 200 ||
			x.ResponseExcerpt != "ok" || x.EventType != want[i] || x.ChangePosition == nil || x.EventID != "msg_"+*x.ChangePosition {
			t.Errorf("delivery %d: %+v", i, x)
		}
	}
	var state struct {
		Node struct {
			Delivery struct {
				Position string
				Attempts int
			}
		}
	}
	h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { delivery { position attempts } } } }`, map[string]any{"id": allID}, &state)
	var cursor struct{ ChangesCursor string }
	h.OK(h.AdaJWT, `{ changesCursor }`, nil, &cursor)
	if state.Node.Delivery.Position != cursor.ChangesCursor || state.Node.Delivery.Attempts != 0 {
		t.Errorf("delivery state %+v, the log at %s", state.Node.Delivery, cursor.ChangesCursor)
	}
}

// TestWebhooksRetryInOrder: a failing event is retried with growing pauses
// and nothing after it is sent before it; at 5 days of failure the endpoint
// is disabled and the admins are told (the change is an event to the other
// endpoints); a 410 disables at once; enabling again resumes where it
// stopped.
func TestWebhooksRetryInOrder(t *testing.T) {
	h := servertest.New(t, allowPrivate)
	flaky, watcher := newReceiver(t), newReceiver(t)
	flakyID, secret := endpoint(t, h, h.AdaJWT, flaky.srv.URL, "customer.*")
	flaky.secret = secret
	_, watcher.secret = endpoint(t, h, h.AdaJWT, watcher.srv.URL, "webhook_endpoint.updated")
	failing := true
	flaky.answer = func(int) (int, string) {
		if failing {
			return http.StatusInternalServerError, strings.Repeat("x", 64<<10) // a long answer: read 4 KiB, keep 1 KiB
		}
		return http.StatusOK, ""
	}
	now := time.Now().UTC()
	d := deliverer(h, "replica-a")
	d.SetClock(func() time.Time { return now })
	first, second := h.Customer(h.LeoJWT, "First"), h.Customer(h.LeoJWT, "Second")
	round(t, d)
	round(t, d) // not due yet: no second attempt
	ds := deliveries(t, h, h.AdaJWT, flakyID)
	if len(ds) != 1 || ds[0].Status != "FAILED" || *ds[0].ResponseStatus != 500 || len(ds[0].ResponseExcerpt) != webhooks.MaxExcerpt {
		t.Fatalf("after a failure: %+v", ds)
	}
	// Retries follow the schedule; the second customer waits behind the first.
	for attempt := 1; attempt <= 3; attempt++ {
		now = now.Add(webhooks.Backoff(attempt, 1) + time.Second)
		round(t, d)
	}
	ds = deliveries(t, h, h.AdaJWT, flakyID)
	if len(ds) != 4 || ds[3].Attempt != 4 || ds[3].EventID != ds[0].EventID {
		t.Fatalf("retries: %+v", ds)
	}
	failing = false
	now = now.Add(webhooks.Backoff(4, 1) + time.Second)
	round(t, d)
	got := flaky.events()
	if len(got) != 2 || got[0].Data["id"] != first || got[1].Data["id"] != second {
		t.Fatalf("after the retry: %v", got)
	}
	// Failing for 5 days disables the endpoint.
	failing = true
	h.Customer(h.LeoJWT, "Third")
	round(t, d)
	for i := 1; now.Before(time.Now().Add(webhooks.DisableAfter + 24*time.Hour)); i++ {
		now = now.Add(webhooks.Backoff(i, 1) + time.Second)
		round(t, d)
	}
	var e struct {
		Node struct {
			Enabled        bool
			DisabledReason *string
		}
	}
	query := `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { enabled disabledReason } } }`
	h.OK(h.AdaJWT, query, map[string]any{"id": flakyID}, &e)
	if e.Node.Enabled || e.Node.DisabledReason == nil || !strings.Contains(*e.Node.DisabledReason, "failed since") {
		t.Fatalf("after 5 days of failures: %+v", e.Node)
	}
	told := watcher.events()
	if len(told) != 1 || told[0].Data["record"].(map[string]any)["enabled"] != false || told[0].Data["actor"].(map[string]any)["system"] != "webhooks" {
		t.Fatalf("the admins' other endpoint was told: %v", told)
	}
	n := len(deliveries(t, h, h.AdaJWT, flakyID))
	now = now.Add(30 * 24 * time.Hour)
	round(t, d)
	if m := len(deliveries(t, h, h.AdaJWT, flakyID)); m != n {
		t.Fatalf("a disabled endpoint was tried again")
	}
	// Enabled again, it goes on from where it stopped.
	failing = false
	h.OK(h.AdaJWT, `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: {enabled: true}) { enabled disabledReason } }`, map[string]any{"id": flakyID}, nil)
	round(t, d)
	if got := flaky.events(); len(got) != 3 || got[2].Data["record"].(map[string]any)["name"] != "Third" {
		t.Fatalf("resumed: %v", got)
	}
	// 410 Gone disables at once.
	flaky.answer = func(int) (int, string) { return http.StatusGone, "gone" }
	h.Customer(h.LeoJWT, "Fourth")
	round(t, d)
	h.OK(h.AdaJWT, query, map[string]any{"id": flakyID}, &e)
	if e.Node.Enabled || e.Node.DisabledReason == nil || !strings.Contains(*e.Node.DisabledReason, "410") {
		t.Fatalf("after a 410: %+v", e.Node)
	}
}
