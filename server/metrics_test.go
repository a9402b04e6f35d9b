package server_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"walker/server"
	"walker/server/servertest"
)

// scrape reads /metrics as a caller at remote with the given Authorization.
func scrape(t *testing.T, h *servertest.Harness, remote, auth string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
	req.RemoteAddr = remote
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String()
}

func TestMetrics(t *testing.T) {
	h := servertest.New(t)
	h.OK(h.AdaJWT, `query MyMonth { viewer { name } }`, nil, nil)
	h.Fails(h.AdaJWT, `query Missing { node(id: "999999999") { id } }`, nil, "NOT_FOUND")
	const costly = `{ conversations(first: 100) { edges { node { customers(first: 100) { edges { node { conversations(first: 100) { totalCount } } } } } } } }`
	h.Fails(h.AdaJWT, costly, nil, "COST_LIMIT")
	const create = `mutation($c: UUID!) { createCustomer(input: {clientID: $c, name: "Replayed"}) { id } }`
	vars := map[string]any{"c": "7c9e6679-7425-40de-944b-e07fc1f90ae7"}
	h.OK(h.AdaJWT, create, vars, nil)
	h.OK(h.AdaJWT, create, vars, nil) // the outbox sent it again

	code, body := scrape(t, h, "127.0.0.1:40000", "")
	if code != http.StatusOK {
		t.Fatalf("loopback scrape: %d %s", code, body)
	}
	if txs, commits := h.Store.GroupCommits(); h.Store.Dialect == "sqlite3" && (txs == 0 || commits == 0 || commits > txs) {
		t.Errorf("SQLite: %d transactions in %d commits after writes", txs, commits)
	}
	for _, want := range []string{
		`walker_sqlite_transactions_committed_total`,
		`walker_sqlite_commits_total`,
		`walker_graphql_operation_duration_seconds_count{operation="MyMonth"} 1`,
		`walker_graphql_operation_duration_seconds_count{operation="Missing"} 1`,
		`walker_graphql_errors_total{code="NOT_FOUND"} 1`,
		`walker_graphql_errors_total{code="COST_LIMIT"} 1`,
		`walker_idempotent_replays_total{entity="Customer"} 1`,
		`walker_http_request_duration_seconds_count{code="200",route="POST /graphql"}`,
		`go_sql_max_open_connections{db_name="walker"}`,
		`go_goroutines`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}

	// Not from loopback and no token configured: refused.
	if code, _ := scrape(t, h, "192.0.2.7:40000", ""); code != http.StatusForbidden {
		t.Errorf("remote scrape without a configured token: %d, want 403", code)
	}
}

func TestMetricsToken(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.MetricsToken = "s3cret-metrics-token" })
	for _, c := range []struct {
		name, auth string
		want       int
	}{
		{"no token", "", http.StatusUnauthorized},
		{"wrong token", "Bearer nope", http.StatusUnauthorized},
		{"a user's access token", "Bearer " + h.AdaJWT, http.StatusUnauthorized},
		{"prefix of the token", "Bearer s3cret", http.StatusUnauthorized},
		{"the token", "Bearer s3cret-metrics-token", http.StatusOK},
		{"lower-case scheme", "bearer s3cret-metrics-token", http.StatusOK},
	} {
		if code, _ := scrape(t, h, "192.0.2.7:40000", c.auth); code != c.want {
			t.Errorf("%s: %d, want %d", c.name, code, c.want)
		}
	}
	// With a token, loopback needs it too.
	if code, _ := scrape(t, h, "127.0.0.1:40000", ""); code != http.StatusUnauthorized {
		t.Errorf("loopback without the token: %d, want 401", code)
	}
}
