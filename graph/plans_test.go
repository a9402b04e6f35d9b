package graph_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
)

type planOut struct {
	ID, Kind, Status, PlannedAt string
	Note                        *string
	Customer                    *struct{ ID string }
	Conversations               struct{ TotalCount int }
}

const planFields = `id kind status plannedAt note customer { id } conversations(first: 10) { totalCount }`

// A plan: made by its owner, UPCOMING until a conversation is logged from it
// (LOGGED) or a day passes (MISSED); it lifts the pace while it is to come,
// and only its owner logs from it or changes it.
func TestPlans(t *testing.T) {
	h := servertest.New(t)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	now := time.Now().UTC()
	monthEnd := time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	soon := now.Add(monthEnd.Sub(now) / 2).Truncate(time.Second)
	plan := func(token string, input map[string]any) planOut {
		t.Helper()
		var out struct{ CreatePlan planOut }
		h.OK(token, `mutation($in: CreatePlanInput!) { createPlan(input: $in) { `+planFields+` } }`, map[string]any{"in": input}, &out)
		return out.CreatePlan
	}
	pace := func() string {
		t.Helper()
		var out struct {
			Node struct {
				Month struct{ Commitments []struct{ Pace string } }
			}
		}
		h.OK(h.LeoJWT, `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) { commitments { pace } } } } }`,
			map[string]any{"id": servertest.ID(h.Leo.ID), "p": now.Format("2006-01")}, &out)
		return out.Node.Month.Commitments[0].Pace
	}
	h.OK(h.LeoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 1}) { id } }`, nil, nil)
	before := pace()
	if before == "ON_TRACK" && now.Sub(time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)) > time.Hour {
		t.Fatalf("no customer met and no plan, pace %s", before)
	}

	p := plan(h.LeoJWT, map[string]any{"kind": "VISIT", "plannedAt": soon.Format(time.RFC3339), "customerID": zoe, "note": "Renewal"})
	if p.Status != "UPCOMING" || p.Customer == nil || p.Customer.ID != zoe || p.Note == nil || *p.Note != "Renewal" {
		t.Fatalf("new plan: %+v", p)
	}
	if got := pace(); got != "ON_TRACK" {
		t.Fatalf("with a plan to come reaching the target, pace %s (was %s)", got, before)
	}
	// Everyone reads it; Leader.plans lists one person's.
	var listed struct {
		Plans struct{ TotalCount int }
		Node  struct{ Plans struct{ TotalCount int } }
	}
	h.OK(h.MiaJWT, `query($id: ID!) { plans(first: 10) { totalCount } node(id: $id) { ... on Leader { plans(first: 10) { totalCount } } } }`,
		map[string]any{"id": servertest.ID(h.Leo.ID)}, &listed)
	if listed.Plans.TotalCount != 1 || listed.Node.Plans.TotalCount != 1 {
		t.Fatalf("listed: %+v", listed)
	}

	// Others cannot log from it, change it or delete it; Globex cannot see it.
	logFrom := func(token, planID string) servertest.Response {
		return h.Do(token, `mutation($p: ID!, $c: [ID!]) { createConversation(input: {mode: VISIT, occurredAt: "2026-11-20T10:00:00Z", customerIDs: $c, planID: $p}) { id plan { id } } }`,
			map[string]any{"p": planID, "c": []string{zoe}})
	}
	conversations := servertest.Rows(t, h, "conversations")
	if r := logFrom(h.MiaJWT, p.ID); r.Code() != "BAD_USER_INPUT" || r.Field() != "planID" {
		t.Fatalf("Mia logging from Leo's plan: %+v", r.Errors)
	}
	gusCustomer := h.Customer(h.GusJWT, "Globex's customer")
	h.Fails(h.GusJWT, `mutation($p: ID!, $c: [ID!]) { createConversation(input: {mode: VISIT, occurredAt: "2026-11-20T10:00:00Z", customerIDs: $c, planID: $p}) { id } }`,
		map[string]any{"p": p.ID, "c": []string{gusCustomer}}, "BAD_USER_INPUT")
	if n := servertest.Rows(t, h, "conversations"); n != conversations {
		t.Fatalf("a refused log from a plan stored a conversation: %d, was %d", n, conversations)
	}
	h.Fails(h.MiaJWT, `mutation($id: ID!) { updatePlan(id: $id, input: {note: "mine now"}) { id } }`, map[string]any{"id": p.ID}, "FORBIDDEN")
	h.Fails(h.MiaJWT, `mutation($id: ID!) { deletePlan(id: $id) }`, map[string]any{"id": p.ID}, "FORBIDDEN")
	h.Fails(h.GusJWT, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": p.ID}, "NOT_FOUND")

	// Bad input is refused and stores nothing.
	plans := servertest.Rows(t, h, "plans")
	for name, in := range map[string]map[string]any{
		"a note too long":      {"kind": "CALL", "plannedAt": soon.Format(time.RFC3339), "note": strings.Repeat("x", 2001)},
		"the year 2062":        {"kind": "CALL", "plannedAt": "2062-01-01T10:00:00Z"},
		"another org's person": {"kind": "CALL", "plannedAt": soon.Format(time.RFC3339), "customerID": gusCustomer},
	} {
		r := h.Do(h.LeoJWT, `mutation($in: CreatePlanInput!) { createPlan(input: $in) { id } }`, map[string]any{"in": in})
		if r.Code() != "BAD_USER_INPUT" {
			t.Fatalf("%s: %+v", name, r.Errors)
		}
	}
	if n := servertest.Rows(t, h, "plans"); n != plans {
		t.Fatalf("refused plans were stored: %d, was %d", n, plans)
	}

	// Logged from it: LOGGED, and no longer a plan to come.
	var logged struct {
		CreateConversation struct {
			ID   string
			Plan struct{ ID string }
		}
	}
	h.OK(h.LeoJWT, `mutation($p: ID!, $c: [ID!]) { createConversation(input: {mode: VISIT, occurredAt: "2026-11-20T10:00:00Z", customerIDs: $c, planID: $p}) { id plan { id } } }`,
		map[string]any{"p": p.ID, "c": []string{zoe}}, &logged)
	if logged.CreateConversation.Plan.ID != p.ID {
		t.Fatalf("logged from the plan: %+v", logged)
	}
	var read struct{ Node planOut }
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Plan { `+planFields+` } } }`, map[string]any{"id": p.ID}, &read)
	if read.Node.Status != "LOGGED" || read.Node.Conversations.TotalCount != 1 {
		t.Fatalf("a plan logged: %+v", read.Node)
	}

	// A plan a day past and not logged is MISSED; replaying its create stores it once.
	id := "5a2c7a0e-0000-4000-8000-000000000001"
	past := map[string]any{"clientID": id, "kind": "CUSTOMER_DAY", "plannedAt": now.Add(-49 * time.Hour).Format(time.RFC3339)}
	missed := plan(h.LeoJWT, past)
	if again := plan(h.LeoJWT, past); again.ID != missed.ID || missed.Status != "MISSED" || missed.Customer != nil {
		t.Fatalf("a missed customer day, sent twice: %+v, %+v", missed, again)
	}
	// Its owner cancels it; the change log carries plans.
	from := cursorNow(t, h, h.LeoJWT)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deletePlan(id: $id) }`, map[string]any{"id": missed.ID}, nil)
	if got, _ := readChanges(t, h, h.ReadToken, from, 100, "PLAN"); len(got) != 1 || got[0].Operation != "DELETED" {
		t.Fatalf("the change log of a cancelled plan: %+v", got)
	}
	h.OK(h.LeoJWT, `query { plans(first: 10) { totalCount } }`, nil, &listed)
	if listed.Plans.TotalCount != 1 {
		t.Fatalf("after cancelling one of two plans: %+v", listed.Plans)
	}
}

// A bulk export carries plans and mandates, before the conversations and
// commitments that refer to them; a cancelled plan is left out.
func TestExportPlansAndMandates(t *testing.T) {
	h := servertest.New(t)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	var p struct{ CreatePlan struct{ ID string } }
	h.OK(h.LeoJWT, `mutation($c: ID) { createPlan(input: {kind: VISIT, plannedAt: "2026-11-20T10:00:00Z", customerID: $c, note: "Renewal"}) { id } }`, map[string]any{"c": zoe}, &p)
	var gone struct{ CreatePlan struct{ ID string } }
	h.OK(h.LeoJWT, `mutation { createPlan(input: {kind: CALL, plannedAt: "2026-11-21T10:00:00Z"}) { id } }`, nil, &gone)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deletePlan(id: $id) }`, map[string]any{"id": gone.CreatePlan.ID}, nil)
	var m struct{ CreateMandate struct{ ID string } }
	h.OK(h.AdaJWT, `mutation { createMandate(input: {behaviour: CUSTOMERS_MET, target: 5}) { id } }`, nil, &m)
	job := h.StartExport(h.AdaJWT, "COMMITMENT", "MANDATE", "PLAN")
	if r := h.RunExports(); r.Completed != 1 {
		t.Fatalf("worker round: %+v", r)
	}
	job = h.ExportJob(h.AdaJWT, job.ID)
	lines := servertest.ExportLines(t, h.Download(h.AdaJWT, *job.DownloadURL).Body.Bytes())
	var kinds []string
	for _, l := range lines {
		kinds = append(kinds, fmt.Sprint(l.Record["__typename"]))
	}
	// One plan (the cancelled one left out), the mandate, then its three commitments (Ada's, Leo's, Mia's).
	if strings.Join(kinds, ",") != "Plan,Mandate,Commitment,Commitment,Commitment" {
		t.Fatalf("the file's records: %v", kinds)
	}
	if lines[0].Record["id"] != p.CreatePlan.ID || lines[0].Record["note"] != "Renewal" || lines[1].Record["id"] != m.CreateMandate.ID {
		t.Fatalf("the plan and the mandate: %s\n%s", lines[0].Raw, lines[1].Raw)
	}
}
