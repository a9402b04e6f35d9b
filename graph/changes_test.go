package graph_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"walker/server/servertest"
)

// change is one entry of the change log as a client reads it.
type change struct {
	Position, Entity, Operation, ID string
	Version                         int
	Actor                           struct {
		Leader     *struct{ ID string }
		APITokenID *string
		System     *string
	}
	Node *struct {
		ID       string
		Typename string `json:"__typename"`
	}
}

const changesQuery = `query($after: String, $first: Int, $entities: [ChangeEntity!]) {
	changes(after: $after, first: $first, entities: $entities) {
		edges { cursor node { position entity operation id version at actor { leader { id } apiTokenID system } node { id __typename } } }
		pageInfo { hasNextPage endCursor } } }`

// readChanges reads the whole log after cursor as token, page by page, and
// returns it with the cursor to read from next.
func readChanges(t testing.TB, h *servertest.Harness, token, after string, first int, entities ...string) ([]change, string) {
	t.Helper()
	var all []change
	for {
		var out struct {
			Changes struct {
				Edges []struct {
					Cursor string
					Node   change
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		vars := map[string]any{"after": after, "first": first}
		if len(entities) > 0 {
			vars["entities"] = entities
		}
		h.OK(token, changesQuery, vars, &out)
		for _, e := range out.Changes.Edges {
			if e.Cursor != e.Node.Position {
				t.Fatalf("edge cursor %q is not its position %q", e.Cursor, e.Node.Position)
			}
			all = append(all, e.Node)
		}
		after = out.Changes.PageInfo.EndCursor
		if !out.Changes.PageInfo.HasNextPage {
			return all, after
		}
	}
}

func cursorNow(t testing.TB, h *servertest.Harness, token string) string {
	t.Helper()
	var out struct{ ChangesCursor string }
	h.OK(token, `{ changesCursor }`, nil, &out)
	return out.ChangesCursor
}

// Every create, update, link change and delete of a record leaves one
// change, in order, with the record's version, its actor and the record as
// it is now (null when deleted).
func TestChangeLogRecordsEveryWrite(t *testing.T) {
	h := servertest.New(t)
	from := cursorNow(t, h, h.LeoJWT)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	yan := h.Customer(h.RWToken, "Yan") // through an integrator token: Ada's
	conv := h.Conversation(h.LeoJWT, time.Now().UTC(), zoe)
	h.OK(h.LeoJWT, `mutation($id: ID!, $c: ID!) { updateConversation(id: $id, input: {addCustomerIDs: [$c], heard: "Wants refunds"}) { id } }`,
		map[string]any{"id": conv, "c": yan}, nil)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, nil)
	h.OK(h.LeoJWT, `mutation($id: ID!) { deleteConversation(id: $id) }`, map[string]any{"id": conv}, nil) // twice: no error, no change
	got, next := readChanges(t, h, h.LeoJWT, from, 2)
	want := []struct {
		entity, op, id string
		version        int
		live           bool
	}{
		{"CUSTOMER", "CREATED", zoe, 1, true},
		{"CUSTOMER", "CREATED", yan, 1, true},
		{"CONVERSATION", "CREATED", conv, 1, false},
		{"CONVERSATION", "UPDATED", conv, 2, false},
		{"CONVERSATION", "DELETED", conv, 3, false},
	}
	if len(got) != len(want) {
		t.Fatalf("%d changes, want %d: %+v", len(got), len(want), got)
	}
	last := 0
	for i, w := range want {
		c := got[i]
		p, _ := strconv.Atoi(c.Position)
		if p <= last {
			t.Errorf("change %d: position %d after %d", i, p, last)
		}
		last = p
		if c.Entity != w.entity || c.Operation != w.op || c.ID != w.id || c.Version != w.version || (c.Node != nil) != w.live {
			t.Errorf("change %d: %+v, want %+v", i, c, w)
		}
	}
	if got[0].Actor.Leader == nil || got[0].Actor.Leader.ID != servertest.ID(h.Leo.ID) || got[0].Actor.APITokenID != nil {
		t.Errorf("Leo's change: actor %+v", got[0].Actor)
	}
	if got[1].Actor.Leader != nil || got[1].Actor.APITokenID == nil {
		t.Errorf("the integrator's change names the token alone: actor %+v", got[1].Actor)
	}
	if got[0].Node == nil || got[0].Node.Typename != "Customer" || got[0].Node.ID != zoe {
		t.Errorf("the customer's node: %+v", got[0].Node)
	}
	// The entities filter, and the cursor to read from next.
	only, _ := readChanges(t, h, h.LeoJWT, from, 100, "CUSTOMER")
	if len(only) != 2 {
		t.Errorf("customers only: %+v", only)
	}
	if again, _ := readChanges(t, h, h.LeoJWT, next, 100); len(again) != 0 {
		t.Errorf("after the end cursor: %+v", again)
	}
	if now := cursorNow(t, h, h.LeoJWT); now != next {
		t.Errorf("changesCursor %s, the end cursor %s", now, next)
	}
	// Restored, the record is back, a change later.
	h.OK(h.LeoJWT, `mutation($id: ID!) { restoreConversation(id: $id) { id version } }`, map[string]any{"id": conv}, nil)
	back, _ := readChanges(t, h, h.LeoJWT, next, 100)
	if len(back) != 1 || back[0].Operation != "UPDATED" || back[0].Version != 4 || back[0].Node == nil {
		t.Errorf("restore: %+v", back)
	}
}

// A request that fails writes no change; a multi-step mutation writes one per
// record it changed, in its own transaction.
func TestChangeLogInTheSameTransaction(t *testing.T) {
	h := servertest.New(t)
	before := servertest.Counts(t, h)
	h.Fails(h.LeoJWT, `mutation { createConversation(input: {mode: CALL, occurredAt: "2026-11-20T10:00:00Z", durationMinutes: 5000}) { id } }`, nil, "BAD_USER_INPUT")
	h.Fails(h.MiaJWT, `mutation($id: ID!) { updateLeader(id: $id, input: {role: ADMIN}) { id } }`, map[string]any{"id": servertest.ID(h.Mia.ID)}, "FORBIDDEN")
	servertest.SameCounts(t, before, servertest.Counts(t, h))

	from := cursorNow(t, h, h.AdaJWT)
	var nom struct{ CreateNomination struct{ ID string } }
	h.OK(h.LeoJWT, `mutation($n: ID!) { createNomination(input: {nomineeID: $n, story: "Drove the part to the customer"}) { id } }`,
		map[string]any{"n": servertest.ID(h.Mia.ID)}, &nom)
	h.OK(h.AdaJWT, `mutation($id: ID!) { approveNomination(id: $id) { id } }`, map[string]any{"id": nom.CreateNomination.ID}, nil)
	got, _ := readChanges(t, h, h.AdaJWT, from, 100)
	var seen []string
	for _, c := range got {
		seen = append(seen, c.Entity+" "+c.Operation)
	}
	if fmt.Sprint(seen) != "[NOMINATION CREATED NOMINATION UPDATED LEADER UPDATED]" {
		t.Fatalf("approving a nomination: %v", seen)
	}
}

// Another organization's changes are never seen, and each organization has
// its own current position.
func TestChangeLogTenancy(t *testing.T) {
	h := servertest.New(t)
	acme, globex := cursorNow(t, h, h.AdaJWT), cursorNow(t, h, h.GusJWT)
	h.Customer(h.GilJWT, "Globex's customer")
	if got, _ := readChanges(t, h, h.AdaJWT, acme, 100); len(got) != 0 {
		t.Fatalf("Acme sees Globex's changes: %+v", got)
	}
	if got, _ := readChanges(t, h, h.GusJWT, globex, 100); len(got) != 1 {
		t.Fatalf("Globex's own change: %+v", got)
	}
	// A READ token reads its organization's log.
	h.Customer(h.LeoJWT, "Acme's customer")
	if got, _ := readChanges(t, h, h.ReadToken, acme, 100); len(got) != 1 || got[0].Entity != "CUSTOMER" {
		t.Fatalf("a READ token reading the log: %+v", got)
	}
}

// Many writers at once, and a reader polling all the while: the reader never
// finds, later, a change at or below a position it has read past — so it
// misses none — and a record's versions arrive in order.
func TestChangeLogPositionsNeverLie(t *testing.T) {
	h := servertest.New(t, servertest.Unlimited) // the reader polls without pause
	zoe := h.Customer(h.LeoJWT, "Zoe")
	from := cursorNow(t, h, h.LeoJWT)
	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				resp, err := h.Post("Bearer "+h.LeoJWT, map[string]any{
					"query":     `mutation($c: ID!, $h: String!) { createConversation(input: {mode: CALL, occurredAt: "2026-11-20T10:00:00Z", heard: $h, customerIDs: [$c]}) { id } }`,
					"variables": map[string]any{"c": zoe, "h": fmt.Sprintf("writer %d, %d", w, i)},
				})
				if err == nil && len(resp.Errors) > 0 {
					err = fmt.Errorf("%+v", resp.Errors)
				}
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	polled := map[string]bool{}
	cursor, finished := from, false
	for !finished {
		select {
		case <-done:
			finished = true // one more poll after the last write
		default:
		}
		got, next := readChanges(t, h, h.LeoJWT, cursor, 100)
		for _, c := range got {
			if polled[c.Position] {
				t.Fatalf("position %s read twice", c.Position)
			}
			polled[c.Position] = true
		}
		cursor = next
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	all, _ := readChanges(t, h, h.LeoJWT, from, 100)
	if len(all) != writers*each {
		t.Fatalf("%d changes in the log, want %d", len(all), writers*each)
	}
	for _, c := range all {
		if !polled[c.Position] {
			t.Fatalf("the polling reader missed position %s (it read past it before it was committed)", c.Position)
		}
	}
	if len(polled) != len(all) {
		t.Fatalf("the reader saw %d positions, the log holds %d", len(polled), len(all))
	}
}

// The record of a change is read as it is now, so an old change of a record
// since deleted has no node; versions only grow.
func TestChangeLogVersionsGrow(t *testing.T) {
	h := servertest.New(t)
	from := cursorNow(t, h, h.LeoJWT)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	for i := range 3 {
		h.OK(h.LeoJWT, `mutation($id: ID!, $s: String!) { updateCustomer(id: $id, input: {segment: $s}) { id } }`,
			map[string]any{"id": zoe, "s": fmt.Sprint("S", i)}, nil)
	}
	got, _ := readChanges(t, h, h.LeoJWT, from, 100)
	for i, c := range got {
		if c.Version != i+1 {
			t.Fatalf("change %d has version %d: %+v", i, c.Version, got)
		}
	}
	raw, _ := json.Marshal(got)
	if len(got) != 4 {
		t.Fatalf("%s", raw)
	}
}
