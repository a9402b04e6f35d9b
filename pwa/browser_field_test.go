package pwa_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/decision"
	"walker/ent/endorsement"
	"walker/ent/leader"
	"walker/ent/nomination"
	"walker/server/servertest"
)

// netSwitch takes the page and every service worker offline or back online.
// Both must be: the page's emulation does not cover the service worker's own
// fetches. The worker sessions stay attached (emulation ends with them).
type netSwitch struct {
	page    context.Context
	workers map[target.ID]context.Context
}

func (n *netSwitch) set(t *testing.T, offline bool) {
	t.Helper()
	apply := func(ctx context.Context, what string) {
		if _, err := chromedp.Call(ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			EmulateOfflineServiceWorker: &offline,
			MatchedNetworkConditions:    []*network.Conditions{{Offline: offline, DownloadThroughput: -1, UploadThroughput: -1}},
		}); err != nil {
			t.Fatalf("network conditions on the %s: %v", what, err)
		}
		if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
			Offline: offline, DownloadThroughput: -1, UploadThroughput: -1,
		}); err != nil {
			t.Fatalf("network state on the %s: %v", what, err)
		}
	}
	apply(n.page, "page")
	targets, err := chromedp.Targets(n.page)
	if err != nil {
		t.Fatal(err)
	}
	for _, info := range targets {
		if info.Type != "service_worker" {
			continue
		}
		if n.workers[info.TargetID] == nil {
			ctx, cancel := chromedp.NewContext(n.page, chromedp.WithTargetID(info.TargetID))
			t.Cleanup(cancel)
			n.workers[info.TargetID] = ctx
		}
	}
	if len(n.workers) == 0 {
		t.Fatal("no service worker to take offline")
	}
	for _, ctx := range n.workers {
		apply(ctx, "service worker")
	}
}

// route moves within the app, as a tap on a link does (no page load).
func route(t *testing.T, ctx context.Context, hash string) {
	t.Helper()
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(location.hash = %q, true)`, hash))
}

// setField sets a form field's value the way typing does (an input event).
func setField(t *testing.T, ctx context.Context, selector, value string) {
	t.Helper()
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(() => { const f = document.querySelector(%q); f.value = %q;
		f.dispatchEvent(new Event("input", { bubbles: true })); f.dispatchEvent(new Event("change", { bubbles: true })); return true })()`, selector, value))
}

// tap clicks the button whose text contains text.
func tap(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	sel := fmt.Sprintf(`//button[contains(normalize-space(.), %q)]`, text)
	// Scrolled to the middle first, clear of the sticky header and the tab
	// bar, which otherwise take a tap meant for a button beneath them.
	servertest.Step(t, ctx, "finding "+text, chromedp.WaitVisible(sel))
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
		.singleNodeValue.scrollIntoView({ block: "center" }), true)`, sel))
	servertest.Step(t, ctx, "tapping "+text, chromedp.Click(sel))
}

// logConversation fills "Log a conversation": a customer picked from the
// search (or added, when add is set), what we heard, Save.
func logConversation(t *testing.T, ctx context.Context, customerName, heard string, add bool, shot string) {
	t.Helper()
	route(t, ctx, "#/log")
	servertest.Step(t, ctx, "opening the log form", chromedp.WaitVisible(`form[aria-label="Log a conversation"]`))
	setField(t, ctx, `input[type="search"]`, customerName)
	if add {
		tap(t, ctx, "Add “"+customerName+"” as a new customer") // one tap: the name is enough
	} else {
		servertest.Step(t, ctx, "picking "+customerName, chromedp.Click(fmt.Sprintf(`//button[@class="option" and contains(., %q)]`, customerName)))
	}
	servertest.Step(t, ctx, "customer chosen", chromedp.WaitVisible(fmt.Sprintf(`//ul[@aria-label="Chosen customers"]//button[contains(., %q)]`, customerName)))
	setField(t, ctx, `textarea[name="heard"]`, heard)
	if shot != "" {
		servertest.Screenshot(t, ctx, shot)
	}
	tap(t, ctx, "Save")
	servertest.Step(t, ctx, "saved", chromedp.WaitVisible(`//p[contains(., "Saved")]`))
}

