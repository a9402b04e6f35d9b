package graph_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/decision"
	"walker/ent/nomination"
	"walker/ent/schema/goal"
	"walker/server/servertest"
)

// seedOctober records, directly in the store, an October 2026 for Acme:
// Leo meets his commitments, Mia does not, Ada has none. Globex has records
// of its own that must not count.
func seedOctober(t *testing.T, h *servertest.Harness) {
	t.Helper()
	ctx := servertest.System()
	c := h.Store.Client
	day := func(d, hour int) time.Time { return time.Date(2026, 10, d, hour, 0, 0, 0, time.UTC) }
	cust := func(org *ent.Organization, name string) int {
		return c.Customer.Create().SetOrganizationID(org.ID).SetName(name).SaveX(ctx).ID
	}
	a, b, cc, d := cust(h.Acme, "A"), cust(h.Acme, "B"), cust(h.Acme, "C"), cust(h.Acme, "D")
	conv := func(org *ent.Organization, l *ent.Leader, mode conversation.Mode, at time.Time, mins int, customers ...int) int {
		return c.Conversation.Create().SetOrganizationID(org.ID).SetLeaderID(l.ID).SetMode(mode).
			SetOccurredAt(at).SetDurationMinutes(mins).AddCustomerIDs(customers...).SaveX(ctx).ID
	}
	// Leo: 3 conversations on 2 days, customers A, B, C; one online-comments session.
	leoConv := conv(h.Acme, h.Leo, conversation.ModeVISIT, day(3, 9), 60, a, b)
	conv(h.Acme, h.Leo, conversation.ModeCALL, day(3, 15), 20, a)
	conv(h.Acme, h.Leo, conversation.ModeONLINE_COMMENTS, day(10, 11), 10, cc)
	// Mia: one conversation with D; one in September that October must not count.
	conv(h.Acme, h.Mia, conversation.ModeCALL, day(20, 10), 15, d)
	conv(h.Acme, h.Mia, conversation.ModeCALL, time.Date(2026, 9, 30, 23, 59, 0, 0, time.UTC), 15, a)
	// Globex's own conversation in October.
	conv(h.Globex, h.Gil, conversation.ModeVISIT, day(5, 10), 30, cust(h.Globex, "G"))

	c.Decision.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetTitle("Refunds in 1 day").
		SetCustomerBenefit("Customers get their money back within a day").SetClvImpact(12000).
		SetStatus(decision.StatusDECIDED).SetCreatedAt(day(4, 10)).AddEvidenceIDs(leoConv).SaveX(ctx)
	c.Decision.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Mia.ID).SetTitle("New onboarding").
		SetCustomerBenefit("New customers are productive in their first week").SetNewInitiative(true).
		SetCreatedAt(day(12, 10)).SaveX(ctx)
	// Leo's follow-ups: one due and done on time, one due in November.
	c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetConversationID(leoConv).
		SetAction("Send the refund policy").SetDueOn(day(20, 17)).SetDoneAt(day(15, 9)).SaveX(ctx)
	c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Leo.ID).SetConversationID(leoConv).
		SetAction("Visit again").SetDueOn(time.Date(2026, 11, 2, 17, 0, 0, 0, time.UTC)).SaveX(ctx)
	// Mia's follow-up, overdue and open.
	c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(h.Mia.ID).SetAction("Call D back").
		SetDueOn(day(25, 17)).SaveX(ctx)
	// Leo nominates Mia in October (a recognition); Ada endorses; still open.
	n := c.Nomination.Create().SetOrganizationID(h.Acme.ID).SetNominatorID(h.Leo.ID).SetNomineeID(h.Mia.ID).
		SetStory("Stayed late to fix customer D's outage").SetCreatedAt(day(21, 9)).SaveX(ctx)
	c.Endorsement.Create().SetOrganizationID(h.Acme.ID).SetNominationID(n.ID).SetEndorserID(h.Ada.ID).
		SetCreatedAt(day(22, 9)).SaveX(ctx)
	// Ada is a champion from an earlier approved nomination.
	c.Nomination.Create().SetOrganizationID(h.Acme.ID).SetNominatorID(h.Leo.ID).SetNomineeID(h.Ada.ID).
		SetStory("Rebuilt the support rota around customers").SetStatus(nomination.StatusAPPROVED).
		SetCreatedAt(time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC)).SaveX(ctx)
	c.Leader.UpdateOne(h.Ada).SetChampion(true).ExecX(ctx)

	commit := func(l *ent.Leader, b goal.Behaviour, target int, p goal.Period) {
		c.Commitment.Create().SetOrganizationID(l.OrganizationID).SetLeaderID(l.ID).SetBehaviour(b).
			SetTarget(target).SetPeriod(p).SaveX(ctx)
	}
	commit(h.Leo, goal.BehaviourCUSTOMERS_MET, 3, goal.PeriodMONTH)
	commit(h.Leo, goal.BehaviourDAYS_WITH_CUSTOMERS, 2, goal.PeriodMONTH)
	commit(h.Leo, goal.BehaviourFOLLOW_UPS_ON_TIME, 90, goal.PeriodMONTH)
	commit(h.Leo, goal.BehaviourRECOGNITIONS, 1, goal.PeriodQUARTER)
	commit(h.Leo, goal.BehaviourCLV_DECISIONS, 1, goal.PeriodMONTH)
	commit(h.Mia, goal.BehaviourCUSTOMERS_MET, 5, goal.PeriodMONTH)
	commit(h.Gil, goal.BehaviourCUSTOMERS_MET, 1, goal.PeriodMONTH)
}

