package pwa_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"walker/ent/conversation"
	"walker/ent/decision"
	"walker/ent/leader"
	"walker/server/servertest"
)

// rulesMessages are the messages of ent/rules.json, which the app checks on
// the phone with the server's words.
func rulesMessages(t *testing.T) map[string]string {
	t.Helper()
	raw, err := os.ReadFile("../ent/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	var rules struct{ Messages map[string]string }
	if err := json.Unmarshal(raw, &rules); err != nil {
		t.Fatal(err)
	}
	return rules.Messages
}

// join registers a new person of Acme with role through an invitation link
// in a fresh phone, and returns the phone once Home shows.
func join(t *testing.T, h *servertest.Harness, email, name, role string) context.Context {
	t.Helper()
	var inv struct {
		CreateInvitation struct{ URL string } `json:"createInvitation"`
	}
	h.OK(h.AdaJWT, `mutation($e: String!, $r: InvitationRole) { createInvitation(input: {email: $e, role: $r}) { url } }`,
		map[string]any{"e": email, "r": role}, &inv)
	return register(t, inv.CreateInvitation.URL, name)
}

// register opens an invitation link in a fresh phone and creates a passkey
// for name, and returns the phone once signed in.
func register(t *testing.T, link, name string) context.Context {
	t.Helper()
	phone := servertest.Browser(t)
	servertest.Step(t, phone, "registering "+name,
		chromedp.Navigate(link),
		chromedp.WaitVisible(`form[aria-label="Create a passkey"]`),
		chromedp.SendKeys(`input[name="name"]`, name),
		chromedp.Click(`button[type="submit"]`),
		chromedp.WaitVisible(`[data-testid="verdict"]`))
	return phone
}

// currentTab is the label of the tab marked as the current page, or "".
func currentTab(t *testing.T, ctx context.Context) string {
	t.Helper()
	return servertest.JS[string](t, ctx, `[...document.querySelectorAll('nav.tabs a[aria-current="page"]')].map((a) => a.innerText.replace(/\s+/g, " ").trim()).join("|")`)
}

// fieldError is the error shown under the field named name, or "".
func fieldError(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	return servertest.JS[string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('[data-field=%q]')].map((e) => e.textContent).join("|")`, name))
}

// focused is the name (or, without one, the text) of the focused element.
func focused(t *testing.T, ctx context.Context) string {
	t.Helper()
	return servertest.JS[string](t, ctx, `document.activeElement?.getAttribute("name") || document.activeElement?.textContent || ""`)
}

// waitFocus waits for the focus to reach the field named name (the app moves
// it after rendering) and says where it is; the wait is long enough for a
// loaded CI machine (a bound, not a measure: it returns as soon as it lands).
func waitFocus(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && focused(t, ctx) != name; {
		time.Sleep(20 * time.Millisecond)
	}
	return focused(t, ctx)
}

// inView tells whether the focused element is within the viewport, clear of
// the sticky header and the tab bar.
func inView(t *testing.T, ctx context.Context) bool {
	t.Helper()
	return servertest.JS[bool](t, ctx, `(() => { const r = document.activeElement.getBoundingClientRect();
		const top = document.querySelector("header.top").getBoundingClientRect().bottom, bottom = document.querySelector("nav.tabs").getBoundingClientRect().top;
		return r.top >= top - 1 && r.bottom <= bottom + 1 })()`)
}

// outboxSize counts the writes waiting in the phone's outbox (IndexedDB).
func outboxSize(t *testing.T, ctx context.Context) int {
	t.Helper()
	return servertest.JS[int](t, ctx, `new Promise((ok, fail) => { const r = indexedDB.open("walker");
		r.onsuccess = () => { const q = r.result.transaction("outbox").objectStore("outbox").count(); q.onsuccess = () => (r.result.close(), ok(q.result)); q.onerror = () => fail(q.error) };
		r.onerror = () => fail(r.error) })`)
}

// TestBrowserHomeAndFailedReads: an admin's Home shows the nominations
// waiting (the app's own query used to be refused, and the error hidden);
// every screen whose read fails shows an error with Retry, never an empty
// screen, and Retry loads it once the server answers again.
func TestBrowserHomeAndFailedReads(t *testing.T) {
	h, _, tr := servertest.BrowserServer(t)
	h.OK(h.LeoJWT, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Mia drove a spare part to Zoe's shop on a Saturday"}) { id } }`,
		map[string]any{"n": fmt.Sprint(h.Mia.ID)}, nil)
	phone := join(t, h, "nia@acme.test", "Nia Admin", "ADMIN")
	servertest.Step(t, phone, "the nominations waiting", chromedp.WaitVisible(`[data-testid="waiting-nominations"]`))
	servertest.WaitText(t, phone, "1 nomination waiting for you")
	servertest.WaitText(t, phone, "Mia Member, by Leo Leader")
	if n := servertest.JS[int](t, phone, `document.querySelectorAll('[role="alert"]').length`); n != 0 {
		t.Fatalf("Home shows %d alerts:\n%s", n, servertest.PageText(t, phone))
	}
	servertest.Screenshot(t, phone, "home-admin-nominations")

	// The server answers every read with an error: each screen says so.
	tr.FailGraphQL.Store(true)
	for _, s := range []struct{ hash, what string }{
		{"#/conversations", "the conversations"},
		{"#/", "your month"},
		{"#/decisions", "the decisions"},
		{"#/decisions/new", "your conversations"},
		{"#/champions", "the champions"},
		{"#/champions/nominate", "the people"},
		{"#/commitments", "your commitments"},
		{"#/log", "the customers"},
		{"#/team", "the team dashboard"},
		{"#/team/review", "the month's conversations"},
		{"#/settings", "your passkeys"},
	} {
		route(t, phone, s.hash)
		servertest.WaitText(t, phone, "Could not load "+s.what+".")
		alert := servertest.JS[string](t, phone, `(() => { const a = document.querySelector('[data-testid="read-failed"]');
			return a ? a.getAttribute("role") + " " + a.tabIndex + " " + !!a.querySelector("button") : "" })()`)
		if alert != "alert -1 true" {
			t.Fatalf("%s: the failed read shows as %q (want role=alert, focusable, with a Retry button):\n%s", s.hash, alert, servertest.PageText(t, phone))
		}
		if !strings.Contains(servertest.PageText(t, phone), "the database is not answering") {
			t.Fatalf("%s does not say why:\n%s", s.hash, servertest.PageText(t, phone))
		}
	}
	route(t, phone, "#/decisions")
	servertest.WaitText(t, phone, "Could not load the decisions.")
	servertest.Screenshot(t, phone, "read-failed")
	tr.FailGraphQL.Store(false)
	h.OK(h.LeoJWT, `mutation { createDecision(input: {title: "Open on Sundays", customerBenefit: "Customers can shop on the one day they are free"}) { id } }`, nil, nil)
	// Retry, unless the app got there by itself (it syncs whenever the
	// window gets the focus, as a tap may give it).
	servertest.JS[bool](t, phone, `(document.querySelector('[data-testid="read-failed"] button')?.click(), true)`)
	servertest.WaitText(t, phone, "Open on Sundays")
	if n := servertest.JS[int](t, phone, `document.querySelectorAll('[data-testid="read-failed"]').length`); n != 0 {
		t.Fatalf("after Retry the error still shows:\n%s", servertest.PageText(t, phone))
	}
}

