package pwa_test

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"walker/ent/conversation"
	"walker/ent/leader"
	"walker/server/servertest"
)

// TestBrowserEditConversation: a leader opens a conversation they logged,
// edits what was heard, the minutes and the mode, and saves; the detail
// shows the edit, the server has it at the next version, and a rule the
// server enforces (minutes) is checked on the phone first. Someone else's
// conversation has no edit.
func TestBrowserEditConversation(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	zoe := h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "ola@acme.test", "Ola Leader", "LEADER")
	ctx := servertest.System()
	ola := h.Store.Client.Leader.Query().Where(leader.Email("ola@acme.test")).OnlyX(ctx)
	mine := h.Conversation(h.JWT(ola), time.Now().Add(-time.Hour), zoe)
	theirs := h.Conversation(h.AdaJWT, time.Now().Add(-2*time.Hour), zoe)

	route(t, phone, "#/conversations/"+theirs)
	servertest.WaitText(t, phone, "Zoe Customer")
	if servertest.JS[bool](t, phone, `document.body.innerText.includes("Edit the conversation")`) {
		t.Fatal("someone else's conversation offers an edit")
	}
	route(t, phone, "#/conversations/"+mine)
	servertest.WaitText(t, phone, "Edit the conversation")
	route(t, phone, "#/conversations/"+mine+"/edit")
	form := `form[aria-label="Edit the conversation"]`
	servertest.Step(t, phone, "the edit form", chromedp.WaitVisible(form+` textarea[name="heard"]`))
	setField(t, phone, form+` input[name="durationMinutes"]`, "5000")
	servertest.Step(t, phone, "saving", chromedp.Click(form+` button[type="submit"]`))
	servertest.WaitText(t, phone, "1440") // the rule's message names the bound
	setField(t, phone, form+` input[name="durationMinutes"]`, "35")
	setField(t, phone, form+` textarea[name="heard"]`, "Wants the invoices by email, monthly")
	servertest.Step(t, phone, "choosing the mode", chromedp.SetValue(form+` select[name="mode"]`, "VIDEO"))
	servertest.Step(t, phone, "saving", chromedp.Click(form+` button[type="submit"]`))
	servertest.WaitText(t, phone, "Wants the invoices by email, monthly")
	servertest.WaitText(t, phone, "All synced")
	servertest.Eventually(t, "the edit on the server", func() bool {
		c, err := h.Store.Client.Conversation.Query().Where(conversation.Heard("Wants the invoices by email, monthly")).Only(ctx)
		return err == nil && c.Version == 2 && c.Mode == conversation.ModeVIDEO && c.DurationMinutes != nil && *c.DurationMinutes == 35
	})
}

// TestBrowserJointConversation: a leader logs a conversation and adds a
// colleague who was there; the server keeps one conversation, and it counts
// in both people's months.
func TestBrowserJointConversation(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "ola@acme.test", "Ola Leader", "LEADER")
	route(t, phone, "#/log")
	// Once the form has put the cursor in the customer search (which scrolls
	// the page to it), the summary is scrolled to the middle: below the fold
	// the sticky save bar would take the tap.
	servertest.Step(t, phone, "the search focused", chromedp.Poll[chromedp.Void](`document.activeElement === document.querySelector('[data-testid="customer-search"] input')`))
	servertest.JS[bool](t, phone, `(document.querySelector("details summary").scrollIntoView({ block: "center" }), true)`)
	servertest.Step(t, phone, "opening More details", chromedp.Click(`//summary[starts-with(., "More details")]`))
	servertest.WaitText(t, phone, "Who else was there")
	setField(t, phone, `input[type="search"]`, "Zoe")
	servertest.Step(t, phone, "picking Zoe", chromedp.Click(`//button[@class="option" and contains(., "Zoe Customer")]`))
	setField(t, phone, `[data-testid="attendee-search"] input[type="search"]`, "Leo")
	servertest.Step(t, phone, "adding Leo", chromedp.Click(`//*[@data-testid="attendee-search"]//button[@class="option" and contains(., "Leo Leader")]`))
	servertest.Step(t, phone, "Leo among those there", chromedp.WaitVisible(`//ul[@aria-label="Also there"]//li[contains(., "Leo Leader")]`))
	tap(t, phone, "Save")
	servertest.Step(t, phone, "saved", chromedp.WaitVisible(`//p[contains(., "Saved")]`))
	servertest.WaitText(t, phone, "All synced")
	ctx := servertest.System()
	servertest.Eventually(t, "one conversation, Leo among those there", func() bool {
		cs, err := h.Store.Client.Conversation.Query().WithAttendees().All(ctx)
		return err == nil && len(cs) == 1 && len(cs[0].Edges.Attendees) == 1 && cs[0].Edges.Attendees[0].ID == h.Leo.ID
	})
	ola := h.Store.Client.Leader.Query().Where(leader.Email("ola@acme.test")).OnlyX(ctx)
	period := time.Now().UTC().Format("2006-01")
	for _, l := range []int{ola.ID, h.Leo.ID} {
		var m struct {
			Node struct {
				Month struct{ Conversations, CustomersMet int }
			}
		}
		h.OK(h.AdaJWT, `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) { conversations customersMet } } } }`,
			map[string]any{"id": strconv.Itoa(l), "p": period}, &m)
		if m.Node.Month.Conversations != 1 || m.Node.Month.CustomersMet != 1 {
			t.Errorf("leader %d's month: %+v", l, m.Node.Month)
		}
	}
}

