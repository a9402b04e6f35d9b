package server_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"
)

// This file checks that the creates a phone may replay from its outbox are
// idempotent under a client id: the same request stores one record, the same
// id with other content or from another person is a CONFLICT that changes
// nothing, and organizations do not share client ids.

// ipOrg holds the records one organization's idempotent creates refer to.
type ipOrg struct {
	sender, other  string // tokens: who sends, and another person of the same organization
	senderID       string
	nominee        string // a leader the sender may nominate
	attendee       string // a leader who attends reviews
	cust, conv     string
	nom, nom2      string // nominations the sender may endorse
	occurredAt     string
	otherPersonCan bool
}

func ipSeed(t *testing.T, h *harness) (acme, globex ipOrg) {
	t.Helper()
	at := wkTime(time.Now().UTC().Add(-72 * time.Hour).Truncate(time.Second))
	story := map[string]any{"story": "Drove to the customer's shop on a Sunday"}
	nominate := func(token, nominee string) string {
		in := map[string]any{"nomineeID": nominee}
		for k, v := range story {
			in[k] = v
		}
		return wkID(t, h, token, wkCreateNomination, map[string]any{"in": in})
	}
	acme = ipOrg{sender: h.leoJWT, other: h.miaJWT, senderID: fmt.Sprint(h.leo.ID),
		nominee: fmt.Sprint(h.ada.ID), attendee: fmt.Sprint(h.mia.ID), occurredAt: at}
	acme.cust = h.customer(h.leoJWT, "Zoe Client")
	acme.conv = h.conversation(h.leoJWT, time.Now().Add(-72*time.Hour), acme.cust)
	acme.nom = nominate(h.miaJWT, fmt.Sprint(h.ada.ID))
	acme.nom2 = nominate(h.adaJWT, fmt.Sprint(h.mia.ID))

	// Globex needs a third person for nominations the sender (Gus) may endorse.
	gia := h.store.Client.Leader.Create().SetOrganizationID(h.globex.ID).SetName("Gia Globex").
		SetEmail("gia@globex.test").SaveX(wkSys())
	globex = ipOrg{sender: h.gusJWT, other: h.gilJWT, senderID: fmt.Sprint(h.gus.ID),
		nominee: fmt.Sprint(h.gil.ID), attendee: fmt.Sprint(h.gil.ID), occurredAt: at}
	globex.cust = h.customer(h.gusJWT, "Gina Customer")
	globex.conv = h.conversation(h.gusJWT, time.Now().Add(-72*time.Hour), globex.cust)
	globex.nom = nominate(h.jwt(gia), fmt.Sprint(h.gil.ID))
	globex.nom2 = nominate(h.gilJWT, fmt.Sprint(gia.ID))
	return acme, globex
}

// ipCreate is one idempotent create.
type ipCreate struct {
	name  string
	query string
	table string
	// input returns the create's input: variant 0 is the request replayed,
	// 1 the same client id with other content, 2 a request sent without a
	// client id (twice).
	input func(o ipOrg, variant int) map[string]any
	// unique is set when a second identical create without a client id is
	// refused anyway (a person endorses a nomination once).
	unique bool
}

