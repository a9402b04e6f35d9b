package server_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/webauthn"
	"github.com/chromedp/chromedp"

	"walker/ent/leader"
	"walker/ent/privacy"
	"walker/ent/session"
)

// chromium is Debian's Chromium, which .ci/run installs.
const chromium = "/usr/bin/chromium"

// browser opens a phone-sized headless Chromium with its own profile and a
// virtual passkey authenticator (CTAP2, internal, resident keys, verified user).
func browser(t *testing.T) context.Context {
	t.Helper()
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.UserDataDir(t.TempDir()))
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, webauthn.Enable, webauthn.EnableParams{}); err != nil {
		t.Fatalf("WebAuthn.enable: %v", err)
	}
	if _, err := chromedp.Call(ctx, webauthn.AddVirtualAuthenticator, webauthn.AddVirtualAuthenticatorParams{
		Options: &webauthn.VirtualAuthenticatorOptions{
			Protocol: webauthn.AuthenticatorProtocolCtap2, Ctap2version: webauthn.Ctap2versionCtap21,
			Transport: webauthn.AuthenticatorTransportInternal, HasResidentKey: true, HasUserVerification: true,
			IsUserVerified: true, AutomaticPresenceSimulation: true,
		},
	}); err != nil {
		t.Fatalf("adding a virtual authenticator: %v", err)
	}
	return ctx
}

func step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := filepath.Join("..", "artifacts", "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

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

// waitText waits until the page shows text.
func waitText(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(pageText(t, ctx), text) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the page never showed %q; it shows:\n%s", text, pageText(t, ctx))
}

func pageText(t *testing.T, ctx context.Context) string {
	t.Helper()
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// TestBrowserPasskeyJourney drives the real app in headless Chromium with a
// virtual authenticator: invitation link → create a passkey → signed in →
// reload, still signed in → sign out → sign in with the passkey → a second
// person of another organization sees only theirs.
func TestBrowserPasskeyJourney(t *testing.T) {
	h, base, _ := browserServer(t)

	phone := browser(t)
	step(t, phone, "opening the invitation link",
		chromedp.Navigate(base+"/invite/"+h.invite("nia@acme.test")),
		chromedp.WaitVisible(`form[aria-label="Create a passkey"]`))
	screenshot(t, phone, "1-registration")
	step(t, phone, "creating a passkey",
		chromedp.SendKeys(`input[name="name"]`, "Nia Browser"),
		chromedp.Click(`button[type="submit"]`),
		chromedp.WaitVisible(`[data-testid="verdict"]`))
	if text := pageText(t, phone); !strings.Contains(text, "Hello, Nia Browser") || !strings.Contains(text, "Acme") ||
		!strings.Contains(text, "My month") || !strings.Contains(text, "customers met") {
		t.Fatalf("after registration the page says: %s", text)
	}
	screenshot(t, phone, "2-signed-in")
	step(t, phone, "reloading", chromedp.Reload(), chromedp.WaitVisible(`[data-testid="signed-in"]`))
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
	sys := privacy.DecisionContext(context.Background(), privacy.Allow)
	open := h.store.Client.Session.Query().Where(session.HasLeaderWith(leader.Email("nia@acme.test")), session.RevokedAtIsNil()).IDsX(sys)
	if len(open) == 0 {
		t.Fatal("no session for Nia before signing out")
	}
	route(t, phone, "#/settings")
	// Clicked once the page has settled: the passkey list loading above the
	// button moves it, and a click by coordinates could land elsewhere.
	step(t, phone, "opening settings", chromedp.WaitVisible(`section[aria-label="My passkeys"] form`))
	step(t, phone, "signing out", chromedp.Click(`//button[normalize-space(.)="Sign out"]`))
	eventually(t, "the session ended on the server", func() bool {
		return h.store.Client.Session.Query().Where(session.IDIn(open...), session.RevokedAtIsNil()).CountX(sys) == 0
	})
	screenshot(t, phone, "3-sign-in")
	signIn(t, phone)
	waitText(t, phone, "Hello, Nia Browser")
	if text := pageText(t, phone); !strings.Contains(text, "Nia Browser") {
		t.Fatalf("after signing in again the page says: %s", text)
	}

	// A second person, of Globex, sees Globex only.
	var inv struct {
		CreateInvitation struct{ URL string } `json:"createInvitation"`
	}
	h.ok(h.gusJWT, `mutation { createInvitation(input: {email: "gia@globex.test"}) { url } }`, nil, &inv)
	other := browser(t)
	step(t, other, "second person registering",
		chromedp.Navigate(inv.CreateInvitation.URL),
		chromedp.WaitVisible(`form[aria-label="Create a passkey"]`),
		chromedp.SendKeys(`input[name="name"]`, "Gia Globex"),
		chromedp.Click(`button[type="submit"]`),
		chromedp.WaitVisible(`[data-testid="verdict"]`))
	if text := pageText(t, other); !strings.Contains(text, "Globex") || strings.Contains(text, "Acme") {
		t.Fatalf("the second person's page: %s", text)
	}
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	nia := h.store.Client.Leader.Query().Where(leader.Email("nia@acme.test")).OnlyX(ctx)
	gia := h.store.Client.Leader.Query().Where(leader.Email("gia@globex.test")).OnlyX(ctx)
	if nia.OrganizationID != h.acme.ID || gia.OrganizationID != h.globex.ID {
		t.Fatalf("people landed in the wrong organizations: %d %d", nia.OrganizationID, gia.OrganizationID)
	}
	if n := nia.QueryPasskeys().CountX(ctx); n != 1 {
		t.Fatalf("Nia has %d passkeys", n)
	}
}
