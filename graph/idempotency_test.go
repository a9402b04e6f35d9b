package graph_test

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/server/servertest"
)

// This file checks that the creates a phone may replay from its outbox are
// idempotent under a client id: the same request stores one record, the same
// id with other content or from another person is a CONFLICT that changes
// nothing, and organizations do not share client ids.

// replayOrg holds the records one organization's idempotent creates refer to.
type replayOrg struct {
	sender, other  string // tokens: who sends, and another person of the same organization
	senderID       string
	nominee        string // a leader the sender may nominate
	attendee       string // a leader who attends reviews
	cust, conv     string
	nom, nom2      string // nominations the sender may endorse
	occurredAt     string
	otherPersonCan bool
}

// replayOrgs creates the records Acme's and Globex's creates refer to.
func replayOrgs(t *testing.T, h *servertest.Harness) (acme, globex replayOrg) {
	t.Helper()
	at := servertest.Time(time.Now().UTC().Add(-72 * time.Hour).Truncate(time.Second))
	story := map[string]any{"story": "Drove to the customer's shop on a Sunday"}
	nominate := func(token, nominee string) string {
		in := map[string]any{"nomineeID": nominee}
		for k, v := range story {
			in[k] = v
		}
		return servertest.RecordID(t, h, token, createNomination, map[string]any{"in": in})
	}
	acme = replayOrg{sender: h.LeoJWT, other: h.MiaJWT, senderID: fmt.Sprint(h.Leo.ID),
		nominee: fmt.Sprint(h.Ada.ID), attendee: fmt.Sprint(h.Mia.ID), occurredAt: at}
	acme.cust = h.Customer(h.LeoJWT, "Zoe Client")
	acme.conv = h.Conversation(h.LeoJWT, time.Now().Add(-72*time.Hour), acme.cust)
	acme.nom = nominate(h.MiaJWT, fmt.Sprint(h.Ada.ID))
	acme.nom2 = nominate(h.AdaJWT, fmt.Sprint(h.Mia.ID))

	// Globex needs a third person for nominations the sender (Gus) may endorse.
	gia := h.Store.Client.Leader.Create().SetOrganizationID(h.Globex.ID).SetName("Gia Globex").
		SetEmail("gia@globex.test").SaveX(servertest.System())
	globex = replayOrg{sender: h.GusJWT, other: h.GilJWT, senderID: fmt.Sprint(h.Gus.ID),
		nominee: fmt.Sprint(h.Gil.ID), attendee: fmt.Sprint(h.Gil.ID), occurredAt: at}
	globex.cust = h.Customer(h.GusJWT, "Gina Customer")
	globex.conv = h.Conversation(h.GusJWT, time.Now().Add(-72*time.Hour), globex.cust)
	globex.nom = nominate(h.JWT(gia), fmt.Sprint(h.Gil.ID))
	globex.nom2 = nominate(h.GilJWT, fmt.Sprint(gia.ID))
	return acme, globex
}

// idempotentCreate is one idempotent create.
type idempotentCreate struct {
	name  string
	query string
	table string
	// input returns the create's input: variant 0 is the request replayed,
	// 1 the same client id with other content, 2 a request sent without a
	// client id (twice).
	input func(o replayOrg, variant int) map[string]any
	// unique is set when a second identical create without a client id is
	// refused anyway (a person endorses a nomination once).
	unique bool
}

