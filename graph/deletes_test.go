package graph_test

import (
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
)

func total(t testing.TB, h *servertest.Harness, token, root string) int {
	t.Helper()
	var out map[string]struct{ TotalCount int }
	h.OK(token, `{ `+root+`(first: 1) { totalCount } }`, nil, &out)
	return out[root].TotalCount
}

func monthConversations(t testing.TB, h *servertest.Harness, token string) (mine, org int) {
	t.Helper()
	var out struct {
		Viewer    struct{ Month struct{ Conversations int } }
		Dashboard struct{ Conversations int }
	}
	p := time.Now().UTC().Format("2006-01")
	h.OK(token, `query($p: String!) { viewer { month(period: $p) { conversations } } dashboard(period: $p) { conversations } }`, map[string]any{"p": p}, &out)
	return out.Viewer.Month.Conversations, out.Dashboard.Conversations
}

// A deleted record disappears at once from lists, node lookups, counts, the
// month and the dashboard; deleting twice is no error; restoring brings it
// back; the owner or an admin may delete, nobody else, and never another
// organization's.
func TestDeleteAndRestore(t *testing.T) {
	h := servertest.New(t)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	conv := h.Conversation(h.LeoJWT, time.Now().UTC(), zoe)
	if mine, org := monthConversations(t, h, h.LeoJWT); mine != 1 || org != 1 {
		t.Fatalf("before: month %d, dashboard %d", mine, org)
	}
	// Not Mia's, not Globex's.
	h.Fails(h.MiaJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, "FORBIDDEN")
	h.Fails(h.GusJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, "NOT_FOUND")
	h.Fails(h.ReadToken, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, "FORBIDDEN")
	if total(t, h, h.AdaJWT, "conversations") != 1 {
		t.Fatal("a refused delete deleted")
	}
	for range 2 {
		var out struct{ DeleteConversation string }
		h.OK(h.LeoJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, &out)
		if out.DeleteConversation != conv {
			t.Fatalf("delete answered %q", out.DeleteConversation)
		}
	}
	if n := total(t, h, h.AdaJWT, "conversations"); n != 0 {
		t.Fatalf("%d conversations listed after the delete", n)
	}
	h.Fails(h.AdaJWT, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": conv}, "NOT_FOUND")
	if mine, org := monthConversations(t, h, h.LeoJWT); mine != 0 || org != 0 {
		t.Fatalf("after the delete: month %d, dashboard %d", mine, org)
	}
	var zoeConvs struct {
		Node struct{ Conversations struct{ TotalCount int } }
	}
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Customer { conversations(first: 5) { totalCount } } } }`, map[string]any{"id": zoe}, &zoeConvs)
	if zoeConvs.Node.Conversations.TotalCount != 0 {
		t.Fatalf("the customer still lists the deleted conversation: %+v", zoeConvs)
	}
	h.Fails(h.LeoJWT, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "x"}) { id } }`, map[string]any{"id": conv}, "NOT_FOUND")
	// Restored by the owner; an admin deletes and restores anyone's.
	var back struct{ RestoreConversation struct{ ID, Heard string } }
	h.OK(h.LeoJWT, `mutation($id: ID!) { restoreConversation(id: $id) { id heard } }`, map[string]any{"id": conv}, &back)
	if back.RestoreConversation.ID != conv || total(t, h, h.AdaJWT, "conversations") != 1 {
		t.Fatalf("restore: %+v", back)
	}
	if mine, org := monthConversations(t, h, h.LeoJWT); mine != 1 || org != 1 {
		t.Fatalf("after the restore: month %d, dashboard %d", mine, org)
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, nil)
	h.Fails(h.MiaJWT, `mutation($id: ID!) { restoreConversation(id: $id) { id } }`, map[string]any{"id": conv}, "FORBIDDEN")
	h.OK(h.AdaJWT, `mutation($id: ID!) { restoreConversation(id: $id) { id } }`, map[string]any{"id": conv}, nil)

	// A nomination's endorsements go with it; its nominator may delete it.
	var nom struct{ CreateNomination struct{ ID string } }
	h.OK(h.LeoJWT, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Drove the part over"}) { id } }`,
		map[string]any{"n": servertest.ID(h.Mia.ID)}, &nom)
	h.OK(h.AdaJWT, `mutation($id: ID!) { createEndorsement(input: {nominationID: $id}) { id } }`, map[string]any{"id": nom.CreateNomination.ID}, nil)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deleteNomination(id: $id) }`, map[string]any{"id": nom.CreateNomination.ID}, nil)
	if n := total(t, h, h.AdaJWT, "endorsements"); n != 0 {
		t.Fatalf("%d endorsements of a deleted nomination listed", n)
	}
	h.OK(h.LeoJWT, `mutation($id: ID!) { restoreNomination(id: $id) { id } }`, map[string]any{"id": nom.CreateNomination.ID}, nil)
	if n := total(t, h, h.AdaJWT, "endorsements"); n != 1 {
		t.Fatalf("%d endorsements after the restore", n)
	}

	// A deleted commitment is brought back by committing to it again.
	var c1, c2 struct{ CreateCommitment struct{ ID string } }
	h.OK(h.LeoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 5}) { id } }`, nil, &c1)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deleteCommitment(id: $id) }`, map[string]any{"id": c1.CreateCommitment.ID}, nil)
	h.OK(h.LeoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 8}) { id } }`, nil, &c2)
	if c2.CreateCommitment.ID != c1.CreateCommitment.ID || total(t, h, h.LeoJWT, "commitments") != 1 {
		t.Fatalf("committing again: %s then %s", c1.CreateCommitment.ID, c2.CreateCommitment.ID)
	}
}

