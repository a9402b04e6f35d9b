package graph_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
)

// This file probes the wall between organizations: whatever the path — a node
// id, a list, a filter, an edge, a mutation, a linked id, a dashboard — one
// organization never reads, counts, reaches or changes another's records.

// world is a set of records of both organizations, created through the API.
type world struct {
	// Acme: Leo's customer, conversation, decision, follow-up, nomination of
	// Mia (endorsed by Ada), feedback review (Mia attending), commitment;
	// Ada's invitation; the read token's id.
	custA, convA, decA, fupA, nomA, endA, revA, comA, invA, tokA string
	// Globex: Gil's customer, conversation, decision, follow-up, nomination
	// of Gus (endorsed by nobody), feedback review, commitment.
	custG, convG, decG, fupG, nomG, revG, comG string
}

// Creates of the world's records, their links given as variables.
const (
	decisionMutation    = `mutation($t: String!, $e: [ID!]) { createDecision(input: {title: $t, customerBenefit: "Customers get their money back within a day", evidenceIDs: $e}) { id } }`
	followUpMutation    = `mutation($o: ID!, $c: ID) { createFollowUp(input: {action: "Call the customer back", ownerID: $o, conversationID: $c}) { id } }`
	nominationMutation  = `mutation($n: ID!) { createNomination(input: {story: "Drove two hours to fix a customer's outage", nomineeID: $n}) { id } }`
	endorsementMutation = `mutation($n: ID!) { createEndorsement(input: {nominationID: $n, comment: "Saw it happen"}) { id } }`
	reviewMutation      = `mutation($at: Time!, $a: [ID!], $c: [ID!]) { createFeedbackReview(input: {title: "Monthly review", heldAt: $at, attendeeIDs: $a, conversationIDs: $c}) { id } }`
	commitmentMutation  = `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 1}) { id } }`
)

// newWorld creates the world through the API, as the records' owners.
func newWorld(t *testing.T, h *servertest.Harness) world {
	t.Helper()
	at := time.Date(2026, 10, 5, 10, 0, 0, 0, time.UTC)
	var w world
	w.custA = h.Customer(h.LeoJWT, "Acme Client")
	w.convA = h.Conversation(h.LeoJWT, at, w.custA)
	w.decA = servertest.RecordID(t, h, h.LeoJWT, decisionMutation, map[string]any{"t": "Acme refunds", "e": []string{w.convA}})
	w.fupA = servertest.RecordID(t, h, h.LeoJWT, followUpMutation, map[string]any{"o": servertest.ID(h.Leo.ID), "c": w.convA})
	w.nomA = servertest.RecordID(t, h, h.LeoJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Mia.ID)})
	w.endA = servertest.RecordID(t, h, h.AdaJWT, endorsementMutation, map[string]any{"n": w.nomA})
	w.revA = servertest.RecordID(t, h, h.LeoJWT, reviewMutation, map[string]any{"at": at.Format(time.RFC3339), "a": []string{servertest.ID(h.Mia.ID)}, "c": []string{w.convA}})
	w.comA = servertest.RecordID(t, h, h.LeoJWT, commitmentMutation, nil)
	var inv struct {
		CreateInvitation struct{ Invitation struct{ ID string } } `json:"createInvitation"`
	}
	h.OK(h.AdaJWT, `mutation { createInvitation(input: {email: "new@acme.test"}) { invitation { id } } }`, nil, &inv)
	w.invA = inv.CreateInvitation.Invitation.ID
	var toks struct {
		APITokens struct {
			Edges []struct{ Node struct{ ID string } }
		} `json:"apiTokens"`
	}
	h.OK(h.AdaJWT, `{ apiTokens(first: 1, where: {name: "READ"}) { edges { node { id } } } }`, nil, &toks)
	if len(toks.APITokens.Edges) != 1 {
		t.Fatalf("Acme's read token not listed: %+v", toks)
	}
	w.tokA = toks.APITokens.Edges[0].Node.ID

	w.custG = h.Customer(h.GilJWT, "Globex Client")
	w.convG = h.Conversation(h.GilJWT, at, w.custG)
	w.decG = servertest.RecordID(t, h, h.GilJWT, decisionMutation, map[string]any{"t": "Globex refunds", "e": []string{w.convG}})
	w.fupG = servertest.RecordID(t, h, h.GilJWT, followUpMutation, map[string]any{"o": servertest.ID(h.Gil.ID), "c": w.convG})
	w.nomG = servertest.RecordID(t, h, h.GilJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Gus.ID)})
	w.revG = servertest.RecordID(t, h, h.GilJWT, reviewMutation, map[string]any{"at": at.Format(time.RFC3339), "a": []string{servertest.ID(h.Gus.ID)}, "c": []string{w.convG}})
	w.comG = servertest.RecordID(t, h, h.GilJWT, commitmentMutation, nil)
	return w
}

// worldNode is a record of one organization, with the type node() must report.
type worldNode struct{ name, typ, id string }

// acmeNodes are Acme's records in the world, people and organization included.
func (w world) acmeNodes(h *servertest.Harness) []worldNode {
	return []worldNode{
		{"conversation", "Conversation", w.convA}, {"customer", "Customer", w.custA},
		{"decision", "Decision", w.decA}, {"follow-up", "FollowUp", w.fupA},
		{"nomination", "Nomination", w.nomA}, {"endorsement", "Endorsement", w.endA},
		{"feedback review", "FeedbackReview", w.revA}, {"commitment", "Commitment", w.comA},
		{"invitation", "Invitation", w.invA}, {"API token", "APIToken", w.tokA},
		{"leader", "Leader", servertest.ID(h.Leo.ID)}, {"admin", "Leader", servertest.ID(h.Ada.ID)},
		{"organization", "Organization", servertest.ID(h.Acme.ID)},
	}
}

