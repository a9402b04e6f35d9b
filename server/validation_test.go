package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"walker/ent/privacy"
)

// This file checks every validation rule through GraphQL: bad input is
// refused with BAD_USER_INPUT naming the GraphQL input field, with a message a
// person can act on, and nothing is stored or changed.
//
// The helpers prefixed wk are shared by validation_test.go,
// idempotency_test.go and entities_test.go.

// wkSys is a context that bypasses the privacy rules.
func wkSys() context.Context { return privacy.DecisionContext(context.Background(), privacy.Allow) }

// wkAs returns a copy of h that reports failures to t (a subtest).
func wkAs(h *harness, t *testing.T) *harness {
	c := *h
	c.t = t
	return &c
}

// wkTables are the tables whose row counts tell whether anything was written.
var wkTables = []string{
	"organizations", "leaders", "customers", "conversations", "decisions", "follow_ups",
	"nominations", "endorsements", "feedback_reviews", "commitments", "invitations", "api_tokens",
	"conversation_customers", "decision_evidence", "feedback_review_attendees", "feedback_review_conversations",
}

// wkCount counts the rows of one table, straight from the database.
func wkCount(t *testing.T, h *harness, table string) int {
	t.Helper()
	var n int
	if err := h.store.DB.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		t.Fatalf("counting %s: %v", table, err)
	}
	return n
}

// wkCounts counts the rows of every table.
func wkCounts(t *testing.T, h *harness) map[string]int {
	t.Helper()
	out := make(map[string]int, len(wkTables))
	for _, table := range wkTables {
		out[table] = wkCount(t, h, table)
	}
	return out
}

// wkSameCounts fails when a table's row count changed.
func wkSameCounts(t *testing.T, before, after map[string]int) {
	t.Helper()
	for _, table := range wkTables {
		if before[table] != after[table] {
			t.Errorf("%s: %d rows before, %d after: something was written", table, before[table], after[table])
		}
	}
}

// wkData decodes the only root field of a successful request into out.
func wkData(t *testing.T, h *harness, token, query string, vars map[string]any, out any) {
	t.Helper()
	var data map[string]json.RawMessage
	wkAs(h, t).ok(token, query, vars, &data)
	if len(data) != 1 {
		t.Fatalf("want one root field, got %v", slices.Collect(maps.Keys(data)))
	}
	for _, raw := range data {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("decoding %s: %v", raw, err)
		}
	}
}

// wkID runs a request that must succeed and returns the id of the record its
// only root field returns.
func wkID(t *testing.T, h *harness, token, query string, vars map[string]any) string {
	t.Helper()
	var rec struct {
		ID string `json:"id"`
	}
	wkData(t, h, token, query, vars, &rec)
	if rec.ID == "" {
		t.Fatalf("no id returned by %s", query)
	}
	return rec.ID
}

