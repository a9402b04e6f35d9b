package graph_test

import (
	"testing"
	"time"

	"walker/server/servertest"
)

func TestCreateAndReadConversation(t *testing.T) {
	h := servertest.New(t)
	c1 := h.Customer(h.LeoJWT, "Zoe Client")
	at := time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)
	id := h.Conversation(h.LeoJWT, at, c1)
	var out struct {
		Node struct {
			Mode       string
			OccurredAt time.Time
			Leader     struct{ Name string }
			Customers  struct {
				TotalCount int
				Edges      []struct{ Node struct{ Name string } }
			}
		}
	}
	h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on Conversation {
		mode occurredAt leader { name } customers(first: 10) { totalCount edges { node { name } } } } } }`,
		map[string]any{"id": id}, &out)
	if out.Node.Mode != "VISIT" || !out.Node.OccurredAt.Equal(at) || out.Node.Leader.Name != "Leo Leader" {
		t.Fatalf("conversation read back wrong: %+v", out.Node)
	}
	if out.Node.Customers.TotalCount != 1 || out.Node.Customers.Edges[0].Node.Name != "Zoe Client" {
		t.Fatalf("customers read back wrong: %+v", out.Node.Customers)
	}
}

// TestClearedFieldsReadBackNull checks that an optional value that was never
// given or was cleared reads back as null, not as "" or 0: a conversation with
// no duration is not a conversation of 0 minutes.
func TestClearedFieldsReadBackNull(t *testing.T) {
	h := servertest.New(t)
	c := h.Customer(h.LeoJWT, "Zoe")
	var upd struct {
		UpdateCustomer struct{ Segment, Company *string }
	}
	h.OK(h.LeoJWT, `mutation($id: ID!) { updateCustomer(id: $id, input: {clearSegment: true}) { segment company } }`, map[string]any{"id": c}, &upd)
	if upd.UpdateCustomer.Segment != nil || upd.UpdateCustomer.Company != nil {
		t.Fatalf("cleared or absent fields: %+v", upd.UpdateCustomer)
	}
	var conv struct {
		CreateConversation struct{ DurationMinutes *int }
	}
	h.OK(h.LeoJWT, `mutation($c: ID!) { createConversation(input: {mode: CALL, occurredAt: "2026-11-02T10:00:00Z", customerIDs: [$c]}) { durationMinutes } }`,
		map[string]any{"c": c}, &conv)
	if conv.CreateConversation.DurationMinutes != nil {
		t.Fatalf("no duration given, got %d", *conv.CreateConversation.DurationMinutes)
	}
}
