package graph_test

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"walker/ent/schema/viewer"
	"walker/server/servertest"
)

const upsertMutation = `mutation($s: String!, $x: String!, $in: CreateCustomerInput!) {
	upsertCustomer(source: $s, externalID: $x, input: $in) { created changed customer { id name segment version source externalID } } }`

type upserted struct {
	UpsertCustomer struct {
		Created, Changed bool
		Customer         struct {
			ID, Name, Source, ExternalID string
			Segment                      *string
			Version                      int
		}
	} `json:"upsertCustomer"`
}

func upsert(t *testing.T, h *servertest.Harness, token, source, id string, in map[string]any) upserted {
	t.Helper()
	var out upserted
	h.OK(token, upsertMutation, map[string]any{"s": source, "x": id, "in": in}, &out)
	return out
}

// TestUpsertCustomer: a CRM pushes its accounts again and again; each is one
// customer per organization and source, written only when it changed.
func TestUpsertCustomer(t *testing.T) {
	h := servertest.New(t)
	crm := h.APIToken("crm", viewer.CustomersWrite)
	first := upsert(t, h, crm, "salesforce", "001A", map[string]any{"name": "Grace Hopper", "company": "Navy"})
	if !first.UpsertCustomer.Created || !first.UpsertCustomer.Changed || first.UpsertCustomer.Customer.ExternalID != "001A" {
		t.Fatalf("first push: %+v", first)
	}
	id := first.UpsertCustomer.Customer.ID
	counts := servertest.Counts(t, h)
	again := upsert(t, h, crm, "salesforce", "001A", map[string]any{"name": "Grace Hopper"})
	if again.UpsertCustomer.Created || again.UpsertCustomer.Changed || again.UpsertCustomer.Customer.ID != id {
		t.Fatalf("the same push again: %+v", again)
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h)) // no write, no change logged
	seg := upsert(t, h, crm, "salesforce", "001A", map[string]any{"name": "Grace Hopper", "segment": "Enterprise"})
	if c := seg.UpsertCustomer.Customer; !seg.UpsertCustomer.Changed || c.ID != id || c.Version != 2 || c.Segment == nil || *c.Segment != "Enterprise" {
		t.Fatalf("a changed push: %+v", seg)
	}
	// Another source's 001A, and another organization's, are other customers.
	if other := upsert(t, h, crm, "hubspot", "001A", map[string]any{"name": "Grace Hopper"}); other.UpsertCustomer.Customer.ID == id {
		t.Fatal("another source's id matched")
	}
	if globex := upsert(t, h, h.GusJWT, "salesforce", "001A", map[string]any{"name": "Grace at Globex"}); !globex.UpsertCustomer.Created {
		t.Fatalf("another organization's account: %+v", globex)
	}
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM customers WHERE external_id = '001A'"); n != 3 {
		t.Fatalf("%d customers known as 001A, want 3", n)
	}
	// Pushed at once from many workers: one customer.
	var wg sync.WaitGroup
	ids := make([]string, 8)
	for i := range ids {
		wg.Go(func() {
			ids[i] = upsert(t, h, crm, "salesforce", "002B", map[string]any{"name": "Linus"}).UpsertCustomer.Customer.ID
		})
	}
	wg.Wait()
	for _, got := range ids {
		if got != ids[0] {
			t.Fatalf("concurrent pushes made several customers: %v", ids)
		}
	}
	// Deleted in Walker: the push brings it back.
	h.OK(h.AdaJWT, `mutation($id: ID!) { deleteCustomer(id: $id) }`, map[string]any{"id": id}, nil)
	if back := upsert(t, h, crm, "salesforce", "001A", map[string]any{"name": "Grace Hopper"}); back.UpsertCustomer.Customer.ID != id || !back.UpsertCustomer.Changed {
		t.Fatalf("a deleted customer pushed again: %+v", back)
	}
	// Erased: refused, so that the erasure stays done.
	h.OK(h.AdaJWT, `mutation($id: ID!) { eraseCustomer(id: $id) { id } }`, map[string]any{"id": id}, nil)
	reader := h.APIToken("reader", viewer.CustomersRead)
	counts = servertest.Counts(t, h)
	servertest.Refused(t, h.Do(crm, upsertMutation, map[string]any{"s": "salesforce", "x": "001A", "in": map[string]any{"name": "Grace Hopper"}}), "CONFLICT")
	// Bad input and missing scopes change nothing.
	vars := func(s, x string, in map[string]any) map[string]any { return map[string]any{"s": s, "x": x, "in": in} }
	servertest.BadInput(t, h, crm, upsertMutation, vars("salesforce", "003C", map[string]any{"name": "X", "source": "hubspot"}), "source")
	servertest.BadInput(t, h, crm, upsertMutation, vars("salesforce", strings.Repeat("9", 121), map[string]any{"name": "X"}), "externalID")
	servertest.BadInput(t, h, crm, upsertMutation, vars("salesforce", "003C", map[string]any{"name": " "}), "name")
	if up := upsert(t, h, crm, " salesforce", "002B\t", map[string]any{"name": "Linus"}); up.UpsertCustomer.Created {
		t.Errorf("blank around the ids made another customer: %+v", up)
	}
	servertest.BadInput(t, h, crm, upsertMutation, vars(" ", "003C", map[string]any{"name": "X"}), "source")
	servertest.BadInput(t, h, crm, upsertMutation, vars("salesforce", "", map[string]any{"name": "X"}), "externalID")
	servertest.BadInput(t, h, crm, `mutation { createCustomer(input: {name: "X", source: ""}) { id } }`, nil, "source")
	servertest.Refused(t, h.Do(reader, upsertMutation, vars("salesforce", "003C", map[string]any{"name": "X"})), "FORBIDDEN")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}

