package pwa_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"walker/ent/endorsement"
	"walker/ent/feedbackreview"
	"walker/ent/leader"
	"walker/server/servertest"
)

// checkLabel ticks the checkbox whose label, inside the element matching
// within, contains text.
func checkLabel(t *testing.T, ctx context.Context, within, text string) {
	t.Helper()
	sel := fmt.Sprintf(`//*[@data-testid=%q]//label[contains(., %q)]/input[@type="checkbox"]`, within, text)
	servertest.Step(t, ctx, "finding "+text, chromedp.WaitVisible(sel))
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
		.singleNodeValue.scrollIntoView({ block: "center" }), true)`, sel))
	servertest.Step(t, ctx, "ticking "+text, chromedp.Click(sel))
}

// TestBrowserFeedbackReview: a leader, offline (page and service worker),
// logs a conversation and then records a feedback review from the Feedback
// reviews screen: the title prefilled with the month, an attendee, two
// departments tapped and two typed (one a repeat), the conversation logged
// online earlier and the one still on the device, notes and a follow-up
// agreed. The form, loaded on first open, opens offline; it refuses a blank
// title with the server's words before anything is queued, and has no axe
// violations. The review shows at once, waiting; back online, the server has
// it once, with its attendee, departments, both conversations and its
// follow-up, and it counts in the month of the host and of the attendee
// (the FEEDBACK_REVIEWS commitment's progress).
func TestBrowserFeedbackReview(t *testing.T) {
	h, _, tr := servertest.BrowserServer(t)
	ctx := servertest.System()
	db := h.Store.Client
	msg := rulesMessages(t)
	zoe := h.Customer(h.AdaJWT, "Zoe Customer")
	h.Customer(h.AdaJWT, "Bo Customer")
	phone := join(t, h, "ola@acme.test", "Ola Leader", "LEADER")
	ola := db.Leader.Query().Where(leader.Email("ola@acme.test")).OnlyX(ctx)
	h.OK(h.JWT(ola), `mutation { createCommitment(input: {behaviour: FEEDBACK_REVIEWS, target: 1}) { id } }`, nil, nil)
	h.Conversation(h.JWT(ola), time.Now().Add(-24*time.Hour), zoe)
	waitFilled(t, phone, 30*time.Second)
	focus(t, phone)
	route(t, phone, "#/conversations")
	servertest.WaitText(t, phone, "Zoe Customer")

	wifi := &netSwitch{page: phone, workers: map[target.ID]context.Context{}}
	wifi.set(t, true)
	servertest.WaitText(t, phone, "Offline")
	time.Sleep(300 * time.Millisecond) // a request sent just before arrives
	offline := tr.Requests.Load()

	logConversationOffline := func() {
		route(t, phone, "#/log")
		servertest.Step(t, phone, "opening the log form", chromedp.WaitVisible(`form[aria-label="Log a conversation"]`))
		setField(t, phone, `[data-testid="customer-search"] input`, "Bo")
		servertest.Step(t, phone, "picking Bo", chromedp.Click(`//button[@class="option" and contains(., "Bo Customer")]`))
		setField(t, phone, `textarea[name="heard"]`, "Bo wants the price list by email")
		tap(t, phone, "Save")
		servertest.WaitText(t, phone, "Bo wants the price list by email")
	}
	logConversationOffline()

	route(t, phone, "#/reviews")
	servertest.Step(t, phone, "the reviews", chromedp.WaitVisible(`//a[contains(., "Record a feedback review")]`))
	servertest.Step(t, phone, "opening the form", chromedp.Click(`//a[contains(., "Record a feedback review")]`))
	form := `form[aria-label="Record a feedback review"]`
	servertest.Step(t, phone, "the form, offline", chromedp.WaitVisible(form+` input[name="title"]`))
	if title, want := servertest.JS[string](t, phone, `document.querySelector('input[name="title"]').value`),
		servertest.JS[string](t, phone, `new Date().toLocaleString("en", { month: "long" }) + " feedback review"`); title != want {
		t.Fatalf("the title is prefilled with %q, want %q", title, want)
	}

	// A blank title is refused on the phone, in the server's words.
	setField(t, phone, form+` input[name="title"]`, "  ")
	tap(t, phone, "Save the review")
	if got := fieldError(t, phone, "title"); got != msg["required"] {
		t.Fatalf("next to the title: %q, want %q", got, msg["required"])
	}
	if n := outboxSize(t, phone); n != 1 {
		t.Fatalf("%d writes in the outbox after a refused submit, want 1 (the conversation)", n)
	}
	setField(t, phone, form+` input[name="title"]`, "Q4 feedback review with Support")

	setField(t, phone, `[data-testid="review-attendee-search"] input[type="search"]`, "Leo")
	servertest.Step(t, phone, "adding Leo", chromedp.Click(`//*[@data-testid="review-attendee-search"]//button[@class="option" and contains(., "Leo Leader")]`))
	servertest.Step(t, phone, "Leo attends", chromedp.WaitVisible(`//ul[@aria-label="Attendees"]//li[contains(., "Leo Leader")]`))
	tap(t, phone, "Product")
	tap(t, phone, "Support")
	setField(t, phone, form+` input[name="otherDepartments"]`, "Legal, support , Finance")
	checkLabel(t, phone, "reviewed", "Zoe Customer")
	checkLabel(t, phone, "reviewed", "Bo Customer")
	servertest.WaitText(t, phone, "2 chosen")
	setField(t, phone, form+` textarea[name="notes"]`, "Refunds are slow; Support asks for a refund button")
	tap(t, phone, "Add a follow-up")
	if f := waitFocus(t, phone, "followUps.0.action"); f != "followUps.0.action" {
		t.Fatalf("after Add a follow-up the focus is on %q", f)
	}
	setField(t, phone, `input[name="followUps.0.action"]`, "Put a refund button in the app")
	due := time.Now().AddDate(0, 0, 14).Format("2006-01-02")
	setField(t, phone, `input[name="followUps.0.dueOn"]`, due)
	axe(t, phone, form)
	servertest.Screenshot(t, phone, "review-form")
	tap(t, phone, "Save the review")

	servertest.Step(t, phone, "the review, waiting", chromedp.WaitVisible(`//li[@data-testid="review" and contains(., "Q4 feedback review with Support")]`))
	servertest.WaitText(t, phone, "1 attendee · 2 conversations reviewed")
	servertest.WaitText(t, phone, "3 waiting to sync")
	if n := tr.Requests.Load() - offline; n != 0 {
		t.Fatalf("%d requests reached the server while offline", n)
	}
	servertest.Screenshot(t, phone, "review-offline")

	wifi.set(t, false)
	servertest.WaitText(t, phone, "All synced")
	reviews := db.FeedbackReview.Query().WithAttendees().WithConversations().WithFollowUps().AllX(ctx)
	if len(reviews) != 1 {
		t.Fatalf("the server has %d reviews, want 1", len(reviews))
	}
	r := reviews[0]
	if r.Title != "Q4 feedback review with Support" || r.HostID != ola.ID || r.Notes != "Refunds are slow; Support asks for a refund button" {
		t.Fatalf("the review: %q hosted by %d (Ola is %d), notes %q", r.Title, r.HostID, ola.ID, r.Notes)
	}
	if want := []string{"Product", "Support", "Legal", "Finance"}; !slices.Equal(r.DepartmentsInvited, want) {
		t.Errorf("departments invited %q, want %q", r.DepartmentsInvited, want)
	}
	if len(r.Edges.Attendees) != 1 || r.Edges.Attendees[0].ID != h.Leo.ID {
		t.Errorf("attendees %+v, want Leo", r.Edges.Attendees)
	}
	heard := []string{}
	for _, c := range r.Edges.Conversations {
		heard = append(heard, c.Heard)
	}
	slices.Sort(heard)
	if want := []string{"Bo wants the price list by email", "Wants faster refunds"}; !slices.Equal(heard, want) {
		t.Errorf("conversations reviewed %q, want %q", heard, want)
	}
	if f := r.Edges.FollowUps; len(f) != 1 || f[0].Action != "Put a refund button in the app" || f[0].OwnerID != ola.ID ||
		f[0].DueOn == nil || f[0].DueOn.Format("2006-01-02") != due {
		t.Errorf("follow-ups %+v", f)
	}
	if n := db.FeedbackReview.Query().Where(feedbackreview.Title(r.Title)).CountX(ctx); n != 1 {
		t.Fatalf("%d reviews stored", n)
	}

	period := time.Now().UTC().Format("2006-01")
	for _, l := range []int{ola.ID, h.Leo.ID} {
		var m struct {
			Node struct {
				Month struct {
					FeedbackReviews int
					Commitments     []struct {
						Behaviour string
						Actual    int
						Met       bool
					}
				}
			}
		}
		h.OK(h.AdaJWT, `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) { feedbackReviews commitments { behaviour actual met } } } } }`,
			map[string]any{"id": strconv.Itoa(l), "p": period}, &m)
		if m.Node.Month.FeedbackReviews != 1 {
			t.Errorf("leader %d's month counts %d feedback reviews, want 1", l, m.Node.Month.FeedbackReviews)
		}
		if l == ola.ID {
			c := m.Node.Month.Commitments
			if len(c) != 1 || c[0].Behaviour != "FEEDBACK_REVIEWS" || c[0].Actual != 1 || !c[0].Met {
				t.Errorf("Ola's commitments: %+v", c)
			}
		}
	}
}

