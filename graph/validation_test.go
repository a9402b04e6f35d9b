package graph_test

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
)

// This file checks every validation rule through GraphQL: bad input is
// refused with BAD_USER_INPUT naming the GraphQL input field, with a message a
// person can act on, and nothing is stored or changed.

// GraphQL documents used across the files of this package.
const (
	createCustomer     = `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id } }`
	createConversation = `mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }`
	createDecision     = `mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id } }`
	createFollowUp     = `mutation($in: CreateFollowUpInput!) { createFollowUp(input: $in) { id } }`
	createNomination   = `mutation($in: CreateNominationInput!) { createNomination(input: $in) { id } }`
	createEndorsement  = `mutation($in: CreateEndorsementInput!) { createEndorsement(input: $in) { id } }`
	createReview       = `mutation($in: CreateFeedbackReviewInput!) { createFeedbackReview(input: $in) { id } }`
	createCommitment   = `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }`
	createLeader       = `mutation($in: CreateLeaderInput!) { createLeader(input: $in) { id } }`
	updateCustomer     = `mutation($id: ID!, $in: UpdateCustomerInput!) { updateCustomer(id: $id, input: $in) { id } }`
	updateConversation = `mutation($id: ID!, $in: UpdateConversationInput!) { updateConversation(id: $id, input: $in) { id } }`
	updateDecision     = `mutation($id: ID!, $in: UpdateDecisionInput!) { updateDecision(id: $id, input: $in) { id } }`
	updateFollowUp     = `mutation($id: ID!, $in: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $in) { id } }`
	updateReview       = `mutation($id: ID!, $in: UpdateFeedbackReviewInput!) { updateFeedbackReview(id: $id, input: $in) { id } }`
	updateCommitment   = `mutation($id: ID!, $in: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $in) { id } }`
	updateLeader       = `mutation($id: ID!, $in: UpdateLeaderInput!) { updateLeader(id: $id, input: $in) { id } }`
	updateOrganization = `mutation($in: UpdateOrganizationInput!) { updateOrganization(input: $in) { id } }`
)

// goodBenefit is a customer benefit that passes the rule.
const goodBenefit = "Refunds reach customers in 2 days instead of 10"

// fixture is a small world of Leo's records in Acme.
type fixture struct {
	cust1, cust2, conv, dec, fup, nom, declined, comMet, comOnTime, rev string
}

// newFixture creates the fixture through the API.
func newFixture(t *testing.T, h *servertest.Harness) fixture {
	t.Helper()
	var f fixture
	past := time.Now().UTC().Add(-48 * time.Hour).Truncate(time.Second)
	f.cust1 = servertest.RecordID(t, h, h.LeoJWT, createCustomer, map[string]any{"in": map[string]any{"name": "Zoe Client", "segment": "SMB"}})
	f.cust2 = servertest.RecordID(t, h, h.LeoJWT, createCustomer, map[string]any{"in": map[string]any{"name": "Yan Client", "segment": "Enterprise"}})
	f.conv = servertest.RecordID(t, h, h.LeoJWT, createConversation, map[string]any{"in": map[string]any{
		"mode": "VISIT", "occurredAt": servertest.Time(past), "durationMinutes": 30, "heard": "Wants faster refunds",
		"customerIDs": []string{f.cust1, f.cust2}}})
	f.dec = servertest.RecordID(t, h, h.LeoJWT, createDecision, map[string]any{"in": map[string]any{
		"title": "Refund in two days", "customerBenefit": goodBenefit}})
	f.fup = servertest.RecordID(t, h, h.LeoJWT, createFollowUp, map[string]any{"in": map[string]any{
		"action": "Call Zoe back", "ownerID": fmt.Sprint(h.Leo.ID), "conversationID": f.conv,
		"dueOn": servertest.Time(time.Now().UTC().Add(7 * 24 * time.Hour))}})
	f.nom = servertest.RecordID(t, h, h.MiaJWT, createNomination, map[string]any{"in": map[string]any{
		"nomineeID": fmt.Sprint(h.Leo.ID), "story": "Drove to Zoe's shop on a Sunday to fix her till"}})
	f.declined = servertest.RecordID(t, h, h.MiaJWT, createNomination, map[string]any{"in": map[string]any{
		"nomineeID": fmt.Sprint(h.Ada.ID), "story": "Answered every customer comment"}})
	h.As(t).OK(h.AdaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": f.declined}, nil)
	f.comMet = servertest.RecordID(t, h, h.LeoJWT, createCommitment, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5}})
	f.comOnTime = servertest.RecordID(t, h, h.LeoJWT, createCommitment, map[string]any{"in": map[string]any{"behaviour": "FOLLOW_UPS_ON_TIME", "target": 90}})
	f.rev = servertest.RecordID(t, h, h.LeoJWT, createReview, map[string]any{"in": map[string]any{
		"title": "November review", "heldAt": servertest.Time(past), "conversationIDs": []string{f.conv}}})
	return f
}