// TestMergeCustomers: an admin merges a customer recorded twice; every link
// moves, the history stays, the change log has each move, and the CRM's id
// follows.
func TestMergeCustomers(t *testing.T) {
	h := servertest.New(t)
	at := time.Date(2026, 10, 5, 10, 0, 0, 0, time.UTC)
	keep := h.Customer(h.LeoJWT, "Ada Lovelace")
	twin := upsert(t, h, h.LeoJWT, "salesforce", "007", map[string]any{"name": "A. Lovelace"}).UpsertCustomer.Customer.ID
	other := h.Customer(h.LeoJWT, "Charles Babbage")
	c1 := h.Conversation(h.LeoJWT, at, keep)
	c2 := h.Conversation(h.MiaJWT, at, twin)
	c3 := h.Conversation(h.LeoJWT, at, keep, twin, other)
	nom := servertest.RecordID(t, h, h.LeoJWT, `mutation($n: ID!, $c: ID) { createNomination(input: {story: "Stayed late for a customer", nomineeID: $n, customerID: $c}) { id } }`,
		map[string]any{"n": servertest.ID(h.Mia.ID), "c": twin})
	var cursor struct{ ChangesCursor string }
	h.OK(h.AdaJWT, `{ changesCursor }`, nil, &cursor)
	before := servertest.Snapshot(t, h, h.AdaJWT, c2)
	merge := `mutation($into: ID!, $from: [ID!]!) { mergeCustomers(into: $into, from: $from) { id name source externalID version } }`

	var globex struct {
		CreateCustomer struct{ ID string } `json:"createCustomer"`
	}
	h.OK(h.GusJWT, `mutation { createCustomer(input: {name: "Globex's"}) { id } }`, nil, &globex)
	counts := servertest.Counts(t, h)
	for _, tok := range []string{h.LeoJWT, h.RWToken} {
		servertest.Refused(t, h.Do(tok, merge, map[string]any{"into": keep, "from": []string{twin}}), "FORBIDDEN")
	}
	for _, from := range [][]string{{}, {keep}, {twin, twin}, {"999999999"}, {globex.CreateCustomer.ID}} {
		servertest.BadInput(t, h, h.AdaJWT, merge, map[string]any{"into": keep, "from": from}, "from")
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))

	var out struct {
		MergeCustomers struct {
			ID, Name, Source, ExternalID string
			Version                      int
		} `json:"mergeCustomers"`
	}
	h.OK(h.AdaJWT, merge, map[string]any{"into": keep, "from": []string{twin}}, &out)
	if m := out.MergeCustomers; m.ID != keep || m.Name != "Ada Lovelace" || m.Source != "salesforce" || m.ExternalID != "007" || m.Version != 2 {
		t.Fatalf("the customer kept: %+v", m)
	}
	for conv, want := range map[string]string{c1: keep, c2: keep, c3: keep + "," + other} {
		var got struct {
			Node struct {
				Customers struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { customers(first: 10, orderBy: [{field: NAME}]) { edges { node { id } } } } } }`, map[string]any{"id": conv}, &got)
		var ids []string
		for _, e := range got.Node.Customers.Edges {
			ids = append(ids, e.Node.ID)
		}
		if strings.Join(ids, ",") != want {
			t.Errorf("conversation %s: customers %v, want %s", conv, ids, want)
		}
	}
	// What was heard stays as it was; only the customer and updatedAt moved.
	strip := regexp.MustCompile(`"updatedAt":"[^"]*"|"customers":.*`)
	if after := servertest.Snapshot(t, h, h.AdaJWT, c2); strip.ReplaceAllString(after, "") != strip.ReplaceAllString(before, "") {
		t.Errorf("conversation %s lost its history:\nbefore %s\nafter  %s", c2, before, after)
	}
	var n struct {
		Node struct{ Customer struct{ ID string } }
	}
	h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on Nomination { customer { id } } } }`, map[string]any{"id": nom}, &n)
	if n.Node.Customer.ID != keep {
		t.Errorf("nomination's customer %s, want %s", n.Node.Customer.ID, keep)
	}
	// The twin is gone, cannot come back, and its CRM id now finds the one kept.
	servertest.Refused(t, h.Do(h.AdaJWT, `mutation($id: ID!) { restoreCustomer(id: $id) { id } }`, map[string]any{"id": twin}), "CONFLICT")
	if up := upsert(t, h, h.LeoJWT, "salesforce", "007", map[string]any{"name": "Ada Lovelace"}); up.UpsertCustomer.Customer.ID != keep {
		t.Errorf("the twin's CRM id upserted %+v, want the customer kept", up)
	}
	// The change log has every move.
	var log struct {
		Changes struct {
			Edges []struct {
				Node struct{ Entity, Operation, ID string }
			}
		}
	}
	h.OK(h.AdaJWT, `query($a: String) { changes(after: $a) { edges { node { entity operation id } } } }`, map[string]any{"a": cursor.ChangesCursor}, &log)
	var got []string
	for _, e := range log.Changes.Edges {
		got = append(got, fmt.Sprintf("%s %s %s", e.Node.Entity, e.Node.Operation, e.Node.ID))
	}
	want := []string{"CONVERSATION UPDATED " + c2, "CONVERSATION UPDATED " + c3, "NOMINATION UPDATED " + nom, "CUSTOMER DELETED " + twin, "CUSTOMER UPDATED " + keep}
	// Globex's customer is not Acme's change; the conversations move in id order.
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