// pick chooses name in the search picker of the fieldset whose legend is
// legend, typing term.
func pick(t *testing.T, ctx context.Context, legend, term, name string) {
	t.Helper()
	field := fmt.Sprintf(`//fieldset[legend[normalize-space(.)=%q]]`, legend)
	servertest.Step(t, ctx, "searching "+legend, chromedp.WaitVisible(field+`//input[@type="search"]`))
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(() => { const f = document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
		f.value = %q; f.dispatchEvent(new Event("input", { bubbles: true })); return true })()`, field+`//input[@type="search"]`, term))
	servertest.Step(t, ctx, "choosing "+name, chromedp.Click(fmt.Sprintf(`%s//button[@class="option" and starts-with(normalize-space(.), %q)]`, field, name)),
		chromedp.WaitVisible(fmt.Sprintf(`%s//p[@class="chosen"]/strong[starts-with(., %q)]`, field, name)))
}

// settled waits until nothing in the element matching selector is still
// loading, so that a tap by position does not land where a read's answer
// (or its error) is about to push the button.
func settled(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if servertest.JS[bool](t, ctx, fmt.Sprintf(`(() => { const f = document.querySelector(%q); return !!f && !f.innerText.includes("Loading…") })()`, selector)) {
			return
		}
	}
	t.Fatalf("%s never finished loading:\n%s", selector, servertest.PageText(t, ctx))
}