// TestBrowserEndorseFromAWin: on the wall of wins, a win of a person with an
// open nomination offers one tap to endorse it; the endorsement shows at
// once and the server has it once. A win of the viewer's own offers
// nothing, and one of a person the viewer nominated offers no endorsement.
func TestBrowserEndorseFromAWin(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	ctx := servertest.System()
	c := h.Store.Client
	zoe := c.Customer.Create().SetOrganizationID(h.Acme.ID).SetName("Zoe Customer").SaveX(ctx)
	phone := join(t, h, "ola@acme.test", "Ola Leader", "LEADER")
	ola := c.Leader.Query().Where(leader.Email("ola@acme.test")).OnlyX(ctx)
	win := func(owner int, action string) {
		conv := c.Conversation.Create().SetOrganizationID(h.Acme.ID).SetLeaderID(owner).SetMode("VISIT").
			SetOccurredAt(time.Now().Add(-48 * time.Hour)).AddCustomerIDs(zoe.ID).SaveX(ctx)
		c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(owner).SetAction(action).SetQuickWin(true).
			SetDoneAt(time.Now().Add(-time.Hour)).SetConversationID(conv.ID).ExecX(ctx)
	}
	win(h.Leo.ID, "Refund Zoe the same day")
	win(ola.ID, "Call Zoe back within the hour")
	win(h.Mia.ID, "Fix Zoe's invoice")
	nominate := func(token string, nominee int) int {
		return id(t, servertest.RecordID(t, h, token, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Put Zoe first"}) { id } }`,
			map[string]any{"n": servertest.ID(nominee)}))
	}
	leos := nominate(h.MiaJWT, h.Leo.ID)
	nominate(h.JWT(ola), h.Mia.ID)
	waitFilled(t, phone, 30*time.Second)
	focus(t, phone)

	route(t, phone, "#/wins")
	servertest.WaitText(t, phone, "Refund Zoe the same day")
	servertest.WaitText(t, phone, "Mia Member is nominated by you")
	servertest.Step(t, phone, "the endorse button", chromedp.WaitVisible(`//button[contains(., "Endorse Leo Leader")]`))
	if n := servertest.JS[int](t, phone, `[...document.querySelectorAll('[data-testid="win"]')].filter((w) => w.textContent.includes("Call Zoe back") && (w.querySelector("a, button"))).length`); n != 0 {
		t.Fatalf("Ola's own win offers to nominate or endorse her:\n%s", servertest.PageText(t, phone))
	}
	axe(t, phone, "main")
	tap(t, phone, "Endorse Leo Leader")
	servertest.WaitText(t, phone, "You endorsed Leo Leader's nomination.")
	servertest.WaitText(t, phone, "All synced")
	servertest.Eventually(t, "the endorsement stored", func() bool {
		return c.Endorsement.Query().Where(endorsement.NominationID(leos), endorsement.EndorserID(ola.ID)).CountX(ctx) == 1
	})
	if n := c.Endorsement.Query().CountX(ctx); n != 1 {
		t.Fatalf("%d endorsements stored, want 1", n)
	}
	if servertest.JS[bool](t, phone, `document.body.innerText.includes("Endorse Leo Leader")`) {
		t.Fatal("the win still offers to endorse Leo after Ola did")
	}
}