// globexNodes are Globex's records in the world, people and organization included.
func (w world) globexNodes(h *servertest.Harness) []worldNode {
	return []worldNode{
		{"conversation", "Conversation", w.convG}, {"customer", "Customer", w.custG},
		{"decision", "Decision", w.decG}, {"follow-up", "FollowUp", w.fupG},
		{"nomination", "Nomination", w.nomG}, {"feedback review", "FeedbackReview", w.revG},
		{"commitment", "Commitment", w.comG}, {"leader", "Leader", servertest.ID(h.Gil.ID)},
		{"admin", "Leader", servertest.ID(h.Gus.ID)}, {"organization", "Organization", servertest.ID(h.Globex.ID)},
	}
}

// acmeSecrets are strings of Acme's records that must never appear in an
// answer to Globex.
var acmeSecrets = []string{"Acme", "Leo Leader", "Mia Member", "Ada Admin", "acme.test", "Acme refunds"}

// noAcmeLeak fails when body shows one of acmeSecrets.
func noAcmeLeak(t *testing.T, body string) {
	t.Helper()
	for _, s := range acmeSecrets {
		if strings.Contains(body, s) {
			t.Fatalf("answer leaks Acme's %q: %s", s, body)
		}
	}
}

func TestTenancyNodeByID(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	const q = `query($id: ID!) { node(id: $id) { id __typename
		... on Leader { name email } ... on Customer { name } ... on Conversation { heard } ... on Decision { title } ... on Organization { name } } }`
	type node struct {
		ID       string
		Typename string `json:"__typename"`
	}
	probe := func(t *testing.T, owner string, probers map[string]string, nodes []worldNode) {
		for _, n := range nodes {
			t.Run(n.name, func(t *testing.T) {
				// Control: the owning organization's admin reads the record.
				var own struct{ Node *node }
				h.OK(owner, q, map[string]any{"id": n.id}, &own)
				if own.Node == nil || own.Node.ID != n.id || own.Node.Typename != n.typ {
					t.Fatalf("owner reads %s %s as %+v", n.typ, n.id, own.Node)
				}
				for who, token := range probers {
					resp := h.Do(token, q, map[string]any{"id": n.id})
					var out struct{ Node *node }
					if resp.Status != 200 || json.Unmarshal(resp.Data, &out) != nil {
						t.Fatalf("%s: status %d data %s", who, resp.Status, resp.Data)
					}
					if out.Node != nil {
						t.Fatalf("%s reads another organization's %s: %s", who, n.typ, resp.Data)
					}
					for _, e := range resp.Errors {
						if c := e.Extensions["code"]; c != "NOT_FOUND" && c != "FORBIDDEN" {
							t.Fatalf("%s: unexpected error %+v", who, e)
						}
					}
				}
			})
		}
	}
	t.Run("Globex probes Acme", func(t *testing.T) {
		probe(t, h.AdaJWT, map[string]string{"Gus (admin)": h.GusJWT, "Gil (leader)": h.GilJWT}, w.acmeNodes(h))
	})
	t.Run("Acme probes Globex", func(t *testing.T) {
		probe(t, h.GusJWT, map[string]string{"Ada (admin)": h.AdaJWT, "Leo (leader)": h.LeoJWT,
			"read token": h.ReadToken, "read-write token": h.RWToken}, w.globexNodes(h))
	})
}

func TestTenancyNodesBatch(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	const q = `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Leader { name } ... on Customer { name } } }`
	acme := w.acmeNodes(h)
	// Globex's own records interleaved with Acme's, of the same types, so that
	// a mix-up of positions would show.
	ids := []string{w.convG}
	want := []string{w.convG}
	for _, n := range acme {
		ids = append(ids, n.id)
		want = append(want, "")
	}
	ids = append(ids, w.custG, servertest.ID(h.Gil.ID))
	want = append(want, w.custG, servertest.ID(h.Gil.ID))
	for who, token := range map[string]string{"Gus": h.GusJWT, "Gil": h.GilJWT} {
		resp := h.Do(token, q, map[string]any{"ids": ids})
		var out struct {
			Nodes []*struct{ ID string }
		}
		if resp.Status != 200 || json.Unmarshal(resp.Data, &out) != nil {
			t.Fatalf("%s: status %d data %s errors %+v", who, resp.Status, resp.Data, resp.Errors)
		}
		if len(out.Nodes) != len(want) {
			t.Fatalf("%s: %d nodes for %d ids: %s", who, len(out.Nodes), len(ids), resp.Data)
		}
		for i, n := range out.Nodes {
			switch {
			case want[i] == "" && n != nil:
				t.Errorf("%s: nodes[%d] (Acme's %s) = %+v, want null", who, i, acme[i-1].name, n)
			case want[i] != "" && (n == nil || n.ID != want[i]):
				t.Errorf("%s: nodes[%d] = %+v, want own record %s", who, i, n, want[i])
			}
		}
		for _, e := range resp.Errors {
			if c := e.Extensions["code"]; c != "NOT_FOUND" && c != "FORBIDDEN" {
				t.Errorf("%s: unexpected error %+v", who, e)
			}
		}
		if len(resp.Errors) < len(acme) {
			t.Errorf("%s: want an error per refused id, got %d", who, len(resp.Errors))
		}
		noAcmeLeak(t, string(resp.Data))
	}
}

// tenantRoots are the root connections of records that belong to an organization.
var tenantRoots = []string{"conversations", "customers", "decisions", "followUps", "nominations",
	"endorsements", "feedbackReviews", "commitments", "leaders"}