// TestBrowserPhoneChecksTheRules: the log form refuses 5000 minutes on the
// phone, with the words of ent/rules.json next to the minutes, focused and in
// view; nothing goes to the outbox. Tabs mark the section of each screen, and
// "Add a follow-up" puts the cursor in the new follow-up's action.
func TestBrowserPhoneChecksTheRules(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	msg := rulesMessages(t)
	h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "nia@acme.test", "Nia Field", "LEADER")
	if tab := currentTab(t, phone); tab != "⌂ Home" {
		t.Fatalf("on Home the current tab is %q", tab)
	}

	route(t, phone, "#/log")
	servertest.Step(t, phone, "opening the log form", chromedp.WaitVisible(`form[aria-label="Log a conversation"]`))
	if tab := currentTab(t, phone); tab != "☰ Conversations" {
		t.Fatalf("on Log the current tab is %q, want Conversations", tab)
	}
	setField(t, phone, `input[type="search"]`, "Zoe")
	servertest.Step(t, phone, "picking Zoe", chromedp.Click(`//button[@class="option" and contains(., "Zoe Customer")]`))
	tap(t, phone, "Add a follow-up")
	if f := waitFocus(t, phone, "followUps.0.action"); f != "followUps.0.action" {
		t.Fatalf("after Add a follow-up the focus is on %q, want the new action", f)
	}
	setField(t, phone, `input[name="followUps.0.action"]`, "Send Zoe the refund form")
	setField(t, phone, `input[name="durationMinutes"]`, "5000")
	setField(t, phone, `textarea[name="heard"]`, "Refunds take too long")
	servertest.JS[bool](t, phone, `(scrollTo(0, document.body.scrollHeight), true)`)
	tap(t, phone, "Save")
	want := strings.NewReplacer("{min}", "0", "{max}", "1440").Replace(msg["range"])
	if got := fieldError(t, phone, "durationMinutes"); got != want {
		t.Fatalf("next to the minutes the form says %q, want %q:\n%s", got, want, servertest.PageText(t, phone))
	}
	if strings.Count(servertest.PageText(t, phone), want) != 1 {
		t.Fatalf("the error shows more than once:\n%s", servertest.PageText(t, phone))
	}
	if f := waitFocus(t, phone, "durationMinutes"); f != "durationMinutes" || !inView(t, phone) {
		t.Fatalf("after the refused submit the focus is on %q (in view: %v), want the minutes", f, inView(t, phone))
	}
	servertest.Screenshot(t, phone, "log-refused-on-phone")
	if n := outboxSize(t, phone); n != 0 {
		t.Fatalf("%d writes went to the outbox", n)
	}
	if strings.Contains(servertest.PageText(t, phone), "Saved") {
		t.Fatal("the app says Saved")
	}

	// Fixed, it saves once, with the follow-up.
	setField(t, phone, `input[name="durationMinutes"]`, "45")
	if got := fieldError(t, phone, "durationMinutes"); got != "" {
		t.Fatalf("the error stays once fixed: %q", got)
	}
	tap(t, phone, "Save")
	servertest.WaitText(t, phone, "Saved")
	ctx := servertest.System()
	nia := h.Store.Client.Leader.Query().Where(leader.Email("nia@acme.test")).OnlyX(ctx)
	servertest.Eventually(t, "the follow-up stored", func() bool { return h.Store.Client.FollowUp.Query().CountX(ctx) == 1 })
	servertest.WaitText(t, phone, "All synced")
	convs := h.Store.Client.Conversation.Query().Where(conversation.LeaderID(nia.ID)).WithFollowUps().AllX(ctx)
	if len(convs) != 1 || convs[0].DurationMinutes == nil || *convs[0].DurationMinutes != 45 || len(convs[0].Edges.FollowUps) != 1 {
		t.Fatalf("on the server: %+v", convs)
	}

	route(t, phone, "#/pending")
	servertest.WaitText(t, phone, "Everything you did is on the server.")
	if tab := currentTab(t, phone); tab != "… More" {
		t.Fatalf("on Waiting to sync the current tab is %q, want More", tab)
	}
}

