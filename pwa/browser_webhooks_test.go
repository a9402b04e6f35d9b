package pwa_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"walker/server"
	"walker/server/servertest"
)

// TestBrowserWebhooks: an admin adds a webhook endpoint in Settings choosing
// what it receives, is shown the signing secret once, and the endpoint then
// receives the changes (verified with a Standard Webhooks library and the
// secret the app showed) and a test event asked for from the app, whose
// delivery the list shows.
func TestBrowserWebhooks(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t, func(c *server.Config) { c.WebhookAllowPrivate = true })
	var mu sync.Mutex
	var secret string
	var got []string
	receiver := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		wh, err := standardwebhooks.NewWebhook(secret)
		if err != nil || wh.Verify(body, r.Header) != nil {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		var ev struct{ Type string }
		_ = json.Unmarshal(body, &ev)
		got = append(got, ev.Type)
	}))
	t.Cleanup(receiver.Close)
	events := func() string { mu.Lock(); defer mu.Unlock(); return strings.Join(got, " ") }

	phone := join(t, h, "ola@acme.test", "Ola Admin", "ADMIN")
	route(t, phone, "#/settings")
	form := `form[aria-label="Webhooks"]`
	servertest.Step(t, phone, "the event types listed", chromedp.WaitVisible(form+` input[type="checkbox"][value="customer.*"]`))
	setField(t, phone, form+` input[name="url"]`, receiver.URL+"/hooks")
	setField(t, phone, form+` input[name="description"]`, "CRM sync")
	servertest.JS[bool](t, phone, `(document.querySelector('`+form+` input[value="customer.*"]').click(), true)`)
	tap(t, phone, "Add endpoint")
	servertest.WaitText(t, phone, "Signing secret")
	mu.Lock()
	secret = servertest.JS[string](t, phone, `document.querySelector('[data-testid="webhook-secret"]').innerText`)
	mu.Unlock()
	if !strings.HasPrefix(secret, "whsec_") {
		t.Fatalf("the secret shown: %q", secret)
	}
	servertest.WaitText(t, phone, "Active: every change is delivered.")

	h.Customer(h.AdaJWT, "Wendy Webhook")
	h.Conversation(h.AdaJWT, time.Now().UTC(), h.Customer(h.AdaJWT, "Carl Conversation"))
	if err := h.Server.Webhooks().Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	if e := events(); e != "customer.created customer.created" {
		t.Fatalf("the endpoint received %q, want the two customers only", e)
	}
	tap(t, phone, "Send a test event")
	servertest.WaitText(t, phone, "Test event sent.")
	if err := h.Server.Webhooks().Round(context.Background()); err != nil {
		t.Fatal(err)
	}
	if e := events(); !strings.HasSuffix(e, "webhook.test") {
		t.Fatalf("no test event: %q", e)
	}
	route(t, phone, "#/")
	route(t, phone, "#/settings")
	servertest.WaitText(t, phone, "webhook.test")
	if n := servertest.JS[int](t, phone, `document.querySelectorAll('[data-testid="webhook-delivery"]').length`); n != 3 {
		t.Fatalf("%d deliveries shown, want 3:\n%s", n, servertest.PageText(t, phone))
	}
	servertest.Screenshot(t, phone, "settings-webhooks")
}
