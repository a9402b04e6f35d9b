package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"walker/ent/privacy"
)

// This file probes the wall between organizations: whatever the path — a node
// id, a list, a filter, an edge, a mutation, a linked id, a dashboard — one
// organization never reads, counts, reaches or changes another's records.

// tnSys is a context that bypasses the privacy rules, to look at the store
// directly.
func tnSys() context.Context { return privacy.DecisionContext(context.Background(), privacy.Allow) }

// tnID turns an ent id into a GraphQL id.
func tnID(id int) string { return strconv.Itoa(id) }

// tnMustID runs a mutation that must succeed and returns the id of the record
// it returns (the only root field of its data).
func tnMustID(t *testing.T, h *harness, token, query string, vars map[string]any) string {
	t.Helper()
	var data map[string]json.RawMessage
	h.ok(token, query, vars, &data)
	if len(data) != 1 {
		t.Fatalf("want one root field, got %v", slices.Collect(maps.Keys(data)))
	}
	for _, raw := range data {
		var rec struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(raw, &rec); err != nil || rec.ID == "" {
			t.Fatalf("no id in %s (%v)", raw, err)
		}
		return rec.ID
	}
	panic("unreachable")
}

// tnTables are the tables whose row counts say whether anything was written.
var tnTables = []string{
	"organizations", "leaders", "customers", "conversations", "decisions", "follow_ups",
	"nominations", "endorsements", "feedback_reviews", "commitments", "invitations", "api_tokens",
	"conversation_customers", "decision_evidence", "feedback_review_attendees", "feedback_review_conversations",
}

// tnCounts counts the rows of every table, straight from the database.
func tnCounts(t *testing.T, h *harness) map[string]int {
	t.Helper()
	out := make(map[string]int, len(tnTables))
	for _, table := range tnTables {
		var n int
		if err := h.store.DB.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
			t.Fatalf("counting %s: %v", table, err)
		}
		out[table] = n
	}
	return out
}

// tnSameCounts fails when any table's row count changed.
func tnSameCounts(t *testing.T, before, after map[string]int) {
	t.Helper()
	for _, table := range tnTables {
		if before[table] != after[table] {
			t.Errorf("%s: %d rows before, %d after: something was written", table, before[table], after[table])
		}
	}
}

// tnSnapshotQuery reads everything a refused mutation might have changed.
const tnSnapshotQuery = `query($id: ID!) { node(id: $id) {
	id __typename
	... on Conversation { updatedAt mode heard durationMinutes sentiment customers(first: 20) { totalCount edges { node { id } } } }
	... on Customer { updatedAt name company segment persona }
	... on Decision { updatedAt title status customerBenefit decidedAt evidence(first: 20) { totalCount edges { node { id } } } supersedes { id } supersededBy { id } }
	... on FollowUp { updatedAt action dueOn doneAt owner { id } }
	... on Nomination { updatedAt nominationStatus: status decidedAt decisionNote endorsements(first: 20) { totalCount } }
	... on Endorsement { updatedAt comment }
	... on FeedbackReview { updatedAt title notes attendees(first: 20) { totalCount edges { node { id } } } conversations(first: 20) { totalCount edges { node { id } } } }
	... on Commitment { updatedAt target period }
	... on Leader { updatedAt name email role leaderTitle: title team champion deactivatedAt }
	... on Organization { updatedAt name }
	... on APIToken { updatedAt name revokedAt }
	... on Invitation { updatedAt invitationEmail: email invitationRole: role revokedAt }
} }`

// tnSnapshot reads a record as token (who must see it) and returns its JSON.
func tnSnapshot(t *testing.T, h *harness, token, id string) string {
	t.Helper()
	var out struct{ Node json.RawMessage }
	h.ok(token, tnSnapshotQuery, map[string]any{"id": id}, &out)
	if len(out.Node) == 0 || string(out.Node) == "null" {
		t.Fatalf("snapshot: record %s not visible to its own organization", id)
	}
	return string(out.Node)
}

// tnRefused checks that resp is a refusal with one of codes and carries no
// data. It does not stop the test, so that the caller goes on to check what
// the request wrote.
func tnRefused(t *testing.T, resp gqlResponse, codes ...string) {
	t.Helper()
	if !slices.Contains(codes, resp.Code()) {
		t.Errorf("want one of %v, got status %d errors %+v data %s", codes, resp.Status, resp.Errors, resp.Data)
		return
	}
	if d := strings.TrimSpace(string(resp.Data)); d != "" && d != "null" {
		t.Errorf("refused request returned data: %s", d)
	}
}

// tnWorld is a set of records of both organizations, created through the API.
type tnWorld struct {
	// Acme: Leo's customer, conversation, decision, follow-up, nomination of
	// Mia (endorsed by Ada), feedback review (Mia attending), commitment;
	// Ada's invitation; the read token's id.
	custA, convA, decA, fupA, nomA, endA, revA, comA, invA, tokA string
	// Globex: Gil's customer, conversation, decision, follow-up, nomination
	// of Gus (endorsed by nobody), feedback review, commitment.
	custG, convG, decG, fupG, nomG, revG, comG string
}