type month struct {
	CustomersMet, Conversations, DaysWithCustomers, MinutesWithCustomers  int
	Decisions, DecisionsWithCustomerBenefit, ClvDecisions, OnlineComments int
	Recognitions, NewInitiatives, FollowUpsDue, FollowUpsDoneOnTime       int
	Walker                                                                bool
	Commitments                                                           []struct {
		Behaviour, Period, Pace string
		Target, Actual          int
		Met                     bool
	}
}

const monthQuery = `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) {
	customersMet conversations daysWithCustomers minutesWithCustomers decisions decisionsWithCustomerBenefit
	clvDecisions onlineComments recognitions newInitiatives followUpsDue followUpsDoneOnTime walker
	commitments { behaviour period target actual met pace } } } } }`

func TestLeaderMonth(t *testing.T) {
	h := servertest.New(t)
	seedOctober(t, h)
	get := func(id int, period string) month {
		var out struct{ Node struct{ Month month } }
		h.OK(h.AdaJWT, monthQuery, map[string]any{"id": fmt.Sprint(id), "p": period}, &out)
		return out.Node.Month
	}
	leo := get(h.Leo.ID, "2026-10")
	want := month{CustomersMet: 3, Conversations: 3, DaysWithCustomers: 2, MinutesWithCustomers: 90,
		Decisions: 1, DecisionsWithCustomerBenefit: 1, ClvDecisions: 1, OnlineComments: 1,
		Recognitions: 1, NewInitiatives: 0, FollowUpsDue: 1, FollowUpsDoneOnTime: 1, Walker: true}
	leoNoList := leo
	leoNoList.Commitments = nil
	if !reflect.DeepEqual(leoNoList, want) {
		t.Fatalf("Leo's October:\n got %+v\nwant %+v", leoNoList, want)
	}
	if len(leo.Commitments) != 5 {
		t.Fatalf("want 5 commitments, got %+v", leo.Commitments)
	}
	for _, c := range leo.Commitments {
		if !c.Met || c.Pace != "MET" {
			t.Fatalf("Leo should meet %+v", c)
		}
		if c.Behaviour == "RECOGNITIONS" && (c.Period != "QUARTER" || c.Actual != 1) {
			t.Fatalf("quarterly recognitions: %+v", c)
		}
		if c.Behaviour == "FOLLOW_UPS_ON_TIME" && c.Actual != 100 {
			t.Fatalf("follow-ups on time: %+v", c)
		}
	}
	mia := get(h.Mia.ID, "2026-10")
	if mia.Walker || mia.CustomersMet != 1 || mia.Conversations != 1 || mia.NewInitiatives != 1 ||
		len(mia.Commitments) != 1 || mia.Commitments[0].Actual != 1 || mia.Commitments[0].Met || mia.Commitments[0].Pace != "MISSED" {
		t.Fatalf("Mia's October: %+v", mia)
	}
	if ada := get(h.Ada.ID, "2026-10"); ada.Walker || len(ada.Commitments) != 0 || ada.Recognitions != 1 {
		t.Fatalf("Ada (no commitments, one endorsement) is not a walker: %+v", ada)
	}
	// November: Leo has nothing logged, so he is not a walker; the quarter's recognition still counts.
	nov := get(h.Leo.ID, "2026-11")
	if nov.Walker || nov.Conversations != 0 || nov.FollowUpsDue != 1 || nov.FollowUpsDoneOnTime != 0 {
		t.Fatalf("Leo's November: %+v", nov)
	}
	// The 12 months ending with October: Leo met A, B and C in October and nobody before.
	var series struct {
		Node struct {
			Month struct {
				CustomersMetByMonth []struct {
					Period string
					Count  int
				}
			}
		}
	}
	h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on Leader { month(period: "2026-10") { customersMetByMonth { period count } } } } }`,
		map[string]any{"id": fmt.Sprint(h.Leo.ID)}, &series)
	if s := series.Node.Month.CustomersMetByMonth; len(s) != 12 || s[0].Period != "2025-11" || s[11].Period != "2026-10" || s[11].Count != 3 || s[10].Count != 0 {
		t.Fatalf("Leo's 12 months: %+v", s)
	}
	// Globex's admin cannot read an Acme leader's month.
	resp := h.Fails(h.GusJWT, monthQuery, map[string]any{"id": fmt.Sprint(h.Leo.ID), "p": "2026-10"}, "NOT_FOUND")
	if strings.Contains(string(resp.Data), "customersMet") {
		t.Fatalf("Globex read Acme's month: %s", resp.Data)
	}
}

func TestDashboard(t *testing.T) {
	h := servertest.New(t)
	seedOctober(t, h)
	var out struct {
		Dashboard struct {
			Period                                              string
			Leaders, Walkers, NotYetWalkers, WithoutCommitments int
			CustomersMet, Conversations                         int
			ConversationsByMode                                 []struct {
				Mode  string
				Count int
			}
			DecisionsByStatus []struct {
				Status string
				Count  int
			}
			OpenFollowUps, OverdueFollowUps, Champions, OpenNominations int
			CustomersMetByMonth                                         []struct {
				Period string
				Count  int
			}
			LeadersByPace []struct {
				Pace    string
				Leaders int
			}
		}
	}
	h.OK(h.AdaJWT, `{ dashboard(period: "2026-10") { period leaders walkers notYetWalkers withoutCommitments
		customersMet conversations conversationsByMode { mode count } decisionsByStatus { status count }
		openFollowUps overdueFollowUps champions openNominations customersMetByMonth { period count } leadersByPace { pace leaders } } }`, nil, &out)
	d := out.Dashboard
	if d.Leaders != 3 || d.Walkers != 1 || d.NotYetWalkers != 1 || d.WithoutCommitments != 1 {
		t.Fatalf("walkers: %+v", d)
	}
	// October is over: Leo met everything, Mia missed her five customers; Ada has no commitment.
	if fmt.Sprint(d.LeadersByPace) != "[{MISSED 1} {MET 1}]" {
		t.Fatalf("leaders by pace: %v", d.LeadersByPace)
	}
	if d.CustomersMet != 4 || d.Conversations != 4 {
		t.Fatalf("customers met %d (want 4: A B C D), conversations %d (want 4)", d.CustomersMet, d.Conversations)
	}
	modes := map[string]int{}
	for _, m := range d.ConversationsByMode {
		modes[m.Mode] = m.Count
	}
	if modes["VISIT"] != 1 || modes["CALL"] != 2 || modes["ONLINE_COMMENTS"] != 1 || len(modes) != 3 {
		t.Fatalf("by mode: %+v", modes)
	}
	statuses := map[string]int{}
	for _, s := range d.DecisionsByStatus {
		statuses[s.Status] = s.Count
	}
	if statuses["DECIDED"] != 1 || statuses["PROPOSED"] != 1 {
		t.Fatalf("by status: %+v", statuses)
	}
	if d.OpenFollowUps != 2 || d.OverdueFollowUps < 1 || d.Champions != 1 || d.OpenNominations != 1 {
		t.Fatalf("follow-ups, champions, nominations: %+v", d)
	}
	if len(d.CustomersMetByMonth) != 12 || d.CustomersMetByMonth[11].Period != "2026-10" ||
		d.CustomersMetByMonth[11].Count != 4 || d.CustomersMetByMonth[10].Period != "2026-09" ||
		d.CustomersMetByMonth[10].Count != 1 || d.CustomersMetByMonth[0].Period != "2025-11" {
		t.Fatalf("12-month series: %+v", d.CustomersMetByMonth)
	}
	// Globex sees only its own month.
	h.OK(h.GusJWT, `{ dashboard(period: "2026-10") { leaders walkers customersMet conversations openNominations champions } }`, nil, &out)
	g := out.Dashboard
	if g.Leaders != 2 || g.Walkers != 1 || g.CustomersMet != 1 || g.Conversations != 1 || g.OpenNominations != 0 || g.Champions != 0 {
		t.Fatalf("Globex dashboard: %+v", g)
	}
}

// Leader.weekStreak counts back from this week, over the leader's own
// conversations only.
func TestWeekStreak(t *testing.T) {
	h := servertest.New(t)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	now := time.Now().UTC()
	for _, weeksAgo := range []int{1, 2, 4} { // a gap at three weeks ago
		h.Conversation(h.LeoJWT, now.AddDate(0, 0, -7*weeksAgo), zoe)
	}
	h.Conversation(h.MiaJWT, now.AddDate(0, 0, -21), h.Customer(h.MiaJWT, "Yan"))
	const q = `query { viewer { weekStreak } }`
	var out struct{ Viewer struct{ WeekStreak int } }
	h.OK(h.LeoJWT, q, nil, &out)
	if out.Viewer.WeekStreak != 2 {
		t.Fatalf("Leo's streak (last week and the week before) = %d, want 2", out.Viewer.WeekStreak)
	}
	h.Conversation(h.LeoJWT, now, zoe)
	h.OK(h.LeoJWT, q, nil, &out)
	if out.Viewer.WeekStreak != 3 {
		t.Fatalf("with a conversation this week: streak = %d, want 3", out.Viewer.WeekStreak)
	}
	gap := h.Conversation(h.LeoJWT, now.AddDate(0, 0, -21), zoe)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": gap}, nil)
	h.OK(h.LeoJWT, q, nil, &out)
	if out.Viewer.WeekStreak != 3 {
		t.Fatalf("a deleted conversation filled the gap: streak = %d, want 3", out.Viewer.WeekStreak)
	}
	h.OK(h.GusJWT, q, nil, &out)
	if out.Viewer.WeekStreak != 0 {
		t.Fatalf("Gus (Globex) has no streak, got %d", out.Viewer.WeekStreak)
	}
}

// A joint conversation counts in the month of everyone who was there, the
// record kept once; people of another organization cannot be named, nor more
// than 20.
func TestJointConversation(t *testing.T) {
	h := servertest.New(t)
	zoe := h.Customer(h.LeoJWT, "Zoe Customer")
	var out struct {
		CreateConversation struct {
			ID        string
			Attendees struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	const create = `mutation($in: CreateConversationInput!) { createConversation(input: $in) { id attendees(first: 20) { edges { node { id } } } } }`
	at := time.Now().UTC().Add(-time.Hour).Format(time.RFC3339)
	h.OK(h.LeoJWT, create, map[string]any{"in": map[string]any{"mode": "VISIT", "occurredAt": at, "customerIDs": []string{zoe},
		"attendeeIDs": []string{fmt.Sprint(h.Mia.ID)}}}, &out)
	if e := out.CreateConversation.Attendees.Edges; len(e) != 1 || e[0].Node.ID != fmt.Sprint(h.Mia.ID) {
		t.Fatalf("attendees: %+v", out.CreateConversation)
	}
	period := time.Now().UTC().Format("2006-01")
	for _, l := range []*ent.Leader{h.Leo, h.Mia} {
		var m struct{ Node struct{ Month month } }
		h.OK(h.AdaJWT, monthQuery, map[string]any{"id": fmt.Sprint(l.ID), "p": period}, &m)
		if m.Node.Month.Conversations != 1 || m.Node.Month.CustomersMet != 1 || m.Node.Month.DaysWithCustomers != 1 {
			t.Errorf("%s's month: %+v", l.Name, m.Node.Month)
		}
	}
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM conversations"); n != 1 {
		t.Errorf("%d conversations stored for one joint one", n)
	}
	var dash struct {
		Dashboard struct{ Conversations, CustomersMet int }
	}
	h.OK(h.AdaJWT, `query($p: String!) { dashboard(period: $p) { conversations customersMet } }`, map[string]any{"p": period}, &dash)
	if dash.Dashboard.Conversations != 1 || dash.Dashboard.CustomersMet != 1 {
		t.Errorf("the organization counts the joint conversation once: %+v", dash.Dashboard)
	}
	// Another organization's person is refused as if they did not exist, and nothing is stored.
	h.Fails(h.LeoJWT, create, map[string]any{"in": map[string]any{"mode": "VISIT", "occurredAt": at, "customerIDs": []string{zoe},
		"attendeeIDs": []string{fmt.Sprint(h.Gil.ID)}}}, "BAD_USER_INPUT")
	var many []string
	for i := range 21 {
		l := h.Store.Client.Leader.Create().SetOrganizationID(h.Acme.ID).SetName(fmt.Sprint("Guest ", i)).
			SetEmail(fmt.Sprintf("guest%d@acme.test", i)).SaveX(servertest.System())
		many = append(many, fmt.Sprint(l.ID))
	}
	if r := h.Fails(h.LeoJWT, create, map[string]any{"in": map[string]any{"mode": "VISIT", "occurredAt": at, "customerIDs": []string{zoe},
		"attendeeIDs": many}}, "BAD_USER_INPUT"); r.Field() != "attendeeIDs" {
		t.Errorf("21 attendees refused on %q", r.Field())
	}
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM conversations"); n != 1 {
		t.Errorf("a refused create stored a conversation: %d", n)
	}
}
