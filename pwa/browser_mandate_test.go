package pwa_test

import (
	"testing"

	"github.com/chromedp/chromedp"

	"walker/server/servertest"
)

// TestBrowserMandateForANewPerson: an admin mandates 5 customers a month for
// everyone from Settings; a person who joins afterwards finds it among their
// commitments, set by the organization, with no way to remove it, and may
// still add their own. The mandates card and the plan form have no axe
// violations.
func TestBrowserMandateForANewPerson(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	admin := join(t, h, "ann@acme.test", "Ann Admin", "ADMIN")
	route(t, admin, "#/settings")
	servertest.Step(t, admin, "the mandates card", chromedp.WaitVisible(`form[aria-label="New mandate"]`))
	axe(t, admin, `section[aria-label="Mandated commitments"]`)
	setField(t, admin, `form[aria-label="New mandate"] input[name="target"]`, "5")
	tap(t, admin, "Mandate it")
	servertest.WaitText(t, admin, "Mandated for everyone.")
	servertest.Step(t, admin, "the mandate listed", chromedp.WaitVisible(`//li[@data-testid="mandate"]//strong[contains(., "Customers met: 5 a month")]`))

	neo := join(t, h, "neo@acme.test", "Neo New", "LEADER")
	waitFilled(t, neo, 20e9)
	route(t, neo, "#/commitments")
	servertest.Step(t, neo, "the mandated commitment", chromedp.WaitVisible(`//section[@data-testid="mandated"]//p[contains(., "set by your organization for everyone")]`))
	if n := servertest.JS[int](t, neo, `document.querySelectorAll('[data-testid="mandated"] button').length`); n != 0 {
		t.Fatalf("the mandated commitment offers %d buttons; it cannot be changed or removed by its person", n)
	}
	if got := servertest.JS[bool](t, neo, `[...document.querySelectorAll('form[aria-label="New commitment"] option')].some((o) => o.value === "CUSTOMERS_MET")`); got {
		t.Fatal("the new-commitment form offers the mandated behaviour again")
	}
	servertest.Screenshot(t, neo, "commitments-mandated")

	route(t, neo, "#/plan")
	servertest.Step(t, neo, "the plan form", chromedp.WaitVisible(`form[aria-label="Plan"]`))
	axe(t, neo, `main`)
	route(t, neo, "#/")
	servertest.Step(t, neo, "Home's plans", chromedp.WaitVisible(`[data-testid="plans"]`))
	axe(t, neo, `main`)
}