// badInputCase is one refused request.
type badInputCase struct {
	name   string
	token  string
	query  string
	vars   map[string]any
	field  string
	target string // a record that must not change
}

func TestValidationRefusesBadInput(t *testing.T) {
	h := servertest.New(t)
	f := newFixture(t, h)
	now := time.Now().UTC()
	soon := servertest.Time(now.Add(-time.Hour))
	twoDaysAhead := servertest.Time(now.Add(48 * time.Hour))
	tenYearsAhead := servertest.Time(now.AddDate(10, 0, 0))
	before2000 := servertest.Time(time.Date(1999, 12, 31, 23, 0, 0, 0, time.UTC))
	long := func(n int) string { return strings.Repeat("x", n) }
	leo := fmt.Sprint(h.Leo.ID)
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
		m := in("title", "Open on Sundays", "customerBenefit", goodBenefit)
		maps.Copy(m, in(kv...))
		return map[string]any{"in": m}
	}
	fup := func(kv ...any) map[string]any {
		m := in("action", "Send the refund form", "ownerID", leo)
		maps.Copy(m, in(kv...))
		return map[string]any{"in": m}
	}
	upd := func(id string, kv ...any) map[string]any { return map[string]any{"id": id, "in": in(kv...)} }
	cases := []badInputCase{
		// Customers: a name is required, trimmed, at most 200 characters.
		{name: "customer name empty", query: createCustomer, vars: map[string]any{"in": in("name", "")}, field: "name"},
		{name: "customer name spaces", query: createCustomer, vars: map[string]any{"in": in("name", "   ")}, field: "name"},
		{name: "customer name tabs and newlines", query: createCustomer, vars: map[string]any{"in": in("name", "\t\n ")}, field: "name"},
		{name: "customer name 201 characters", query: createCustomer, vars: map[string]any{"in": in("name", long(201))}, field: "name"},
		{name: "customer company 201 characters", query: createCustomer, vars: map[string]any{"in": in("name", "Ok", "company", long(201))}, field: "company"},
		{name: "customer segment 121 characters", query: createCustomer, vars: map[string]any{"in": in("name", "Ok", "segment", long(121))}, field: "segment"},
		{name: "update customer name blank", query: updateCustomer, vars: upd(f.cust1, "name", "  "), field: "name", target: f.cust1},
		{name: "update customer name too long", query: updateCustomer, vars: upd(f.cust1, "name", long(201)), field: "name", target: f.cust1},

		// Conversations.
		{name: "conversation heard 10001 characters", query: createConversation, vars: conv("heard", long(10_001)), field: "heard"},
		{name: "conversation painPoints 10001 characters", query: createConversation, vars: conv("painPoints", long(10_001)), field: "painPoints"},
		{name: "conversation without customerIDs", query: createConversation, vars: map[string]any{"in": in("mode", "CALL", "occurredAt", soon)}, field: "customerIDs"},
		{name: "conversation with customerIDs []", query: createConversation, vars: conv("customerIDs", []string{}), field: "customerIDs"},
		{name: "conversation occurredAt 2 days ahead", query: createConversation, vars: conv("occurredAt", twoDaysAhead), field: "occurredAt"},
		{name: "conversation occurredAt 10 years ahead", query: createConversation, vars: conv("occurredAt", tenYearsAhead), field: "occurredAt"},
		{name: "conversation occurredAt before 2000", query: createConversation, vars: conv("occurredAt", before2000), field: "occurredAt"},
		{name: "conversation durationMinutes -1", query: createConversation, vars: conv("durationMinutes", -1), field: "durationMinutes"},
		{name: "conversation durationMinutes 1441", query: createConversation, vars: conv("durationMinutes", 1441), field: "durationMinutes"},
		{name: "update conversation removes every customer", query: updateConversation,
			vars: upd(f.conv, "removeCustomerIDs", []string{f.cust1, f.cust2}), field: "customerIDs", target: f.conv},
		{name: "update conversation clears customers", query: updateConversation,
			vars: upd(f.conv, "clearCustomers", true), field: "customerIDs", target: f.conv},
		{name: "update conversation occurredAt 2 days ahead", query: updateConversation,
			vars: upd(f.conv, "occurredAt", twoDaysAhead), field: "occurredAt", target: f.conv},
		{name: "update conversation occurredAt before 2000", query: updateConversation,
			vars: upd(f.conv, "occurredAt", before2000), field: "occurredAt", target: f.conv},
		{name: "update conversation durationMinutes 5000", query: updateConversation,
			vars: upd(f.conv, "durationMinutes", 5000), field: "durationMinutes", target: f.conv},
		{name: "update conversation heard too long", query: updateConversation,
			vars: upd(f.conv, "heard", long(10_001)), field: "heard", target: f.conv},

		// Decisions.
		{name: "decision title empty", query: createDecision, vars: dec("title", " "), field: "title"},
		{name: "decision title too long", query: createDecision, vars: dec("title", long(201)), field: "title"},
		{name: "decision reviewOn 10 years ahead", query: createDecision, vars: dec("reviewOn", tenYearsAhead), field: "reviewOn"},
		{name: "decision reviewOn before 2000", query: createDecision, vars: dec("reviewOn", before2000), field: "reviewOn"},
		{name: "decision decidedAt 2 days ahead", query: createDecision, vars: dec("status", "DECIDED", "decidedAt", twoDaysAhead), field: "decidedAt"},
		{name: "decision clvImpact out of range", query: createDecision, vars: dec("clvImpact", 5e12), field: "clvImpact"},
		{name: "decision customerBenefit too long", query: createDecision, vars: dec("customerBenefit", goodBenefit+" "+long(2000)), field: "customerBenefit"},
		{name: "update decision customerBenefit placeholder", query: updateDecision,
			vars: upd(f.dec, "customerBenefit", "n/a"), field: "customerBenefit", target: f.dec},
		{name: "update decision customerBenefit blank", query: updateDecision,
			vars: upd(f.dec, "customerBenefit", "    "), field: "customerBenefit", target: f.dec},
		{name: "update decision reviewOn 10 years ahead", query: updateDecision,
			vars: upd(f.dec, "reviewOn", tenYearsAhead), field: "reviewOn", target: f.dec},
		{name: "update decision supersedes itself", query: updateDecision,
			vars: upd(f.dec, "supersedesID", f.dec), field: "supersedesID", target: f.dec},
		{name: "update decision superseded by itself", query: updateDecision,
			vars: upd(f.dec, "supersededByID", f.dec), field: "supersededByID", target: f.dec},

		// Follow-ups.
		{name: "follow-up action empty", query: createFollowUp, vars: fup("action", "  "), field: "action"},
		{name: "follow-up dueOn 10 years ahead", query: createFollowUp, vars: fup("dueOn", tenYearsAhead), field: "dueOn"},
		{name: "follow-up dueOn before 2000", query: createFollowUp, vars: fup("dueOn", before2000), field: "dueOn"},
		{name: "update follow-up dueOn 10 years ahead", query: updateFollowUp,
			vars: upd(f.fup, "dueOn", tenYearsAhead), field: "dueOn", target: f.fup},
		{name: "update follow-up action blank", query: updateFollowUp,
			vars: upd(f.fup, "action", ""), field: "action", target: f.fup},

		// Nominations and endorsements.
		{name: "self-nomination", query: createNomination,
			vars: map[string]any{"in": in("nomineeID", leo, "story", "I helped Zoe on a Sunday")}, field: "nomineeID"},
		{name: "nomination story empty", query: createNomination, token: h.MiaJWT,
			vars: map[string]any{"in": in("nomineeID", leo, "story", "   ")}, field: "story"},
		{name: "nomination story too long", query: createNomination, token: h.MiaJWT,
			vars: map[string]any{"in": in("nomineeID", leo, "story", long(4001))}, field: "story"},
		{name: "endorsing a nomination of oneself", query: createEndorsement, token: h.LeoJWT,
			vars: map[string]any{"in": in("nominationID", f.nom)}, field: "nominationID", target: f.nom},
		{name: "endorsing one's own nomination", query: createEndorsement, token: h.MiaJWT,
			vars: map[string]any{"in": in("nominationID", f.nom)}, field: "nominationID", target: f.nom},
		{name: "endorsing a declined nomination", query: createEndorsement, token: h.LeoJWT,
			vars: map[string]any{"in": in("nominationID", f.declined)}, field: "nominationID", target: f.declined},

		// Feedback reviews.
		{name: "review title empty", query: createReview, vars: map[string]any{"in": in("title", "", "heldAt", soon)}, field: "title"},
		{name: "review heldAt 10 years ahead", query: createReview, vars: map[string]any{"in": in("title", "Review", "heldAt", tenYearsAhead)}, field: "heldAt"},
		{name: "update review heldAt before 2000", query: updateReview, vars: upd(f.rev, "heldAt", before2000), field: "heldAt", target: f.rev},

		// Commitments.
		{name: "commitment target 0", query: createCommitment, vars: map[string]any{"in": in("behaviour", "DAYS_WITH_CUSTOMERS", "target", 0)}, field: "target"},
		{name: "commitment target negative", query: createCommitment, vars: map[string]any{"in": in("behaviour", "DAYS_WITH_CUSTOMERS", "target", -3)}, field: "target"},
		{name: "commitment target 10001", query: createCommitment, vars: map[string]any{"in": in("behaviour", "MINUTES_WITH_CUSTOMERS", "target", 10_001)}, field: "target"},
		{name: "FOLLOW_UPS_ON_TIME target 150", token: h.MiaJWT, query: createCommitment, vars: map[string]any{"in": in("behaviour", "FOLLOW_UPS_ON_TIME", "target", 150)}, field: "target"},
		{name: "update commitment target 0", query: updateCommitment, vars: upd(f.comMet, "target", 0), field: "target", target: f.comMet},
		{name: "update FOLLOW_UPS_ON_TIME target 150", query: updateCommitment, vars: upd(f.comOnTime, "target", 150), field: "target", target: f.comOnTime},

		// People and the organization (admins).
		{name: "createLeader email without @", token: h.AdaJWT, query: createLeader, vars: map[string]any{"in": in("name", "New", "email", "not-an-email")}, field: "email"},
		{name: "createLeader email without a dot in the domain", token: h.AdaJWT, query: createLeader, vars: map[string]any{"in": in("name", "New", "email", "new@acme")}, field: "email"},
		{name: "createLeader email with a space", token: h.AdaJWT, query: createLeader, vars: map[string]any{"in": in("name", "New", "email", "new person@acme.test")}, field: "email"},
		{name: "createLeader email with two @", token: h.AdaJWT, query: createLeader, vars: map[string]any{"in": in("name", "New", "email", "a@b@acme.test")}, field: "email"},
		{name: "createLeader email empty", token: h.AdaJWT, query: createLeader, vars: map[string]any{"in": in("name", "New", "email", "")}, field: "email"},
		{name: "createLeader name blank", token: h.AdaJWT, query: createLeader, vars: map[string]any{"in": in("name", "  ", "email", "new@acme.test")}, field: "name"},
		{name: "updateLeader email invalid", token: h.AdaJWT, query: updateLeader, vars: upd(leo, "email", "leo-at-acme"), field: "email", target: leo},
		{name: "updateLeader name blank", token: h.AdaJWT, query: updateLeader, vars: upd(leo, "name", " "), field: "name", target: leo},
		{name: "updateOrganization name blank", token: h.AdaJWT, query: updateOrganization,
			vars: map[string]any{"in": in("name", "   ")}, field: "name", target: fmt.Sprint(h.Acme.ID)},
		{name: "updateOrganization name too long", token: h.AdaJWT, query: updateOrganization,
			vars: map[string]any{"in": in("name", long(201))}, field: "name", target: fmt.Sprint(h.Acme.ID)},
		{name: "createInvitation email invalid", token: h.AdaJWT,
			query: `mutation($e: String!) { createInvitation(input: {email: $e}) { url } }`, vars: map[string]any{"e": "someone"}, field: "email"},
		{name: "createAPIToken expiresInDays 0", token: h.AdaJWT,
			query: `mutation { createAPIToken(input: {name: "ci", scope: READ, expiresInDays: 0}) { token } }`, field: "expiresInDays"},
		{name: "createAPIToken expiresInDays 10000", token: h.AdaJWT,
			query: `mutation { createAPIToken(input: {name: "ci", scope: READ, expiresInDays: 10000}) { token } }`, field: "expiresInDays"},
		{name: "createAPIToken name blank", token: h.AdaJWT,
			query: `mutation { createAPIToken(input: {name: "  ", scope: READ}) { token } }`, field: "name"},
	}
	for _, benefit := range []string{"", "   ", "Cheaper", "Faster refund!", "n/a", "N/A", "-", "tbd", "TBD.", "none", "same",
		"same as above", "not applicable", "to be determined", "nothing", "----------------", "aaaaaaaaaaaaaaaaaaaa"} {
		cases = append(cases, badInputCase{name: fmt.Sprintf("decision customerBenefit %q", benefit),
			query: createDecision, vars: dec("customerBenefit", benefit), field: "customerBenefit"})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			token := c.token
			if token == "" {
				token = h.LeoJWT
			}
			var before string
			if c.target != "" {
				before = servertest.Snapshot(t, h, h.AdaJWT, c.target)
			}
			counts := servertest.Counts(t, h)
			servertest.BadInput(t, h, token, c.query, c.vars, c.field)
			servertest.SameCounts(t, counts, servertest.Counts(t, h))
			if c.target != "" {
				if after := servertest.Snapshot(t, h, h.AdaJWT, c.target); after != before {
					t.Errorf("refused request changed the record:\nbefore %s\nafter  %s", before, after)
				}
			}
		})
	}
}