// idempotentCreates are the creates a phone's outbox may replay.
var idempotentCreates = []idempotentCreate{
	{name: "createCustomer", query: createCustomer, table: "customers",
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"name": "Yan Client", "company": "Yan & Co", "segment": "SMB"}
			if v == 1 {
				in["segment"] = "Enterprise"
			}
			return in
		}},
	{name: "createConversation", query: createConversation, table: "conversations",
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"mode": "VISIT", "occurredAt": o.occurredAt, "durationMinutes": 45,
				"heard": "Wants invoices by email", "sentiment": "POSITIVE", "customerIDs": []string{o.cust}}
			if v == 1 {
				in["heard"] = "Wants invoices by post"
			}
			return in
		}},
	{name: "createDecision", query: createDecision, table: "decisions",
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"title": "Invoices by email", "customerBenefit": goodBenefit, "clvImpact": 1200.5,
				"evidenceIDs": []string{o.conv}}
			if v == 1 {
				in["clvImpact"] = 1300.5
			}
			return in
		}},
	{name: "createNomination", query: createNomination, table: "nominations",
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"nomineeID": o.nominee, "story": "Fixed the customer's till on a Sunday",
				"customerID": o.cust, "conversationID": o.conv}
			if v == 1 {
				in["story"] = "Fixed the customer's till on a Monday"
			}
			return in
		}},
	{name: "createEndorsement", query: createEndorsement, table: "endorsements", unique: true,
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"nominationID": o.nom, "comment": "I saw it myself"}
			switch v {
			case 1:
				in["comment"] = "I heard about it"
			case 2:
				in["nominationID"] = o.nom2
			}
			return in
		}},
	{name: "createFollowUp", query: createFollowUp, table: "follow_ups",
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"action": "Send the invoice by email", "ownerID": o.senderID, "conversationID": o.conv,
				"dueOn": "2026-01-15T00:00:00Z", "quickWin": true}
			if v == 1 {
				in["dueOn"] = "2026-01-16T00:00:00Z"
			}
			return in
		}},
	{name: "createFeedbackReview", query: createReview, table: "feedback_reviews",
		input: func(o replayOrg, v int) map[string]any {
			in := map[string]any{"title": "Monthly review", "heldAt": o.occurredAt, "notes": "Invoices",
				"departmentsInvited": []string{"Finance", "Support"}, "attendeeIDs": []string{o.attendee},
				"conversationIDs": []string{o.conv}}
			if v == 1 {
				in["departmentsInvited"] = []string{"Finance"}
			}
			return in
		}},
}

// withClientID adds clientID to an input.
func withClientID(in map[string]any, clientID string) map[string]any {
	out := map[string]any{"clientID": clientID}
	for k, v := range in {
		out[k] = v
	}
	return map[string]any{"in": out}
}