// connectionTotal reads root (filtered by where, which may use vars as [ID!]
// variables) as token and returns its totalCount and the ids of its edges.
func connectionTotal(t *testing.T, h *servertest.Harness, token, root, where string, vars map[string]any) (int, []string) {
	t.Helper()
	args := "first: 100"
	if where != "" {
		args += ", where: " + where
	}
	params := ""
	if len(vars) > 0 {
		var ps []string
		for _, k := range slices.Sorted(maps.Keys(vars)) {
			ps = append(ps, "$"+k+": [ID!]")
		}
		params = "(" + strings.Join(ps, ", ") + ")"
	}
	var out map[string]struct {
		TotalCount int
		Edges      []struct{ Node struct{ ID string } }
	}
	h.OK(token, fmt.Sprintf(`query%s { %s(%s) { totalCount edges { node { id } } } }`, params, root, args), vars, &out)
	c := out[root]
	ids := make([]string, 0, len(c.Edges))
	for _, e := range c.Edges {
		ids = append(ids, e.Node.ID)
	}
	if len(ids) != c.TotalCount {
		t.Fatalf("%s: totalCount %d but %d edges", root, c.TotalCount, len(ids))
	}
	return c.TotalCount, ids
}

func TestTenancyListsAndCounts(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	orgOf := map[string]string{}
	for _, n := range w.acmeNodes(h) {
		orgOf[n.id] = "Acme"
	}
	for _, n := range w.globexNodes(h) {
		orgOf[n.id] = "Globex"
	}
	// What each organization holds, as its admin counts it.
	want := map[string]map[string]int{
		"Acme":   {"conversations": 1, "customers": 1, "decisions": 1, "followUps": 1, "nominations": 1, "endorsements": 1, "feedbackReviews": 1, "commitments": 1, "leaders": 3},
		"Globex": {"conversations": 1, "customers": 1, "decisions": 1, "followUps": 1, "nominations": 1, "endorsements": 0, "feedbackReviews": 1, "commitments": 1, "leaders": 2},
	}
	for _, root := range tenantRoots {
		t.Run(root, func(t *testing.T) {
			for _, c := range []struct {
				who, org, token string
			}{{"Ada", "Acme", h.AdaJWT}, {"Leo", "Acme", h.LeoJWT}, {"read token", "Acme", h.ReadToken},
				{"Gus", "Globex", h.GusJWT}, {"Gil", "Globex", h.GilJWT}} {
				n, ids := connectionTotal(t, h, c.token, root, "", nil)
				if n != want[c.org][root] {
					t.Errorf("%s counts %d %s, want %d", c.who, n, root, want[c.org][root])
				}
				for _, id := range ids {
					if o := orgOf[id]; o != "" && o != c.org {
						t.Errorf("%s (%s) lists %s's %s %s", c.who, c.org, o, root, id)
					}
				}
			}
		})
	}
	// Admin-only lists: Gus sees none of Acme's invitations and tokens.
	for _, root := range []string{"invitations", "apiTokens"} {
		if n, _ := connectionTotal(t, h, h.AdaJWT, root, "", nil); n == 0 {
			t.Fatalf("control: Ada lists no %s", root)
		}
		if n, ids := connectionTotal(t, h, h.GusJWT, root, "", nil); n != 0 {
			t.Errorf("Gus lists %d of Acme's %s: %v", n, root, ids)
		}
	}
	// The organization root is the viewer's own.
	var org struct{ Organization struct{ ID, Name string } }
	h.OK(h.GusJWT, `{ organization { id name } }`, nil, &org)
	if org.Organization.Name != "Globex" || org.Organization.ID != servertest.ID(h.Globex.ID) {
		t.Fatalf("Gus's organization: %+v", org)
	}
}

func TestTenancyFilters(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	for _, c := range []struct {
		name, root, where string
		vars              map[string]any
		// acme is what Acme's admin gets (the control); globex what Globex's does.
		acme, globex []string
	}{
		{"conversations by id", "conversations", `{idIn: $ids}`, map[string]any{"ids": []string{w.convA, w.convG}}, []string{w.convA}, []string{w.convG}},
		{"customers by id", "customers", `{idIn: $ids}`, map[string]any{"ids": []string{w.custA}}, []string{w.custA}, nil},
		{"decisions by id", "decisions", `{idIn: $ids}`, map[string]any{"ids": []string{w.decA}}, []string{w.decA}, nil},
		{"leaders by id", "leaders", `{idIn: $ids}`, map[string]any{"ids": []string{servertest.ID(h.Leo.ID), servertest.ID(h.Ada.ID)}}, []string{servertest.ID(h.Ada.ID), servertest.ID(h.Leo.ID)}, nil},
		{"conversations with an Acme customer", "conversations", `{hasCustomersWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{w.custA}}, []string{w.convA}, nil},
		{"customers met in an Acme conversation", "customers", `{hasConversationsWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{w.convA}}, []string{w.custA}, nil},
		{"decisions with Acme evidence", "decisions", `{hasEvidenceWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{w.convA}}, []string{w.decA}, nil},
		{"conversations of an Acme leader", "conversations", `{hasLeaderWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{servertest.ID(h.Leo.ID)}}, []string{w.convA}, nil},
		{"follow-ups owned by an Acme leader", "followUps", `{hasOwnerWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{servertest.ID(h.Leo.ID)}}, []string{w.fupA}, nil},
		{"nominations of an Acme nominee", "nominations", `{hasNomineeWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{servertest.ID(h.Mia.ID)}}, []string{w.nomA}, nil},
		{"leaders by Acme email", "leaders", `{emailContains: "acme.test"}`, nil, []string{servertest.ID(h.Ada.ID), servertest.ID(h.Leo.ID), servertest.ID(h.Mia.ID)}, nil},
		{"customers by Acme name", "customers", `{name: "Acme Client"}`, nil, []string{w.custA}, nil},
		{"or/not cannot widen", "conversations", `{or: [{idIn: $ids}, {not: {idIn: $ids}}]}`, map[string]any{"ids": []string{w.convA}}, []string{w.convA}, []string{w.convG}},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, ids := connectionTotal(t, h, h.AdaJWT, c.root, c.where, c.vars)
			slices.Sort(ids)
			if n != len(c.acme) || !slices.Equal(ids, slices.Sorted(slices.Values(c.acme))) {
				t.Fatalf("control: Acme gets %v, want %v", ids, c.acme)
			}
			for who, token := range map[string]string{"Gus": h.GusJWT, "Gil": h.GilJWT} {
				n, ids := connectionTotal(t, h, token, c.root, c.where, c.vars)
				slices.Sort(ids)
				if n != len(c.globex) || !slices.Equal(ids, slices.Sorted(slices.Values(c.globex))) {
					t.Errorf("%s gets %v (totalCount %d), want %v", who, ids, n, c.globex)
				}
			}
		})
	}
}