// TestBrowserFixRefusedWrite: a conversation made before a rule changed (put
// in the outbox as an older app would have) is refused on replay; the Fix
// form is the log form, filled in as typed, with the server's message next to
// the minutes; saving it replays the same entry, stored once.
func TestBrowserFixRefusedWrite(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	zoe := h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "nia@acme.test", "Nia Field", "LEADER")
	ctx := servertest.System()
	nia := h.Store.Client.Leader.Query().Where(leader.Email("nia@acme.test")).OnlyX(ctx)

	// What the server answers to such a write, as it words it today.
	at := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	refused := h.Do(h.LeoJWT, `mutation($at: Time!, $c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: $at, durationMinutes: 5000, customerIDs: $c}) { id } }`,
		map[string]any{"at": at, "c": []string{zoe}})
	if len(refused.Errors) != 1 || refused.Errors[0].Extensions["field"] != "durationMinutes" {
		t.Fatalf("the server's refusal: %+v", refused.Errors)
	}
	serverSays := refused.Errors[0].Message

	const id = "0b0d3f2e-5a51-4c39-9f0e-6a1f4c2d7e11"
	entry, _ := json.Marshal(map[string]any{
		"id": id, "seq": 1, "label": "Conversation with Zoe Customer", "status": "waiting", "attempts": 0, "createdAt": time.Now().UnixMilli(),
		"query": "mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { id } }",
		"variables": map[string]any{"input": map[string]any{
			"clientID": id, "mode": "CALL", "occurredAt": at, "customerIDs": []string{zoe}, "durationMinutes": 5000,
			"heard": "Zoe wants the refund before the holidays", "painPoints": "Nobody calls back", "sentiment": "NEGATIVE",
		}},
	})
	servertest.JS[bool](t, phone, fmt.Sprintf(`new Promise((ok, fail) => { const r = indexedDB.open("walker");
		r.onsuccess = () => { const tx = r.result.transaction("outbox", "readwrite"); tx.objectStore("outbox").put(%s);
			tx.oncomplete = () => (r.result.close(), ok(true)); tx.onerror = () => fail(tx.error) };
		r.onerror = () => fail(r.error) })`, entry))
	route(t, phone, "#/pending")
	servertest.WaitText(t, phone, "Conversation with Zoe Customer")
	tap(t, phone, "Sync now")
	servertest.WaitText(t, phone, "Needs attention")
	servertest.WaitText(t, phone, serverSays)
	servertest.Screenshot(t, phone, "pending-refused")

	servertest.Step(t, phone, "opening the Fix form", chromedp.Click(`//a[normalize-space(.)="Fix"]`))
	servertest.Step(t, phone, "the log form, to fix", chromedp.WaitVisible(`form[aria-label="Log a conversation"]`))
	servertest.WaitText(t, phone, "Fix: log a conversation")
	if tab := currentTab(t, phone); tab != "… More" {
		t.Fatalf("on the Fix form the current tab is %q, want More", tab)
	}
	// The customer's name comes with the customers read, a moment later.
	servertest.Step(t, phone, "the chosen customer named", chromedp.Poll[chromedp.Void](`document.querySelector('ul[aria-label="Chosen customers"]')?.innerText.includes("Zoe Customer")`))
	filled := servertest.JS[string](t, phone, `[document.querySelector('[name="durationMinutes"]').value, document.querySelector('[name="heard"]').value,
		document.querySelector('[name="painPoints"]').value, document.querySelector('[role="radio"][aria-checked="true"]').textContent,
		document.querySelector('ul[aria-label="Chosen customers"]').innerText.trim()].join("|")`)
	if filled != "5000|Zoe wants the refund before the holidays|Nobody calls back|Call|Zoe Customer ✕" {
		t.Fatalf("the Fix form is filled with %q", filled)
	}
	if got := fieldError(t, phone, "durationMinutes"); got != serverSays {
		t.Fatalf("next to the minutes the Fix form says %q, want the server's %q:\n%s", got, serverSays, servertest.PageText(t, phone))
	}
	if f := waitFocus(t, phone, "durationMinutes"); f != "durationMinutes" {
		t.Fatalf("the Fix form opens with the focus on %q, want the minutes", f)
	}
	// The original form's labels, not the input's raw field names.
	labels := servertest.JS[string](t, phone, `[...document.querySelectorAll('form[aria-label="Log a conversation"] label')].map((l) => l.firstChild.textContent.trim()).join("|")`)
	if !strings.Contains(labels, "Minutes|What we heard|Pain points") || strings.Contains(labels, "mode") {
		t.Fatalf("the Fix form's labels: %q", labels)
	}
	servertest.Screenshot(t, phone, "fix-form")

	setField(t, phone, `input[name="durationMinutes"]`, "50")
	tap(t, phone, "Send again")
	// "All synced" shows only once the server has the write (it used to show
	// for a moment on the screen opened after the tap, the outbox not read yet).
	servertest.WaitText(t, phone, "All synced")
	convs := h.Store.Client.Conversation.Query().Where(conversation.LeaderID(nia.ID)).AllX(ctx)
	if len(convs) != 1 || convs[0].DurationMinutes == nil || *convs[0].DurationMinutes != 50 ||
		convs[0].Heard != "Zoe wants the refund before the holidays" || convs[0].PainPoints != "Nobody calls back" {
		t.Fatalf("on the server after the fix: %+v", convs)
	}
	if n := outboxSize(t, phone); n != 0 {
		t.Fatalf("%d writes left in the outbox", n)
	}
	// Sent again (as a phone may), the same client id is stored once.
	tap(t, phone, "Sync now")
	if n := h.Store.Client.Conversation.Query().Where(conversation.LeaderID(nia.ID)).CountX(ctx); n != 1 {
		t.Fatalf("%d conversations, want 1", n)
	}
}