// TestBrowserFixRefusedReview: a feedback review the server refuses on
// replay (put in the outbox as an older app would have, with a title over
// today's limit) shows on the Feedback reviews screen with its error and a
// Fix link; the Fix form is the review form, filled in as sent, the
// server's message next to the title; sent again, it is stored once.
func TestBrowserFixRefusedReview(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	phone := join(t, h, "nia@acme.test", "Nia Field", "LEADER")
	ctx := servertest.System()
	long := strings.Repeat("Long title ", 20) + "!"
	at := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	refused := h.Do(h.LeoJWT, `mutation($t: String!, $at: Time!) { createFeedbackReview(input: {title: $t, heldAt: $at}) { id } }`,
		map[string]any{"t": long, "at": at})
	if len(refused.Errors) != 1 || refused.Errors[0].Extensions["field"] != "title" {
		t.Fatalf("the server's refusal: %+v", refused.Errors)
	}
	serverSays := refused.Errors[0].Message

	const cid = "7c1e2a4b-9d3f-4e6a-8b2c-1f0e9d8c7b6a"
	entry, _ := json.Marshal(map[string]any{
		"id": cid, "seq": 1, "label": "Feedback review “" + long + "”", "status": "waiting", "attempts": 0, "createdAt": time.Now().UnixMilli(),
		"query": "mutation CreateFeedbackReview($input: CreateFeedbackReviewInput!) { createFeedbackReview(input: $input) { id } }",
		"variables": map[string]any{"input": map[string]any{
			"clientID": cid, "title": long, "heldAt": at, "departmentsInvited": []string{"Support", "Legal"},
			"notes": "Refunds are slow", "attendeeIDs": []string{servertest.ID(h.Leo.ID)}, "conversationIDs": []string{},
		}},
	})
	servertest.JS[bool](t, phone, fmt.Sprintf(`new Promise((ok, fail) => { const r = indexedDB.open("walker");
		r.onsuccess = () => { const tx = r.result.transaction("outbox", "readwrite"); tx.objectStore("outbox").put(%s);
			tx.oncomplete = () => (r.result.close(), ok(true)); tx.onerror = () => fail(tx.error) };
		r.onerror = () => fail(r.error) })`, entry))
	route(t, phone, "#/pending")
	tap(t, phone, "Sync now")
	servertest.WaitText(t, phone, "Needs attention")
	route(t, phone, "#/reviews")
	servertest.WaitText(t, phone, serverSays)
	servertest.Step(t, phone, "opening the Fix form", chromedp.Click(`//ul[@aria-label="Not saved"]//a[normalize-space(.)="Fix"]`))
	form := `form[aria-label="Record a feedback review"]`
	servertest.Step(t, phone, "the review form, to fix", chromedp.WaitVisible(form+` input[name="title"]`))
	servertest.WaitText(t, phone, "Fix: a feedback review")
	servertest.Step(t, phone, "the attendee named", chromedp.WaitVisible(`//ul[@aria-label="Attendees"]//li[contains(., "Leo Leader")]`))
	filled := servertest.JS[string](t, phone, `[document.querySelector('[name="title"]').value, document.querySelector('[name="notes"]').value,
		document.querySelector('[name="otherDepartments"]').value,
		[...document.querySelectorAll('[aria-label="Departments invited"] [aria-pressed="true"]')].map((b) => b.textContent).join(",")].join("|")`)
	if filled != long+"|Refunds are slow|Legal|Support" {
		t.Fatalf("the Fix form is filled with %q", filled)
	}
	if got := fieldError(t, phone, "title"); got != serverSays {
		t.Fatalf("next to the title the Fix form says %q, want the server's %q", got, serverSays)
	}
	axe(t, phone, form)
	setField(t, phone, form+` input[name="title"]`, "December feedback review")
	tap(t, phone, "Send again")
	servertest.WaitText(t, phone, "All synced")
	rs := h.Store.Client.FeedbackReview.Query().WithAttendees().AllX(ctx)
	if len(rs) != 1 || rs[0].Title != "December feedback review" || !slices.Equal(rs[0].DepartmentsInvited, []string{"Support", "Legal"}) ||
		len(rs[0].Edges.Attendees) != 1 || rs[0].ClientID == nil || rs[0].ClientID.String() != cid {
		t.Fatalf("on the server after the fix: %+v", rs)
	}
	if n := outboxSize(t, phone); n != 0 {
		t.Fatalf("%d writes left in the outbox", n)
	}
}
