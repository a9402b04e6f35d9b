package graph_test

import (
	"fmt"
	"testing"
	"time"

	"walker/ent/conversation"
	"walker/server/servertest"
)

// TestNestedPageStatementsConstant proves that a page of conversations with
// their customers, leader and follow-ups costs the same number of SQL
// statements whatever the page size: nested connections are loaded in one
// query per level, not one per row.
func TestNestedPageStatementsConstant(t *testing.T) {
	h := servertest.New(t)
	ctx := servertest.System()
	c := h.Store.Client
	var customers []int
	for i := range 20 {
		customers = append(customers, c.Customer.Create().SetOrganizationID(h.Acme.ID).
			SetName(fmt.Sprintf("Customer %d", i)).SaveX(ctx).ID)
	}
	at := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	for i := range 120 {
		leader := h.Leo
		if i%3 == 0 {
			leader = h.Mia
		}
		conv := c.Conversation.Create().SetOrganizationID(h.Acme.ID).SetLeaderID(leader.ID).
			SetMode(conversation.ModeCALL).SetOccurredAt(at.Add(time.Duration(i)*time.Hour)).
			AddCustomerIDs(customers[i%20], customers[(i+7)%20]).SaveX(ctx)
		for j := range 2 {
			c.FollowUp.Create().SetOrganizationID(h.Acme.ID).SetOwnerID(leader.ID).SetConversationID(conv.ID).
				SetAction(fmt.Sprintf("Call back %d", j)).SaveX(ctx)
		}
	}
	const query = `query($n: Int!) { conversations(first: $n, orderBy: [{field: OCCURRED_AT, direction: DESC}]) {
		totalCount
		edges { node { id
			leader { name }
			customers(first: 10) { totalCount edges { node { name } } }
			followUps(first: 10) { edges { node { action owner { name } } } }
		} } } }`
	counts := map[int]int{}
	for _, n := range []int{1, 10, 50, 100} {
		var out struct {
			Conversations struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Leader    struct{ Name string }
						Customers struct{ TotalCount int }
						FollowUps struct {
							Edges []struct{ Node struct{ Action string } }
						}
					}
				}
			}
		}
		h.Server.Sessions().ForgetViewers() // each request reads its viewer alike
		h.Statements.Reset()
		h.OK(h.AdaJWT, query, map[string]any{"n": n}, &out)
		counts[n] = h.Statements.Count()
		if len(out.Conversations.Edges) != n || out.Conversations.TotalCount != 120 {
			t.Fatalf("page %d: got %d edges of %d", n, len(out.Conversations.Edges), out.Conversations.TotalCount)
		}
		for _, e := range out.Conversations.Edges {
			if e.Node.Leader.Name == "" || e.Node.Customers.TotalCount != 2 || len(e.Node.FollowUps.Edges) != 2 {
				t.Fatalf("page %d: incomplete node %+v", n, e.Node)
			}
		}
	}
	t.Logf("SQL statements per page size: %v", counts)
	for n, c := range counts {
		if c != counts[1] {
			t.Fatalf("statements grow with page size: %v (page %d)", counts, n)
		}
	}
}
