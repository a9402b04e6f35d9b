package pwa_test

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"walker/ent/leader"
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

	// The admin puts Neo in Sales, reporting to her; her Home then shows Neo among her reports.
	route(t, admin, "#/more")
	route(t, admin, "#/settings") // opening the screen brings the phone's copy up to date: Neo joined meanwhile
	li := `//li[@data-testid="person" and contains(., "Neo New")]`
	servertest.Step(t, admin, "Neo in People", chromedp.WaitVisible(li))
	servertest.JS[bool](t, admin, fmt.Sprintf(`(document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue.scrollIntoView({ block: "center" }), true)`, li))
	servertest.Step(t, admin, "editing Neo", chromedp.Click(li+`//button[normalize-space(.)="Team and manager"]`))
	setField(t, admin, `form[aria-label="Edit Neo New"] input[name="team"]`, "Sales")
	pick(t, admin, "Manager", "Ann", "Ann Admin")
	axe(t, admin, `form[aria-label="Edit Neo New"]`)
	tap(t, admin, "Save Neo New")
	servertest.Eventually(t, "Neo reports to Ann, in Sales", func() bool {
		l := h.Store.Client.Leader.Query().Where(leader.Email("neo@acme.test")).OnlyX(servertest.System())
		return l.ManagerID != nil && l.Team != nil && *l.Team == "Sales" && h.Store.Client.Leader.GetX(servertest.System(), *l.ManagerID).Name == "Ann Admin"
	})
	route(t, admin, "#/")
	servertest.Step(t, admin, "Neo among Ann's reports", chromedp.WaitVisible(`//li[@data-testid="report" and contains(., "Neo New")]`))
	axe(t, admin, `section[aria-label="My reports"]`)

	route(t, neo, "#/plan")
	servertest.Step(t, neo, "the plan form", chromedp.WaitVisible(`form[aria-label="Plan"]`))
	axe(t, neo, `main`)
	route(t, neo, "#/")
	servertest.Step(t, neo, "Home's plans", chromedp.WaitVisible(`[data-testid="plans"]`))
	axe(t, neo, `main`)
}