// An admin erases a customer at once: the personal fields are gone, the
// conversations keep their content, the erasure is recorded, and nobody else
// may do it.
func TestEraseCustomer(t *testing.T) {
	h := servertest.New(t)
	var made struct{ CreateCustomer struct{ ID string } }
	h.OK(h.LeoJWT, `mutation { createCustomer(input: {name: "Zoe Private", company: "Zoe Ltd", segment: "SMB", persona: "Owner"}) { id } }`, nil, &made)
	zoe := made.CreateCustomer.ID
	conv := h.Conversation(h.LeoJWT, time.Now().UTC(), zoe)
	h.Fails(h.LeoJWT, `mutation($id: ID!) { eraseCustomer(id: $id) { id } }`, map[string]any{"id": zoe}, "FORBIDDEN")
	h.Fails(h.GusJWT, `mutation($id: ID!) { eraseCustomer(id: $id) { id } }`, map[string]any{"id": zoe}, "NOT_FOUND")
	var erased struct {
		EraseCustomer struct {
			Name                      string
			Company, Segment, Persona *string
			Erased                    bool
		}
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { eraseCustomer(id: $id) { name company segment persona erased } }`, map[string]any{"id": zoe}, &erased)
	e := erased.EraseCustomer
	if e.Name != "Erased customer" || e.Company != nil || e.Segment != nil || e.Persona != nil || !e.Erased {
		t.Fatalf("erased: %+v", e)
	}
	var c struct {
		Node struct {
			Heard     string
			Customers struct {
				Edges []struct{ Node struct{ Name string } }
			}
		}
	}
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { heard customers(first: 5) { edges { node { name } } } } } }`, map[string]any{"id": conv}, &c)
	if c.Node.Heard == "" || len(c.Node.Customers.Edges) != 1 || c.Node.Customers.Edges[0].Node.Name != "Erased customer" {
		t.Fatalf("the conversation after the erasure: %+v", c)
	}
	var audit struct {
		Erasures struct {
			Edges []struct {
				Node struct {
					Customer struct{ ID string }
					ErasedBy struct{ ID string }
					At       time.Time
				}
			}
		}
	}
	h.OK(h.AdaJWT, `{ erasures(first: 5) { edges { node { customer { id } erasedBy { id } at } } } }`, nil, &audit)
	if len(audit.Erasures.Edges) != 1 || audit.Erasures.Edges[0].Node.Customer.ID != zoe || audit.Erasures.Edges[0].Node.ErasedBy.ID != servertest.ID(h.Ada.ID) {
		t.Fatalf("the erasure record: %+v", audit)
	}
	h.Fails(h.LeoJWT, `{ erasures(first: 5) { totalCount } }`, nil, "FORBIDDEN")
	// Nothing of the customer's personal data is left in the database (the
	// change log kept copies of the record until then).
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM changes WHERE record IS NULL"); n == 0 {
		t.Fatal("the erasure left the change log's copies of the customer")
	}
	for _, table := range []string{"customers", "changes", "erasures"} {
		if n := servertest.Count(t, h, "SELECT COUNT(*) FROM "+table+" WHERE "+strings.Join(textColumns[table], " LIKE '%Zoe%' OR ")+" LIKE '%Zoe%'"); n != 0 {
			t.Fatalf("%s still names the customer", table)
		}
	}
}