// TestBrowserWinsAndNominate: the wall of wins shows a quick win done, with
// the person and the customer behind it; one tap opens the nomination of that
// person with the story and the conversation filled in, and nominating
// stores it.
func TestBrowserWinsAndNominate(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	ctx := servertest.System()
	c := h.Store.Client
	zoe := c.Customer.Create().SetOrganizationID(h.Acme.ID).SetName("Zoe Customer").SaveX(ctx)
	conv := c.Conversation.Create().SetOrganizationID(h.Acme.ID).SetLeaderID(h.Leo.ID).SetMode("VISIT").
		SetOccurredAt(time.Now().Add(-48 * time.Hour)).AddCustomerIDs(zoe.ID).SaveX(ctx)
	c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetAction("Refund Zoe the same day").SetQuickWin(true).
		SetDoneAt(time.Now().Add(-time.Hour)).SetConversationID(conv.ID).ExecX(ctx)
	phone := join(t, h, "ola@acme.test", "Ola Leader", "LEADER")
	route(t, phone, "#/wins")
	servertest.WaitText(t, phone, "Refund Zoe the same day")
	servertest.WaitText(t, phone, "Leo Leader")
	servertest.WaitText(t, phone, "with Zoe Customer")
	// A real tap, the link scrolled clear of the sticky header and the tab bar first.
	servertest.JS[bool](t, phone, `(() => { const a = [...document.querySelectorAll('[data-testid="win"] a')].find((x) => x.textContent.includes("Nominate Leo Leader")); a.scrollIntoView({ block: "center" }); return true })()`)
	servertest.Step(t, phone, "nominating from the win", chromedp.Click(`//a[contains(., "Nominate Leo Leader")]`))
	servertest.Step(t, phone, "the nomination, filled in", chromedp.WaitVisible(`form[aria-label="Nominate a champion"] textarea[name="story"]`))
	if story := servertest.JS[string](t, phone, `document.querySelector('form[aria-label="Nominate a champion"] textarea[name="story"]').value`); story != "Refund Zoe the same day (with Zoe Customer): a win for our customers." {
		t.Fatalf("the story: %q", story)
	}
	tap(t, phone, "Nominate")
	servertest.WaitText(t, phone, "All synced")
	servertest.Eventually(t, "the nomination stored", func() bool { return c.Nomination.Query().CountX(ctx) == 1 })
	if n := c.Nomination.Query().OnlyX(ctx); n.NomineeID != h.Leo.ID || n.ConversationID != conv.ID {
		t.Fatalf("the nomination: nominee %d (Leo is %d), conversation %d (want %d)", n.NomineeID, h.Leo.ID, n.ConversationID, conv.ID)
	}
}

// TestBrowserWinsOffline: the wall of wins opened offline, never read
// before, shows the wins on the device (here a decision with a CLV impact,
// kept for everyone) rather than an error.
func TestBrowserWinsOffline(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	h.OK(h.LeoJWT, `mutation { createDecision(input: {title: "Waive the setup fee for renewals", customerBenefit: "Customers renewing pay nothing to set up again", clvImpact: 1200}) { id } }`, nil, nil)
	phone := join(t, h, "ola@acme.test", "Ola Leader", "LEADER")
	waitFilled(t, phone, 20*time.Second)
	wifi := &netSwitch{page: phone, workers: map[target.ID]context.Context{}}
	wifi.set(t, true)
	route(t, phone, "#/wins")
	servertest.Step(t, phone, "the wins on the device", chromedp.WaitVisible(`[data-testid="wins-offline"]`))
	servertest.WaitText(t, phone, "Waive the setup fee for renewals")
	servertest.WaitText(t, phone, "Leo Leader")
	servertest.WaitText(t, phone, "CLV +1200")
	axe(t, phone, "main")
}
