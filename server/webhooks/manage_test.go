package webhooks_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"walker/ent/schema/viewer"
	"walker/server/servertest"
	"walker/server/webhooks"
)

// TestWebhooksRotateTestRedeliver: a rotated secret signs alongside the new
// one for the overlap, then stops; a test event and a redelivery (same
// webhook-id) go out at once.
func TestWebhooksRotateTestRedeliver(t *testing.T) {
	h := servertest.New(t, allowPrivate)
	r := newReceiver(t)
	id, old := endpoint(t, h, h.AdaJWT, r.srv.URL, "customer.created")
	r.secret = old
	now := time.Now()
	d := deliverer(h, "replica-a")
	d.SetClock(func() time.Time { return now })

	var rotated struct {
		RotateWebhookSecret struct {
			Secret   string
			Endpoint struct{ PreviousSecretExpiresAt time.Time }
		}
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapHours: 2) { secret endpoint { previousSecretExpiresAt } } }`, map[string]any{"id": id}, &rotated)
	fresh := rotated.RotateWebhookSecret.Secret
	if fresh == old || !strings.HasPrefix(fresh, "whsec_") {
		t.Fatalf("rotated secret %q", fresh)
	}
	h.Customer(h.LeoJWT, "During the overlap")
	round(t, d) // verified with the old secret (the receiver's)
	got := r.events()
	if len(got) != 1 || strings.Count(got[0].Header.Get("webhook-signature"), "v1,") != 2 {
		t.Fatalf("during the overlap: %v", got)
	}
	for _, s := range []string{old, fresh} { // each secret verifies the same delivery
		wh, err := standardwebhooks.NewWebhook(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := wh.Verify(got[0].Body, got[0].Header); err != nil {
			t.Errorf("during the overlap, a secret does not verify: %v", err)
		}
	}
	// After the overlap only the new secret signs: the old one no longer verifies.
	now = now.Add(2*time.Hour + time.Minute)
	h.Customer(h.LeoJWT, "After the overlap")
	round(t, d)
	if n := len(r.events()); n != 1 || r.bad != 1 {
		t.Fatalf("after the overlap the old secret still verified (%d events, %d refused)", n, r.bad)
	}
	r.mu.Lock()
	r.secret, r.bad = fresh, 0
	r.mu.Unlock()
	now = now.Add(time.Minute)
	round(t, d)
	if got = r.events(); len(got) != 2 || strings.Count(got[1].Header.Get("webhook-signature"), "v1,") != 1 {
		t.Fatalf("with the new secret: %v", got)
	}
	// A test event, whatever the event types.
	var test struct {
		SendTestWebhook struct{ ID, Status, EventType string }
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { sendTestWebhook(endpointID: $id) { id status eventType } }`, map[string]any{"id": id}, &test)
	if test.SendTestWebhook.Status != "PENDING" || test.SendTestWebhook.EventType != "webhook.test" {
		t.Fatalf("test delivery: %+v", test)
	}
	round(t, d)
	if got = r.events(); len(got) != 3 || got[2].Type != "webhook.test" || got[2].Data["endpointID"] != id {
		t.Fatalf("the test event: %v", got)
	}
	// Any delivery again, with its webhook-id.
	ds := deliveries(t, h, h.AdaJWT, id)
	var redo struct {
		RedeliverWebhook struct{ Kind, EventID string }
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { redeliverWebhook(deliveryID: $id) { kind eventID } }`, map[string]any{"id": ds[0].ID}, &redo)
	round(t, d)
	got = r.events()
	if len(got) != 4 || got[3].ID != ds[0].EventID || got[3].Data["record"].(map[string]any)["name"] != "During the overlap" || redo.RedeliverWebhook.Kind != "REDELIVERY" {
		t.Fatalf("the redelivery: %v, %+v", got, redo)
	}
	if ds := deliveries(t, h, h.AdaJWT, id); ds[len(ds)-1].Status != "SUCCEEDED" || ds[len(ds)-1].Kind != "REDELIVERY" {
		t.Fatalf("the redelivery recorded: %+v", ds[len(ds)-1])
	}
	// Bad input changes nothing.
	counts := servertest.Counts(t, h)
	servertest.BadInput(t, h, h.AdaJWT, `mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapHours: 169) { secret } }`, map[string]any{"id": id}, "overlapHours")
	for field, in := range map[string]map[string]any{
		"changeTypes": {"url": r.srv.URL, "changeTypes": []string{"customer.merged"}},
		"url":         {"url": "ftp://example.com/"},
	} {
		servertest.BadInput(t, h, h.AdaJWT, `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`, map[string]any{"in": in}, field)
	}
	many := make([]string, 51)
	for i := range many {
		many[i] = "customer.created"
	}
	servertest.BadInput(t, h, h.AdaJWT, `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`,
		map[string]any{"in": map[string]any{"url": r.srv.URL, "changeTypes": many}}, "changeTypes")
	servertest.BadInput(t, h, h.AdaJWT, `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`,
		map[string]any{"in": map[string]any{"url": r.srv.URL, "changeTypes": []string{"customer.*", "customer.*"}}}, "changeTypes")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}

// TestWebhooksWhoMay: admins and tokens with webhooks:manage manage
// endpoints; leaders, members, other tokens and other organizations cannot
// see or touch them; the secret is never readable.
func TestWebhooksWhoMay(t *testing.T) {
	h := servertest.New(t, allowPrivate)
	r := newReceiver(t)
	id, _ := endpoint(t, h, h.AdaJWT, r.srv.URL)
	manager := h.APIToken("hooks", viewer.WebhooksManage)
	otherID, _ := endpoint(t, h, manager, r.srv.URL+"/token")
	create := `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`
	in := map[string]any{"in": map[string]any{"url": r.srv.URL}}
	counts := servertest.Counts(t, h)
	for who, tok := range map[string]string{"leader": h.LeoJWT, "member": h.MiaJWT, "read token": h.ReadToken, "read-write token": h.RWToken} {
		resp := h.Do(tok, create, in)
		servertest.Refused(t, resp, "FORBIDDEN")
		if strings.Contains(who, "token") && resp.Errors[0].Extensions["scope"] != "webhooks:manage" {
			t.Errorf("%s: the missing scope is named: %+v", who, resp.Errors)
		}
		resp = h.Do(tok, `{ webhookEndpoints(first: 5) { totalCount } }`, nil)
		if len(resp.Errors) == 0 {
			t.Errorf("%s listed the endpoints: %s", who, resp.Data)
		}
		servertest.Refused(t, h.Do(tok, `mutation($id: ID!) { sendTestWebhook(endpointID: $id) { id } }`, map[string]any{"id": id}), "FORBIDDEN", "NOT_FOUND")
	}
	for _, q := range []string{
		`mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: {enabled: false}) { id } }`,
		`mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`,
		`mutation($id: ID!) { sendTestWebhook(endpointID: $id) { id } }`,
		`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
	} {
		servertest.Refused(t, h.Do(h.GusJWT, q, map[string]any{"id": id}), "NOT_FOUND")
		servertest.Refused(t, h.Do(h.LeoJWT, q, map[string]any{"id": id}), "FORBIDDEN", "NOT_FOUND")
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	var globex struct{ WebhookEndpoints struct{ TotalCount int } }
	h.OK(h.GusJWT, `{ webhookEndpoints(first: 5) { totalCount } }`, nil, &globex)
	var acme struct{ WebhookEndpoints struct{ TotalCount int } }
	h.OK(manager, `{ webhookEndpoints(first: 5) { totalCount } }`, nil, &acme)
	if globex.WebhookEndpoints.TotalCount != 0 || acme.WebhookEndpoints.TotalCount != 2 {
		t.Fatalf("Globex sees %d endpoints, Acme's token %d", globex.WebhookEndpoints.TotalCount, acme.WebhookEndpoints.TotalCount)
	}
	if resp := h.Do(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { secret } } }`, map[string]any{"id": id}); len(resp.Errors) == 0 {
		t.Fatal("the secret is a readable field")
	}
	// The token manages what it made; a person's endpoint changes too (admins' records).
	h.OK(manager, `mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: {description: "by the token"}) { id } }`, map[string]any{"id": otherID}, nil)
	h.OK(manager, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, map[string]any{"id": otherID}, nil)
	// The changes of endpoints are the admins'.
	servertest.Refused(t, h.Do(h.LeoJWT, `{ changes(entities: [WEBHOOK_ENDPOINT]) { edges { node { id } } } }`, nil), "FORBIDDEN")
	var log struct {
		Changes struct {
			Edges []struct{ Node struct{ Entity string } }
		}
	}
	h.OK(h.LeoJWT, `{ changes { edges { node { entity } } } }`, nil, &log)
	for _, e := range log.Changes.Edges {
		if e.Node.Entity == "WEBHOOK_ENDPOINT" {
			t.Fatal("a leader follows the endpoints' changes")
		}
	}
}

// fakeDNS answers each name with the addresses given, in turn (the last
// one for ever): a name that resolves elsewhere later (DNS rebinding).
type fakeDNS struct {
	answers []netip.Addr
	asked   atomic.Int32
}

func (f *fakeDNS) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	if host != "hooks.example.test" {
		return nil, errors.New("no such host")
	}
	i := min(int(f.asked.Add(1))-1, len(f.answers)-1)
	return []netip.Addr{f.answers[i]}, nil
}

// TestWebhooksSafeTargets: only https, only public addresses, when saved and
// at each delivery after its own lookup (a name rebound to loopback reaches
// nothing); no redirects followed; a slow endpoint times out.
func TestWebhooksSafeTargets(t *testing.T) {
	h := servertest.New(t) // the default: private targets refused
	create := `mutation($in: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $in) { secret } }`
	for _, u := range []string{
		"http://hooks.example.com/", "https://127.0.0.1/", "https://[::1]:8443/", "https://localhost/", "https://10.1.2.3/",
		"https://192.168.0.10/", "https://172.16.5.4/", "https://169.254.169.254/latest/meta-data/", "https://[fe80::1]/",
		"https://100.64.0.1/", "https://0.0.0.0/", "https://[::ffff:127.0.0.1]/", "https://user:pass@example.com/",
		"https://[fd00:ec2::254]/", "not a url",
	} {
		resp := servertest.BadInput(t, h, h.AdaJWT, create, map[string]any{"in": map[string]any{"url": u}}, "url")
		t.Logf("%s: %s", u, resp.Errors[0].Message)
	}
	// Rebinding: public when saved, loopback when delivered.
	tlsSrv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		t.Error("a request reached the loopback server")
	}))
	t.Cleanup(tlsSrv.Close)
	port := mustURL(t, tlsSrv.URL).Port()
	dns := &fakeDNS{answers: []netip.Addr{netip.MustParseAddr("93.184.215.14"), netip.MustParseAddr("127.0.0.1")}}
	safe := deliverer(h, "replica-a", func(c *webhooks.Config) {
		c.Targets = webhooks.Targets{Resolver: dns}
		c.Timeout = 500 * time.Millisecond
	})
	if err := safe.CheckURL(context.Background(), "https://hooks.example.test:"+port+"/"); err != nil {
		t.Fatalf("the public answer was refused: %v", err)
	}
	open := servertest.New(t, allowPrivate) // to save endpoints the default server would refuse
	id, _ := endpoint(t, open, open.AdaJWT, "https://hooks.example.test:"+port+"/")
	rebound := deliverer(open, "replica-a", func(c *webhooks.Config) {
		c.Targets = webhooks.Targets{Resolver: dns}
		c.Timeout = 500 * time.Millisecond
	})
	round(t, rebound)
	ds := deliveries(t, open, open.AdaJWT, id)
	if len(ds) != 1 || ds[0].Status != "FAILED" || !strings.Contains(ds[0].Error, "127.0.0.1 is a loopback address") {
		t.Fatalf("a name rebound to loopback: %+v", ds)
	}
	// Redirects are not followed; a slow answer times out.
	var hops atomic.Int32
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/elsewhere" {
			hops.Add(1)
		}
		http.Redirect(w, r, "/elsewhere", http.StatusTemporaryRedirect)
	}))
	t.Cleanup(redirect.Close)
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
	}))
	t.Cleanup(slow.Close)
	redirID, _ := endpoint(t, open, open.AdaJWT, redirect.URL)
	slowID, _ := endpoint(t, open, open.AdaJWT, slow.URL)
	d := deliverer(open, "replica-b", func(c *webhooks.Config) { c.Timeout = 300 * time.Millisecond })
	round(t, d)
	if ds := deliveries(t, open, open.AdaJWT, redirID); len(ds) != 1 || ds[0].Status != "FAILED" || *ds[0].ResponseStatus != 307 ||
		!strings.Contains(ds[0].Error, "redirects are not followed") || hops.Load() != 0 {
		t.Fatalf("a redirect: %+v (followed %d)", ds, hops.Load())
	}
	if ds := deliveries(t, open, open.AdaJWT, slowID); len(ds) != 1 || ds[0].Status != "FAILED" || ds[0].ResponseStatus != nil || ds[0].Error == "" {
		t.Fatalf("a slow endpoint: %+v", ds)
	}
}

func mustURL(t testing.TB, s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
