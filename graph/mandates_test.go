package graph_test

import (
	"strconv"
	"testing"

	"walker/server/servertest"
)

type heldCommitment struct {
	ID, Behaviour string
	Target        int
	Mandate       *struct{ ID string }
}

// commitmentsOf lists a person's commitments, as anyone reads them.
func commitmentsOf(t *testing.T, h *servertest.Harness, id int) map[string]heldCommitment {
	return commitmentsAs(t, h, h.AdaJWT, id)
}

// commitmentsAs lists a person's commitments as token reads them.
func commitmentsAs(t *testing.T, h *servertest.Harness, token string, id int) map[string]heldCommitment {
	t.Helper()
	var out struct {
		Node struct {
			Commitments struct {
				Edges []struct{ Node heldCommitment }
			}
		}
	}
	h.As(t).OK(token, `query($id: ID!) { node(id: $id) { ... on Leader { commitments(first: 50) { edges { node { id behaviour target mandate { id } } } } } } }`,
		map[string]any{"id": servertest.ID(id)}, &out)
	m := map[string]heldCommitment{}
	for _, e := range out.Node.Commitments.Edges {
		m[e.Node.Behaviour] = e.Node
	}
	return m
}

// A mandate reaches everyone it applies to at once, a person added later
// and one moved to its team too; they cannot remove or lower it and keep
// their own commitments beside it; only admins set mandates.
func TestMandates(t *testing.T) {
	h := servertest.New(t)
	create := `mutation($in: CreateMandateInput!) { createMandate(input: $in) { id } }`
	// Leo had committed to 8 customers before the mandate of 5: his stays 8, now mandated.
	h.OK(h.LeoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 8}) { id } }`, nil, nil)
	h.Fails(h.LeoJWT, create, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5}}, "FORBIDDEN")
	var made struct{ CreateMandate struct{ ID string } }
	h.OK(h.AdaJWT, create, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5}}, &made)
	everyone := made.CreateMandate.ID
	for _, p := range []struct {
		name   string
		id     int
		target int
	}{{"Ada", h.Ada.ID, 5}, {"Leo", h.Leo.ID, 8}, {"Mia", h.Mia.ID, 5}} {
		c, ok := commitmentsOf(t, h, p.id)["CUSTOMERS_MET"]
		if !ok || c.Mandate == nil || c.Mandate.ID != everyone || c.Target != p.target {
			t.Fatalf("%s's mandated commitment: %+v", p.name, c)
		}
	}
	if n := len(commitmentsAs(t, h, h.GusJWT, h.Gus.ID)); n != 0 {
		t.Fatalf("Globex's Gus got Acme's mandate: %d commitments", n)
	}
	h.Fails(h.AdaJWT, create, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 3}}, "CONFLICT")

	// Mia cannot delete or lower hers; she adds her own beside it.
	mias := commitmentsOf(t, h, h.Mia.ID)["CUSTOMERS_MET"].ID
	h.Fails(h.MiaJWT, `mutation($id: ID!) { deleteCommitment(id: $id) }`, map[string]any{"id": mias}, "FORBIDDEN")
	h.Fails(h.MiaJWT, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 1}) { id } }`, map[string]any{"id": mias}, "FORBIDDEN")
	h.OK(h.MiaJWT, `mutation { createCommitment(input: {behaviour: DAYS_WITH_CUSTOMERS, target: 2}) { id } }`, nil, nil)
	if got := commitmentsOf(t, h, h.Mia.ID); len(got) != 2 || got["CUSTOMERS_MET"].Target != 5 {
		t.Fatalf("Mia's commitments: %+v", got)
	}

	// A person added later has it at once.
	var added struct{ CreateLeader struct{ ID string } }
	h.OK(h.AdaJWT, `mutation { createLeader(input: {name: "Nia New", email: "nia@acme.test"}) { id } }`, nil, &added)
	nia := mustID(t, added.CreateLeader.ID)
	if c := commitmentsOf(t, h, nia)["CUSTOMERS_MET"]; c.Mandate == nil || c.Target != 5 {
		t.Fatalf("a new person's mandate: %+v", c)
	}

	// A team's mandate: for those of the team (any case), and whoever joins it; leaving takes it away.
	h.OK(h.AdaJWT, create, map[string]any{"in": map[string]any{"behaviour": "FEEDBACK_REVIEWS", "target": 1, "team": "Sales"}}, nil)
	setTeam := func(id int, team any) {
		h.OK(h.AdaJWT, `mutation($id: ID!, $t: String) { updateLeader(id: $id, input: {team: $t}) { id } }`, map[string]any{"id": servertest.ID(id), "t": team}, nil)
	}
	if _, ok := commitmentsOf(t, h, h.Mia.ID)["FEEDBACK_REVIEWS"]; ok {
		t.Fatal("Mia, in no team, got the Sales mandate")
	}
	setTeam(h.Mia.ID, "sales")
	if c := commitmentsOf(t, h, h.Mia.ID)["FEEDBACK_REVIEWS"]; c.Mandate == nil || c.Target != 1 {
		t.Fatalf("Mia joined Sales: %+v", c)
	}
	setTeam(h.Mia.ID, "Support")
	if _, ok := commitmentsOf(t, h, h.Mia.ID)["FEEDBACK_REVIEWS"]; ok {
		t.Fatal("Mia left Sales and kept its mandate")
	}

	// Changing the mandate changes everyone's; deleting it deletes them.
	h.OK(h.AdaJWT, `mutation($id: ID!) { updateMandate(id: $id, input: {target: 7}) { id } }`, map[string]any{"id": everyone}, nil)
	if c := commitmentsOf(t, h, nia)["CUSTOMERS_MET"]; c.Target != 7 {
		t.Fatalf("after raising the mandate to 7: %+v", c)
	}
	h.Fails(h.LeoJWT, `mutation($id: ID!) { deleteMandate(id: $id) }`, map[string]any{"id": everyone}, "FORBIDDEN")
	h.OK(h.AdaJWT, `mutation($id: ID!) { deleteMandate(id: $id) }`, map[string]any{"id": everyone}, nil)
	if _, ok := commitmentsOf(t, h, nia)["CUSTOMERS_MET"]; ok {
		t.Fatal("the mandate is deleted and its commitment stayed")
	}
	if got := commitmentsOf(t, h, h.Mia.ID); len(got) != 1 {
		t.Fatalf("Mia keeps her own commitment only: %+v", got)
	}
}