// The text columns that could hold a customer's name.
var textColumns = map[string][]string{
	"customers": {"name", "COALESCE(company, '')", "COALESCE(segment, '')", "COALESCE(persona, '')", "COALESCE(client_hash, '')"},
	"changes":   {"CAST(entity AS TEXT)", "COALESCE(actor_job, '')", "COALESCE(CAST(record AS TEXT), '')"},
	"erasures":  {"CAST(customer_id AS TEXT)"},
}

// An edit made against an old version changes nothing and is a CONFLICT
// carrying the current record; against the current one it goes through.
func TestExpectedVersion(t *testing.T) {
	h := servertest.New(t)
	var d struct {
		CreateDecision struct {
			ID      string
			Version int
		}
	}
	h.OK(h.LeoJWT, `mutation { createDecision(input: {title: "Open Sundays", customerBenefit: "Customers can shop on their day off"}) { id version } }`, nil, &d)
	id := d.CreateDecision.ID
	if d.CreateDecision.Version != 1 {
		t.Fatalf("a new record's version: %d", d.CreateDecision.Version)
	}
	const edit = `mutation($id: ID!, $v: Int, $t: String!) { updateDecision(id: $id, input: {title: $t}, expectedVersion: $v) { id title version } }`
	var up struct {
		UpdateDecision struct {
			Title   string
			Version int
		}
	}
	h.OK(h.LeoJWT, edit, map[string]any{"id": id, "v": 1, "t": "Open on Sundays"}, &up)
	if up.UpdateDecision.Version != 2 {
		t.Fatalf("after an edit at version 1: %+v", up)
	}
	before := servertest.Snapshot(t, h, h.LeoJWT, id)
	resp := h.Fails(h.LeoJWT, edit, map[string]any{"id": id, "v": 1, "t": "Closed on Sundays"}, "CONFLICT")
	current, _ := resp.Errors[0].Extensions["current"].(map[string]any)
	if current == nil || current["title"] != "Open on Sundays" || current["version"] != float64(2) || current["id"] == nil {
		t.Fatalf("the conflict's current record: %+v", resp.Errors[0].Extensions)
	}
	if after := servertest.Snapshot(t, h, h.LeoJWT, id); after != before {
		t.Fatalf("a stale edit changed the record:\n%s\n%s", before, after)
	}
	// Without expectedVersion, the last write wins, as before.
	h.OK(h.LeoJWT, edit, map[string]any{"id": id, "v": nil, "t": "Open every day"}, &up)
	if up.UpdateDecision.Version != 3 {
		t.Fatalf("an edit without expectedVersion: %+v", up)
	}
	h.Fails(h.LeoJWT, edit, map[string]any{"id": servertest.ID(1 << 40), "v": 1, "t": "x"}, "NOT_FOUND")
}