func TestTenancyEdges(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	// Corrupt the store on purpose: link Globex's customer into Acme's
	// conversation and Acme's customer into Globex's, and make Gil attend
	// Acme's review, as a bug or a bad import might. The edges must still not
	// cross organizations.
	ctx := servertest.System()
	c := h.Store.Client
	convA, _ := strconv.Atoi(w.convA)
	convG, _ := strconv.Atoi(w.convG)
	custA, _ := strconv.Atoi(w.custA)
	custG, _ := strconv.Atoi(w.custG)
	revA, _ := strconv.Atoi(w.revA)
	c.Conversation.UpdateOneID(convA).AddCustomerIDs(custG).ExecX(ctx)
	c.Conversation.UpdateOneID(convG).AddCustomerIDs(custA).ExecX(ctx)
	c.FeedbackReview.UpdateOneID(revA).AddAttendeeIDs(h.Gil.ID).ExecX(ctx)

	type conn struct {
		TotalCount int
		Edges      []struct{ Node struct{ ID, Name string } }
	}
	ids := func(c conn) []string {
		var out []string
		for _, e := range c.Edges {
			out = append(out, e.Node.ID)
		}
		slices.Sort(out)
		return out
	}
	t.Run("conversation.customers", func(t *testing.T) {
		var out struct{ Node struct{ Customers conn } }
		q := `query($id: ID!) { node(id: $id) { ... on Conversation { customers(first: 10) { totalCount edges { node { id name } } } } } }`
		h.OK(h.AdaJWT, q, map[string]any{"id": w.convA}, &out)
		if got := ids(out.Node.Customers); out.Node.Customers.TotalCount != 1 || !slices.Equal(got, []string{w.custA}) {
			t.Errorf("Acme's conversation reaches customers %v (total %d), want only %s", got, out.Node.Customers.TotalCount, w.custA)
		}
		h.OK(h.GusJWT, q, map[string]any{"id": w.convG}, &out)
		if got := ids(out.Node.Customers); out.Node.Customers.TotalCount != 1 || !slices.Equal(got, []string{w.custG}) {
			t.Errorf("Globex's conversation reaches customers %v (total %d), want only %s", got, out.Node.Customers.TotalCount, w.custG)
		}
	})
	t.Run("customer.conversations", func(t *testing.T) {
		var out struct{ Node struct{ Conversations conn } }
		q := `query($id: ID!) { node(id: $id) { ... on Customer { conversations(first: 10) { totalCount edges { node { id } } } } } }`
		h.OK(h.GusJWT, q, map[string]any{"id": w.custG}, &out)
		if got := ids(out.Node.Conversations); out.Node.Conversations.TotalCount != 1 || !slices.Equal(got, []string{w.convG}) {
			t.Errorf("Globex's customer reaches conversations %v, want only %s", got, w.convG)
		}
	})
	t.Run("review.attendees", func(t *testing.T) {
		var out struct{ Node struct{ Attendees conn } }
		q := `query($id: ID!) { node(id: $id) { ... on FeedbackReview { attendees(first: 10) { totalCount edges { node { id name } } } } } }`
		h.OK(h.AdaJWT, q, map[string]any{"id": w.revA}, &out)
		if got := ids(out.Node.Attendees); out.Node.Attendees.TotalCount != 1 || !slices.Equal(got, []string{servertest.ID(h.Mia.ID)}) {
			t.Errorf("Acme's review reaches attendees %v, want only Mia", got)
		}
		var gil struct {
			Node struct{ ReviewsAttended conn }
		}
		h.OK(h.GilJWT, `query($id: ID!) { node(id: $id) { ... on Leader { reviewsAttended(first: 10) { totalCount edges { node { id } } } } } }`,
			map[string]any{"id": servertest.ID(h.Gil.ID)}, &gil)
		if gil.Node.ReviewsAttended.TotalCount != 0 {
			t.Errorf("Gil reaches Acme's review through reviewsAttended: %+v", gil.Node.ReviewsAttended)
		}
	})
	t.Run("viewer and leaders edges", func(t *testing.T) {
		q := `{ viewer { id conversations(first: 10) { totalCount edges { node { id customers(first: 10) { totalCount edges { node { id name } } } } } }
			decisions(first: 10) { totalCount edges { node { id evidence(first: 10) { totalCount } } } } }
			leaders(first: 10) { totalCount edges { node { id name conversations(first: 10) { totalCount edges { node { id } } }
				nominationsReceived(first: 10) { totalCount } followUps(first: 10) { totalCount } } } } }`
		resp := h.Do(h.GilJWT, q, nil)
		if len(resp.Errors) > 0 {
			t.Fatalf("errors: %+v", resp.Errors)
		}
		body := string(resp.Data)
		noAcmeLeak(t, body)
		for _, n := range w.acmeNodes(h) {
			if strings.Contains(body, `"id":"`+n.id+`"`) {
				t.Errorf("Gil's edges reach Acme's %s %s: %s", n.name, n.id, body)
			}
		}
		if !strings.Contains(body, `"id":"`+w.convG+`"`) || !strings.Contains(body, `"id":"`+w.custG+`"`) {
			t.Errorf("control: Gil's own conversation and customer missing: %s", body)
		}
	})
	t.Run("nomination and follow-up edges", func(t *testing.T) {
		var out struct {
			Nominations struct {
				Edges []struct {
					Node struct {
						Nominee, Nominator struct{ ID string }
						Endorsements       struct{ TotalCount int }
					}
				}
			}
		}
		h.OK(h.GusJWT, `{ nominations(first: 10) { edges { node { nominee { id } nominator { id } endorsements(first: 10) { totalCount } } } } }`, nil, &out)
		if len(out.Nominations.Edges) != 1 || out.Nominations.Edges[0].Node.Nominee.ID != servertest.ID(h.Gus.ID) ||
			out.Nominations.Edges[0].Node.Nominator.ID != servertest.ID(h.Gil.ID) || out.Nominations.Edges[0].Node.Endorsements.TotalCount != 0 {
			t.Errorf("Globex's nominations: %+v", out)
		}
	})
}

