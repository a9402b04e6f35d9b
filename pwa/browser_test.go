package pwa_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"walker/ent/leader"
	"walker/ent/session"
	"walker/server/servertest"
)

// signIn waits for the app to be signed in, pressing "Sign in with a
// passkey" when the sign-in screen shows (the browser's passkey autofill may
// sign in first).
func signIn(t *testing.T, ctx context.Context) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		state, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('[data-testid="signed-in"]') ? "in" :
			[...document.querySelectorAll("button")].some(b => b.textContent.includes("Sign in with a passkey") && !b.disabled) ? "out" : "wait"`))
		if err != nil {
			t.Fatalf("reading the page: %v", err)
		}
		switch state {
		case "in":
			return
		case "out":
			// Clicked from the page, not waited for: the autofill may sign in
			// (and remove the button) at the same moment.
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { const b = [...document.querySelectorAll("button")]
				.find(b => b.textContent.includes("Sign in with a passkey") && !b.disabled); b?.click(); return !!b })()`)); err != nil {
				t.Fatalf("pressing sign in: %v", err)
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("never signed in")
}

// TestBrowserPasskeyJourney drives the real app in headless Chromium with a
// virtual authenticator: invitation link → create a passkey → signed in →
// reload, still signed in → sign out → sign in with the passkey → a second
// person of another organization sees only theirs.
func TestBrowserPasskeyJourney(t *testing.T) {
	h, base, _ := servertest.BrowserServer(t)

	phone := servertest.Browser(t)
	servertest.Step(t, phone, "opening the invitation link",
		chromedp.Navigate(base+"/invite/"+h.Invite("nia@acme.test")),
		chromedp.WaitVisible(`form[aria-label="Create a passkey"]`))
	servertest.Screenshot(t, phone, "1-registration")
	servertest.Step(t, phone, "creating a passkey",
		chromedp.SendKeys(`input[name="name"]`, "Nia Browser"),
		chromedp.Click(`button[type="submit"]`),
		chromedp.WaitVisible(`[data-testid="verdict"]`))
	if text := servertest.PageText(t, phone); !strings.Contains(text, "Hello, Nia Browser") || !strings.Contains(text, "Acme") ||
		!strings.Contains(text, "My month") || !strings.Contains(text, "customers met") {
		t.Fatalf("after registration the page says: %s", text)
	}
	servertest.Screenshot(t, phone, "2-signed-in")
	servertest.Step(t, phone, "reloading", chromedp.Reload(), chromedp.WaitVisible(`[data-testid="signed-in"]`))
	// The service worker is active and has precached the app shell.
	cached, err := chromedp.Run(phone, chromedp.Evaluate[bool](`navigator.serviceWorker.ready.then(async () =>
		(await caches.keys()).some(k => k.startsWith("walker-shell-")) && !!(await caches.match("/")) && !!(await caches.match("/sw.js")) === false)`,
		chromedp.EvalAwaitPromise))
	if err != nil || !cached {
		t.Fatalf("app shell not precached by the service worker: %v %v", cached, err)
	}
	// Sign out ends the session on the server. The sign-in page then shows;
	// the virtual authenticator may answer its passkey autofill at once (a
	// real person picks from the list), which signIn allows for.
	sys := servertest.System()
	open := h.Store.Client.Session.Query().Where(session.HasLeaderWith(leader.Email("nia@acme.test")), session.RevokedAtIsNil()).IDsX(sys)
	if len(open) == 0 {
		t.Fatal("no session for Nia before signing out")
	}
	route(t, phone, "#/settings")
	// Clicked once the page has settled: the passkey list loading above the
	// button moves it, and a click by coordinates could land elsewhere.
	servertest.Step(t, phone, "opening settings", chromedp.WaitVisible(`section[aria-label="My passkeys"] form`))
	servertest.Step(t, phone, "signing out", chromedp.Click(`//button[normalize-space(.)="Sign out"]`))
	servertest.Eventually(t, "the session ended on the server", func() bool {
		return h.Store.Client.Session.Query().Where(session.IDIn(open...), session.RevokedAtIsNil()).CountX(sys) == 0
	})
	servertest.Screenshot(t, phone, "3-sign-in")
	signIn(t, phone)
	servertest.WaitText(t, phone, "Hello, Nia Browser")
	if text := servertest.PageText(t, phone); !strings.Contains(text, "Nia Browser") {
		t.Fatalf("after signing in again the page says: %s", text)
	}

	// A second person, of Globex, sees Globex only.
	var inv struct {
		CreateInvitation struct{ URL string } `json:"createInvitation"`
	}
	h.OK(h.GusJWT, `mutation { createInvitation(input: {email: "gia@globex.test"}) { url } }`, nil, &inv)
	other := register(t, inv.CreateInvitation.URL, "Gia Globex")
	if text := servertest.PageText(t, other); !strings.Contains(text, "Globex") || strings.Contains(text, "Acme") {
		t.Fatalf("the second person's page: %s", text)
	}
	ctx := servertest.System()
	nia := h.Store.Client.Leader.Query().Where(leader.Email("nia@acme.test")).OnlyX(ctx)
	gia := h.Store.Client.Leader.Query().Where(leader.Email("gia@globex.test")).OnlyX(ctx)
	if nia.OrganizationID != h.Acme.ID || gia.OrganizationID != h.Globex.ID {
		t.Fatalf("people landed in the wrong organizations: %d %d", nia.OrganizationID, gia.OrganizationID)
	}
	if n := nia.QueryPasskeys().CountX(ctx); n != 1 {
		t.Fatalf("Nia has %d passkeys", n)
	}
}
