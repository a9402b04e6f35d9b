package graph_test

import (
	"fmt"
	"testing"
	"time"

	"walker/ent/decision"
	"walker/ent/nomination"
	"walker/server/servertest"
)

// The wall of wins lists the organization's quick wins, CLV decisions and
// new champions newest first, each with who made it happen and its
// conversation, in pages that neither repeat nor skip (ties at one instant
// included), and nothing of another organization.
func TestWins(t *testing.T) {
	h := servertest.New(t)
	ctx := servertest.System()
	c := h.Store.Client
	day := func(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }
	zoe := c.Customer.Create().SetOrganizationID(h.Acme.ID).SetName("Zoe").SaveX(ctx)
	conv := c.Conversation.Create().SetOrganizationID(h.Acme.ID).SetLeaderID(h.Leo.ID).SetMode("VISIT").SetOccurredAt(day(1)).AddCustomerIDs(zoe.ID).SaveX(ctx)
	// Wins: a done quick win, a quick win not done (not a win), an implemented quick-win decision, a CLV decision,
	// a proposed plain decision (not a win), an approved nomination and an open one (not a win); two at the same instant.
	c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetAction("Refund Zoe").SetQuickWin(true).SetDoneAt(day(5)).SetConversationID(conv.ID).ExecX(ctx)
	c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetAction("Call Zoe").SetQuickWin(true).ExecX(ctx)
	c.Decision.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Mia.ID).SetTitle("Same-day refunds").SetCustomerBenefit("Customers get their money back the same day").
		SetQuickWin(true).SetStatus(decision.StatusIMPLEMENTED).SetCreatedAt(day(5)).AddEvidenceIDs(conv.ID).ExecX(ctx)
	c.Decision.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetTitle("Loyalty plan").SetCustomerBenefit("Loyal customers pay less each year they stay").
		SetClvImpact(5000).SetCreatedAt(day(3)).ExecX(ctx)
	c.Decision.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetTitle("A survey").SetCustomerBenefit("Customers tell us what to fix first").SetCreatedAt(day(6)).ExecX(ctx)
	c.Nomination.Create().SetOrganizationID(h.Acme.ID).SetNominatorID(h.Leo.ID).SetNomineeID(h.Ada.ID).SetStory("Fixed Zoe's outage overnight").
		SetStatus(nomination.StatusAPPROVED).SetDecidedAt(day(7)).SetConversationID(conv.ID).ExecX(ctx)
	c.Nomination.Create().SetOrganizationID(h.Acme.ID).SetNominatorID(h.Leo.ID).SetNomineeID(h.Mia.ID).SetStory("Answered every comment").ExecX(ctx)
	gz := c.Customer.Create().SetOrganizationID(h.Globex.ID).SetName("G").SaveX(ctx)
	gc := c.Conversation.Create().SetOrganizationID(h.Globex.ID).SetLeaderID(h.Gil.ID).SetMode("CALL").SetOccurredAt(day(1)).AddCustomerIDs(gz.ID).SaveX(ctx)
	c.FollowUp.Create().SetOrganizationID(h.Globex.ID).SetOwnerID(h.Gil.ID).SetAction("Globex's win").SetQuickWin(true).SetDoneAt(day(8)).SetConversationID(gc.ID).ExecX(ctx)

	type page struct {
		Wins struct {
			Wins []struct {
				Kind         string
				At           time.Time
				Person       struct{ Name string }
				Conversation *struct{ ID string }
			}
			EndCursor   *string
			HasNextPage bool
		}
	}
	const q = `query($a: String) { wins(first: 2, after: $a) { wins { kind at person { name } conversation { id } } endCursor hasNextPage } }`
	var got []string
	var after any
	for i := 0; i < 5; i++ {
		var p page
		h.OK(h.ReadToken, q, map[string]any{"a": after}, &p)
		for _, w := range p.Wins.Wins {
			ev := ""
			if w.Conversation != nil {
				ev = " +evidence"
			}
			got = append(got, fmt.Sprintf("%s %s %s%s", w.At.Format("02"), w.Kind, w.Person.Name, ev))
		}
		if !p.Wins.HasNextPage {
			break
		}
		after = *p.Wins.EndCursor
	}
	want := []string{"07 CHAMPION Ada Admin +evidence", "05 FOLLOW_UP Leo Leader +evidence", "05 DECISION Mia Member +evidence", "03 DECISION Leo Leader"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("the wall of wins, two at a time:\n got %q\nwant %q", got, want)
	}
	h.Fails(h.AdaJWT, `{ wins(first: 51) { hasNextPage } }`, nil, "BAD_USER_INPUT")
	h.Fails(h.AdaJWT, `{ wins(after: "nonsense") { hasNextPage } }`, nil, "BAD_USER_INPUT")
	var g page
	h.OK(h.GusJWT, `{ wins { wins { kind at person { name } } endCursor hasNextPage } }`, nil, &g)
	if len(g.Wins.Wins) != 1 || g.Wins.Wins[0].Person.Name != "Gil Leader" {
		t.Fatalf("Globex's wall: %+v", g.Wins)
	}
}
