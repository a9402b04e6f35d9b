package retention_test

import (
	"context"
	"testing"
	"time"

	"walker/server/retention"
	"walker/server/servertest"
)

// Past the retention, the log is pruned (a cursor from before is refused
// with RESYNC_REQUIRED) and deleted records are purged for good, dependents
// first; an erased customer stays, its erasure audited. A second run finds
// nothing more to do.
func TestRetentionPrunesAndPurges(t *testing.T) {
	h := servertest.New(t)
	var cur struct{ ChangesCursor string }
	h.OK(h.LeoJWT, `{ changesCursor }`, nil, &cur)
	old := cur.ChangesCursor
	zoe := h.Customer(h.LeoJWT, "Zoe")
	yan := h.Customer(h.LeoJWT, "Yan")
	conv := h.Conversation(h.LeoJWT, time.Now().UTC(), zoe)
	kept := h.Conversation(h.LeoJWT, time.Now().UTC(), zoe)
	var nom struct{ CreateNomination struct{ ID string } }
	h.OK(h.LeoJWT, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Drove the part over"}) { id } }`,
		map[string]any{"n": servertest.ID(h.Mia.ID)}, &nom)
	h.OK(h.AdaJWT, `mutation($id: ID!) { createEndorsement(input: {nominationID: $id}) { id } }`, map[string]any{"id": nom.CreateNomination.ID}, nil)
	for _, del := range []struct{ mutation, id string }{
		{"deleteConversation", conv}, {"deleteNomination", nom.CreateNomination.ID}, {"deleteCustomer", yan},
	} {
		h.OK(h.AdaJWT, `mutation($id: ID!) { `+del.mutation+`(id: $id) }`, map[string]any{"id": del.id}, nil)
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { eraseCustomer(id: $id) { id } }`, map[string]any{"id": yan}, nil)

	k := retention.New(h.Store.Client, h.Store.Dialect, retention.DefaultRetention)
	r, err := k.Once(context.Background())
	if err != nil || r.Pruned != 0 || len(r.Purged) != 0 {
		t.Fatalf("within the retention: %+v %v", r, err)
	}
	k.SetClock(func() time.Time { return time.Now().Add(retention.DefaultRetention + time.Hour) })
	r, err = k.Once(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Pruned < 8 || r.Purged["Conversation"] != 1 || r.Purged["Nomination"] != 1 || r.Purged["Endorsement"] != 1 || r.Purged["Customer"] != 0 {
		t.Fatalf("past the retention: %+v", r)
	}
	if servertest.Rows(t, h, "changes") != 0 {
		t.Fatal("changes older than the retention are left")
	}
	// The log's readers: a cursor from before the pruning must resynchronise.
	resp := h.Fails(h.LeoJWT, `query($a: String) { changes(after: $a) { pageInfo { endCursor } } }`, map[string]any{"a": old}, "RESYNC_REQUIRED")
	if resp.Field() != "after" {
		t.Fatalf("RESYNC_REQUIRED names %q", resp.Field())
	}
	h.OK(h.LeoJWT, `{ changesCursor }`, nil, &cur)
	h.OK(h.LeoJWT, `query($a: String) { changes(after: $a) { pageInfo { endCursor } } }`, map[string]any{"a": cur.ChangesCursor}, nil)
	// Purged for good: no restoring; the live ones and the erased one stay.
	h.Fails(h.LeoJWT, `mutation($id: ID!) { restoreConversation(id: $id) { id } }`, map[string]any{"id": conv}, "NOT_FOUND")
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": kept}, nil)
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL"); n != 1 {
		t.Fatalf("the erased customer: %d rows", n)
	}
	if r, err := k.Once(context.Background()); err != nil || r.Pruned != 0 || len(r.Purged) != 0 {
		t.Fatalf("a second run: %+v %v", r, err)
	}
}