// TestBrowserFieldJourney is the app on a phone: sign in, log a conversation
// online, go offline (page and service worker), log two conversations, a new
// customer and a decision, reload offline (the app opens and shows 4
// pending), come back online with an expired access token, and find every
// write on the server exactly once; then nominate, endorse and approve
// champions, make a commitment, and read the team dashboard and the feedback
// review. Screenshots of each screen go to artifacts/browser.
func TestBrowserFieldJourney(t *testing.T) {
	h, _, tr := servertest.BrowserServer(t)
	ctx := servertest.System()
	db := h.Store.Client
	h.Customer(h.AdaJWT, "Zoe Customer")
	h.OK(h.LeoJWT, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Mia called Zoe back on a Sunday to fix her refund"}) { id } }`,
		map[string]any{"n": fmt.Sprint(h.Mia.ID)}, nil)

	phone := join(t, h, "nia@acme.test", "Nia Field", "ADMIN")
	servertest.WaitText(t, phone, "0 customers met")
	servertest.Screenshot(t, phone, "4-home")
	nia := db.Leader.Query().Where(leader.Email("nia@acme.test")).OnlyX(ctx)
	mine := func() []*ent.Conversation {
		return db.Conversation.Query().Where(conversation.LeaderID(nia.ID)).WithCustomers().AllX(ctx)
	}

	// Online: a conversation goes straight to the server.
	logConversation(t, phone, "Zoe Customer", "Wants refunds within two days", false, "5-log")
	servertest.WaitText(t, phone, "All synced")
	servertest.WaitText(t, phone, "Wants refunds within two days")
	servertest.Screenshot(t, phone, "6-conversations")
	if n := len(mine()); n != 1 {
		t.Fatalf("after logging online Nia has %d conversations, want 1", n)
	}
	route(t, phone, "#/")
	servertest.WaitText(t, phone, "1 customer met")

	// Offline, the page and the service worker.
	wifi := &netSwitch{page: phone, workers: map[target.ID]context.Context{}}
	wifi.set(t, true)
	if reached := servertest.JS[bool](t, phone, `fetch("/healthz").then(() => true, () => false)`); reached {
		t.Fatal("the page still reaches the server while offline")
	}
	servertest.WaitText(t, phone, "Offline")
	before := tr.Requests.Load()
	logConversation(t, phone, "Zoe Customer", "Offline visit one: the app is slow at the counter", false, "")
	logConversation(t, phone, "Yara New", "Offline visit two: Yara wants invoices by email", true, "7-log-offline")
	servertest.WaitText(t, phone, "3 waiting to sync")

	route(t, phone, "#/decisions/new")
	servertest.Step(t, phone, "opening the decision form", chromedp.WaitVisible(`form[aria-label="Record a decision"]`))
	settled(t, phone, `form[aria-label="Record a decision"]`)
	setField(t, phone, `input[name="title"]`, "Refunds within two days")
	setField(t, phone, `textarea[name="customerBenefit"]`, "tbd")
	tap(t, phone, "Save the decision")
	servertest.WaitText(t, phone, "say what the customer gains from this decision, in at least 15 characters")
	servertest.Screenshot(t, phone, "8-decision-validation")
	if got := tr.Requests.Load(); got != before {
		t.Fatalf("%d requests reached the server while offline", got-before)
	}
	setField(t, phone, `textarea[name="customerBenefit"]`, "Customers get their money back in two days instead of ten")
	tap(t, phone, "Save the decision")
	servertest.WaitText(t, phone, "4 waiting to sync")

	// Reload while offline: the app opens from the service worker with the
	// writes still pending and the last data seen.
	servertest.Step(t, phone, "reloading offline", chromedp.Reload())
	route(t, phone, "#/")
	servertest.WaitText(t, phone, "4 waiting to sync")
	servertest.WaitText(t, phone, "Offline: as of")
	servertest.WaitText(t, phone, "Hello, Nia Field")
	servertest.Screenshot(t, phone, "9-offline-home")
	route(t, phone, "#/pending")
	servertest.WaitText(t, phone, "Decision: Refunds within two days")
	if n := servertest.JS[int](t, phone, `document.querySelectorAll('[data-testid="pending-item"]').length`); n != 4 {
		t.Fatalf("the pending list shows %d items, want 4:\n%s", n, servertest.PageText(t, phone))
	}
	servertest.Screenshot(t, phone, "10-pending")
	if got := tr.Requests.Load(); got != before {
		t.Fatalf("%d requests reached the server while offline", got-before)
	}
	if n := len(mine()); n != 1 {
		t.Fatalf("while offline Nia has %d conversations on the server, want 1", n)
	}

	// Offline the app could not renew its session (the reload dropped the
	// access token held in memory) and the server's clock moves 20 minutes
	// on: back online, the app renews the session first, then replays.
	h.Server.Keys().SetClock(func() time.Time { return time.Now().Add(20 * time.Minute) })
	refreshesBefore := tr.Refreshes.Load()
	wifi.set(t, false)
	servertest.WaitText(t, phone, "All synced")
	if tr.Refreshes.Load() == refreshesBefore {
		t.Fatal("the replay did not renew the expired access token")
	}
	convs := mine()
	if len(convs) != 3 {
		t.Fatalf("after the replay Nia has %d conversations, want 3", len(convs))
	}
	heard := map[string][]string{}
	for _, c := range convs {
		for _, cu := range c.Edges.Customers {
			heard[c.Heard] = append(heard[c.Heard], cu.Name)
		}
	}
	if got := heard["Offline visit two: Yara wants invoices by email"]; len(got) != 1 || got[0] != "Yara New" {
		t.Fatalf("the conversation with the customer added offline has customers %v", got)
	}
	if got := heard["Offline visit one: the app is slow at the counter"]; len(got) != 1 || got[0] != "Zoe Customer" {
		t.Fatalf("the first offline conversation has customers %v", got)
	}
	if n := db.Customer.Query().Where(customer.Name("Yara New")).CountX(ctx); n != 1 {
		t.Fatalf("%d customers named Yara New, want 1", n)
	}
	if n := db.Decision.Query().Where(decision.OwnerID(nia.ID), decision.Title("Refunds within two days")).CountX(ctx); n != 1 {
		t.Fatalf("%d decisions, want 1", n)
	}

	// Champions: endorse and approve Leo's nomination of Mia; nominate Leo.
	route(t, phone, "#/champions")
	servertest.WaitText(t, phone, "Mia called Zoe back")
	servertest.Screenshot(t, phone, "11-champions")
	// The token the app holds expires (the server's clock moves on again):
	// the endorsement is refused with 401, the app renews and sends it again.
	h.Server.Keys().SetClock(func() time.Time { return time.Now().Add(40 * time.Minute) })
	refused, refreshesBefore := tr.Unauthorized.Load(), tr.Refreshes.Load()
	tap(t, phone, "Endorse Mia Member")
	servertest.Eventually(t, "the endorsement stored", func() bool {
		return db.Endorsement.Query().Where(endorsement.EndorserID(nia.ID)).CountX(ctx) == 1
	})
	servertest.WaitText(t, phone, "All synced")
	if tr.Unauthorized.Load() == refused || tr.Refreshes.Load() == refreshesBefore {
		t.Fatalf("with an expired token: %d refusals, %d renewals; want at least one of each",
			tr.Unauthorized.Load()-refused, tr.Refreshes.Load()-refreshesBefore)
	}
	tap(t, phone, "Approve")
	servertest.Eventually(t, "Mia approved", func() bool {
		return db.Nomination.Query().Where(nomination.NomineeID(h.Mia.ID), nomination.StatusEQ(nomination.StatusAPPROVED)).CountX(ctx) == 1
	})
	servertest.WaitText(t, phone, "All synced")
	route(t, phone, "#/champions/nominate")
	servertest.Step(t, phone, "opening the nomination form", chromedp.WaitVisible(`form[aria-label="Nominate a champion"]`))
	pick(t, phone, "Who", "Leo", "Leo Leader")
	setField(t, phone, `textarea[name="story"]`, "Leo sat with Yara's team for a day to learn their invoicing")
	servertest.Screenshot(t, phone, "12-nominate")
	tap(t, phone, "Nominate")
	servertest.Eventually(t, "Leo nominated", func() bool {
		return db.Nomination.Query().Where(nomination.NomineeID(h.Leo.ID)).CountX(ctx) == 1
	})
	servertest.WaitText(t, phone, "All synced")
	servertest.WaitText(t, phone, "Leo sat with Yara's team")
	mia := db.Nomination.Query().Where(nomination.NomineeID(h.Mia.ID)).OnlyX(ctx)
	if mia.Status != nomination.StatusAPPROVED || db.Endorsement.Query().Where(endorsement.NominationID(mia.ID), endorsement.EndorserID(nia.ID)).CountX(ctx) != 1 {
		t.Fatalf("Mia's nomination: %s, endorsements by Nia: %d", mia.Status, db.Endorsement.Query().Where(endorsement.NominationID(mia.ID)).CountX(ctx))
	}
	if n := db.Nomination.Query().Where(nomination.NomineeID(h.Leo.ID), nomination.NominatorID(nia.ID), nomination.StatusEQ(nomination.StatusOPEN)).CountX(ctx); n != 1 {
		t.Fatalf("%d open nominations of Leo by Nia, want 1", n)
	}
	servertest.WaitText(t, phone, "★ Mia Member")

	// Commitments: at least 5 customers a month.
	route(t, phone, "#/commitments")
	servertest.Step(t, phone, "opening commitments", chromedp.WaitVisible(`form[aria-label="New commitment"]`))
	setField(t, phone, `form[aria-label="New commitment"] input[name="target"]`, "5")
	tap(t, phone, "Commit")
	servertest.Eventually(t, "the commitment stored", func() bool { return nia.QueryCommitments().CountX(ctx) == 1 })
	servertest.WaitText(t, phone, "All synced")
	servertest.Step(t, phone, "commitment shown", chromedp.WaitVisible(`form[aria-label="Customers met"]`))
	servertest.Screenshot(t, phone, "13-commitments")
	route(t, phone, "#/")
	servertest.WaitText(t, phone, "Customers met: 2 of 5")
	servertest.WaitText(t, phone, "Not yet a walker this month.")
	// Its pace, in words: 2 of 5 is on track, behind or at risk by the day of the month, never met or missed.
	if pace := servertest.JS[string](t, phone, `document.querySelector('[data-testid="commitment"] .pace')?.innerText ?? ""`); !slices.Contains([]string{"on track", "behind", "at risk"}, pace) {
		t.Fatalf("the commitment's pace: %q", pace)
	}

	// The team dashboard shows the new numbers.
	route(t, phone, "#/team")
	servertest.WaitText(t, phone, "2 customers met in 3 conversations")
	if pace := servertest.JS[string](t, phone, `document.querySelector('[data-testid="team-pace"]')?.innerText ?? ""`); !regexp.MustCompile(`^1 (on track|behind|at risk)$`).MatchString(pace) {
		t.Fatalf("the team's leaders by pace: %q", pace)
	}
	servertest.WaitText(t, phone, "1 champion, 1 open nomination")
	servertest.Screenshot(t, phone, "14-team")
	// The 12-month chart reads at a glance: month names, the year, each value.
	chart := servertest.JS[[]string](t, phone, `[...document.querySelectorAll('.chart svg text')].map((x) => x.textContent)`)
	thisMonth := time.Now().UTC()
	if !slices.Contains(chart, thisMonth.Format("Jan")) || !slices.Contains(chart, thisMonth.AddDate(0, -11, 0).Format("2006")) || !slices.Contains(chart, "2") {
		t.Fatalf("the team's chart says %q", chart)
	}
	route(t, phone, "#/team/review")
	servertest.WaitText(t, phone, "Yara wants invoices by email")
	// The printed review names the organization, the month in words and the day it was printed.
	servertest.WaitText(t, phone, "Feedback review, "+thisMonth.Format("January 2006"))
	if head := servertest.JS[string](t, phone, `document.querySelector('[data-testid="review-heading"]')?.innerText ?? ""`); !strings.HasPrefix(head, "Acme · "+thisMonth.Format("January 2006")+" · printed ") {
		t.Fatalf("the review's heading: %q", head)
	}
	if text := servertest.PageText(t, phone); !strings.Contains(text, "By segment") || !strings.Contains(text, "Zoe Customer") {
		t.Fatalf("feedback review:\n%s", text)
	}
	servertest.Screenshot(t, phone, "15-feedback-review")
	route(t, phone, "#/decisions")
	servertest.WaitText(t, phone, "Customers get their money back")
	servertest.Screenshot(t, phone, "16-decisions")
	route(t, phone, "#/settings")
	servertest.WaitText(t, phone, "My passkeys")
	servertest.Screenshot(t, phone, "17-settings")
}