var ipCreates = []ipCreate{
	{name: "createCustomer", query: wkCreateCustomer, table: "customers",
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"name": "Yan Client", "company": "Yan & Co", "segment": "SMB"}
			if v == 1 {
				in["segment"] = "Enterprise"
			}
			return in
		}},
	{name: "createConversation", query: wkCreateConversation, table: "conversations",
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"mode": "VISIT", "occurredAt": o.occurredAt, "durationMinutes": 45,
				"heard": "Wants invoices by email", "sentiment": "POSITIVE", "customerIDs": []string{o.cust}}
			if v == 1 {
				in["heard"] = "Wants invoices by post"
			}
			return in
		}},
	{name: "createDecision", query: wkCreateDecision, table: "decisions",
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"title": "Invoices by email", "customerBenefit": wkBenefit, "clvImpact": 1200.5,
				"evidenceIDs": []string{o.conv}}
			if v == 1 {
				in["clvImpact"] = 1300.5
			}
			return in
		}},
	{name: "createNomination", query: wkCreateNomination, table: "nominations",
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"nomineeID": o.nominee, "story": "Fixed the customer's till on a Sunday",
				"customerID": o.cust, "conversationID": o.conv}
			if v == 1 {
				in["story"] = "Fixed the customer's till on a Monday"
			}
			return in
		}},
	{name: "createEndorsement", query: wkCreateEndorsement, table: "endorsements", unique: true,
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"nominationID": o.nom, "comment": "I saw it myself"}
			switch v {
			case 1:
				in["comment"] = "I heard about it"
			case 2:
				in["nominationID"] = o.nom2
			}
			return in
		}},
	{name: "createFollowUp", query: wkCreateFollowUp, table: "follow_ups",
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"action": "Send the invoice by email", "ownerID": o.senderID, "conversationID": o.conv,
				"dueOn": "2026-01-15T00:00:00Z", "quickWin": true}
			if v == 1 {
				in["dueOn"] = "2026-01-16T00:00:00Z"
			}
			return in
		}},
	{name: "createFeedbackReview", query: wkCreateReview, table: "feedback_reviews",
		input: func(o ipOrg, v int) map[string]any {
			in := map[string]any{"title": "Monthly review", "heldAt": o.occurredAt, "notes": "Invoices",
				"departmentsInvited": []string{"Finance", "Support"}, "attendeeIDs": []string{o.attendee},
				"conversationIDs": []string{o.conv}}
			if v == 1 {
				in["departmentsInvited"] = []string{"Finance"}
			}
			return in
		}},
}

// ipWith adds clientID to an input.
func ipWith(in map[string]any, clientID string) map[string]any {
	out := map[string]any{"clientID": clientID}
	for k, v := range in {
		out[k] = v
	}
	return map[string]any{"in": out}
}

