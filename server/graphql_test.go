package server_test

import (
	"testing"
	"time"
)

func TestCreateAndReadConversation(t *testing.T) {
	h := newHarness(t)
	c1 := h.customer(h.leoJWT, "Zoe Client")
	at := time.Date(2026, 11, 3, 10, 0, 0, 0, time.UTC)
	id := h.conversation(h.leoJWT, at, c1)
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
	h.ok(h.adaJWT, `query($id: ID!) { node(id: $id) { ... on Conversation {
		mode occurredAt leader { name } customers(first: 10) { totalCount edges { node { name } } } } } }`,
		map[string]any{"id": id}, &out)
	if out.Node.Mode != "VISIT" || !out.Node.OccurredAt.Equal(at) || out.Node.Leader.Name != "Leo Leader" {
		t.Fatalf("conversation read back wrong: %+v", out.Node)
	}
	if out.Node.Customers.TotalCount != 1 || out.Node.Customers.Edges[0].Node.Name != "Zoe Client" {
		t.Fatalf("customers read back wrong: %+v", out.Node.Customers)
	}
}