func TestTenancyMutationsOnOtherOrganization(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	for _, c := range []struct {
		name   string
		target string // the Acme record the mutation aims at
		query  string
		vars   map[string]any
	}{
		{"updateConversation", w.convA, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "hacked", durationMinutes: 1}) { id } }`, nil},
		{"updateConversation adding own customer", w.convA, `mutation($id: ID!, $c: ID!) { updateConversation(id: $id, input: {addCustomerIDs: [$c]}) { id } }`, map[string]any{"c": w.custG}},
		{"updateCustomer", w.custA, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "hacked"}) { id } }`, nil},
		{"updateDecision", w.decA, `mutation($id: ID!) { updateDecision(id: $id, input: {title: "hacked", status: REVERSED}) { id } }`, nil},
		{"updateFollowUp", w.fupA, `mutation($id: ID!, $o: ID!) { updateFollowUp(id: $id, input: {action: "hacked", ownerID: $o}) { id } }`, map[string]any{"o": servertest.ID(h.Gil.ID)}},
		{"setFollowUpDone", w.fupA, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, nil},
		{"updateFeedbackReview", w.revA, `mutation($id: ID!) { updateFeedbackReview(id: $id, input: {title: "hacked", clearAttendees: true}) { id } }`, nil},
		{"updateCommitment", w.comA, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 99}) { id } }`, nil},
		{"approveNomination", w.nomA, `mutation($id: ID!) { approveNomination(id: $id, note: "hacked") { id } }`, nil},
		{"declineNomination", w.nomA, `mutation($id: ID!) { declineNomination(id: $id, note: "hacked") { id } }`, nil},
		{"updateLeader", servertest.ID(h.Leo.ID), `mutation($id: ID!) { updateLeader(id: $id, input: {name: "hacked", role: ADMIN}) { id } }`, nil},
		{"updateLeader of an admin", servertest.ID(h.Ada.ID), `mutation($id: ID!) { updateLeader(id: $id, input: {role: MEMBER}) { id } }`, nil},
		{"revokeAPIToken", w.tokA, `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, nil},
		{"revokeInvitation", w.invA, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			vars := map[string]any{"id": c.target}
			maps.Copy(vars, c.vars)
			before, counts := servertest.Snapshot(t, h, h.AdaJWT, c.target), servertest.Counts(t, h)
			for who, token := range map[string]string{"Gus (admin)": h.GusJWT, "Gil (leader)": h.GilJWT} {
				resp := h.Do(token, c.query, vars)
				if !slices.Contains([]string{"NOT_FOUND", "FORBIDDEN"}, resp.Code()) {
					t.Errorf("%s: want NOT_FOUND or FORBIDDEN, got status %d errors %+v data %s", who, resp.Status, resp.Errors, resp.Data)
				}
				servertest.Refused(t, resp, "NOT_FOUND", "FORBIDDEN")
			}
			if after := servertest.Snapshot(t, h, h.AdaJWT, c.target); after != before {
				t.Fatalf("Acme's record changed by Globex:\nbefore %s\nafter  %s", before, after)
			}
			servertest.SameCounts(t, counts, servertest.Counts(t, h))
		})
	}
	// updateOrganization acts on the viewer's own organization only: Gus
	// renames Globex, never Acme.
	var org struct{ UpdateOrganization struct{ ID, Name string } }
	h.OK(h.GusJWT, `mutation { updateOrganization(input: {name: "Globex Corp"}) { id name } }`, nil, &org)
	if org.UpdateOrganization.ID != servertest.ID(h.Globex.ID) {
		t.Fatalf("Gus renamed organization %s", org.UpdateOrganization.ID)
	}
	var acme struct{ Organization struct{ Name string } }
	h.OK(h.AdaJWT, `{ organization { name } }`, nil, &acme)
	if acme.Organization.Name != "Acme" {
		t.Fatalf("Acme renamed to %q", acme.Organization.Name)
	}
}