func TestIdempotentCreates(t *testing.T) {
	for _, c := range ipCreates {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t)
			acme, globex := ipSeed(t, h)
			id := uuid.NewString()
			base := c.table
			start := wkCount(t, h, base)

			// The same request twice: the same record, stored once.
			first := wkID(t, h, acme.sender, c.query, ipWith(c.input(acme, 0), id))
			again := wkID(t, h, acme.sender, c.query, ipWith(c.input(acme, 0), id))
			if again != first {
				t.Fatalf("replay returned %s, first send %s", again, first)
			}
			if n := wkCount(t, h, base); n != start+1 {
				t.Fatalf("%s: %d rows after two identical sends, want %d", base, n, start+1)
			}
			snap := wkSnap(t, h, acme.sender, first)
			var echoed struct {
				Node struct{ ClientID string }
			}
			h.ok(acme.sender, fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { clientID } } }`, ipType(c.name)),
				map[string]any{"id": first}, &echoed)
			if echoed.Node.ClientID != id {
				t.Errorf("clientID read back %q, want %q", echoed.Node.ClientID, id)
			}

			// The same id with other content: CONFLICT, nothing changes.
			counts := wkCounts(t, h)
			resp := h.fails(acme.sender, c.query, ipWith(c.input(acme, 1), id), "CONFLICT")
			wkNoData(t, resp)
			// The same id and content from another person: CONFLICT.
			resp = h.fails(acme.other, c.query, ipWith(c.input(acme, 0), id), "CONFLICT")
			wkNoData(t, resp)
			// And from an integrator token (acting as Ada).
			h.fails(h.rwToken, c.query, ipWith(c.input(acme, 0), id), "CONFLICT")
			wkSameCounts(t, counts, wkCounts(t, h))
			if after := wkSnap(t, h, acme.sender, first); after != snap {
				t.Errorf("conflicting sends changed the record:\nbefore %s\nafter  %s", snap, after)
			}
			// The original request still replays to the same record.
			if again := wkID(t, h, acme.sender, c.query, ipWith(c.input(acme, 0), id)); again != first {
				t.Errorf("replay after conflicts returned %s, want %s", again, first)
			}

			// Without a client id, two sends create two records.
			plain := map[string]any{"in": c.input(acme, 2)}
			a := wkID(t, h, acme.sender, c.query, plain)
			if a == first {
				t.Fatalf("a create without client id returned the client-id record %s", a)
			}
			if c.unique {
				h.fails(acme.sender, c.query, plain, "CONFLICT")
				if n := wkCount(t, h, base); n != start+2 {
					t.Fatalf("%s: %d rows, want %d", base, n, start+2)
				}
			} else {
				b := wkID(t, h, acme.sender, c.query, plain)
				if a == b {
					t.Fatalf("two creates without client id returned the same record %s", a)
				}
				if n := wkCount(t, h, base); n != start+3 {
					t.Fatalf("%s: %d rows after two sends without client id, want %d", base, n, start+3)
				}
			}

			// Another organization may use the same client id.
			before := wkCount(t, h, base)
			g := wkID(t, h, globex.sender, c.query, ipWith(c.input(globex, 0), id))
			if g == first {
				t.Fatalf("Globex's create returned Acme's record %s", g)
			}
			if again := wkID(t, h, globex.sender, c.query, ipWith(c.input(globex, 0), id)); again != g {
				t.Errorf("Globex replay returned %s, want %s", again, g)
			}
			h.fails(globex.sender, c.query, ipWith(c.input(globex, 1), id), "CONFLICT")
			if n := wkCount(t, h, base); n != before+1 {
				t.Fatalf("%s: %d rows after Globex's sends, want %d", base, n, before+1)
			}
			// Acme's record is untouched and still replays.
			if after := wkSnap(t, h, acme.sender, first); after != snap {
				t.Errorf("Globex's sends changed Acme's record:\nbefore %s\nafter  %s", snap, after)
			}
			if again := wkID(t, h, acme.sender, c.query, ipWith(c.input(acme, 0), id)); again != first {
				t.Errorf("Acme replay after Globex returned %s, want %s", again, first)
			}
			// Globex never sees Acme's record.
			resp = h.do(globex.sender, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": first})
			if code := resp.Code(); code != "NOT_FOUND" && code != "" {
				t.Errorf("Globex reading Acme's record: %+v", resp.Errors)
			}
			wkNoData(t, resp)
		})
	}
}

// ipType is the GraphQL type a create returns.
func ipType(create string) string { return create[len("create"):] }

// Edges are part of the request: a replay with other linked records is a conflict.
func TestIdempotentEdgesArePartOfTheRequest(t *testing.T) {
	h := newHarness(t)
	acme, _ := ipSeed(t, h)
	other := h.customer(h.leoJWT, "Other Client")
	id := uuid.NewString()
	in := map[string]any{"mode": "CALL", "occurredAt": acme.occurredAt, "customerIDs": []string{acme.cust}}
	first := wkID(t, h, h.leoJWT, wkCreateConversation, ipWith(in, id))
	counts := wkCounts(t, h)
	in["customerIDs"] = []string{acme.cust, other}
	h.fails(h.leoJWT, wkCreateConversation, ipWith(in, id), "CONFLICT")
	wkSameCounts(t, counts, wkCounts(t, h))
	var out struct {
		Node struct{ Customers struct{ TotalCount int } }
	}
	h.ok(h.leoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { customers(first: 10) { totalCount } } } }`,
		map[string]any{"id": first}, &out)
	if out.Node.Customers.TotalCount != 1 {
		t.Fatalf("conversation has %d customers, want 1", out.Node.Customers.TotalCount)
	}
}

// One client id may be used by different kinds of record.
func TestIdempotentClientIDPerEntity(t *testing.T) {
	h := newHarness(t)
	acme, _ := ipSeed(t, h)
	id := uuid.NewString()
	cust := wkID(t, h, h.leoJWT, wkCreateCustomer, ipWith(map[string]any{"name": "Same Id Client"}, id))
	conv := wkID(t, h, h.leoJWT, wkCreateConversation, ipWith(map[string]any{
		"mode": "CALL", "occurredAt": acme.occurredAt, "customerIDs": []string{cust}}, id))
	dec := wkID(t, h, h.leoJWT, wkCreateDecision, ipWith(map[string]any{"title": "Same id", "customerBenefit": wkBenefit}, id))
	if cust == conv || conv == dec {
		t.Fatalf("records share ids: %s %s %s", cust, conv, dec)
	}
}