// wkNoData fails when a refused request returned data.
func wkNoData(t *testing.T, resp gqlResponse) {
	t.Helper()
	d := strings.TrimSpace(string(resp.Data))
	if d == "" || d == "null" {
		return
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(resp.Data, &m); err == nil {
		for k, v := range m {
			if s := strings.TrimSpace(string(v)); s != "null" {
				t.Errorf("refused request returned data for %s: %s", k, s)
			}
		}
		return
	}
	t.Errorf("refused request returned data: %s", d)
}

// wkField is extensions.field of the first error.
func wkField(resp gqlResponse) string {
	if len(resp.Errors) == 0 {
		return ""
	}
	f, _ := resp.Errors[0].Extensions["field"].(string)
	return f
}

// wkBadInput sends a request that must be refused with BAD_USER_INPUT naming
// field, and returns the response.
func wkBadInput(t *testing.T, h *harness, token, query string, vars map[string]any, field string) gqlResponse {
	t.Helper()
	resp := h.do(token, query, vars)
	if resp.Code() != "BAD_USER_INPUT" {
		t.Errorf("want BAD_USER_INPUT (field %s), got status %d errors %+v data %s", field, resp.Status, resp.Errors, resp.Data)
		return resp
	}
	if got := wkField(resp); got != field {
		t.Errorf("want extensions.field %q, got %q (errors %+v)", field, got, resp.Errors)
	}
	if strings.TrimSpace(resp.Errors[0].Message) == "" {
		t.Errorf("empty error message")
	}
	wkNoData(t, resp)
	return resp
}

// wkSnapQuery reads what a refused update might have changed.
const wkSnapQuery = `query($id: ID!) { node(id: $id) { id __typename
	... on Customer { updatedAt name company segment persona }
	... on Conversation { updatedAt mode occurredAt durationMinutes heard painPoints customers(first: 50) { totalCount edges { node { id } } } }
	... on Decision { updatedAt title customerBenefit reviewOn decidedAt decisionStatus: status clvImpact supersedes { id } evidence(first: 50) { totalCount } }
	... on FollowUp { updatedAt action dueOn doneAt ownerID }
	... on Commitment { updatedAt target period }
	... on Leader { updatedAt name email role }
	... on Organization { updatedAt name }
	... on FeedbackReview { updatedAt title heldAt notes }
	... on Nomination { updatedAt story nominationStatus: status endorsements(first: 50) { totalCount } }
} }`

// wkSnap returns a record's state as token sees it.
func wkSnap(t *testing.T, h *harness, token, id string) string {
	t.Helper()
	var out struct{ Node json.RawMessage }
	wkAs(h, t).ok(token, wkSnapQuery, map[string]any{"id": id}, &out)
	if s := string(out.Node); s == "" || s == "null" {
		t.Fatalf("record %s not visible", id)
	}
	return string(out.Node)
}

// wkTime formats a time for a GraphQL Time argument.
func wkTime(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// GraphQL documents used across the files.
const (
	wkCreateCustomer     = `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id } }`
	wkCreateConversation = `mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }`
	wkCreateDecision     = `mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id } }`
	wkCreateFollowUp     = `mutation($in: CreateFollowUpInput!) { createFollowUp(input: $in) { id } }`
	wkCreateNomination   = `mutation($in: CreateNominationInput!) { createNomination(input: $in) { id } }`
	wkCreateEndorsement  = `mutation($in: CreateEndorsementInput!) { createEndorsement(input: $in) { id } }`
	wkCreateReview       = `mutation($in: CreateFeedbackReviewInput!) { createFeedbackReview(input: $in) { id } }`
	wkCreateCommitment   = `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }`
	wkCreateLeader       = `mutation($in: CreateLeaderInput!) { createLeader(input: $in) { id } }`
	wkUpdateCustomer     = `mutation($id: ID!, $in: UpdateCustomerInput!) { updateCustomer(id: $id, input: $in) { id } }`
	wkUpdateConversation = `mutation($id: ID!, $in: UpdateConversationInput!) { updateConversation(id: $id, input: $in) { id } }`
	wkUpdateDecision     = `mutation($id: ID!, $in: UpdateDecisionInput!) { updateDecision(id: $id, input: $in) { id } }`
	wkUpdateFollowUp     = `mutation($id: ID!, $in: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $in) { id } }`
	wkUpdateReview       = `mutation($id: ID!, $in: UpdateFeedbackReviewInput!) { updateFeedbackReview(id: $id, input: $in) { id } }`
	wkUpdateCommitment   = `mutation($id: ID!, $in: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $in) { id } }`
	wkUpdateLeader       = `mutation($id: ID!, $in: UpdateLeaderInput!) { updateLeader(id: $id, input: $in) { id } }`
	wkUpdateOrganization = `mutation($in: UpdateOrganizationInput!) { updateOrganization(input: $in) { id } }`
)

// wkBenefit is a customer benefit that passes the rule.
const wkBenefit = "Refunds reach customers in 2 days instead of 10"

// wkFixture is a small world of Leo's records in Acme.
type wkFixture struct {
	cust1, cust2, conv, dec, fup, nom, declined, comMet, comOnTime, rev string
}

func wkSeed(t *testing.T, h *harness) wkFixture {
	t.Helper()
	var f wkFixture
	past := time.Now().UTC().Add(-48 * time.Hour).Truncate(time.Second)
	f.cust1 = wkID(t, h, h.leoJWT, wkCreateCustomer, map[string]any{"in": map[string]any{"name": "Zoe Client", "segment": "SMB"}})
	f.cust2 = wkID(t, h, h.leoJWT, wkCreateCustomer, map[string]any{"in": map[string]any{"name": "Yan Client", "segment": "Enterprise"}})
	f.conv = wkID(t, h, h.leoJWT, wkCreateConversation, map[string]any{"in": map[string]any{
		"mode": "VISIT", "occurredAt": wkTime(past), "durationMinutes": 30, "heard": "Wants faster refunds",
		"customerIDs": []string{f.cust1, f.cust2}}})
	f.dec = wkID(t, h, h.leoJWT, wkCreateDecision, map[string]any{"in": map[string]any{
		"title": "Refund in two days", "customerBenefit": wkBenefit}})
	f.fup = wkID(t, h, h.leoJWT, wkCreateFollowUp, map[string]any{"in": map[string]any{
		"action": "Call Zoe back", "ownerID": fmt.Sprint(h.leo.ID), "conversationID": f.conv,
		"dueOn": wkTime(time.Now().UTC().Add(7 * 24 * time.Hour))}})
	f.nom = wkID(t, h, h.miaJWT, wkCreateNomination, map[string]any{"in": map[string]any{
		"nomineeID": fmt.Sprint(h.leo.ID), "story": "Drove to Zoe's shop on a Sunday to fix her till"}})
	f.declined = wkID(t, h, h.miaJWT, wkCreateNomination, map[string]any{"in": map[string]any{
		"nomineeID": fmt.Sprint(h.ada.ID), "story": "Answered every customer comment"}})
	wkAs(h, t).ok(h.adaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": f.declined}, nil)
	f.comMet = wkID(t, h, h.leoJWT, wkCreateCommitment, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5}})
	f.comOnTime = wkID(t, h, h.leoJWT, wkCreateCommitment, map[string]any{"in": map[string]any{"behaviour": "FOLLOW_UPS_ON_TIME", "target": 90}})
	f.rev = wkID(t, h, h.leoJWT, wkCreateReview, map[string]any{"in": map[string]any{
		"title": "November review", "heldAt": wkTime(past), "conversationIDs": []string{f.conv}}})
	return f
}

// wkCase is one refused request.
type wkCase struct {
	name   string
	token  string
	query  string
	vars   map[string]any
	field  string
	target string // a record that must not change
}

func TestValidationRefusesBadInput(t *testing.T) {
	h := newHarness(t)
	f := wkSeed(t, h)
	now := time.Now().UTC()
	soon := wkTime(now.Add(-time.Hour))
	twoDaysAhead := wkTime(now.Add(48 * time.Hour))
	tenYearsAhead := wkTime(now.AddDate(10, 0, 0))
	before2000 := wkTime(time.Date(1999, 12, 31, 23, 0, 0, 0, time.UTC))
	long := func(n int) string { return strings.Repeat("x", n) }
	leo := fmt.Sprint(h.leo.ID)
	in := func(kv ...any) map[string]any {
		m := map[string]any{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	conv := func(kv ...any) map[string]any {
		m := in("mode", "CALL", "occurredAt", soon, "customerIDs", []string{f.cust1})
		maps.Copy(m, in(kv...))
		return map[string]any{"in": m}
	}
	dec := func(kv ...any) map[string]any {
		m := in("title", "Open on Sundays", "customerBenefit", wkBenefit)
		maps.Copy(m, in(kv...))
		return map[string]any{"in": m}
	}
	fup := func(kv ...any) map[string]any {
		m := in("action", "Send the refund form", "ownerID", leo)
		maps.Copy(m, in(kv...))
		return map[string]any{"in": m}
	}
	upd := func(id string, kv ...any) map[string]any { return map[string]any{"id": id, "in": in(kv...)} }
	cases := []wkCase{
		// Customers: a name is required, trimmed, at most 200 characters.
		{name: "customer name empty", query: wkCreateCustomer, vars: map[string]any{"in": in("name", "")}, field: "name"},
		{name: "customer name spaces", query: wkCreateCustomer, vars: map[string]any{"in": in("name", "   ")}, field: "name"},
		{name: "customer name tabs and newlines", query: wkCreateCustomer, vars: map[string]any{"in": in("name", "\t\n ")}, field: "name"},
		{name: "customer name 201 characters", query: wkCreateCustomer, vars: map[string]any{"in": in("name", long(201))}, field: "name"},
		{name: "customer company 201 characters", query: wkCreateCustomer, vars: map[string]any{"in": in("name", "Ok", "company", long(201))}, field: "company"},
		{name: "customer segment 121 characters", query: wkCreateCustomer, vars: map[string]any{"in": in("name", "Ok", "segment", long(121))}, field: "segment"},
		{name: "update customer name blank", query: wkUpdateCustomer, vars: upd(f.cust1, "name", "  "), field: "name", target: f.cust1},
		{name: "update customer name too long", query: wkUpdateCustomer, vars: upd(f.cust1, "name", long(201)), field: "name", target: f.cust1},

		// Conversations.
		{name: "conversation heard 10001 characters", query: wkCreateConversation, vars: conv("heard", long(10_001)), field: "heard"},
		{name: "conversation painPoints 10001 characters", query: wkCreateConversation, vars: conv("painPoints", long(10_001)), field: "painPoints"},
		{name: "conversation without customerIDs", query: wkCreateConversation, vars: map[string]any{"in": in("mode", "CALL", "occurredAt", soon)}, field: "customerIDs"},
		{name: "conversation with customerIDs []", query: wkCreateConversation, vars: conv("customerIDs", []string{}), field: "customerIDs"},
		{name: "conversation occurredAt 2 days ahead", query: wkCreateConversation, vars: conv("occurredAt", twoDaysAhead), field: "occurredAt"},
		{name: "conversation occurredAt 10 years ahead", query: wkCreateConversation, vars: conv("occurredAt", tenYearsAhead), field: "occurredAt"},
		{name: "conversation occurredAt before 2000", query: wkCreateConversation, vars: conv("occurredAt", before2000), field: "occurredAt"},
		{name: "conversation durationMinutes -1", query: wkCreateConversation, vars: conv("durationMinutes", -1), field: "durationMinutes"},
		{name: "conversation durationMinutes 1441", query: wkCreateConversation, vars: conv("durationMinutes", 1441), field: "durationMinutes"},
		{name: "update conversation removes every customer", query: wkUpdateConversation,
			vars: upd(f.conv, "removeCustomerIDs", []string{f.cust1, f.cust2}), field: "customerIDs", target: f.conv},
		{name: "update conversation clears customers", query: wkUpdateConversation,
			vars: upd(f.conv, "clearCustomers", true), field: "customerIDs", target: f.conv},
		{name: "update conversation occurredAt 2 days ahead", query: wkUpdateConversation,
			vars: upd(f.conv, "occurredAt", twoDaysAhead), field: "occurredAt", target: f.conv},
		{name: "update conversation occurredAt before 2000", query: wkUpdateConversation,
			vars: upd(f.conv, "occurredAt", before2000), field: "occurredAt", target: f.conv},
		{name: "update conversation durationMinutes 5000", query: wkUpdateConversation,
			vars: upd(f.conv, "durationMinutes", 5000), field: "durationMinutes", target: f.conv},
		{name: "update conversation heard too long", query: wkUpdateConversation,
			vars: upd(f.conv, "heard", long(10_001)), field: "heard", target: f.conv},

		// Decisions.
		{name: "decision title empty", query: wkCreateDecision, vars: dec("title", " "), field: "title"},
		{name: "decision title too long", query: wkCreateDecision, vars: dec("title", long(201)), field: "title"},
		{name: "decision reviewOn 10 years ahead", query: wkCreateDecision, vars: dec("reviewOn", tenYearsAhead), field: "reviewOn"},
		{name: "decision reviewOn before 2000", query: wkCreateDecision, vars: dec("reviewOn", before2000), field: "reviewOn"},
		{name: "decision decidedAt 2 days ahead", query: wkCreateDecision, vars: dec("status", "DECIDED", "decidedAt", twoDaysAhead), field: "decidedAt"},
		{name: "decision clvImpact out of range", query: wkCreateDecision, vars: dec("clvImpact", 5e12), field: "clvImpact"},
		{name: "decision customerBenefit too long", query: wkCreateDecision, vars: dec("customerBenefit", wkBenefit+" "+long(2000)), field: "customerBenefit"},
		{name: "update decision customerBenefit placeholder", query: wkUpdateDecision,
			vars: upd(f.dec, "customerBenefit", "n/a"), field: "customerBenefit", target: f.dec},
		{name: "update decision customerBenefit blank", query: wkUpdateDecision,
			vars: upd(f.dec, "customerBenefit", "    "), field: "customerBenefit", target: f.dec},
		{name: "update decision reviewOn 10 years ahead", query: wkUpdateDecision,
			vars: upd(f.dec, "reviewOn", tenYearsAhead), field: "reviewOn", target: f.dec},
		{name: "update decision supersedes itself", query: wkUpdateDecision,
			vars: upd(f.dec, "supersedesID", f.dec), field: "supersedesID", target: f.dec},
		{name: "update decision superseded by itself", query: wkUpdateDecision,
			vars: upd(f.dec, "supersededByID", f.dec), field: "supersededByID", target: f.dec},

		// Follow-ups.
		{name: "follow-up action empty", query: wkCreateFollowUp, vars: fup("action", "  "), field: "action"},
		{name: "follow-up dueOn 10 years ahead", query: wkCreateFollowUp, vars: fup("dueOn", tenYearsAhead), field: "dueOn"},
		{name: "follow-up dueOn before 2000", query: wkCreateFollowUp, vars: fup("dueOn", before2000), field: "dueOn"},
		{name: "update follow-up dueOn 10 years ahead", query: wkUpdateFollowUp,
			vars: upd(f.fup, "dueOn", tenYearsAhead), field: "dueOn", target: f.fup},
		{name: "update follow-up action blank", query: wkUpdateFollowUp,
			vars: upd(f.fup, "action", ""), field: "action", target: f.fup},

		// Nominations and endorsements.
		{name: "self-nomination", query: wkCreateNomination,
			vars: map[string]any{"in": in("nomineeID", leo, "story", "I helped Zoe on a Sunday")}, field: "nomineeID"},
		{name: "nomination story empty", query: wkCreateNomination, token: h.miaJWT,
			vars: map[string]any{"in": in("nomineeID", leo, "story", "   ")}, field: "story"},
		{name: "nomination story too long", query: wkCreateNomination, token: h.miaJWT,
			vars: map[string]any{"in": in("nomineeID", leo, "story", long(4001))}, field: "story"},
		{name: "endorsing a nomination of oneself", query: wkCreateEndorsement, token: h.leoJWT,
			vars: map[string]any{"in": in("nominationID", f.nom)}, field: "nominationID", target: f.nom},
		{name: "endorsing one's own nomination", query: wkCreateEndorsement, token: h.miaJWT,
			vars: map[string]any{"in": in("nominationID", f.nom)}, field: "nominationID", target: f.nom},
		{name: "endorsing a declined nomination", query: wkCreateEndorsement, token: h.leoJWT,
			vars: map[string]any{"in": in("nominationID", f.declined)}, field: "nominationID", target: f.declined},

		// Feedback reviews.
		{name: "review title empty", query: wkCreateReview, vars: map[string]any{"in": in("title", "", "heldAt", soon)}, field: "title"},
		{name: "review heldAt 10 years ahead", query: wkCreateReview, vars: map[string]any{"in": in("title", "Review", "heldAt", tenYearsAhead)}, field: "heldAt"},
		{name: "update review heldAt before 2000", query: wkUpdateReview, vars: upd(f.rev, "heldAt", before2000), field: "heldAt", target: f.rev},

		// Commitments.
		{name: "commitment target 0", query: wkCreateCommitment, vars: map[string]any{"in": in("behaviour", "DAYS_WITH_CUSTOMERS", "target", 0)}, field: "target"},
		{name: "commitment target negative", query: wkCreateCommitment, vars: map[string]any{"in": in("behaviour", "DAYS_WITH_CUSTOMERS", "target", -3)}, field: "target"},
		{name: "commitment target 10001", query: wkCreateCommitment, vars: map[string]any{"in": in("behaviour", "MINUTES_WITH_CUSTOMERS", "target", 10_001)}, field: "target"},
		{name: "FOLLOW_UPS_ON_TIME target 150", token: h.miaJWT, query: wkCreateCommitment, vars: map[string]any{"in": in("behaviour", "FOLLOW_UPS_ON_TIME", "target", 150)}, field: "target"},
		{name: "update commitment target 0", query: wkUpdateCommitment, vars: upd(f.comMet, "target", 0), field: "target", target: f.comMet},
		{name: "update FOLLOW_UPS_ON_TIME target 150", query: wkUpdateCommitment, vars: upd(f.comOnTime, "target", 150), field: "target", target: f.comOnTime},

		// People and the organization (admins).
		{name: "createLeader email without @", token: h.adaJWT, query: wkCreateLeader, vars: map[string]any{"in": in("name", "New", "email", "not-an-email")}, field: "email"},
		{name: "createLeader email without a dot in the domain", token: h.adaJWT, query: wkCreateLeader, vars: map[string]any{"in": in("name", "New", "email", "new@acme")}, field: "email"},
		{name: "createLeader email with a space", token: h.adaJWT, query: wkCreateLeader, vars: map[string]any{"in": in("name", "New", "email", "new person@acme.test")}, field: "email"},
		{name: "createLeader email with two @", token: h.adaJWT, query: wkCreateLeader, vars: map[string]any{"in": in("name", "New", "email", "a@b@acme.test")}, field: "email"},
		{name: "createLeader email empty", token: h.adaJWT, query: wkCreateLeader, vars: map[string]any{"in": in("name", "New", "email", "")}, field: "email"},
		{name: "createLeader name blank", token: h.adaJWT, query: wkCreateLeader, vars: map[string]any{"in": in("name", "  ", "email", "new@acme.test")}, field: "name"},
		{name: "updateLeader email invalid", token: h.adaJWT, query: wkUpdateLeader, vars: upd(leo, "email", "leo-at-acme"), field: "email", target: leo},
		{name: "updateLeader name blank", token: h.adaJWT, query: wkUpdateLeader, vars: upd(leo, "name", " "), field: "name", target: leo},
		{name: "updateOrganization name blank", token: h.adaJWT, query: wkUpdateOrganization,
			vars: map[string]any{"in": in("name", "   ")}, field: "name", target: fmt.Sprint(h.acme.ID)},
		{name: "updateOrganization name too long", token: h.adaJWT, query: wkUpdateOrganization,
			vars: map[string]any{"in": in("name", long(201))}, field: "name", target: fmt.Sprint(h.acme.ID)},
		{name: "createInvitation email invalid", token: h.adaJWT,
			query: `mutation($e: String!) { createInvitation(input: {email: $e}) { url } }`, vars: map[string]any{"e": "someone"}, field: "email"},
		{name: "createAPIToken expiresInDays 0", token: h.adaJWT,
			query: `mutation { createAPIToken(input: {name: "ci", scope: READ, expiresInDays: 0}) { token } }`, field: "expiresInDays"},
		{name: "createAPIToken expiresInDays 10000", token: h.adaJWT,
			query: `mutation { createAPIToken(input: {name: "ci", scope: READ, expiresInDays: 10000}) { token } }`, field: "expiresInDays"},
		{name: "createAPIToken name blank", token: h.adaJWT,
			query: `mutation { createAPIToken(input: {name: "  ", scope: READ}) { token } }`, field: "name"},
	}
	for _, benefit := range []string{"", "   ", "Cheaper", "Faster refund!", "n/a", "N/A", "-", "tbd", "TBD.", "none", "same",
		"same as above", "not applicable", "to be determined", "nothing", "----------------", "aaaaaaaaaaaaaaaaaaaa"} {
		cases = append(cases, wkCase{name: fmt.Sprintf("decision customerBenefit %q", benefit),
			query: wkCreateDecision, vars: dec("customerBenefit", benefit), field: "customerBenefit"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			token := c.token
			if token == "" {
				token = h.leoJWT
			}
			var before string
			if c.target != "" {
				before = wkSnap(t, h, h.adaJWT, c.target)
			}
			counts := wkCounts(t, h)
			wkBadInput(t, h, token, c.query, c.vars, c.field)
			wkSameCounts(t, counts, wkCounts(t, h))
			if c.target != "" {
				if after := wkSnap(t, h, h.adaJWT, c.target); after != before {
					t.Errorf("refused request changed the record:\nbefore %s\nafter  %s", before, after)
				}
			}
		})
	}
}

// The customer benefit's error says what is expected.
func TestValidationCustomerBenefitMessage(t *testing.T) {
	h := newHarness(t)
	for _, benefit := range []string{"", "n/a", "Cheaper"} {
		resp := wkBadInput(t, h, h.leoJWT, wkCreateDecision,
			map[string]any{"in": map[string]any{"title": "Open on Sundays", "customerBenefit": benefit}}, "customerBenefit")
		if len(resp.Errors) == 0 {
			continue
		}
		msg := resp.Errors[0].Message
		for _, want := range []string{"customer", "15 characters"} {
			if !strings.Contains(msg, want) {
				t.Errorf("benefit %q: message %q does not say %q", benefit, msg, want)
			}
		}
	}
	if n := wkCount(t, h, "decisions"); n != 0 {
		t.Fatalf("%d decisions stored", n)
	}
}

// Messages are written for people: no ent or SQL internals.
func TestValidationMessagesAreForPeople(t *testing.T) {
	h := newHarness(t)
	now := time.Now().UTC()
	c := h.customer(h.leoJWT, "Zoe Client")
	for _, m := range []struct {
		name, query, field string
		vars               map[string]any
		want               string
	}{
		{"empty name", wkCreateCustomer, "name", map[string]any{"in": map[string]any{"name": " "}}, "empty"},
		{"long name", wkCreateCustomer, "name", map[string]any{"in": map[string]any{"name": strings.Repeat("x", 201)}}, "at most 200 characters"},
		{"duration out of range", wkCreateConversation, "durationMinutes", map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": wkTime(now), "durationMinutes": -5, "customerIDs": []string{c}}}, "between 0 and 1440"},
		{"placeholder benefit", wkCreateDecision, "customerBenefit", map[string]any{"in": map[string]any{
			"title": "Open on Sundays", "customerBenefit": "tbd"}}, "15 characters"},
		{"far-future date", wkCreateConversation, "occurredAt", map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": wkTime(now.AddDate(1, 0, 0)), "customerIDs": []string{c}}}, "later than"},
		{"no customer", wkCreateConversation, "customerIDs", map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": wkTime(now)}}, "customer"},
	} {
		t.Run(m.name, func(t *testing.T) {
			resp := wkBadInput(t, h, h.leoJWT, m.query, m.vars, m.field)
			if len(resp.Errors) == 0 {
				return
			}
			msg := resp.Errors[0].Message
			for _, leak := range []string{"ent:", "validator failed", "Customer.", "Conversation.", "Decision.", "sql", "SQL"} {
				if strings.Contains(msg, leak) {
					t.Errorf("message %q shows internals (%q)", msg, leak)
				}
			}
			if !strings.Contains(msg, m.want) {
				t.Errorf("message %q does not say %q", msg, m.want)
			}
		})
	}
}

// A required field left out fails GraphQL validation; nothing is stored.
func TestValidationRequiredFieldsMissing(t *testing.T) {
	h := newHarness(t)
	c := h.customer(h.leoJWT, "Zoe Client")
	counts := wkCounts(t, h)
	for name, q := range map[string]string{
		"customer without name":        `mutation { createCustomer(input: {segment: "SMB"}) { id } }`,
		"decision without benefit":     `mutation { createDecision(input: {title: "Open on Sundays"}) { id } }`,
		"decision with null benefit":   `mutation { createDecision(input: {title: "Open on Sundays", customerBenefit: null}) { id } }`,
		"conversation without mode":    `mutation($c: ID!) { createConversation(input: {occurredAt: "2026-01-01T00:00:00Z", customerIDs: [$c]}) { id } }`,
		"conversation without when":    `mutation($c: ID!) { createConversation(input: {mode: CALL, customerIDs: [$c]}) { id } }`,
		"nomination without nominee":   `mutation { createNomination(input: {story: "Helped Zoe on a Sunday"}) { id } }`,
		"follow-up without owner":      `mutation { createFollowUp(input: {action: "Call back"}) { id } }`,
		"commitment without behaviour": `mutation { createCommitment(input: {target: 5}) { id } }`,
	} {
		t.Run(name, func(t *testing.T) {
			resp := h.do(h.leoJWT, q, map[string]any{"c": c})
			if code := resp.Code(); code != "GRAPHQL_VALIDATION_FAILED" && code != "BAD_USER_INPUT" {
				t.Errorf("want a validation error, got status %d errors %+v", resp.Status, resp.Errors)
			}
			wkNoData(t, resp)
		})
	}
	// Through variables, a missing required input field is refused too.
	resp := h.do(h.leoJWT, wkCreateDecision, map[string]any{"in": map[string]any{"title": "Open on Sundays"}})
	if code := resp.Code(); code != "GRAPHQL_VALIDATION_FAILED" && code != "BAD_USER_INPUT" {
		t.Errorf("decision without benefit (variables): got status %d errors %+v", resp.Status, resp.Errors)
	}
	wkSameCounts(t, counts, wkCounts(t, h))
}

// What passes the rules is stored, trimmed; the limits are inclusive.
func TestValidationAcceptsAndTrims(t *testing.T) {
	h := newHarness(t)
	now := time.Now().UTC()
	var cust struct {
		ID, Name, Segment string
	}
	wkData(t, h, h.leoJWT, `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name segment } }`,
		map[string]any{"in": map[string]any{"name": "   Zoe Client  ", "segment": "\tSMB\n"}}, &cust)
	if cust.Name != "Zoe Client" || cust.Segment != "SMB" {
		t.Errorf("customer not trimmed: %+v", cust)
	}
	name200 := strings.Repeat("n", 200)
	long := wkID(t, h, h.leoJWT, wkCreateCustomer, map[string]any{"in": map[string]any{"name": name200}})

	var dec struct {
		ID, CustomerBenefit string
	}
	wkData(t, h, h.leoJWT, `mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id customerBenefit } }`,
		map[string]any{"in": map[string]any{"title": "Refund in two days", "customerBenefit": "   " + wkBenefit + " \n\t"}}, &dec)
	if dec.CustomerBenefit != wkBenefit {
		t.Errorf("customerBenefit returned %q, want it trimmed to %q", dec.CustomerBenefit, wkBenefit)
	}
	var stored string
	if err := h.store.DB.QueryRowContext(context.Background(), "SELECT customer_benefit FROM decisions").Scan(&stored); err != nil {
		t.Fatalf("reading the stored benefit: %v", err)
	}
	if stored != wkBenefit {
		t.Errorf("customer_benefit stored as %q, want %q", stored, wkBenefit)
	}
	// Exactly 15 characters once trimmed is enough.
	wkID(t, h, h.leoJWT, wkCreateDecision, map[string]any{"in": map[string]any{"title": "t", "customerBenefit": "  Faster refunds!  "}})

	// A conversation 12 hours ahead (clock skew), of 0 and 1440 minutes, with 10000 characters heard.
	for _, c := range []map[string]any{
		{"occurredAt": wkTime(now.Add(12 * time.Hour)), "durationMinutes": 0},
		{"occurredAt": wkTime(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)), "durationMinutes": 1440},
		{"occurredAt": wkTime(now), "heard": strings.Repeat("h", 10_000)},
	} {
		c["mode"], c["customerIDs"] = "CALL", []string{cust.ID, long}
		wkID(t, h, h.leoJWT, wkCreateConversation, map[string]any{"in": c})
	}
	// Planned dates 4 years ahead.
	wkID(t, h, h.leoJWT, wkCreateFollowUp, map[string]any{"in": map[string]any{
		"action": "Call back", "ownerID": fmt.Sprint(h.leo.ID), "dueOn": wkTime(now.AddDate(4, 0, 0))}})
	wkID(t, h, h.leoJWT, wkCreateDecision, map[string]any{"in": map[string]any{
		"title": "Review later", "customerBenefit": wkBenefit, "reviewOn": wkTime(now.AddDate(4, 0, 0))}})
	// Percentages up to 100; other targets beyond.
	wkID(t, h, h.leoJWT, wkCreateCommitment, map[string]any{"in": map[string]any{"behaviour": "FOLLOW_UPS_ON_TIME", "target": 100}})
	wkID(t, h, h.leoJWT, wkCreateCommitment, map[string]any{"in": map[string]any{"behaviour": "MINUTES_WITH_CUSTOMERS", "target": 600}})
	wkID(t, h, h.adaJWT, wkCreateLeader, map[string]any{"in": map[string]any{"name": " Nia New ", "email": " nia.new@acme.test "}})

	// An update may drop customers as long as one remains, or swap them all.
	conv := wkID(t, h, h.leoJWT, wkCreateConversation, map[string]any{"in": map[string]any{
		"mode": "CALL", "occurredAt": wkTime(now), "customerIDs": []string{cust.ID, long}}})
	wkID(t, h, h.leoJWT, wkUpdateConversation, map[string]any{"id": conv, "in": map[string]any{"removeCustomerIDs": []string{long}}})
	wkID(t, h, h.leoJWT, wkUpdateConversation, map[string]any{"id": conv, "in": map[string]any{
		"removeCustomerIDs": []string{cust.ID}, "addCustomerIDs": []string{long}}})
	wkID(t, h, h.leoJWT, wkUpdateConversation, map[string]any{"id": conv, "in": map[string]any{
		"clearCustomers": true, "addCustomerIDs": []string{cust.ID}}})
	var left struct {
		Node struct {
			Customers struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	h.ok(h.leoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { customers(first: 10) { edges { node { id } } } } } }`,
		map[string]any{"id": conv}, &left)
	if e := left.Node.Customers.Edges; len(e) != 1 || e[0].Node.ID != cust.ID {
		t.Errorf("customers after the updates: %+v, want only %s", e, cust.ID)
	}

	for table, want := range map[string]int{"customers": 2, "decisions": 3, "conversations": 4, "follow_ups": 1, "commitments": 2, "leaders": 6} {
		if n := wkCount(t, h, table); n != want {
			t.Errorf("%s: %d rows, want %d", table, n, want)
		}
	}
	var email string
	if err := h.store.DB.QueryRowContext(context.Background(), "SELECT email FROM leaders WHERE name = 'Nia New'").Scan(&email); err != nil {
		t.Fatalf("the new leader's name was not stored trimmed: %v", err)
	}
	if email != "nia.new@acme.test" {
		t.Errorf("email stored as %q", email)
	}
}

// Nobody endorses a nomination twice: the second is a CONFLICT and stores nothing.
func TestValidationEndorseTwice(t *testing.T) {
	h := newHarness(t)
	nom := wkID(t, h, h.miaJWT, wkCreateNomination, map[string]any{"in": map[string]any{
		"nomineeID": fmt.Sprint(h.leo.ID), "story": "Drove to Zoe's shop on a Sunday"}})
	vars := map[string]any{"in": map[string]any{"nominationID": nom, "comment": "Saw it myself"}}
	wkID(t, h, h.adaJWT, wkCreateEndorsement, vars)
	counts := wkCounts(t, h)
	resp := h.fails(h.adaJWT, wkCreateEndorsement, vars, "CONFLICT")
	wkNoData(t, resp)
	if !strings.Contains(resp.Errors[0].Message, "already") {
		t.Errorf("message %q does not say it was already endorsed", resp.Errors[0].Message)
	}
	// With another comment, still a conflict.
	h.fails(h.adaJWT, wkCreateEndorsement, map[string]any{"in": map[string]any{"nominationID": nom, "comment": "Again"}}, "CONFLICT")
	wkSameCounts(t, counts, wkCounts(t, h))
	if n := wkCount(t, h, "endorsements"); n != 1 {
		t.Fatalf("%d endorsements stored, want 1", n)
	}
	// Ada's read-write token acts as Ada: a conflict too.
	h.fails(h.rwToken, wkCreateEndorsement, map[string]any{"in": map[string]any{"nominationID": nom}}, "CONFLICT")
	// Globex cannot reach the nomination.
	h.fails(h.gusJWT, wkCreateEndorsement, vars, "BAD_USER_INPUT")
	wkSameCounts(t, counts, wkCounts(t, h))
	// Another peer still may.
	eve := h.store.Client.Leader.Create().SetOrganizationID(h.acme.ID).SetName("Eve Peer").
		SetEmail("eve@acme.test").SaveX(wkSys())
	wkID(t, h, h.jwt(eve), wkCreateEndorsement, map[string]any{"in": map[string]any{"nominationID": nom}})
	if n := wkCount(t, h, "endorsements"); n != 2 {
		t.Fatalf("%d endorsements, want 2", n)
	}
}

// Months are written YYYY-MM, for the dashboard and for Leader.month.
func TestValidationPeriod(t *testing.T) {
	h := newHarness(t)
	for _, p := range []string{"2026-13", "nope", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", "", "1999-12"} {
		t.Run(p, func(t *testing.T) {
			wkBadInput(t, h, h.leoJWT, `query($p: String!) { dashboard(period: $p) { period } }`, map[string]any{"p": p}, "period")
			resp := h.do(h.leoJWT, `query($p: String!) { viewer { month(period: $p) { period } } }`, map[string]any{"p": p})
			if resp.Code() != "BAD_USER_INPUT" || wkField(resp) != "period" {
				t.Errorf("Leader.month(%q): want BAD_USER_INPUT field period, got %+v", p, resp.Errors)
			}
			resp = h.do(h.adaJWT, `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) { period } } } }`,
				map[string]any{"id": fmt.Sprint(h.leo.ID), "p": p})
			if resp.Code() != "BAD_USER_INPUT" || wkField(resp) != "period" {
				t.Errorf("node Leader.month(%q): want BAD_USER_INPUT field period, got %+v", p, resp.Errors)
			}
		})
	}
	var ok struct {
		Dashboard struct{ Period string }
		Viewer    struct{ Month struct{ Period string } }
	}
	h.ok(h.leoJWT, `{ dashboard(period: "2026-11") { period } viewer { month(period: "2026-02") { period } } }`, nil, &ok)
	if ok.Dashboard.Period != "2026-11" || ok.Viewer.Month.Period != "2026-02" {
		t.Fatalf("valid periods: %+v", ok)
	}
}

// Malformed scalars (a date, an id, a client id) are the client's mistake:
// BAD_USER_INPUT (or a validation failure), never an internal error, and
// nothing is stored.
func TestValidationMalformedScalars(t *testing.T) {
	h := newHarness(t)
	c := h.customer(h.leoJWT, "Zoe Client")
	counts := wkCounts(t, h)
	now := wkTime(time.Now().UTC().Add(-time.Hour))
	for _, m := range []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"occurredAt not a date", wkCreateConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": "yesterday", "customerIDs": []string{c}}}},
		{"occurredAt month 13", wkCreateConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": "2026-13-01T00:00:00Z", "customerIDs": []string{c}}}},
		{"customer id not a number", wkCreateConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": now, "customerIDs": []string{"abc"}}}},
		{"clientID not a UUID", wkCreateConversation, map[string]any{"in": map[string]any{
			"clientID": "not-a-uuid", "mode": "CALL", "occurredAt": now, "customerIDs": []string{c}}}},
		{"update id not a number", wkUpdateCustomer, map[string]any{"id": "abc", "in": map[string]any{"name": "New"}}},
		{"dueOn not a date", wkCreateFollowUp, map[string]any{"in": map[string]any{
			"action": "Call back", "ownerID": fmt.Sprint(h.leo.ID), "dueOn": "next week"}}},
	} {
		t.Run(m.name, func(t *testing.T) {
			resp := h.do(h.leoJWT, m.query, m.vars)
			if code := resp.Code(); code != "BAD_USER_INPUT" && code != "GRAPHQL_VALIDATION_FAILED" {
				t.Errorf("want BAD_USER_INPUT, got status %d errors %+v", resp.Status, resp.Errors)
			}
			wkNoData(t, resp)
		})
	}
	wkSameCounts(t, counts, wkCounts(t, h))
}