// A person's manager: set by admins, never in a loop, of the same
// organization; the manager reads their reports.
func TestManagers(t *testing.T) {
	h := servertest.New(t)
	set := `mutation($id: ID!, $m: ID) { updateLeader(id: $id, input: {managerID: $m}) { id manager { id } } }`
	vars := func(id, manager int) map[string]any {
		return map[string]any{"id": servertest.ID(id), "m": servertest.ID(manager)}
	}
	h.OK(h.AdaJWT, set, vars(h.Leo.ID, h.Mia.ID), nil)
	h.OK(h.AdaJWT, set, vars(h.Mia.ID, h.Ada.ID), nil)
	var out struct {
		Node struct {
			Manager *struct{ ID string }
			Reports struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Leader { manager { id } reports(first: 10) { edges { node { id } } } } } }`,
		map[string]any{"id": servertest.ID(h.Mia.ID)}, &out)
	if out.Node.Manager == nil || out.Node.Manager.ID != servertest.ID(h.Ada.ID) || len(out.Node.Reports.Edges) != 1 || out.Node.Reports.Edges[0].Node.ID != servertest.ID(h.Leo.ID) {
		t.Fatalf("Mia's manager and reports: %+v", out.Node)
	}
	for name, v := range map[string]map[string]any{
		"herself":                 vars(h.Mia.ID, h.Mia.ID),
		"her own report":          vars(h.Mia.ID, h.Leo.ID),
		"a report of her reports": vars(h.Ada.ID, h.Leo.ID),
		"another organization's":  vars(h.Leo.ID, h.Gus.ID),
	} {
		if r := h.Do(h.AdaJWT, set, v); r.Code() != "BAD_USER_INPUT" || r.Field() != "managerID" {
			t.Fatalf("a manager who is %s: %+v", name, r.Errors)
		}
	}
	h.Fails(h.LeoJWT, set, vars(h.Leo.ID, h.Ada.ID), "FORBIDDEN")
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Leader { manager { id } reports(first: 10) { edges { node { id } } } } } }`,
		map[string]any{"id": servertest.ID(h.Leo.ID)}, &out)
	if out.Node.Manager == nil || out.Node.Manager.ID != servertest.ID(h.Mia.ID) {
		t.Fatalf("refused changes changed Leo's manager: %+v", out.Node)
	}
	// The dashboard's people counts narrow to a manager's reports or a team.
	h.OK(h.AdaJWT, `mutation($id: ID!) { updateLeader(id: $id, input: {team: "Sales"}) { id } }`, map[string]any{"id": servertest.ID(h.Ada.ID)}, nil)
	var d struct{ All, Reports, Sales, Both struct{ Leaders int } }
	h.OK(h.AdaJWT, `query($m: ID!) { all: dashboard(period: "2026-11") { leaders } reports: dashboard(period: "2026-11", managerID: $m) { leaders }
		sales: dashboard(period: "2026-11", team: " sales ") { leaders } both: dashboard(period: "2026-11", team: "Sales", managerID: $m) { leaders } }`,
		map[string]any{"m": servertest.ID(h.Mia.ID)}, &d)
	if d.All.Leaders != 3 || d.Reports.Leaders != 1 || d.Sales.Leaders != 1 || d.Both.Leaders != 0 {
		t.Fatalf("the dashboard's people, narrowed: %+v", d)
	}
}

// mustID reads an id as GraphQL writes it.
func mustID(t *testing.T, s string) int {
	t.Helper()
	id, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("id %q: %v", s, err)
	}
	return id
}