func TestTenancyLinkingOtherOrganizationIDs(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	at := time.Date(2026, 10, 6, 10, 0, 0, 0, time.UTC).Format(time.RFC3339)
	callWith := `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`
	gil, gus := servertest.ID(h.Gil.ID), servertest.ID(h.Gus.ID)
	adminOf := map[string]string{}
	for _, n := range w.acmeNodes(h) {
		adminOf[n.id] = h.AdaJWT
	}
	for _, n := range w.globexNodes(h) {
		adminOf[n.id] = h.GusJWT
	}
	for _, c := range []struct {
		name, token, query string
		vars               map[string]any
		// updated is the caller's own record an update aims at, checked unchanged.
		updated string
	}{
		{name: "conversation with a Globex customer", token: h.LeoJWT,
			query: callWith,
			vars:  map[string]any{"c": []string{w.custG}}},
		{name: "conversation with an own and a Globex customer", token: h.LeoJWT,
			query: callWith,
			vars:  map[string]any{"c": []string{w.custA, w.custG}}},
		{name: "conversation with a Globex leader as customer", token: h.LeoJWT,
			query: callWith,
			vars:  map[string]any{"c": []string{gil}}},
		{name: "conversation with an own leader's id as a customer", token: h.LeoJWT,
			query: callWith,
			vars:  map[string]any{"c": []string{servertest.ID(h.Mia.ID)}}},
		{name: "add a Globex customer to a conversation", token: h.LeoJWT, updated: w.convA,
			query: `mutation($id: ID!, $c: [ID!]) { updateConversation(id: $id, input: {addCustomerIDs: $c}) { id } }`,
			vars:  map[string]any{"id": w.convA, "c": []string{w.custG}}},
		{name: "add an own and a Globex customer to a conversation", token: h.LeoJWT, updated: w.convA,
			query: `mutation($id: ID!, $c: [ID!]) { updateConversation(id: $id, input: {addCustomerIDs: $c}) { id } }`,
			vars:  map[string]any{"id": w.convA, "c": []string{w.custA, w.custG}}},
		{name: "decision with Globex evidence", token: h.LeoJWT, query: decisionMutation,
			vars: map[string]any{"t": "Linked", "e": []string{w.convG}}},
		{name: "decision with own and Globex evidence", token: h.LeoJWT, query: decisionMutation,
			vars: map[string]any{"t": "Linked", "e": []string{w.convA, w.convG}}},
		{name: "decision superseding a Globex decision", token: h.LeoJWT,
			query: `mutation($s: ID!) { createDecision(input: {title: "Linked", customerBenefit: "Customers get their money back within a day", supersedesID: $s}) { id } }`,
			vars:  map[string]any{"s": w.decG}},
		{name: "add Globex evidence to a decision", token: h.LeoJWT, updated: w.decA,
			query: `mutation($id: ID!, $e: [ID!]) { updateDecision(id: $id, input: {addEvidenceIDs: $e}) { id } }`,
			vars:  map[string]any{"id": w.decA, "e": []string{w.convG}}},
		{name: "decision superseded by a Globex decision", token: h.LeoJWT, updated: w.decA,
			query: `mutation($id: ID!, $s: ID!) { updateDecision(id: $id, input: {supersededByID: $s}) { id } }`,
			vars:  map[string]any{"id": w.decA, "s": w.decG}},
		{name: "follow-up owned by a Globex leader", token: h.LeoJWT, query: followUpMutation,
			vars: map[string]any{"o": gil}},
		{name: "follow-up on a Globex conversation", token: h.LeoJWT, query: followUpMutation,
			vars: map[string]any{"o": servertest.ID(h.Leo.ID), "c": w.convG}},
		{name: "follow-up handed to a Globex leader", token: h.LeoJWT, updated: w.fupA,
			query: `mutation($id: ID!, $o: ID!) { updateFollowUp(id: $id, input: {ownerID: $o}) { id } }`,
			vars:  map[string]any{"id": w.fupA, "o": gil}},
		{name: "nomination of a Globex leader", token: h.LeoJWT, query: nominationMutation,
			vars: map[string]any{"n": gus}},
		{name: "nomination citing a Globex customer", token: h.LeoJWT,
			query: `mutation($n: ID!, $c: ID!) { createNomination(input: {story: "Went the extra mile", nomineeID: $n, customerID: $c}) { id } }`,
			vars:  map[string]any{"n": servertest.ID(h.Mia.ID), "c": w.custG}},
		{name: "nomination citing a Globex conversation", token: h.LeoJWT,
			query: `mutation($n: ID!, $c: ID!) { createNomination(input: {story: "Went the extra mile", nomineeID: $n, conversationID: $c}) { id } }`,
			vars:  map[string]any{"n": servertest.ID(h.Mia.ID), "c": w.convG}},
		{name: "endorsement of a Globex nomination", token: h.LeoJWT, query: endorsementMutation,
			vars: map[string]any{"n": w.nomG}},
		{name: "review attended by a Globex leader", token: h.LeoJWT, query: reviewMutation,
			vars: map[string]any{"at": at, "a": []string{gil}}},
		{name: "review attended by own and Globex leaders", token: h.LeoJWT, query: reviewMutation,
			vars: map[string]any{"at": at, "a": []string{servertest.ID(h.Mia.ID), gil}}},
		{name: "review of a Globex conversation", token: h.LeoJWT, query: reviewMutation,
			vars: map[string]any{"at": at, "c": []string{w.convG}}},
		{name: "add a Globex attendee to a review", token: h.LeoJWT, updated: w.revA,
			query: `mutation($id: ID!, $a: [ID!]) { updateFeedbackReview(id: $id, input: {addAttendeeIDs: $a}) { id } }`,
			vars:  map[string]any{"id": w.revA, "a": []string{gil}}},
		{name: "add a Globex conversation to a review", token: h.LeoJWT, updated: w.revA,
			query: `mutation($id: ID!, $c: [ID!]) { updateFeedbackReview(id: $id, input: {addConversationIDs: $c}) { id } }`,
			vars:  map[string]any{"id": w.revA, "c": []string{w.convG}}},
		{name: "rw token: conversation with a Globex customer", token: h.RWToken,
			query: callWith,
			vars:  map[string]any{"c": []string{w.custG}}},
		{name: "Globex: conversation with an Acme customer", token: h.GilJWT,
			query: callWith,
			vars:  map[string]any{"c": []string{w.custG, w.custA}}},
		{name: "Globex: conversation with only an Acme customer", token: h.GilJWT,
			query: callWith,
			vars:  map[string]any{"c": []string{w.custA}}},
		{name: "Globex: nomination of an Acme leader", token: h.GusJWT, query: nominationMutation,
			vars: map[string]any{"n": servertest.ID(h.Leo.ID)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			counts := servertest.Counts(t, h)
			owner := h.AdaJWT
			if c.token == h.GilJWT || c.token == h.GusJWT {
				owner = h.GusJWT
			}
			var before string
			if c.updated != "" {
				before = servertest.Snapshot(t, h, owner, c.updated)
			}
			// Every record of both organizations, as its own admin sees it.
			others := map[string]string{}
			for id, tok := range adminOf {
				others[id] = servertest.Snapshot(t, h, tok, id)
			}
			resp := h.Do(c.token, c.query, c.vars)
			servertest.Refused(t, resp, "BAD_USER_INPUT")
			servertest.SameCounts(t, counts, servertest.Counts(t, h))
			if c.updated != "" {
				if after := servertest.Snapshot(t, h, owner, c.updated); after != before {
					t.Errorf("record changed:\nbefore %s\nafter  %s", before, after)
				}
			}
			for id, snap := range others {
				if after := servertest.Snapshot(t, h, adminOf[id], id); after != snap {
					t.Errorf("record %s changed:\nbefore %s\nafter  %s", id, snap, after)
				}
			}
		})
	}
}