// TestBrowserNeverAllSyncedWhileWaiting: with a write waiting (offline), the
// indicator never says "All synced", not even for a moment on a screen just
// opened (it used to, until the screen had read the outbox).
func TestBrowserNeverAllSyncedWhileWaiting(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "nia@acme.test", "Nia Field", "LEADER")
	waitFilled(t, phone, 20*time.Second)
	wifi := &netSwitch{page: phone, workers: map[target.ID]context.Context{}}
	wifi.set(t, true)
	logConversation(t, phone, "Zoe Customer", "Wants refunds within two days", false, "")
	servertest.WaitText(t, phone, "1 waiting to sync")
	// Every text the indicator shows from now on, however briefly.
	servertest.JS[bool](t, phone, `(() => { window.__shown = []; const seen = () => { const t = document.querySelector('[data-testid="pending"]')?.textContent;
		if (t && t !== window.__shown.at(-1)) window.__shown.push(t) };
		new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true }); return true })()`)
	for _, hash := range []string{"#/", "#/conversations", "#/decisions", "#/champions", "#/pending", "#/more", "#/log", "#/"} {
		route(t, phone, hash)
		servertest.Step(t, phone, "opening "+hash, chromedp.WaitVisible(`[data-testid="pending"]`))
		time.Sleep(150 * time.Millisecond)
	}
	shown := servertest.JS[[]string](t, phone, `window.__shown`)
	for _, s := range shown {
		if strings.Contains(s, "All synced") {
			t.Fatalf("with a write waiting, the indicator said %q (it said, in turn: %q)", s, shown)
		}
	}
	if len(shown) == 0 {
		t.Fatal("the indicator was never seen")
	}
	wifi.set(t, false)
	servertest.WaitText(t, phone, "All synced")
}
