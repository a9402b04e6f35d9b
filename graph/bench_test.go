package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/server"
	"walker/server/servertest"
)

// Benchmarks of the hot GraphQL paths through the whole handler (auth, rate
// limit, limits, privacy, SQL) on the test database (SQLite, or PostgreSQL
// with WALKER_TEST_DATABASE_URL). scripts/bench measures the same paths over
// HTTP at scale; these are for profiling:
//
//	go test ./graph -run '^$' -bench . -benchmem -cpuprofile cpu.out

const benchPage = `query Page { conversations(first: 50, orderBy: [{field: OCCURRED_AT, direction: DESC}]) { edges { node {
  id occurredAt mode heard leader { id name }
  customers(first: 10) { edges { node { id name } } }
  followUps(first: 10) { edges { node { id action dueOn doneAt } } } } } } }`

// benchHarness is a harness where Leo logged 300 conversations over three
// months, each with two customers and a follow-up.
func benchHarness(b testing.TB) *servertest.Harness {
	b.Helper()
	h := servertest.New(b, unlimited)
	var customers []string
	for i := range 20 {
		customers = append(customers, h.Customer(h.LeoJWT, "Customer "+string(rune('A'+i))))
	}
	now := time.Now().UTC()
	for i := range 300 {
		id := h.Conversation(h.LeoJWT, now.Add(-time.Duration(i)*7*time.Hour), customers[i%20], customers[(i+7)%20])
		h.OK(h.LeoJWT, `mutation($c: ID!, $o: ID!) { createFollowUp(input: {action: "Call back", ownerID: $o, conversationID: $c}) { id } }`,
			map[string]any{"c": id, "o": h.Leo.ID}, nil)
	}
	h.OK(h.LeoJWT, `mutation { createCommitment(input: {behaviour: CUSTOMERS_MET, target: 5}) { id } }`, nil, nil)
	return h
}

// maxPageAllocs bounds the allocations of one page of 50 conversations
// (benchPage, through the whole handler). Unlike time, the count does not
// depend on the machine, so TestConversationPageAllocations keeps it from
// creeping back: 29,188 before graph/gqlgen.go's rewrites, 13,760 after
// (SQLite; PostgreSQL's driver allocates a little more). docs/BENCHMARKS.md.
const maxPageAllocs = 15_000

func TestConversationPageAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds 300 conversations")
	}
	h := benchHarness(t)
	post(t, h, h.LeoJWT, benchPage)
	allocs := testing.AllocsPerRun(20, func() { post(t, h, h.LeoJWT, benchPage) })
	t.Logf("%.0f allocations per page (limit %d)", allocs, maxPageAllocs)
	if allocs > maxPageAllocs {
		t.Errorf("a page of 50 conversations allocates %.0f times; the limit is %d: profile with go test ./graph -run '^$' -bench ConversationPage -memprofile mem.out", allocs, maxPageAllocs)
	}
}

// post posts query with token and fails on any error.
func post(t testing.TB, h *servertest.Harness, token, query string) {
	postVars(t, h, token, query, nil)
}

// postVars is post with variables.
func postVars(t testing.TB, h *servertest.Harness, token, query string, vars map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
		t.Fatalf("%d %s", rec.Code, rec.Body.String())
	}
}

// bench posts one request per iteration and fails on any error.
func bench(b *testing.B, h *servertest.Harness, token, query string, vars func() map[string]any) {
	benchEach(b, h, token, query, vars, func() {})
}

// benchEach is bench calling before ahead of each request.
func benchEach(b *testing.B, h *servertest.Harness, token, query string, vars func() map[string]any, before func()) {
	b.Helper()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		before()
		postVars(b, h, token, query, vars())
	}
}

// unlimited lifts the request limiter and the cost budget: the benchmarks
// measure the work, not the limits (TestCostBudget and the limit tests cover those).
func unlimited(c *server.Config) {
	c.RatePerSec, c.RateBurst = 1e9, 1e9
	c.CostPerSec, c.CostBurst = 1e12, 1e12
}

// none is the variables of a request that has none.
func none() map[string]any { return nil }

func BenchmarkConversationPage(b *testing.B) {
	h := benchHarness(b)
	b.Run("access-token", func(b *testing.B) { bench(b, h, h.LeoJWT, benchPage, none) })
	b.Run("api-token", func(b *testing.B) { bench(b, h, h.RWToken, benchPage, none) })
}

func BenchmarkLeaderMonth(b *testing.B) {
	h := benchHarness(b)
	p := time.Now().UTC().Format("2006-01")
	bench(b, h, h.LeoJWT, `query($p: String!) { viewer { weekStreak month(period: $p) { customersMet daysWithCustomers walker commitments { actual met } } } }`,
		func() map[string]any { return map[string]any{"p": p} })
}

func BenchmarkDashboard(b *testing.B) {
	h := benchHarness(b)
	p := time.Now().UTC().Format("2006-01")
	bench(b, h, h.AdaJWT, `query($p: String!) { dashboard(period: $p) { walkers customersMet conversations openFollowUps overdueFollowUps customersMetByMonth { period count } } }`,
		func() map[string]any { return map[string]any{"p": p} })
}

func BenchmarkCreateConversation(b *testing.B) {
	h := benchHarness(b)
	zoe := h.Customer(h.LeoJWT, "Zoe")
	bench(b, h, h.LeoJWT, `mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }`, func() map[string]any {
		return map[string]any{"in": map[string]any{"clientID": uuid.NewString(), "mode": "CALL", "occurredAt": time.Now().UTC().Format(time.RFC3339), "customerIDs": []string{zoe}}}
	})
}

// BenchmarkAuthenticatedRequest is the smallest authenticated request: its
// cost is dominated by authentication (the token's signature and, for access
// tokens, the person's and session's current state, read from the database
// at most once a second per session and replica: "read each time" measures
// that read).
func BenchmarkAuthenticatedRequest(b *testing.B) {
	h := servertest.New(b, unlimited)
	b.Run("access-token", func(b *testing.B) { bench(b, h, h.LeoJWT, `{ __typename }`, none) })
	b.Run("access-token-read-each-time", func(b *testing.B) {
		benchEach(b, h, h.LeoJWT, `{ __typename }`, none, h.Server.Sessions().ForgetViewers)
	})
	b.Run("api-token", func(b *testing.B) { bench(b, h, h.RWToken, `{ __typename }`, none) })
}