const dashboardQuery = `query($p: String!) { dashboard(period: $p) { period leaders walkers notYetWalkers withoutCommitments
	customersMet conversations conversationsByMode { mode count } decisionsByStatus { status count }
	openFollowUps overdueFollowUps champions openNominations customersMetByMonth { period count } } }`

const fullMonthQuery = `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) {
	period customersMet conversations daysWithCustomers minutesWithCustomers decisions decisionsWithCustomerBenefit
	clvDecisions feedbackReviews onlineComments callListening recognitions newInitiatives followUpsDue followUpsDoneOnTime walker
	commitments { behaviour period target actual met } } } } }`

// acmeInsights reads Acme's dashboard and its people's months as JSON.
func acmeInsights(t *testing.T, h *servertest.Harness, period string) map[string]string {
	t.Helper()
	out := map[string]string{}
	var d struct{ Dashboard json.RawMessage }
	h.OK(h.AdaJWT, dashboardQuery, map[string]any{"p": period}, &d)
	out["dashboard"] = string(d.Dashboard)
	h.OK(h.LeoJWT, dashboardQuery, map[string]any{"p": period}, &d)
	out["dashboard as Leo"] = string(d.Dashboard)
	for name, l := range map[string]int{"Ada": h.Ada.ID, "Leo": h.Leo.ID, "Mia": h.Mia.ID} {
		var m struct {
			Node struct{ Month json.RawMessage }
		}
		h.OK(h.AdaJWT, fullMonthQuery, map[string]any{"id": servertest.ID(l), "p": period}, &m)
		out[name+"'s month"] = string(m.Node.Month)
	}
	return out
}

func TestTenancyInsightsIgnoreOtherOrganization(t *testing.T) {
	h := servertest.New(t)
	now := time.Now().UTC()
	period := now.Format("2006-01")
	at := time.Date(now.Year(), now.Month(), 1, 0, 0, 1, 0, time.UTC)
	atS := at.Format(time.RFC3339)
	due := at.Add(time.Minute).Format(time.RFC3339) // past: overdue when open

	// Acme's month: Leo meets a customer, decides, has a follow-up and a commitment.
	custA := h.Customer(h.LeoJWT, "Acme Client")
	convA := h.Conversation(h.LeoJWT, at, custA)
	servertest.RecordID(t, h, h.LeoJWT, decisionMutation, map[string]any{"t": "Acme refunds", "e": []string{convA}})
	servertest.RecordID(t, h, h.LeoJWT, `mutation($o: ID!, $d: Time!) { createFollowUp(input: {action: "Call back", ownerID: $o, dueOn: $d}) { id } }`,
		map[string]any{"o": servertest.ID(h.Leo.ID), "d": due})
	servertest.RecordID(t, h, h.LeoJWT, commitmentMutation, nil)
	before := acmeInsights(t, h, period)

	// Globex is busy the same month: customers, conversations of every kind,
	// decisions, overdue follow-ups, reviews, commitments, nominations (one
	// approved), endorsements.
	for i, mode := range []string{"VISIT", "CALL", "ONLINE_COMMENTS", "CALL_LISTENING"} {
		c1 := h.Customer(h.GilJWT, fmt.Sprintf("Globex Client %d", i))
		c2 := h.Customer(h.GusJWT, fmt.Sprintf("Globex Prospect %d", i))
		for _, tok := range []string{h.GilJWT, h.GusJWT} {
			conv := servertest.RecordID(t, h, tok, `mutation($m: ConversationMode!, $at: Time!, $c: [ID!]) {
				createConversation(input: {mode: $m, occurredAt: $at, durationMinutes: 45, customerIDs: $c}) { id } }`,
				map[string]any{"m": mode, "at": atS, "c": []string{c1, c2}})
			servertest.RecordID(t, h, tok, `mutation($e: [ID!]) { createDecision(input: {title: "Globex", status: DECIDED, clvImpact: 1000, newInitiative: true,
				customerBenefit: "Customers get their money back within a day", evidenceIDs: $e}) { id } }`, map[string]any{"e": []string{conv}})
		}
	}
	for _, tok := range []struct{ token, owner string }{{h.GilJWT, servertest.ID(h.Gil.ID)}, {h.GusJWT, servertest.ID(h.Gus.ID)}} {
		servertest.RecordID(t, h, tok.token, `mutation($o: ID!, $d: Time!) { createFollowUp(input: {action: "Call back", ownerID: $o, dueOn: $d, newInitiative: true}) { id } }`,
			map[string]any{"o": tok.owner, "d": due})
		servertest.RecordID(t, h, tok.token, commitmentMutation, nil)
	}
	servertest.RecordID(t, h, h.GilJWT, reviewMutation, map[string]any{"at": atS, "a": []string{servertest.ID(h.Gus.ID)}})
	nom := servertest.RecordID(t, h, h.GilJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Gus.ID)})
	h.OK(h.GusJWT, `mutation($id: ID!) { approveNomination(id: $id) { id } }`, map[string]any{"id": nom}, nil)
	servertest.RecordID(t, h, h.GusJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Gil.ID)}) // stays open

	// Control: Globex's own dashboard counts all of it, in the same period.
	type figures struct {
		Dashboard struct {
			Leaders, Walkers, Conversations, CustomersMet, Champions, OpenNominations, OpenFollowUps, OverdueFollowUps int
		}
	}
	var g figures
	h.OK(h.GusJWT, dashboardQuery, map[string]any{"p": period}, &g)
	if d := g.Dashboard; d.Leaders != 2 || d.Conversations != 8 || d.CustomersMet != 8 || d.Champions != 1 ||
		d.OpenNominations != 1 || d.OpenFollowUps != 2 || d.OverdueFollowUps != 2 || d.Walkers != 2 {
		t.Fatalf("control: Globex's dashboard does not count its month: %+v", d)
	}

	after := acmeInsights(t, h, period)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("Acme's %s changed by Globex's records:\nbefore %s\nafter  %s", k, v, after[k])
		}
	}
	// And the numbers are Acme's own.
	var a figures
	h.OK(h.AdaJWT, dashboardQuery, map[string]any{"p": period}, &a)
	if d := a.Dashboard; d.Leaders != 3 || d.Conversations != 1 || d.CustomersMet != 1 || d.Champions != 0 ||
		d.OpenNominations != 0 || d.OpenFollowUps != 1 || d.OverdueFollowUps != 1 || d.Walkers != 1 {
		t.Fatalf("Acme's dashboard: %+v", d)
	}
	// Globex cannot ask for an Acme leader's month.
	for _, tok := range []string{h.GusJWT, h.GilJWT} {
		resp := h.Do(tok, fullMonthQuery, map[string]any{"id": servertest.ID(h.Leo.ID), "p": period})
		if resp.Code() != "NOT_FOUND" && resp.Code() != "FORBIDDEN" {
			t.Fatalf("Globex reads Leo's month: status %d errors %+v data %s", resp.Status, resp.Errors, resp.Data)
		}
		if strings.Contains(string(resp.Data), "customersMet") {
			t.Fatalf("Globex reads Leo's month: %s", resp.Data)
		}
	}
}