// TestBrowserDecisionFirstTap: with the cursor still in the benefit, one tap
// on "Save the decision", pressed and released where the button was, is
// taken: the error shows once, next to the benefit, which gets the focus;
// with a good benefit the same single tap saves.
func TestBrowserDecisionFirstTap(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	phone := join(t, h, "nia@acme.test", "Nia Field", "LEADER")

	route(t, phone, "#/decisions/new")
	servertest.Step(t, phone, "opening the decision form", chromedp.WaitVisible(`form[aria-label="Record a decision"]`))
	settled(t, phone, `form[aria-label="Record a decision"]`)
	servertest.Step(t, phone, "typing", chromedp.SendKeys(`input[name="title"]`, "Refunds within two days"),
		chromedp.SendKeys(`textarea[name="customerBenefit"]`, "tbd"))
	tapAt := func(what string) {
		t.Helper()
		// Where the button is while the cursor is still in the benefit: a
		// finger lands there; press and release are separate events.
		servertest.JS[bool](t, phone, `(document.querySelector('form[aria-label="Record a decision"] button[type="submit"]').scrollIntoView({block: "center"}), true)`)
		box := servertest.JS[[]float64](t, phone, `(() => { const r = document.querySelector('form[aria-label="Record a decision"] button[type="submit"]').getBoundingClientRect();
			return [r.left + r.width / 2, r.top + r.height / 2] })()`)
		if focused(t, phone) == "Save the decision" {
			t.Fatal("the button has the focus before the tap")
		}
		servertest.Step(t, phone, what,
			chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, box[0], box[1], chromedp.ButtonLeft, chromedp.ClickCount(1)),
			chromedp.Sleep(80*time.Millisecond), // a finger's press lasts; the page renders meanwhile
			chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, box[0], box[1], chromedp.ButtonLeft, chromedp.ClickCount(1)))
	}
	servertest.Step(t, phone, "cursor in the benefit", chromedp.Focus(`textarea[name="customerBenefit"]`))
	tapAt("one tap on Save the decision")
	servertest.Eventually(t, "the refusal shown", func() bool { return fieldError(t, phone, "customerBenefit") != "" })
	got := fieldError(t, phone, "customerBenefit")
	if !strings.HasPrefix(got, "say what the customer gains from this decision, in at least 15 characters") {
		t.Fatalf("next to the benefit: %q", got)
	}
	if n := strings.Count(strings.ToLower(servertest.PageText(t, phone)), "say what the customer gains from this decision"); n != 1 {
		t.Fatalf("the benefit's error shows %d times:\n%s", n, servertest.PageText(t, phone))
	}
	if f := waitFocus(t, phone, "customerBenefit"); f != "customerBenefit" {
		t.Fatalf("after the refused tap the focus is on %q, want the benefit", f)
	}
	servertest.Screenshot(t, phone, "decision-first-tap")

	// A good benefit typed, the cursor still in it.
	servertest.JS[bool](t, phone, `(() => { const b = document.querySelector('textarea[name="customerBenefit"]'); b.value = "Customers get their money back in two days"; b.dispatchEvent(new Event("input", { bubbles: true })); b.focus(); return true })()`)
	tapAt("one tap on Save the decision, good benefit")
	ctx := servertest.System()
	servertest.Eventually(t, "the decision stored", func() bool {
		return h.Store.Client.Decision.Query().Where(decision.Title("Refunds within two days")).CountX(ctx) == 1
	})
}
