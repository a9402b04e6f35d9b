package pwa_test

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"walker/ent/leader"
	"walker/server/auth"
	"walker/server/servertest"
)

// TestBrowserSetupFirstRun is a fresh install's first admin on the setup
// link: the form asks for the organization's name with the admin's name and
// email; an email the server would refuse is refused on the phone, next to
// the field, before any passkey is made; then the passkey is made, and the
// organization carries the name typed.
func TestBrowserSetupFirstRun(t *testing.T) {
	h, base, tr := servertest.BrowserServer(t)
	ctx := servertest.System()
	h.Store.Client.Leader.Update().SetRole(leader.RoleMEMBER).ExecX(ctx) // a fresh install has no admin
	link, err := auth.FirstRunLink(context.Background(), h.Store.Client, base)
	if err != nil || !strings.HasSuffix(link, "?setup=1") {
		t.Fatalf("setup link %q, %v", link, err)
	}
	msg := rulesMessages(t)

	phone := servertest.Browser(t)
	// Counts the passkeys the page asks for.
	if _, err := chromedp.Call(phone, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__creates = 0; { const create = navigator.credentials.create.bind(navigator.credentials);
			navigator.credentials.create = (...a) => (window.__creates++, create(...a)); }`,
	}); err != nil {
		t.Fatal(err)
	}
	servertest.Step(t, phone, "opening the setup link", chromedp.Navigate(link),
		chromedp.WaitVisible(`form[aria-label="Create a passkey"] input[name="organization"]`))
	setField(t, phone, `input[name="organization"]`, "Fay's Bakery")
	setField(t, phone, `input[name="name"]`, "Fay First")
	setField(t, phone, `input[name="email"]`, "fay@localhost")
	tap(t, phone, "Create a passkey")
	if got := fieldError(t, phone, "email"); got != msg["email"] {
		t.Fatalf("next to the email: %q, want %q\n%s", got, msg["email"], servertest.PageText(t, phone))
	}
	if f := waitFocus(t, phone, "email"); f != "email" {
		t.Fatalf("the focus is on %q, want the email", f)
	}
	if n := servertest.JS[int](t, phone, `window.__creates`); n != 0 || tr.Registers.Load() != 0 {
		t.Fatalf("a refused form made %d passkeys and %d registration requests", n, tr.Registers.Load())
	}
	servertest.Screenshot(t, phone, "setup-refused-email")

	setField(t, phone, `input[name="email"]`, "fay@bakery.example")
	tap(t, phone, "Create a passkey")
	servertest.Step(t, phone, "signed in", chromedp.WaitVisible(`[data-testid="verdict"]`))
	fay := h.Store.Client.Leader.Query().Where(leader.Email("fay@bakery.example")).WithOrganization().OnlyX(ctx)
	if fay.Role != leader.RoleADMIN || fay.Name != "Fay First" {
		t.Fatalf("the first admin: %+v", fay)
	}
	if got := fay.Edges.Organization.Name; got != "Fay's Bakery" {
		t.Fatalf("the organization is named %q, want the name typed in the setup form (the server must take it)", got)
	}
	servertest.WaitText(t, phone, "Fay's Bakery")
}