func TestTenancyUnauthenticated(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	counts := servertest.Counts(t, h)
	snap := servertest.Snapshot(t, h, h.AdaJWT, w.convA)
	for _, c := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"viewer", `{ viewer { id name email } }`, nil},
		{"organization", `{ organization { id name } }`, nil},
		{"conversations", `{ conversations(first: 10) { totalCount edges { node { id heard } } } }`, nil},
		{"customers", `{ customers(first: 10) { totalCount edges { node { id name } } } }`, nil},
		{"leaders", `{ leaders(first: 10) { totalCount edges { node { id name email } } } }`, nil},
		{"decisions", `{ decisions(first: 10) { totalCount } }`, nil},
		{"nominations", `{ nominations(first: 10) { totalCount } }`, nil},
		{"apiTokens", `{ apiTokens(first: 10) { totalCount edges { node { id name prefix } } } }`, nil},
		{"invitations", `{ invitations(first: 10) { totalCount edges { node { id email } } } }`, nil},
		{"node", `query($id: ID!) { node(id: $id) { id ... on Conversation { heard } } }`, map[string]any{"id": w.convA}},
		{"node leader", `query($id: ID!) { node(id: $id) { id ... on Leader { name email } } }`, map[string]any{"id": servertest.ID(h.Leo.ID)}},
		{"nodes", `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { name } } }`, map[string]any{"ids": []string{w.custA, w.custG}}},
		{"dashboard", `{ dashboard(period: "2026-10") { leaders conversations customersMet } }`, nil},
		{"createCustomer", `mutation { createCustomer(input: {name: "Anonymous"}) { id } }`, nil},
		{"createConversation", `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "2026-10-05T10:00:00Z", customerIDs: $c}) { id } }`,
			map[string]any{"c": []string{w.custA}}},
		{"updateConversation", `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "anonymous"}) { id } }`, map[string]any{"id": w.convA}},
		{"createAPIToken", `mutation { createAPIToken(input: {name: "x", scope: READ_WRITE}) { token } }`, nil},
		{"createInvitation", `mutation { createInvitation(input: {email: "x@acme.test", role: ADMIN}) { url } }`, nil},
		{"approveNomination", `mutation($id: ID!) { approveNomination(id: $id) { id } }`, map[string]any{"id": w.nomA}},
		{"updateOrganization", `mutation { updateOrganization(input: {name: "Mine"}) { id } }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := h.Do("", c.query, c.vars)
			if resp.Code() != "UNAUTHENTICATED" {
				t.Fatalf("want UNAUTHENTICATED, got status %d errors %+v data %s", resp.Status, resp.Errors, resp.Data)
			}
			for _, e := range resp.Errors {
				if e.Extensions["code"] != "UNAUTHENTICATED" {
					t.Errorf("unexpected error %+v", e)
				}
			}
			body := string(resp.Data)
			noAcmeLeak(t, body)
			for _, s := range []string{"Globex", w.convA, "totalCount\":", "wk_", "/invite/"} {
				if strings.Contains(body, s) {
					t.Fatalf("anonymous answer contains %q: %s", s, body)
				}
			}
		})
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	if after := servertest.Snapshot(t, h, h.AdaJWT, w.convA); after != snap {
		t.Fatalf("anonymous request changed a conversation:\nbefore %s\nafter  %s", snap, after)
	}
	var org struct{ Organization struct{ Name string } }
	h.OK(h.AdaJWT, `{ organization { name } }`, nil, &org)
	if org.Organization.Name != "Acme" {
		t.Fatalf("organization renamed anonymously: %q", org.Organization.Name)
	}
}