const (
	tnDecisionMut   = `mutation($t: String!, $e: [ID!]) { createDecision(input: {title: $t, customerBenefit: "Customers get their money back within a day", evidenceIDs: $e}) { id } }`
	tnFollowUpMut   = `mutation($o: ID!, $c: ID) { createFollowUp(input: {action: "Call the customer back", ownerID: $o, conversationID: $c}) { id } }`
	tnNominationMut = `mutation($n: ID!) { createNomination(input: {story: "Drove two hours to fix a customer's outage", nomineeID: $n}) { id } }`
	tnEndorseMut    = `mutation($n: ID!) { createEndorsement(input: {nominationID: $n, comment: "Saw it happen"}) { id } }`
	tnReviewMut     = `mutation($at: Time!, $a: [ID!], $c: [ID!]) { createFeedbackReview(input: {title: "Monthly review", heldAt: $at, attendeeIDs: $a, conversationIDs: $c}) { id } }`
	tnCommitMut     = `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 1}) { id } }`
)

func tnSeed(t *testing.T, h *harness) tnWorld {
	t.Helper()
	at := time.Date(2026, 10, 5, 10, 0, 0, 0, time.UTC)
	var w tnWorld
	w.custA = h.customer(h.leoJWT, "Acme Client")
	w.convA = h.conversation(h.leoJWT, at, w.custA)
	w.decA = tnMustID(t, h, h.leoJWT, tnDecisionMut, map[string]any{"t": "Acme refunds", "e": []string{w.convA}})
	w.fupA = tnMustID(t, h, h.leoJWT, tnFollowUpMut, map[string]any{"o": tnID(h.leo.ID), "c": w.convA})
	w.nomA = tnMustID(t, h, h.leoJWT, tnNominationMut, map[string]any{"n": tnID(h.mia.ID)})
	w.endA = tnMustID(t, h, h.adaJWT, tnEndorseMut, map[string]any{"n": w.nomA})
	w.revA = tnMustID(t, h, h.leoJWT, tnReviewMut, map[string]any{"at": at.Format(time.RFC3339), "a": []string{tnID(h.mia.ID)}, "c": []string{w.convA}})
	w.comA = tnMustID(t, h, h.leoJWT, tnCommitMut, nil)
	var inv struct {
		CreateInvitation struct{ Invitation struct{ ID string } } `json:"createInvitation"`
	}
	h.ok(h.adaJWT, `mutation { createInvitation(input: {email: "new@acme.test"}) { invitation { id } } }`, nil, &inv)
	w.invA = inv.CreateInvitation.Invitation.ID
	var toks struct {
		APITokens struct {
			Edges []struct{ Node struct{ ID string } }
		} `json:"apiTokens"`
	}
	h.ok(h.adaJWT, `{ apiTokens(first: 1, where: {name: "READ"}) { edges { node { id } } } }`, nil, &toks)
	if len(toks.APITokens.Edges) != 1 {
		t.Fatalf("Acme's read token not listed: %+v", toks)
	}
	w.tokA = toks.APITokens.Edges[0].Node.ID

	w.custG = h.customer(h.gilJWT, "Globex Client")
	w.convG = h.conversation(h.gilJWT, at, w.custG)
	w.decG = tnMustID(t, h, h.gilJWT, tnDecisionMut, map[string]any{"t": "Globex refunds", "e": []string{w.convG}})
	w.fupG = tnMustID(t, h, h.gilJWT, tnFollowUpMut, map[string]any{"o": tnID(h.gil.ID), "c": w.convG})
	w.nomG = tnMustID(t, h, h.gilJWT, tnNominationMut, map[string]any{"n": tnID(h.gus.ID)})
	w.revG = tnMustID(t, h, h.gilJWT, tnReviewMut, map[string]any{"at": at.Format(time.RFC3339), "a": []string{tnID(h.gus.ID)}, "c": []string{w.convG}})
	w.comG = tnMustID(t, h, h.gilJWT, tnCommitMut, nil)
	return w
}

// tnNode is a record of one organization, with the type node() must report.
type tnNode struct{ name, typ, id string }

func (w tnWorld) acmeNodes(h *harness) []tnNode {
	return []tnNode{
		{"conversation", "Conversation", w.convA}, {"customer", "Customer", w.custA},
		{"decision", "Decision", w.decA}, {"follow-up", "FollowUp", w.fupA},
		{"nomination", "Nomination", w.nomA}, {"endorsement", "Endorsement", w.endA},
		{"feedback review", "FeedbackReview", w.revA}, {"commitment", "Commitment", w.comA},
		{"invitation", "Invitation", w.invA}, {"API token", "APIToken", w.tokA},
		{"leader", "Leader", tnID(h.leo.ID)}, {"admin", "Leader", tnID(h.ada.ID)},
		{"organization", "Organization", tnID(h.acme.ID)},
	}
}

func (w tnWorld) globexNodes(h *harness) []tnNode {
	return []tnNode{
		{"conversation", "Conversation", w.convG}, {"customer", "Customer", w.custG},
		{"decision", "Decision", w.decG}, {"follow-up", "FollowUp", w.fupG},
		{"nomination", "Nomination", w.nomG}, {"feedback review", "FeedbackReview", w.revG},
		{"commitment", "Commitment", w.comG}, {"leader", "Leader", tnID(h.gil.ID)},
		{"admin", "Leader", tnID(h.gus.ID)}, {"organization", "Organization", tnID(h.globex.ID)},
	}
}

