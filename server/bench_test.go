package server_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/server"
)

// Benchmarks of the hot GraphQL paths through the whole handler (auth, rate
// limit, limits, privacy, SQL) on the test database (SQLite, or PostgreSQL
// with WALKER_TEST_DATABASE_URL). scripts/bench measures the same paths over
// HTTP at scale; these are for profiling:
//
//	go test ./server -run '^$' -bench . -benchmem -cpuprofile cpu.out

const benchPage = `query Page { conversations(first: 50, orderBy: [{field: OCCURRED_AT, direction: DESC}]) { edges { node {
  id occurredAt mode heard leader { id name }
  customers(first: 10) { edges { node { id name } } }
  followUps(first: 10) { edges { node { id action dueOn doneAt } } } } } } }`

// benchHarness is a harness where Leo logged 300 conversations over three
// months, each with two customers and a follow-up.
func benchHarness(b *testing.B) *harness {
	b.Helper()
	h := newHarness(b)
	var customers []string
	for i := range 20 {
		customers = append(customers, h.customer(h.leoJWT, "Customer "+string(rune('A'+i))))
	}
	now := time.Now().UTC()
	for i := range 300 {
		id := h.conversation(h.leoJWT, now.Add(-time.Duration(i)*7*time.Hour), customers[i%20], customers[(i+7)%20])
		h.ok(h.leoJWT, `mutation($c: ID!, $o: ID!) { createFollowUp(input: {action: "Call back", ownerID: $o, conversationID: $c}) { id } }`,
			map[string]any{"c": id, "o": h.leo.ID}, nil)
	}
	h.ok(h.leoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 5}) { id } }`, nil, nil)
	return h
}

// bench posts one request per iteration and fails on any error.
func (h *harness) bench(b *testing.B, token, query string, vars func() map[string]any) {
	h.benchEach(b, token, query, vars, func() {})
}

// benchEach is bench calling before ahead of each request.
func (h *harness) benchEach(b *testing.B, token, query string, vars func() map[string]any, before func()) {
	b.Helper()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		before()
		body, _ := json.Marshal(map[string]any{"query": query, "variables": vars()})
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		h.handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			b.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	}
}

func none() map[string]any { return nil }

func BenchmarkConversationPage(b *testing.B) {
	h := benchHarness(b)
	b.Run("access-token", func(b *testing.B) { h.bench(b, h.leoJWT, benchPage, none) })
	b.Run("api-token", func(b *testing.B) { h.bench(b, h.rwToken, benchPage, none) })
}

func BenchmarkLeaderMonth(b *testing.B) {
	h := benchHarness(b)
	p := time.Now().UTC().Format("2006-01")
	h.bench(b, h.leoJWT, `query($p: String!) { viewer { weekStreak month(period: $p) { customersMet daysWithCustomers walker commitments { actual met } } } }`,
		func() map[string]any { return map[string]any{"p": p} })
}

func BenchmarkDashboard(b *testing.B) {
	h := benchHarness(b)
	p := time.Now().UTC().Format("2006-01")
	h.bench(b, h.adaJWT, `query($p: String!) { dashboard(period: $p) { walkers customersMet conversations openFollowUps overdueFollowUps customersMetByMonth { period count } } }`,
		func() map[string]any { return map[string]any{"p": p} })
}

func BenchmarkCreateConversation(b *testing.B) {
	h := benchHarness(b)
	zoe := h.customer(h.leoJWT, "Zoe")
	h.bench(b, h.leoJWT, `mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }`, func() map[string]any {
		return map[string]any{"in": map[string]any{"clientID": uuid.NewString(), "mode": "CALL", "occurredAt": time.Now().UTC().Format(time.RFC3339), "customerIDs": []string{zoe}}}
	})
}

// BenchmarkAuthenticatedRequest is the smallest authenticated request: its
// cost is dominated by authentication (the token's signature and, for access
// tokens, the person's and session's current state, read from the database
// at most once a second per session and replica: "read each time" measures
// that read).
func BenchmarkAuthenticatedRequest(b *testing.B) {
	h := newHarness(b, func(c *server.Config) { c.RatePerSec, c.RateBurst = 1e9, 1e9 })
	b.Run("access-token", func(b *testing.B) { h.bench(b, h.leoJWT, `{ __typename }`, none) })
	b.Run("access-token-read-each-time", func(b *testing.B) {
		h.benchEach(b, h.leoJWT, `{ __typename }`, none, h.srv.Sessions().ForgetViewers)
	})
	b.Run("api-token", func(b *testing.B) { h.bench(b, h.rwToken, `{ __typename }`, none) })
}
