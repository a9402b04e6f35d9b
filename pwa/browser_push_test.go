package pwa_test

import (
	"context"
	"crypto/ecdh"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/serviceworker"
	"github.com/chromedp/chromedp"

	"walker/ent/pushsubscription"
	"walker/server"
	"walker/server/push"
	"walker/server/servertest"
)

// axe runs axe-core (pwa/node_modules, a dev dependency) on the elements
// matching selector and fails the test on any violation.
func axe(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	src, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Skipf("axe-core is not installed (cd pwa && npm ci): %v", err)
	}
	if !servertest.JS[bool](t, ctx, `typeof axe === "object"`) {
		servertest.JS[bool](t, ctx, string(src)+";true")
	}
	violations := servertest.JS[[]string](t, ctx, fmt.Sprintf(`axe.run(document.querySelector(%q)).then((r) =>
		r.violations.map((v) => v.id + ": " + v.help + " (" + v.nodes.map((n) => n.target.join(" ")).join(", ") + ")"))`, selector))
	if len(violations) > 0 {
		t.Errorf("axe on %s: %d violations:\n%s", selector, len(violations), strings.Join(violations, "\n"))
	}
}

// TestBrowserReminders: in Settings a person turns reminders on for the
// phone (permission asked, subscribed with Walker's VAPID key, the
// subscription sent with the chosen weekday, hour and the browser's time
// zone) and off again; the card has no axe violations. A reminder pushed to
// the service worker (CDP ServiceWorker.deliverPushMessage: headless
// Chromium has no push service) shows as a notification with its text and
// screen, and its click opens that screen.
//
// Headless Chromium can neither subscribe at a real push service nor click
// a notification: PushManager's subscribe is replaced by one that answers a
// subscription with keys made here, and the click is asked of the service
// worker by a message, which runs the same code as notificationclick.
func TestBrowserReminders(t *testing.T) {
	h, base, _ := servertest.BrowserServer(t, func(c *server.Config) { c.PushAllowLoopback = true })
	phone := join(t, h, "ria@acme.test", "Ria Leader", "LEADER")

	// The service worker's registration, for delivering pushes to it.
	var mu sync.Mutex
	var registration serviceworker.RegistrationID
	if err := chromedp.Listen(phone, func(ev any) {
		if e, ok := ev.(*serviceworker.EventWorkerRegistrationUpdated); ok {
			mu.Lock()
			defer mu.Unlock()
			for _, r := range e.Registrations {
				if r.ScopeURL == base+"/" && !r.IsDeleted {
					registration = r.RegistrationID
				}
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(phone, serviceworker.Enable, cdp.Empty{}); err != nil {
		t.Fatalf("ServiceWorker.enable: %v", err)
	}
	if _, err := chromedp.CallBrowser(phone, browser.SetPermission, browser.SetPermissionParams{
		Permission: &browser.PermissionDescriptor{Name: "notifications"}, Setting: browser.PermissionSettingGranted, Origin: base,
	}); err != nil {
		t.Fatalf("granting notifications: %v", err)
	}

	// A subscription as a push service would give it: an endpoint and the
	// device's keys.
	key, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	endpoint := "http://127.0.0.1:9/push/ria"
	enc := base64.RawURLEncoding
	servertest.JS[bool](t, phone, fmt.Sprintf(`(() => {
		let sub = null;
		const make = () => ({ endpoint: %q, toJSON: () => ({ endpoint: %[1]q, keys: { p256dh: %q, auth: %q } }),
			unsubscribe: async () => ((sub = null), true) });
		PushManager.prototype.getSubscription = async function () { return sub; };
		PushManager.prototype.subscribe = async function (o) {
			window.__serverKey = btoa(String.fromCharCode(...new Uint8Array(o.applicationServerKey))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
			return (sub = make());
		};
		return true;
	})()`, endpoint, enc.EncodeToString(key.PublicKey().Bytes()), enc.EncodeToString([]byte("sixteen byte key"))))

	route(t, phone, "#/settings")
	state := `[data-testid="reminders-state"]`
	servertest.Step(t, phone, "the reminders card", chromedp.WaitVisible(state))
	servertest.WaitText(t, phone, "Off for this device.")
	axe(t, phone, `[data-testid="reminders"]`)

	setField(t, phone, `[data-testid="reminders"] label:nth-of-type(1) select`, "FRIDAY")
	setField(t, phone, `[data-testid="reminders"] label:nth-of-type(2) select`, "10")
	tap(t, phone, "Turn on for this device")
	servertest.WaitText(t, phone, "Reminders on: fridays at 10:00.")
	servertest.WaitText(t, phone, "On for this device: fridays at 10:00")
	axe(t, phone, `[data-testid="reminders"]`)

	var out struct{ Reminders struct{ PublicKey string } }
	h.OK(h.LeoJWT, `{ reminders { publicKey } }`, nil, &out)
	if got := servertest.JS[string](t, phone, `window.__serverKey`); got != out.Reminders.PublicKey {
		t.Errorf("subscribed with key %q, the server's is %q", got, out.Reminders.PublicKey)
	}
	zone := servertest.JS[string](t, phone, `Intl.DateTimeFormat().resolvedOptions().timeZone`)
	subs := h.Store.Client.PushSubscription.Query().AllX(servertest.System())
	if len(subs) != 1 || subs[0].Endpoint != endpoint || subs[0].Hour != 10 || subs[0].Weekday == nil ||
		*subs[0].Weekday != pushsubscription.WeekdayFRIDAY || subs[0].TimeZone != zone {
		t.Fatalf("stored subscriptions: %+v", subs)
	}

	// A reminder, as the server composes it, pushed to the service worker.
	payload, err := json.Marshal(push.Compose([]push.Reminder{{Text: "2 of 5 customers met, 9 days left", URL: "/#/commitments"}}))
	if err != nil {
		t.Fatal(err)
	}
	servertest.Eventually(t, "the service worker's registration", func() bool {
		mu.Lock()
		defer mu.Unlock()
		return registration != ""
	})
	mu.Lock()
	id := registration
	mu.Unlock()
	if _, err := chromedp.Call(phone, serviceworker.DeliverPushMessage, serviceworker.DeliverPushMessageParams{
		Origin: base, RegistrationID: id, Data: string(payload),
	}); err != nil {
		t.Fatalf("ServiceWorker.deliverPushMessage: %v", err)
	}
	type shown struct{ Title, Body, URL, Tag string }
	notifications := func() []shown {
		return servertest.JS[[]shown](t, phone, `navigator.serviceWorker.ready.then((r) => r.getNotifications())
			.then((ns) => ns.map((n) => ({ Title: n.title, Body: n.body, URL: n.data && n.data.url, Tag: n.tag })))`)
	}
	servertest.Eventually(t, "the notification shown", func() bool { return len(notifications()) == 1 })
	want := shown{Title: "Walker", Body: "2 of 5 customers met, 9 days left", URL: "/#/commitments", Tag: "walker-reminder"}
	if got := notifications(); got[0] != want {
		t.Fatalf("notification %+v, want %+v", got[0], want)
	}

	// The click: the app, open on Settings, moves to the commitments.
	servertest.JS[bool](t, phone, `(navigator.serviceWorker.controller.postMessage({ type: "walker:click-notification", tag: "walker-reminder" }), true)`)
	servertest.Eventually(t, "the commitments opened", func() bool {
		return servertest.JS[string](t, phone, `location.hash`) == "#/commitments"
	})
	servertest.Eventually(t, "the notification closed", func() bool { return len(notifications()) == 0 })

	// Off again: the server forgets the device.
	route(t, phone, "#/settings")
	servertest.WaitText(t, phone, "On for this device")
	tap(t, phone, "Turn off for this device")
	servertest.WaitText(t, phone, "Reminders off for this device.")
	deadline := time.Now().Add(5 * time.Second)
	for h.Store.Client.PushSubscription.Query().CountX(servertest.System()) != 0 {
		if time.Now().After(deadline) {
			t.Fatal("the subscription is still stored")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