// A client id that is not a UUID is refused and stores nothing.
func TestIdempotentClientIDMustBeUUID(t *testing.T) {
	h := newHarness(t)
	counts := wkCounts(t, h)
	for _, bad := range []any{"not-a-uuid", "", "1234", 42} {
		resp := h.do(h.leoJWT, wkCreateCustomer, map[string]any{"in": map[string]any{"clientID": bad, "name": "Zoe"}})
		if code := resp.Code(); code != "BAD_USER_INPUT" && code != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("clientID %v: want a validation error, got status %d errors %+v", bad, resp.Status, resp.Errors)
		}
		wkNoData(t, resp)
	}
	wkSameCounts(t, counts, wkCounts(t, h))
}

// ipPost sends a GraphQL request from any goroutine (no testing.T calls).
func ipPost(h *harness, token, query string, vars map[string]any) (gqlResponse, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return gqlResponse{}, err
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	h.handler.ServeHTTP(rec, req)
	var resp gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		return resp, fmt.Errorf("decoding %q: %w", rec.Body.String(), err)
	}
	resp.Status = rec.Code
	return resp, nil
}

// ipRace sends the same request from senders goroutines at once and returns
// the id each got (the only root field's id) and what went wrong for each.
func ipRace(h *harness, senders int, token, query string, vars map[string]any) (ids, errs []string) {
	var (
		wg    sync.WaitGroup
		start = make(chan struct{})
	)
	ids, errs = make([]string, senders), make([]string, senders)
	for i := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			resp, err := ipPost(h, token, query, vars)
			switch {
			case err != nil:
				errs[i] = err.Error()
			case len(resp.Errors) > 0:
				errs[i] = fmt.Sprintf("status %d errors %+v", resp.Status, resp.Errors)
			default:
				var data map[string]struct{ ID string }
				if err := json.Unmarshal(resp.Data, &data); err != nil {
					errs[i] = err.Error()
				}
				for _, rec := range data {
					ids[i] = rec.ID
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	return ids, errs
}

// Identical creates racing each other all get the one record stored.
func TestIdempotentConcurrentCreateConversation(t *testing.T) {
	h := newHarness(t)
	acme, _ := ipSeed(t, h)
	const senders = 8
	for round := range 3 {
		id := uuid.NewString()
		vars := ipWith(map[string]any{"mode": "VISIT", "occurredAt": acme.occurredAt, "durationMinutes": 20,
			"heard": fmt.Sprintf("Round %d: wants invoices by email", round), "customerIDs": []string{acme.cust}}, id)
		before := wkCount(t, h, "conversations")
		links := wkCount(t, h, "conversation_customers")
		ids, errs := ipRace(h, senders, h.leoJWT, wkCreateConversation, vars)
		for i, e := range errs {
			if e != "" {
				t.Errorf("round %d, sender %d failed: %s", round, i, e)
			}
		}
		for i := range ids {
			if ids[i] == "" || ids[i] != ids[0] {
				t.Errorf("round %d: sender %d got %q, sender 0 got %q", round, i, ids[i], ids[0])
			}
		}
		if n := wkCount(t, h, "conversations"); n != before+1 {
			t.Errorf("round %d: %d conversations stored, want exactly 1", round, n-before)
		}
		if n := wkCount(t, h, "conversation_customers"); n != links+1 {
			t.Errorf("round %d: %d customer links stored, want 1", round, n-links)
		}
		var out struct {
			Node struct{ ClientID string }
		}
		h.ok(h.leoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { clientID } } }`, map[string]any{"id": ids[0]}, &out)
		if out.Node.ClientID != id {
			t.Errorf("round %d: clientID read back %q, want %q", round, out.Node.ClientID, id)
		}
	}
}

// Every idempotent create holds under a race of identical requests (a phone
// resending while its first attempt is still in flight). Each race runs a few
// times, since a lost race depends on timing.
func TestIdempotentConcurrentCreates(t *testing.T) {
	for _, c := range ipCreates {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t)
			acme, _ := ipSeed(t, h)
			for round := range 5 {
				if round > 0 { // a nomination Leo has not endorsed yet
					acme.nom = wkID(t, h, h.miaJWT, wkCreateNomination, map[string]any{"in": map[string]any{
						"nomineeID": fmt.Sprint(h.ada.ID), "story": fmt.Sprintf("Went above and beyond, round %d", round)}})
				}
				before := wkCount(t, h, c.table)
				ids, errs := ipRace(h, 8, acme.sender, c.query, ipWith(c.input(acme, 0), uuid.NewString()))
				for i, e := range errs {
					if e != "" {
						t.Errorf("round %d, sender %d failed: %s", round, i, e)
					}
				}
				for i := range ids {
					if ids[i] == "" || ids[i] != ids[0] {
						t.Errorf("round %d: sender %d got %q, sender 0 got %q", round, i, ids[i], ids[0])
					}
				}
				if n := wkCount(t, h, c.table); n != before+1 {
					t.Errorf("round %d: %s: %d rows stored by the race, want exactly 1", round, c.table, n-before)
				}
			}
		})
	}
}

// Marking a follow-up done twice keeps the first done time.
func TestIdempotentSetFollowUpDone(t *testing.T) {
	h := newHarness(t)
	acme, _ := ipSeed(t, h)
	fup := wkID(t, h, h.leoJWT, wkCreateFollowUp, map[string]any{"in": map[string]any{
		"action": "Call back", "ownerID": acme.senderID, "conversationID": acme.conv}})
	const set = `mutation($id: ID!, $d: Boolean!) { setFollowUpDone(id: $id, done: $d) { id doneAt } }`
	type done struct {
		ID     string
		DoneAt *time.Time
	}
	var first, second, undone, redone done
	wkData(t, h, h.leoJWT, set, map[string]any{"id": fup, "d": true}, &first)
	if first.DoneAt == nil || time.Since(*first.DoneAt) > time.Minute || time.Until(*first.DoneAt) > time.Minute {
		t.Fatalf("doneAt after the first call: %v", first.DoneAt)
	}
	time.Sleep(20 * time.Millisecond)
	wkData(t, h, h.leoJWT, set, map[string]any{"id": fup, "d": true}, &second)
	if second.DoneAt == nil || !second.DoneAt.Equal(*first.DoneAt) {
		t.Fatalf("doneAt moved from %v to %v on the second call", first.DoneAt, second.DoneAt)
	}
	// An admin sending it again changes nothing either.
	var byAdmin done
	wkData(t, h, h.adaJWT, set, map[string]any{"id": fup, "d": true}, &byAdmin)
	if byAdmin.DoneAt == nil || !byAdmin.DoneAt.Equal(*first.DoneAt) {
		t.Fatalf("doneAt moved from %v to %v when an admin sent it again", first.DoneAt, byAdmin.DoneAt)
	}
	var stored struct {
		Node struct{ DoneAt *time.Time }
	}
	h.ok(h.leoJWT, `query($id: ID!) { node(id: $id) { ... on FollowUp { doneAt } } }`, map[string]any{"id": fup}, &stored)
	if stored.Node.DoneAt == nil || !stored.Node.DoneAt.Equal(*first.DoneAt) {
		t.Fatalf("stored doneAt %v, want %v", stored.Node.DoneAt, first.DoneAt)
	}
	// Not done clears it, twice is harmless; done again is a new time.
	wkData(t, h, h.leoJWT, set, map[string]any{"id": fup, "d": false}, &undone)
	if undone.DoneAt != nil {
		t.Fatalf("doneAt after done: false: %v", undone.DoneAt)
	}
	wkData(t, h, h.leoJWT, set, map[string]any{"id": fup, "d": false}, &undone)
	if undone.DoneAt != nil {
		t.Fatalf("doneAt after done: false twice: %v", undone.DoneAt)
	}
	wkData(t, h, h.leoJWT, set, map[string]any{"id": fup, "d": true}, &redone)
	if redone.DoneAt == nil || !redone.DoneAt.After(*first.DoneAt) {
		t.Fatalf("doneAt after done again: %v (first %v)", redone.DoneAt, first.DoneAt)
	}
	if n := wkCount(t, h, "follow_ups"); n != 1 {
		t.Fatalf("%d follow-ups, want 1", n)
	}
}