func TestIdempotentCreates(t *testing.T) {
	for _, c := range idempotentCreates {
		t.Run(c.name, func(t *testing.T) {
			h := servertest.New(t)
			acme, globex := replayOrgs(t, h)
			id := uuid.NewString()
			base := c.table
			start := servertest.Rows(t, h, base)

			// The same request twice: the same record, stored once.
			first := servertest.RecordID(t, h, acme.sender, c.query, withClientID(c.input(acme, 0), id))
			again := servertest.RecordID(t, h, acme.sender, c.query, withClientID(c.input(acme, 0), id))
			if again != first {
				t.Fatalf("replay returned %s, first send %s", again, first)
			}
			if n := servertest.Rows(t, h, base); n != start+1 {
				t.Fatalf("%s: %d rows after two identical sends, want %d", base, n, start+1)
			}
			snap := servertest.Snapshot(t, h, acme.sender, first)
			var echoed struct {
				Node struct{ ClientID string }
			}
			h.OK(acme.sender, fmt.Sprintf(`query($id: ID!) { node(id: $id) { ... on %s { clientID } } }`, createdType(c.name)),
				map[string]any{"id": first}, &echoed)
			if echoed.Node.ClientID != id {
				t.Errorf("clientID read back %q, want %q", echoed.Node.ClientID, id)
			}

			// The same id with other content: CONFLICT, nothing changes.
			counts := servertest.Counts(t, h)
			resp := h.Fails(acme.sender, c.query, withClientID(c.input(acme, 1), id), "CONFLICT")
			servertest.NoData(t, resp)
			// The same id and content from another person: CONFLICT.
			resp = h.Fails(acme.other, c.query, withClientID(c.input(acme, 0), id), "CONFLICT")
			servertest.NoData(t, resp)
			// And from an integrator token (acting as Ada).
			h.Fails(h.RWToken, c.query, withClientID(c.input(acme, 0), id), "CONFLICT")
			servertest.SameCounts(t, counts, servertest.Counts(t, h))
			if after := servertest.Snapshot(t, h, acme.sender, first); after != snap {
				t.Errorf("conflicting sends changed the record:\nbefore %s\nafter  %s", snap, after)
			}
			// The original request still replays to the same record.
			if again := servertest.RecordID(t, h, acme.sender, c.query, withClientID(c.input(acme, 0), id)); again != first {
				t.Errorf("replay after conflicts returned %s, want %s", again, first)
			}

			// Without a client id, two sends create two records.
			plain := map[string]any{"in": c.input(acme, 2)}
			a := servertest.RecordID(t, h, acme.sender, c.query, plain)
			if a == first {
				t.Fatalf("a create without client id returned the client-id record %s", a)
			}
			if c.unique {
				h.Fails(acme.sender, c.query, plain, "CONFLICT")
				if n := servertest.Rows(t, h, base); n != start+2 {
					t.Fatalf("%s: %d rows, want %d", base, n, start+2)
				}
			} else {
				b := servertest.RecordID(t, h, acme.sender, c.query, plain)
				if a == b {
					t.Fatalf("two creates without client id returned the same record %s", a)
				}
				if n := servertest.Rows(t, h, base); n != start+3 {
					t.Fatalf("%s: %d rows after two sends without client id, want %d", base, n, start+3)
				}
			}

			// Another organization may use the same client id.
			before := servertest.Rows(t, h, base)
			g := servertest.RecordID(t, h, globex.sender, c.query, withClientID(c.input(globex, 0), id))
			if g == first {
				t.Fatalf("Globex's create returned Acme's record %s", g)
			}
			if again := servertest.RecordID(t, h, globex.sender, c.query, withClientID(c.input(globex, 0), id)); again != g {
				t.Errorf("Globex replay returned %s, want %s", again, g)
			}
			h.Fails(globex.sender, c.query, withClientID(c.input(globex, 1), id), "CONFLICT")
			if n := servertest.Rows(t, h, base); n != before+1 {
				t.Fatalf("%s: %d rows after Globex's sends, want %d", base, n, before+1)
			}
			// Acme's record is untouched and still replays.
			if after := servertest.Snapshot(t, h, acme.sender, first); after != snap {
				t.Errorf("Globex's sends changed Acme's record:\nbefore %s\nafter  %s", snap, after)
			}
			if again := servertest.RecordID(t, h, acme.sender, c.query, withClientID(c.input(acme, 0), id)); again != first {
				t.Errorf("Acme replay after Globex returned %s, want %s", again, first)
			}
			// Globex never sees Acme's record.
			resp = h.Do(globex.sender, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": first})
			if code := resp.Code(); code != "NOT_FOUND" && code != "" {
				t.Errorf("Globex reading Acme's record: %+v", resp.Errors)
			}
			servertest.NoData(t, resp)
		})
	}
}

// createdType is the GraphQL type a create returns.
func createdType(create string) string { return create[len("create"):] }

// Edges are part of the request: a replay with other linked records is a conflict.
func TestIdempotentEdgesArePartOfTheRequest(t *testing.T) {
	h := servertest.New(t)
	acme, _ := replayOrgs(t, h)
	other := h.Customer(h.LeoJWT, "Other Client")
	id := uuid.NewString()
	in := map[string]any{"mode": "CALL", "occurredAt": acme.occurredAt, "customerIDs": []string{acme.cust}}
	first := servertest.RecordID(t, h, h.LeoJWT, createConversation, withClientID(in, id))
	counts := servertest.Counts(t, h)
	in["customerIDs"] = []string{acme.cust, other}
	h.Fails(h.LeoJWT, createConversation, withClientID(in, id), "CONFLICT")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	var out struct {
		Node struct{ Customers struct{ TotalCount int } }
	}
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { customers(first: 10) { totalCount } } } }`,
		map[string]any{"id": first}, &out)
	if out.Node.Customers.TotalCount != 1 {
		t.Fatalf("conversation has %d customers, want 1", out.Node.Customers.TotalCount)
	}
}

// One client id may be used by different kinds of record.
func TestIdempotentClientIDPerEntity(t *testing.T) {
	h := servertest.New(t)
	acme, _ := replayOrgs(t, h)
	id := uuid.NewString()
	cust := servertest.RecordID(t, h, h.LeoJWT, createCustomer, withClientID(map[string]any{"name": "Same Id Client"}, id))
	conv := servertest.RecordID(t, h, h.LeoJWT, createConversation, withClientID(map[string]any{
		"mode": "CALL", "occurredAt": acme.occurredAt, "customerIDs": []string{cust}}, id))
	dec := servertest.RecordID(t, h, h.LeoJWT, createDecision, withClientID(map[string]any{"title": "Same id", "customerBenefit": goodBenefit}, id))
	if cust == conv || conv == dec {
		t.Fatalf("records share ids: %s %s %s", cust, conv, dec)
	}
}

// A client id that is not a UUID is refused and stores nothing.
func TestIdempotentClientIDMustBeUUID(t *testing.T) {
	h := servertest.New(t)
	counts := servertest.Counts(t, h)
	for _, bad := range []any{"not-a-uuid", "", "1234", 42} {
		resp := h.Do(h.LeoJWT, createCustomer, map[string]any{"in": map[string]any{"clientID": bad, "name": "Zoe"}})
		if code := resp.Code(); code != "BAD_USER_INPUT" && code != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("clientID %v: want a validation error, got status %d errors %+v", bad, resp.Status, resp.Errors)
		}
		servertest.NoData(t, resp)
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}

// race sends the same request from senders goroutines at once and returns
// the id each got (the only root field's id) and what went wrong for each.
func race(h *servertest.Harness, senders int, token, query string, vars map[string]any) (ids, errs []string) {
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
			resp, err := h.Post("Bearer "+token, map[string]any{"query": query, "variables": vars})
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

// oneRecord fails unless every sender of a race got the same record, and
// none an error.
func oneRecord(t *testing.T, round int, ids, errs []string) {
	t.Helper()
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
}

// Identical creates racing each other all get the one record stored.
func TestIdempotentConcurrentCreateConversation(t *testing.T) {
	h := servertest.New(t)
	acme, _ := replayOrgs(t, h)
	const senders = 8
	for round := range 3 {
		id := uuid.NewString()
		vars := withClientID(map[string]any{"mode": "VISIT", "occurredAt": acme.occurredAt, "durationMinutes": 20,
			"heard": fmt.Sprintf("Round %d: wants invoices by email", round), "customerIDs": []string{acme.cust}}, id)
		before := servertest.Rows(t, h, "conversations")
		links := servertest.Rows(t, h, "conversation_customers")
		ids, errs := race(h, senders, h.LeoJWT, createConversation, vars)
		oneRecord(t, round, ids, errs)
		if n := servertest.Rows(t, h, "conversations"); n != before+1 {
			t.Errorf("round %d: %d conversations stored, want exactly 1", round, n-before)
		}
		if n := servertest.Rows(t, h, "conversation_customers"); n != links+1 {
			t.Errorf("round %d: %d customer links stored, want 1", round, n-links)
		}
		var out struct {
			Node struct{ ClientID string }
		}
		h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { clientID } } }`, map[string]any{"id": ids[0]}, &out)
		if out.Node.ClientID != id {
			t.Errorf("round %d: clientID read back %q, want %q", round, out.Node.ClientID, id)
		}
	}
}