// The customer benefit's error says what is expected.
func TestValidationCustomerBenefitMessage(t *testing.T) {
	h := servertest.New(t)
	for _, benefit := range []string{"", "n/a", "Cheaper"} {
		resp := servertest.BadInput(t, h, h.LeoJWT, createDecision,
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
	if n := servertest.Rows(t, h, "decisions"); n != 0 {
		t.Fatalf("%d decisions stored", n)
	}
}

// Messages are written for people: no ent or SQL internals.
func TestValidationMessagesAreForPeople(t *testing.T) {
	h := servertest.New(t)
	now := time.Now().UTC()
	c := h.Customer(h.LeoJWT, "Zoe Client")
	for _, m := range []struct {
		name, query, field string
		vars               map[string]any
		want               string
	}{
		{"empty name", createCustomer, "name", map[string]any{"in": map[string]any{"name": " "}}, "empty"},
		{"long name", createCustomer, "name", map[string]any{"in": map[string]any{"name": strings.Repeat("x", 201)}}, "at most 200 characters"},
		{"duration out of range", createConversation, "durationMinutes", map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": servertest.Time(now), "durationMinutes": -5, "customerIDs": []string{c}}}, "between 0 and 1440"},
		{"placeholder benefit", createDecision, "customerBenefit", map[string]any{"in": map[string]any{
			"title": "Open on Sundays", "customerBenefit": "tbd"}}, "15 characters"},
		{"far-future date", createConversation, "occurredAt", map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": servertest.Time(now.AddDate(1, 0, 0)), "customerIDs": []string{c}}}, "later than"},
		{"no customer", createConversation, "customerIDs", map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": servertest.Time(now)}}, "customer"},
	} {
		t.Run(m.name, func(t *testing.T) {
			resp := servertest.BadInput(t, h, h.LeoJWT, m.query, m.vars, m.field)
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
	h := servertest.New(t)
	c := h.Customer(h.LeoJWT, "Zoe Client")
	counts := servertest.Counts(t, h)
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
			resp := h.Do(h.LeoJWT, q, map[string]any{"c": c})
			if code := resp.Code(); code != "GRAPHQL_VALIDATION_FAILED" && code != "BAD_USER_INPUT" {
				t.Errorf("want a validation error, got status %d errors %+v", resp.Status, resp.Errors)
			}
			servertest.NoData(t, resp)
		})
	}
	// Through variables, a missing required input field is refused too.
	resp := h.Do(h.LeoJWT, createDecision, map[string]any{"in": map[string]any{"title": "Open on Sundays"}})
	if code := resp.Code(); code != "GRAPHQL_VALIDATION_FAILED" && code != "BAD_USER_INPUT" {
		t.Errorf("decision without benefit (variables): got status %d errors %+v", resp.Status, resp.Errors)
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}

// What passes the rules is stored, trimmed; the limits are inclusive.
func TestValidationAcceptsAndTrims(t *testing.T) {
	h := servertest.New(t)
	now := time.Now().UTC()
	var cust struct {
		ID, Name, Segment string
	}
	servertest.Data(t, h, h.LeoJWT, `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name segment } }`,
		map[string]any{"in": map[string]any{"name": "   Zoe Client  ", "segment": "\tSMB\n"}}, &cust)
	if cust.Name != "Zoe Client" || cust.Segment != "SMB" {
		t.Errorf("customer not trimmed: %+v", cust)
	}
	name200 := strings.Repeat("n", 200)
	long := servertest.RecordID(t, h, h.LeoJWT, createCustomer, map[string]any{"in": map[string]any{"name": name200}})

	var dec struct {
		ID, CustomerBenefit string
	}
	servertest.Data(t, h, h.LeoJWT, `mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id customerBenefit } }`,
		map[string]any{"in": map[string]any{"title": "Refund in two days", "customerBenefit": "   " + goodBenefit + " \n\t"}}, &dec)
	if dec.CustomerBenefit != goodBenefit {
		t.Errorf("customerBenefit returned %q, want it trimmed to %q", dec.CustomerBenefit, goodBenefit)
	}
	var stored string
	if err := h.Store.DB.QueryRowContext(context.Background(), "SELECT customer_benefit FROM decisions").Scan(&stored); err != nil {
		t.Fatalf("reading the stored benefit: %v", err)
	}
	if stored != goodBenefit {
		t.Errorf("customer_benefit stored as %q, want %q", stored, goodBenefit)
	}
	// Exactly 15 characters once trimmed is enough.
	servertest.RecordID(t, h, h.LeoJWT, createDecision, map[string]any{"in": map[string]any{"title": "t", "customerBenefit": "  Faster refunds!  "}})

	// A conversation 12 hours ahead (clock skew), of 0 and 1440 minutes, with 10000 characters heard.
	for _, c := range []map[string]any{
		{"occurredAt": servertest.Time(now.Add(12 * time.Hour)), "durationMinutes": 0},
		{"occurredAt": servertest.Time(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)), "durationMinutes": 1440},
		{"occurredAt": servertest.Time(now), "heard": strings.Repeat("h", 10_000)},
	} {
		c["mode"], c["customerIDs"] = "CALL", []string{cust.ID, long}
		servertest.RecordID(t, h, h.LeoJWT, createConversation, map[string]any{"in": c})
	}
	// Planned dates 4 years ahead.
	servertest.RecordID(t, h, h.LeoJWT, createFollowUp, map[string]any{"in": map[string]any{
		"action": "Call back", "ownerID": fmt.Sprint(h.Leo.ID), "dueOn": servertest.Time(now.AddDate(4, 0, 0))}})
	servertest.RecordID(t, h, h.LeoJWT, createDecision, map[string]any{"in": map[string]any{
		"title": "Review later", "customerBenefit": goodBenefit, "reviewOn": servertest.Time(now.AddDate(4, 0, 0))}})
	// Percentages up to 100; other targets beyond.
	servertest.RecordID(t, h, h.LeoJWT, createCommitment, map[string]any{"in": map[string]any{"behaviour": "FOLLOW_UPS_ON_TIME", "target": 100}})
	servertest.RecordID(t, h, h.LeoJWT, createCommitment, map[string]any{"in": map[string]any{"behaviour": "MINUTES_WITH_CUSTOMERS", "target": 600}})
	servertest.RecordID(t, h, h.AdaJWT, createLeader, map[string]any{"in": map[string]any{"name": " Nia New ", "email": " nia.new@acme.test "}})

	// An update may drop customers as long as one remains, or swap them all.
	conv := servertest.RecordID(t, h, h.LeoJWT, createConversation, map[string]any{"in": map[string]any{
		"mode": "CALL", "occurredAt": servertest.Time(now), "customerIDs": []string{cust.ID, long}}})
	servertest.RecordID(t, h, h.LeoJWT, updateConversation, map[string]any{"id": conv, "in": map[string]any{"removeCustomerIDs": []string{long}}})
	servertest.RecordID(t, h, h.LeoJWT, updateConversation, map[string]any{"id": conv, "in": map[string]any{
		"removeCustomerIDs": []string{cust.ID}, "addCustomerIDs": []string{long}}})
	servertest.RecordID(t, h, h.LeoJWT, updateConversation, map[string]any{"id": conv, "in": map[string]any{
		"clearCustomers": true, "addCustomerIDs": []string{cust.ID}}})
	var left struct {
		Node struct {
			Customers struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	h.OK(h.LeoJWT, `query($id: ID!) { node(id: $id) { ... on Conversation { customers(first: 10) { edges { node { id } } } } } }`,
		map[string]any{"id": conv}, &left)
	if e := left.Node.Customers.Edges; len(e) != 1 || e[0].Node.ID != cust.ID {
		t.Errorf("customers after the updates: %+v, want only %s", e, cust.ID)
	}

	for table, want := range map[string]int{"customers": 2, "decisions": 3, "conversations": 4, "follow_ups": 1, "commitments": 2, "leaders": 6} {
		if n := servertest.Rows(t, h, table); n != want {
			t.Errorf("%s: %d rows, want %d", table, n, want)
		}
	}
	var email string
	if err := h.Store.DB.QueryRowContext(context.Background(), "SELECT email FROM leaders WHERE name = 'Nia New'").Scan(&email); err != nil {
		t.Fatalf("the new leader's name was not stored trimmed: %v", err)
	}
	if email != "nia.new@acme.test" {
		t.Errorf("email stored as %q", email)
	}
}

// Nobody endorses a nomination twice: the second is a CONFLICT and stores nothing.
func TestValidationEndorseTwice(t *testing.T) {
	h := servertest.New(t)
	nom := servertest.RecordID(t, h, h.MiaJWT, createNomination, map[string]any{"in": map[string]any{
		"nomineeID": fmt.Sprint(h.Leo.ID), "story": "Drove to Zoe's shop on a Sunday"}})
	vars := map[string]any{"in": map[string]any{"nominationID": nom, "comment": "Saw it myself"}}
	servertest.RecordID(t, h, h.AdaJWT, createEndorsement, vars)
	counts := servertest.Counts(t, h)
	resp := h.Fails(h.AdaJWT, createEndorsement, vars, "CONFLICT")
	servertest.NoData(t, resp)
	if !strings.Contains(resp.Errors[0].Message, "already") {
		t.Errorf("message %q does not say it was already endorsed", resp.Errors[0].Message)
	}
	// With another comment, still a conflict.
	h.Fails(h.AdaJWT, createEndorsement, map[string]any{"in": map[string]any{"nominationID": nom, "comment": "Again"}}, "CONFLICT")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	if n := servertest.Rows(t, h, "endorsements"); n != 1 {
		t.Fatalf("%d endorsements stored, want 1", n)
	}
	// Ada's read-write token acts as Ada: a conflict too.
	h.Fails(h.RWToken, createEndorsement, map[string]any{"in": map[string]any{"nominationID": nom}}, "CONFLICT")
	// Globex cannot reach the nomination.
	h.Fails(h.GusJWT, createEndorsement, vars, "BAD_USER_INPUT")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	// Another peer still may.
	eve := h.Store.Client.Leader.Create().SetOrganizationID(h.Acme.ID).SetName("Eve Peer").
		SetEmail("eve@acme.test").SaveX(servertest.System())
	servertest.RecordID(t, h, h.JWT(eve), createEndorsement, map[string]any{"in": map[string]any{"nominationID": nom}})
	if n := servertest.Rows(t, h, "endorsements"); n != 2 {
		t.Fatalf("%d endorsements, want 2", n)
	}
}

// Months are written YYYY-MM, for the dashboard and for Leader.month.
func TestValidationPeriod(t *testing.T) {
	h := servertest.New(t)
	for _, p := range []string{"2026-13", "nope", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", "", "1999-12"} {
		t.Run(p, func(t *testing.T) {
			servertest.BadInput(t, h, h.LeoJWT, `query($p: String!) { dashboard(period: $p) { period } }`, map[string]any{"p": p}, "period")
			resp := h.Do(h.LeoJWT, `query($p: String!) { viewer { month(period: $p) { period } } }`, map[string]any{"p": p})
			if resp.Code() != "BAD_USER_INPUT" || resp.Field() != "period" {
				t.Errorf("Leader.month(%q): want BAD_USER_INPUT field period, got %+v", p, resp.Errors)
			}
			resp = h.Do(h.AdaJWT, `query($id: ID!, $p: String!) { node(id: $id) { ... on Leader { month(period: $p) { period } } } }`,
				map[string]any{"id": fmt.Sprint(h.Leo.ID), "p": p})
			if resp.Code() != "BAD_USER_INPUT" || resp.Field() != "period" {
				t.Errorf("node Leader.month(%q): want BAD_USER_INPUT field period, got %+v", p, resp.Errors)
			}
		})
	}
	var ok struct {
		Dashboard struct{ Period string }
		Viewer    struct{ Month struct{ Period string } }
	}
	h.OK(h.LeoJWT, `{ dashboard(period: "2026-11") { period } viewer { month(period: "2026-02") { period } } }`, nil, &ok)
	if ok.Dashboard.Period != "2026-11" || ok.Viewer.Month.Period != "2026-02" {
		t.Fatalf("valid periods: %+v", ok)
	}
}

// Malformed scalars (a date, an id, a client id) are the client's mistake:
// BAD_USER_INPUT (or a validation failure), never an internal error, and
// nothing is stored.
func TestValidationMalformedScalars(t *testing.T) {
	h := servertest.New(t)
	c := h.Customer(h.LeoJWT, "Zoe Client")
	counts := servertest.Counts(t, h)
	now := servertest.Time(time.Now().UTC().Add(-time.Hour))
	for _, m := range []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"occurredAt not a date", createConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": "yesterday", "customerIDs": []string{c}}}},
		{"occurredAt month 13", createConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": "2026-13-01T00:00:00Z", "customerIDs": []string{c}}}},
		{"customer id not a number", createConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": now, "customerIDs": []string{"abc"}}}},
		{"clientID not a UUID", createConversation, map[string]any{"in": map[string]any{
			"clientID": "not-a-uuid", "mode": "CALL", "occurredAt": now, "customerIDs": []string{c}}}},
		{"update id not a number", updateCustomer, map[string]any{"id": "abc", "in": map[string]any{"name": "New"}}},
		{"dueOn not a date", createFollowUp, map[string]any{"in": map[string]any{
			"action": "Call back", "ownerID": fmt.Sprint(h.Leo.ID), "dueOn": "next week"}}},
	} {
		t.Run(m.name, func(t *testing.T) {
			resp := h.Do(h.LeoJWT, m.query, m.vars)
			if code := resp.Code(); code != "BAD_USER_INPUT" && code != "GRAPHQL_VALIDATION_FAILED" {
				t.Errorf("want BAD_USER_INPUT, got status %d errors %+v", resp.Status, resp.Errors)
			}
			servertest.NoData(t, resp)
		})
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}