// tnSecrets are strings of Acme's records that must never appear in an
// answer to Globex.
var tnSecrets = []string{"Acme", "Leo Leader", "Mia Member", "Ada Admin", "acme.test", "Acme refunds"}

func tnNoAcmeLeak(t *testing.T, body string) {
	t.Helper()
	for _, s := range tnSecrets {
		if strings.Contains(body, s) {
			t.Fatalf("answer leaks Acme's %q: %s", s, body)
		}
	}
}

func TestTenancyNodeByID(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	const q = `query($id: ID!) { node(id: $id) { id __typename
		... on Leader { name email } ... on Customer { name } ... on Conversation { heard } ... on Decision { title } ... on Organization { name } } }`
	type node struct {
		ID       string
		Typename string `json:"__typename"`
	}
	probe := func(t *testing.T, owner string, probers map[string]string, nodes []tnNode) {
		for _, n := range nodes {
			t.Run(n.name, func(t *testing.T) {
				// Control: the owning organization's admin reads the record.
				var own struct{ Node *node }
				h.ok(owner, q, map[string]any{"id": n.id}, &own)
				if own.Node == nil || own.Node.ID != n.id || own.Node.Typename != n.typ {
					t.Fatalf("owner reads %s %s as %+v", n.typ, n.id, own.Node)
				}
				for who, token := range probers {
					resp := h.do(token, q, map[string]any{"id": n.id})
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
		probe(t, h.adaJWT, map[string]string{"Gus (admin)": h.gusJWT, "Gil (leader)": h.gilJWT}, w.acmeNodes(h))
	})
	t.Run("Acme probes Globex", func(t *testing.T) {
		probe(t, h.gusJWT, map[string]string{"Ada (admin)": h.adaJWT, "Leo (leader)": h.leoJWT,
			"read token": h.readToken, "read-write token": h.rwToken}, w.globexNodes(h))
	})
}

func TestTenancyNodesBatch(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
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
	ids = append(ids, w.custG, tnID(h.gil.ID))
	want = append(want, w.custG, tnID(h.gil.ID))
	for who, token := range map[string]string{"Gus": h.gusJWT, "Gil": h.gilJWT} {
		resp := h.do(token, q, map[string]any{"ids": ids})
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
		tnNoAcmeLeak(t, string(resp.Data))
	}
}

// tnRoots are the root connections of records that belong to an organization.
var tnRoots = []string{"conversations", "customers", "decisions", "followUps", "nominations",
	"endorsements", "feedbackReviews", "commitments", "leaders"}

func tnTotal(t *testing.T, h *harness, token, root, where string, vars map[string]any) (int, []string) {
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
	h.ok(token, fmt.Sprintf(`query%s { %s(%s) { totalCount edges { node { id } } } }`, params, root, args), vars, &out)
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
	h := newHarness(t)
	w := tnSeed(t, h)
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
	for _, root := range tnRoots {
		t.Run(root, func(t *testing.T) {
			for _, c := range []struct {
				who, org, token string
			}{{"Ada", "Acme", h.adaJWT}, {"Leo", "Acme", h.leoJWT}, {"read token", "Acme", h.readToken},
				{"Gus", "Globex", h.gusJWT}, {"Gil", "Globex", h.gilJWT}} {
				n, ids := tnTotal(t, h, c.token, root, "", nil)
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
		if n, _ := tnTotal(t, h, h.adaJWT, root, "", nil); n == 0 {
			t.Fatalf("control: Ada lists no %s", root)
		}
		if n, ids := tnTotal(t, h, h.gusJWT, root, "", nil); n != 0 {
			t.Errorf("Gus lists %d of Acme's %s: %v", n, root, ids)
		}
	}
	// The organization root is the viewer's own.
	var org struct{ Organization struct{ ID, Name string } }
	h.ok(h.gusJWT, `{ organization { id name } }`, nil, &org)
	if org.Organization.Name != "Globex" || org.Organization.ID != tnID(h.globex.ID) {
		t.Fatalf("Gus's organization: %+v", org)
	}
}

func TestTenancyFilters(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	for _, c := range []struct {
		name, root, where string
		vars              map[string]any
		// acme is what Acme's admin gets (the control); globex what Globex's does.
		acme, globex []string
	}{
		{"conversations by id", "conversations", `{idIn: $ids}`, map[string]any{"ids": []string{w.convA, w.convG}}, []string{w.convA}, []string{w.convG}},
		{"customers by id", "customers", `{idIn: $ids}`, map[string]any{"ids": []string{w.custA}}, []string{w.custA}, nil},
		{"decisions by id", "decisions", `{idIn: $ids}`, map[string]any{"ids": []string{w.decA}}, []string{w.decA}, nil},
		{"leaders by id", "leaders", `{idIn: $ids}`, map[string]any{"ids": []string{tnID(h.leo.ID), tnID(h.ada.ID)}}, []string{tnID(h.ada.ID), tnID(h.leo.ID)}, nil},
		{"conversations with an Acme customer", "conversations", `{hasCustomersWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{w.custA}}, []string{w.convA}, nil},
		{"customers met in an Acme conversation", "customers", `{hasConversationsWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{w.convA}}, []string{w.custA}, nil},
		{"decisions with Acme evidence", "decisions", `{hasEvidenceWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{w.convA}}, []string{w.decA}, nil},
		{"conversations of an Acme leader", "conversations", `{hasLeaderWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{tnID(h.leo.ID)}}, []string{w.convA}, nil},
		{"follow-ups owned by an Acme leader", "followUps", `{hasOwnerWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{tnID(h.leo.ID)}}, []string{w.fupA}, nil},
		{"nominations of an Acme nominee", "nominations", `{hasNomineeWith: [{idIn: $ids}]}`, map[string]any{"ids": []string{tnID(h.mia.ID)}}, []string{w.nomA}, nil},
		{"leaders by Acme email", "leaders", `{emailContains: "acme.test"}`, nil, []string{tnID(h.ada.ID), tnID(h.leo.ID), tnID(h.mia.ID)}, nil},
		{"customers by Acme name", "customers", `{name: "Acme Client"}`, nil, []string{w.custA}, nil},
		{"or/not cannot widen", "conversations", `{or: [{idIn: $ids}, {not: {idIn: $ids}}]}`, map[string]any{"ids": []string{w.convA}}, []string{w.convA}, []string{w.convG}},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, ids := tnTotal(t, h, h.adaJWT, c.root, c.where, c.vars)
			slices.Sort(ids)
			if n != len(c.acme) || !slices.Equal(ids, slices.Sorted(slices.Values(c.acme))) {
				t.Fatalf("control: Acme gets %v, want %v", ids, c.acme)
			}
			for who, token := range map[string]string{"Gus": h.gusJWT, "Gil": h.gilJWT} {
				n, ids := tnTotal(t, h, token, c.root, c.where, c.vars)
				slices.Sort(ids)
				if n != len(c.globex) || !slices.Equal(ids, slices.Sorted(slices.Values(c.globex))) {
					t.Errorf("%s gets %v (totalCount %d), want %v", who, ids, n, c.globex)
				}
			}
		})
	}
}

func TestTenancyEdges(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	// Corrupt the store on purpose: link Globex's customer into Acme's
	// conversation and Acme's customer into Globex's, and make Gil attend
	// Acme's review, as a bug or a bad import might. The edges must still not
	// cross organizations.
	ctx := tnSys()
	c := h.store.Client
	convA, _ := strconv.Atoi(w.convA)
	convG, _ := strconv.Atoi(w.convG)
	custA, _ := strconv.Atoi(w.custA)
	custG, _ := strconv.Atoi(w.custG)
	revA, _ := strconv.Atoi(w.revA)
	c.Conversation.UpdateOneID(convA).AddCustomerIDs(custG).ExecX(ctx)
	c.Conversation.UpdateOneID(convG).AddCustomerIDs(custA).ExecX(ctx)
	c.FeedbackReview.UpdateOneID(revA).AddAttendeeIDs(h.gil.ID).ExecX(ctx)

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
		h.ok(h.adaJWT, q, map[string]any{"id": w.convA}, &out)
		if got := ids(out.Node.Customers); out.Node.Customers.TotalCount != 1 || !slices.Equal(got, []string{w.custA}) {
			t.Errorf("Acme's conversation reaches customers %v (total %d), want only %s", got, out.Node.Customers.TotalCount, w.custA)
		}
		h.ok(h.gusJWT, q, map[string]any{"id": w.convG}, &out)
		if got := ids(out.Node.Customers); out.Node.Customers.TotalCount != 1 || !slices.Equal(got, []string{w.custG}) {
			t.Errorf("Globex's conversation reaches customers %v (total %d), want only %s", got, out.Node.Customers.TotalCount, w.custG)
		}
	})
	t.Run("customer.conversations", func(t *testing.T) {
		var out struct{ Node struct{ Conversations conn } }
		q := `query($id: ID!) { node(id: $id) { ... on Customer { conversations(first: 10) { totalCount edges { node { id } } } } } }`
		h.ok(h.gusJWT, q, map[string]any{"id": w.custG}, &out)
		if got := ids(out.Node.Conversations); out.Node.Conversations.TotalCount != 1 || !slices.Equal(got, []string{w.convG}) {
			t.Errorf("Globex's customer reaches conversations %v, want only %s", got, w.convG)
		}
	})
	t.Run("review.attendees", func(t *testing.T) {
		var out struct{ Node struct{ Attendees conn } }
		q := `query($id: ID!) { node(id: $id) { ... on FeedbackReview { attendees(first: 10) { totalCount edges { node { id name } } } } } }`
		h.ok(h.adaJWT, q, map[string]any{"id": w.revA}, &out)
		if got := ids(out.Node.Attendees); out.Node.Attendees.TotalCount != 1 || !slices.Equal(got, []string{tnID(h.mia.ID)}) {
			t.Errorf("Acme's review reaches attendees %v, want only Mia", got)
		}
		var gil struct {
			Node struct{ ReviewsAttended conn }
		}
		h.ok(h.gilJWT, `query($id: ID!) { node(id: $id) { ... on Leader { reviewsAttended(first: 10) { totalCount edges { node { id } } } } } }`,
			map[string]any{"id": tnID(h.gil.ID)}, &gil)
		if gil.Node.ReviewsAttended.TotalCount != 0 {
			t.Errorf("Gil reaches Acme's review through reviewsAttended: %+v", gil.Node.ReviewsAttended)
		}
	})
	t.Run("viewer and leaders edges", func(t *testing.T) {
		q := `{ viewer { id conversations(first: 10) { totalCount edges { node { id customers(first: 10) { totalCount edges { node { id name } } } } } }
			decisions(first: 10) { totalCount edges { node { id evidence(first: 10) { totalCount } } } } }
			leaders(first: 10) { totalCount edges { node { id name conversations(first: 10) { totalCount edges { node { id } } }
				nominationsReceived(first: 10) { totalCount } followUps(first: 10) { totalCount } } } } }`
		resp := h.do(h.gilJWT, q, nil)
		if len(resp.Errors) > 0 {
			t.Fatalf("errors: %+v", resp.Errors)
		}
		body := string(resp.Data)
		tnNoAcmeLeak(t, body)
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
		h.ok(h.gusJWT, `{ nominations(first: 10) { edges { node { nominee { id } nominator { id } endorsements(first: 10) { totalCount } } } } }`, nil, &out)
		if len(out.Nominations.Edges) != 1 || out.Nominations.Edges[0].Node.Nominee.ID != tnID(h.gus.ID) ||
			out.Nominations.Edges[0].Node.Nominator.ID != tnID(h.gil.ID) || out.Nominations.Edges[0].Node.Endorsements.TotalCount != 0 {
			t.Errorf("Globex's nominations: %+v", out)
		}
	})
}

func TestTenancyMutationsOnOtherOrganization(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
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
		{"updateFollowUp", w.fupA, `mutation($id: ID!, $o: ID!) { updateFollowUp(id: $id, input: {action: "hacked", ownerID: $o}) { id } }`, map[string]any{"o": tnID(h.gil.ID)}},
		{"setFollowUpDone", w.fupA, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, nil},
		{"updateFeedbackReview", w.revA, `mutation($id: ID!) { updateFeedbackReview(id: $id, input: {title: "hacked", clearAttendees: true}) { id } }`, nil},
		{"updateCommitment", w.comA, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 99}) { id } }`, nil},
		{"approveNomination", w.nomA, `mutation($id: ID!) { approveNomination(id: $id, note: "hacked") { id } }`, nil},
		{"declineNomination", w.nomA, `mutation($id: ID!) { declineNomination(id: $id, note: "hacked") { id } }`, nil},
		{"updateLeader", tnID(h.leo.ID), `mutation($id: ID!) { updateLeader(id: $id, input: {name: "hacked", role: ADMIN}) { id } }`, nil},
		{"updateLeader of an admin", tnID(h.ada.ID), `mutation($id: ID!) { updateLeader(id: $id, input: {role: MEMBER}) { id } }`, nil},
		{"revokeAPIToken", w.tokA, `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, nil},
		{"revokeInvitation", w.invA, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			vars := map[string]any{"id": c.target}
			maps.Copy(vars, c.vars)
			before, counts := tnSnapshot(t, h, h.adaJWT, c.target), tnCounts(t, h)
			for who, token := range map[string]string{"Gus (admin)": h.gusJWT, "Gil (leader)": h.gilJWT} {
				resp := h.do(token, c.query, vars)
				if !slices.Contains([]string{"NOT_FOUND", "FORBIDDEN"}, resp.Code()) {
					t.Errorf("%s: want NOT_FOUND or FORBIDDEN, got status %d errors %+v data %s", who, resp.Status, resp.Errors, resp.Data)
				}
				tnRefused(t, resp, "NOT_FOUND", "FORBIDDEN")
			}
			if after := tnSnapshot(t, h, h.adaJWT, c.target); after != before {
				t.Fatalf("Acme's record changed by Globex:\nbefore %s\nafter  %s", before, after)
			}
			tnSameCounts(t, counts, tnCounts(t, h))
		})
	}
	// updateOrganization acts on the viewer's own organization only: Gus
	// renames Globex, never Acme.
	var org struct{ UpdateOrganization struct{ ID, Name string } }
	h.ok(h.gusJWT, `mutation { updateOrganization(input: {name: "Globex Corp"}) { id name } }`, nil, &org)
	if org.UpdateOrganization.ID != tnID(h.globex.ID) {
		t.Fatalf("Gus renamed organization %s", org.UpdateOrganization.ID)
	}
	var acme struct{ Organization struct{ Name string } }
	h.ok(h.adaJWT, `{ organization { name } }`, nil, &acme)
	if acme.Organization.Name != "Acme" {
		t.Fatalf("Acme renamed to %q", acme.Organization.Name)
	}
}

func TestTenancyLinkingOtherOrganizationIDs(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	at := time.Date(2026, 10, 6, 10, 0, 0, 0, time.UTC).Format(time.RFC3339)
	gil, gus := tnID(h.gil.ID), tnID(h.gus.ID)
	adminOf := map[string]string{}
	for _, n := range w.acmeNodes(h) {
		adminOf[n.id] = h.adaJWT
	}
	for _, n := range w.globexNodes(h) {
		adminOf[n.id] = h.gusJWT
	}
	for _, c := range []struct {
		name, token, query string
		vars               map[string]any
		// updated is the caller's own record an update aims at, checked unchanged.
		updated string
	}{
		{name: "conversation with a Globex customer", token: h.leoJWT,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{w.custG}}},
		{name: "conversation with an own and a Globex customer", token: h.leoJWT,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{w.custA, w.custG}}},
		{name: "conversation with a Globex leader as customer", token: h.leoJWT,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{gil}}},
		{name: "conversation with an own leader's id as a customer", token: h.leoJWT,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{tnID(h.mia.ID)}}},
		{name: "add a Globex customer to a conversation", token: h.leoJWT, updated: w.convA,
			query: `mutation($id: ID!, $c: [ID!]) { updateConversation(id: $id, input: {addCustomerIDs: $c}) { id } }`,
			vars:  map[string]any{"id": w.convA, "c": []string{w.custG}}},
		{name: "add an own and a Globex customer to a conversation", token: h.leoJWT, updated: w.convA,
			query: `mutation($id: ID!, $c: [ID!]) { updateConversation(id: $id, input: {addCustomerIDs: $c}) { id } }`,
			vars:  map[string]any{"id": w.convA, "c": []string{w.custA, w.custG}}},
		{name: "decision with Globex evidence", token: h.leoJWT, query: tnDecisionMut,
			vars: map[string]any{"t": "Linked", "e": []string{w.convG}}},
		{name: "decision with own and Globex evidence", token: h.leoJWT, query: tnDecisionMut,
			vars: map[string]any{"t": "Linked", "e": []string{w.convA, w.convG}}},
		{name: "decision superseding a Globex decision", token: h.leoJWT,
			query: `mutation($s: ID!) { createDecision(input: {title: "Linked", customerBenefit: "Customers get their money back within a day", supersedesID: $s}) { id } }`,
			vars:  map[string]any{"s": w.decG}},
		{name: "add Globex evidence to a decision", token: h.leoJWT, updated: w.decA,
			query: `mutation($id: ID!, $e: [ID!]) { updateDecision(id: $id, input: {addEvidenceIDs: $e}) { id } }`,
			vars:  map[string]any{"id": w.decA, "e": []string{w.convG}}},
		{name: "decision superseded by a Globex decision", token: h.leoJWT, updated: w.decA,
			query: `mutation($id: ID!, $s: ID!) { updateDecision(id: $id, input: {supersededByID: $s}) { id } }`,
			vars:  map[string]any{"id": w.decA, "s": w.decG}},
		{name: "follow-up owned by a Globex leader", token: h.leoJWT, query: tnFollowUpMut,
			vars: map[string]any{"o": gil}},
		{name: "follow-up on a Globex conversation", token: h.leoJWT, query: tnFollowUpMut,
			vars: map[string]any{"o": tnID(h.leo.ID), "c": w.convG}},
		{name: "follow-up handed to a Globex leader", token: h.leoJWT, updated: w.fupA,
			query: `mutation($id: ID!, $o: ID!) { updateFollowUp(id: $id, input: {ownerID: $o}) { id } }`,
			vars:  map[string]any{"id": w.fupA, "o": gil}},
		{name: "nomination of a Globex leader", token: h.leoJWT, query: tnNominationMut,
			vars: map[string]any{"n": gus}},
		{name: "nomination citing a Globex customer", token: h.leoJWT,
			query: `mutation($n: ID!, $c: ID!) { createNomination(input: {story: "Went the extra mile", nomineeID: $n, customerID: $c}) { id } }`,
			vars:  map[string]any{"n": tnID(h.mia.ID), "c": w.custG}},
		{name: "nomination citing a Globex conversation", token: h.leoJWT,
			query: `mutation($n: ID!, $c: ID!) { createNomination(input: {story: "Went the extra mile", nomineeID: $n, conversationID: $c}) { id } }`,
			vars:  map[string]any{"n": tnID(h.mia.ID), "c": w.convG}},
		{name: "endorsement of a Globex nomination", token: h.leoJWT, query: tnEndorseMut,
			vars: map[string]any{"n": w.nomG}},
		{name: "review attended by a Globex leader", token: h.leoJWT, query: tnReviewMut,
			vars: map[string]any{"at": at, "a": []string{gil}}},
		{name: "review attended by own and Globex leaders", token: h.leoJWT, query: tnReviewMut,
			vars: map[string]any{"at": at, "a": []string{tnID(h.mia.ID), gil}}},
		{name: "review of a Globex conversation", token: h.leoJWT, query: tnReviewMut,
			vars: map[string]any{"at": at, "c": []string{w.convG}}},
		{name: "add a Globex attendee to a review", token: h.leoJWT, updated: w.revA,
			query: `mutation($id: ID!, $a: [ID!]) { updateFeedbackReview(id: $id, input: {addAttendeeIDs: $a}) { id } }`,
			vars:  map[string]any{"id": w.revA, "a": []string{gil}}},
		{name: "add a Globex conversation to a review", token: h.leoJWT, updated: w.revA,
			query: `mutation($id: ID!, $c: [ID!]) { updateFeedbackReview(id: $id, input: {addConversationIDs: $c}) { id } }`,
			vars:  map[string]any{"id": w.revA, "c": []string{w.convG}}},
		{name: "rw token: conversation with a Globex customer", token: h.rwToken,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{w.custG}}},
		{name: "Globex: conversation with an Acme customer", token: h.gilJWT,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{w.custG, w.custA}}},
		{name: "Globex: conversation with only an Acme customer", token: h.gilJWT,
			query: `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			vars:  map[string]any{"c": []string{w.custA}}},
		{name: "Globex: nomination of an Acme leader", token: h.gusJWT, query: tnNominationMut,
			vars: map[string]any{"n": tnID(h.leo.ID)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			counts := tnCounts(t, h)
			owner := h.adaJWT
			if c.token == h.gilJWT || c.token == h.gusJWT {
				owner = h.gusJWT
			}
			var before string
			if c.updated != "" {
				before = tnSnapshot(t, h, owner, c.updated)
			}
			// Every record of both organizations, as its own admin sees it.
			others := map[string]string{}
			for id, tok := range adminOf {
				others[id] = tnSnapshot(t, h, tok, id)
			}
			resp := h.do(c.token, c.query, c.vars)
			tnRefused(t, resp, "BAD_USER_INPUT")
			tnSameCounts(t, counts, tnCounts(t, h))
			if c.updated != "" {
				if after := tnSnapshot(t, h, owner, c.updated); after != before {
					t.Errorf("record changed:\nbefore %s\nafter  %s", before, after)
				}
			}
			for id, snap := range others {
				if after := tnSnapshot(t, h, adminOf[id], id); after != snap {
					t.Errorf("record %s changed:\nbefore %s\nafter  %s", id, snap, after)
				}
			}
		})
	}
}

const tnDashboardQuery = `query($p: String!) { dashboard(period: $p) { period leaders walkers notYetWalkers withoutCommitments
	customersMet conversations conversationsByMode { mode count } decisionsByStatus { status count }
	openFollowUps overdueFollowUps champions openNominations customersMetByMonth { period count } } }`

const tnMonthQuery = `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) {
	period customersMet conversations daysWithCustomers minutesWithCustomers decisions decisionsWithCustomerBenefit
	clvDecisions feedbackReviews onlineComments callListening recognitions newInitiatives followUpsDue followUpsDoneOnTime walker
	commitments { behaviour period target actual met } } } } }`

// tnInsights reads Acme's dashboard and its people's months as JSON.
func tnInsights(t *testing.T, h *harness, period string) map[string]string {
	t.Helper()
	out := map[string]string{}
	var d struct{ Dashboard json.RawMessage }
	h.ok(h.adaJWT, tnDashboardQuery, map[string]any{"p": period}, &d)
	out["dashboard"] = string(d.Dashboard)
	h.ok(h.leoJWT, tnDashboardQuery, map[string]any{"p": period}, &d)
	out["dashboard as Leo"] = string(d.Dashboard)
	for name, l := range map[string]int{"Ada": h.ada.ID, "Leo": h.leo.ID, "Mia": h.mia.ID} {
		var m struct {
			Node struct{ Month json.RawMessage }
		}
		h.ok(h.adaJWT, tnMonthQuery, map[string]any{"id": tnID(l), "p": period}, &m)
		out[name+"'s month"] = string(m.Node.Month)
	}
	return out
}

func TestTenancyInsightsIgnoreOtherOrganization(t *testing.T) {
	h := newHarness(t)
	now := time.Now().UTC()
	period := now.Format("2006-01")
	at := time.Date(now.Year(), now.Month(), 1, 0, 0, 1, 0, time.UTC)
	atS := at.Format(time.RFC3339)
	due := at.Add(time.Minute).Format(time.RFC3339) // past: overdue when open

	// Acme's month: Leo meets a customer, decides, has a follow-up and a commitment.
	custA := h.customer(h.leoJWT, "Acme Client")
	convA := h.conversation(h.leoJWT, at, custA)
	tnMustID(t, h, h.leoJWT, tnDecisionMut, map[string]any{"t": "Acme refunds", "e": []string{convA}})
	tnMustID(t, h, h.leoJWT, `mutation($o: ID!, $d: Time!) { createFollowUp(input: {action: "Call back", ownerID: $o, dueOn: $d}) { id } }`,
		map[string]any{"o": tnID(h.leo.ID), "d": due})
	tnMustID(t, h, h.leoJWT, tnCommitMut, nil)
	before := tnInsights(t, h, period)

	// Globex is busy the same month: customers, conversations of every kind,
	// decisions, overdue follow-ups, reviews, commitments, nominations (one
	// approved), endorsements.
	for i, mode := range []string{"VISIT", "CALL", "ONLINE_COMMENTS", "CALL_LISTENING"} {
		c1 := h.customer(h.gilJWT, fmt.Sprintf("Globex Client %d", i))
		c2 := h.customer(h.gusJWT, fmt.Sprintf("Globex Prospect %d", i))
		for _, tok := range []string{h.gilJWT, h.gusJWT} {
			conv := tnMustID(t, h, tok, `mutation($m: ConversationMode!, $at: Time!, $c: [ID!]) {
				createConversation(input: {mode: $m, occurredAt: $at, durationMinutes: 45, customerIDs: $c}) { id } }`,
				map[string]any{"m": mode, "at": atS, "c": []string{c1, c2}})
			tnMustID(t, h, tok, `mutation($e: [ID!]) { createDecision(input: {title: "Globex", status: DECIDED, clvImpact: 1000, newInitiative: true,
				customerBenefit: "Customers get their money back within a day", evidenceIDs: $e}) { id } }`, map[string]any{"e": []string{conv}})
		}
	}
	for _, tok := range []struct{ token, owner string }{{h.gilJWT, tnID(h.gil.ID)}, {h.gusJWT, tnID(h.gus.ID)}} {
		tnMustID(t, h, tok.token, `mutation($o: ID!, $d: Time!) { createFollowUp(input: {action: "Call back", ownerID: $o, dueOn: $d, newInitiative: true}) { id } }`,
			map[string]any{"o": tok.owner, "d": due})
		tnMustID(t, h, tok.token, tnCommitMut, nil)
	}
	tnMustID(t, h, h.gilJWT, tnReviewMut, map[string]any{"at": atS, "a": []string{tnID(h.gus.ID)}})
	nom := tnMustID(t, h, h.gilJWT, tnNominationMut, map[string]any{"n": tnID(h.gus.ID)})
	h.ok(h.gusJWT, `mutation($id: ID!) { approveNomination(id: $id) { id } }`, map[string]any{"id": nom}, nil)
	tnMustID(t, h, h.gusJWT, tnNominationMut, map[string]any{"n": tnID(h.gil.ID)}) // stays open

	// Control: Globex's own dashboard counts all of it, in the same period.
	var g struct {
		Dashboard struct {
			Leaders, Walkers, Conversations, CustomersMet, Champions, OpenNominations, OpenFollowUps, OverdueFollowUps int
		}
	}
	h.ok(h.gusJWT, tnDashboardQuery, map[string]any{"p": period}, &g)
	if d := g.Dashboard; d.Leaders != 2 || d.Conversations != 8 || d.CustomersMet != 8 || d.Champions != 1 ||
		d.OpenNominations != 1 || d.OpenFollowUps != 2 || d.OverdueFollowUps != 2 || d.Walkers != 2 {
		t.Fatalf("control: Globex's dashboard does not count its month: %+v", d)
	}

	after := tnInsights(t, h, period)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("Acme's %s changed by Globex's records:\nbefore %s\nafter  %s", k, v, after[k])
		}
	}
	// And the numbers are Acme's own.
	var a struct {
		Dashboard struct {
			Leaders, Walkers, Conversations, CustomersMet, Champions, OpenNominations, OpenFollowUps, OverdueFollowUps int
		}
	}
	h.ok(h.adaJWT, tnDashboardQuery, map[string]any{"p": period}, &a)
	if d := a.Dashboard; d.Leaders != 3 || d.Conversations != 1 || d.CustomersMet != 1 || d.Champions != 0 ||
		d.OpenNominations != 0 || d.OpenFollowUps != 1 || d.OverdueFollowUps != 1 || d.Walkers != 1 {
		t.Fatalf("Acme's dashboard: %+v", d)
	}
	// Globex cannot ask for an Acme leader's month.
	for _, tok := range []string{h.gusJWT, h.gilJWT} {
		resp := h.do(tok, tnMonthQuery, map[string]any{"id": tnID(h.leo.ID), "p": period})
		if resp.Code() != "NOT_FOUND" && resp.Code() != "FORBIDDEN" {
			t.Fatalf("Globex reads Leo's month: status %d errors %+v data %s", resp.Status, resp.Errors, resp.Data)
		}
		if strings.Contains(string(resp.Data), "customersMet") {
			t.Fatalf("Globex reads Leo's month: %s", resp.Data)
		}
	}
}

func TestTenancyUnauthenticated(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	counts := tnCounts(t, h)
	snap := tnSnapshot(t, h, h.adaJWT, w.convA)
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
		{"node leader", `query($id: ID!) { node(id: $id) { id ... on Leader { name email } } }`, map[string]any{"id": tnID(h.leo.ID)}},
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
			resp := h.do("", c.query, c.vars)
			if resp.Code() != "UNAUTHENTICATED" {
				t.Fatalf("want UNAUTHENTICATED, got status %d errors %+v data %s", resp.Status, resp.Errors, resp.Data)
			}
			for _, e := range resp.Errors {
				if e.Extensions["code"] != "UNAUTHENTICATED" {
					t.Errorf("unexpected error %+v", e)
				}
			}
			body := string(resp.Data)
			tnNoAcmeLeak(t, body)
			for _, s := range []string{"Globex", w.convA, "totalCount\":", "wk_", "/invite/"} {
				if strings.Contains(body, s) {
					t.Fatalf("anonymous answer contains %q: %s", s, body)
				}
			}
		})
	}
	tnSameCounts(t, counts, tnCounts(t, h))
	if after := tnSnapshot(t, h, h.adaJWT, w.convA); after != snap {
		t.Fatalf("anonymous request changed a conversation:\nbefore %s\nafter  %s", snap, after)
	}
	var org struct{ Organization struct{ Name string } }
	h.ok(h.adaJWT, `{ organization { name } }`, nil, &org)
	if org.Organization.Name != "Acme" {
		t.Fatalf("organization renamed anonymously: %q", org.Organization.Name)
	}
}