// Every idempotent create holds under a race of identical requests (a phone
// resending while its first attempt is still in flight). Each race runs a few
// times, since a lost race depends on timing.
func TestIdempotentConcurrentCreates(t *testing.T) {
	for _, c := range idempotentCreates {
		t.Run(c.name, func(t *testing.T) {
			h := servertest.New(t)
			acme, _ := replayOrgs(t, h)
			for round := range 5 {
				if round > 0 { // a nomination Leo has not endorsed yet
					acme.nom = servertest.RecordID(t, h, h.MiaJWT, createNomination, map[string]any{"in": map[string]any{
						"nomineeID": fmt.Sprint(h.Ada.ID), "story": fmt.Sprintf("Went above and beyond, round %d", round)}})
				}
				before := servertest.Rows(t, h, c.table)
				ids, errs := race(h, 8, acme.sender, c.query, withClientID(c.input(acme, 0), uuid.NewString()))
				oneRecord(t, round, ids, errs)
				if n := servertest.Rows(t, h, c.table); n != before+1 {
					t.Errorf("round %d: %s: %d rows stored by the race, want exactly 1", round, c.table, n-before)
				}
			}
		})
	}
}

// Marking a follow-up done twice keeps the first done time.
func TestIdempotentSetFollowUpDone(t *testing.T) {
	h := servertest.New(t)
	acme, _ := replayOrgs(t, h)
	fup := servertest.RecordID(t, h, h.LeoJWT, createFollowUp, map[string]any{"in": map[string]any{
		"action": "Call back", "ownerID": acme.senderID, "conversationID": acme.conv}})
	const set = `mutation($id: ID!, $d: Boolean!) { setFollowUpDone(id: $id, done: $d) { id doneAt } }`
	type done struct {
		ID     string
		DoneAt *time.Time
	}
	var first, second, undone, redone done
	servertest.Data(t, h, h.LeoJWT, set, map[string]any{"id": fup, "d": true}, &first)
	if first.DoneAt == nil || time.Since(*first.DoneAt) > time.Minute || time.Until(*first.DoneAt) > time.Minute {
		t.Fatalf("doneAt after the first call: %v", first.DoneAt)
	}
	time.Sleep(20 * time.Millisecond)
	servertest.Data(t, h, h.LeoJWT, set, map[string]any{"id": fup, "d": true}, &second)
	if second.DoneAt == nil || !second.DoneAt.Equal(*first.DoneAt) {
		t.Fatalf("doneAt moved from %v to %v on the second call", first.DoneAt, second.DoneAt)
	}
	// An admin sending it again changes nothing either.
	var byAdmin done
	servertest.Data(t, h, h.AdaJWT, set, map[string]any{"id": fup, "d": true}, &byAdmin)
	if byAdmin.DoneAt == nil || !byAdmin.DoneAt.Equal(*first.DoneAt) {
		t.Fatalf("doneAt moved from %v to %v when an admin sent it again", first.DoneAt, byAdmin.DoneAt)
	}
	var stored struct {
		Node struct{ DoneAt *time.Time }
	}
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on FollowUp { doneAt } } }`, map[string]any{"id": fup}, &stored)
	if stored.Node.DoneAt == nil || !stored.Node.DoneAt.Equal(*first.DoneAt) {
		t.Fatalf("stored doneAt %v, want %v", stored.Node.DoneAt, first.DoneAt)
	}
	// Not done clears it, twice is harmless; done again is a new time.
	servertest.Data(t, h, h.LeoJWT, set, map[string]any{"id": fup, "d": false}, &undone)
	if undone.DoneAt != nil {
		t.Fatalf("doneAt after done: false: %v", undone.DoneAt)
	}
	servertest.Data(t, h, h.LeoJWT, set, map[string]any{"id": fup, "d": false}, &undone)
	if undone.DoneAt != nil {
		t.Fatalf("doneAt after done: false twice: %v", undone.DoneAt)
	}
	servertest.Data(t, h, h.LeoJWT, set, map[string]any{"id": fup, "d": true}, &redone)
	if redone.DoneAt == nil || !redone.DoneAt.After(*first.DoneAt) {
		t.Fatalf("doneAt after done again: %v (first %v)", redone.DoneAt, first.DoneAt)
	}
	if n := servertest.Rows(t, h, "follow_ups"); n != 1 {
		t.Fatalf("%d follow-ups, want 1", n)
	}
}
