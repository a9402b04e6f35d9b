package server_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"walker/server"
)

func TestPageSizeLimit(t *testing.T) {
	h := newHarness(t)
	for _, tc := range []struct {
		name, query, code string
	}{
		{"first 100 is allowed", `{ customers(first: 100) { totalCount } }`, ""},
		{"last 100 is allowed", `{ customers(last: 100) { totalCount } }`, ""},
		{"first 101 is refused", `{ customers(first: 101) { totalCount } }`, "BAD_USER_INPUT"},
		{"last 101 is refused", `{ customers(last: 101) { totalCount } }`, "BAD_USER_INPUT"},
		{"negative is refused", `{ customers(first: -1) { totalCount } }`, "BAD_USER_INPUT"},
		{"no page size is refused", `{ customers { totalCount } }`, "BAD_USER_INPUT"},
		{"nested connection over 100 is refused", `{ conversations(first: 1) { edges { node { customers(first: 500) { totalCount } } } } }`, "BAD_USER_INPUT"},
		{"page size from a variable is checked", `query($n: Int) { customers(first: $n) { totalCount } }`, "BAD_USER_INPUT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := h.do(h.adaJWT, tc.query, map[string]any{"n": 1000})
			if resp.Code() != tc.code {
				t.Fatalf("want code %q, got %+v", tc.code, resp.Errors)
			}
			if tc.code != "" && string(resp.Data) != "null" && len(resp.Data) != 0 {
				t.Fatalf("refused request returned data: %s", resp.Data)
			}
		})
	}
}

func TestDepthLimit(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.MaxDepth = 5 })
	shallow := `{ viewer { conversations(first: 1) { edges { node { id } } } } }` // depth 5
	h.ok(h.adaJWT, shallow, nil, nil)
	deep := `{ viewer { conversations(first: 1) { edges { node { leader { name } } } } } }` // depth 6
	resp := h.fails(h.adaJWT, deep, nil, "COST_LIMIT")
	if resp.Errors[0].Extensions["limit"] != float64(5) {
		t.Fatalf("want the limit in extensions, got %+v", resp.Errors[0].Extensions)
	}
	// Fragments count towards depth too.
	h.fails(h.adaJWT, `{ viewer { ...C } } fragment C on Leader { conversations(first: 1) { edges { node { leader { name } } } } }`, nil, "COST_LIMIT")
}

func TestCostLimitAndReport(t *testing.T) {
	h := newHarness(t)
	// 2 + 10 * (1 edges + 1 node + 2 + 5 * (1 + 1)) = 142
	resp := h.do(h.adaJWT, `{ conversations(first: 10) { edges { node { customers(first: 5) { edges { node { name } } } } } } }`, nil)
	if len(resp.Errors) > 0 {
		t.Fatalf("unexpected errors %+v", resp.Errors)
	}
	cost, _ := resp.Extensions["cost"].(map[string]any)
	if cost["requestedQueryCost"] != float64(142) || cost["maximumAvailable"] != float64(10000) {
		t.Fatalf("want cost 142 of 10000 in extensions, got %+v", resp.Extensions)
	}
	// 100 x 100 nested pages: 2 + 100 * (1 + 1 + 2 + 100 * 2) = 20402 > 10000.
	over := h.fails(h.adaJWT, `{ conversations(first: 100) { edges { node { customers(first: 100) { edges { node { name } } } } } } }`, nil, "COST_LIMIT")
	if over.Errors[0].Extensions["cost"] != float64(20402) {
		t.Fatalf("want the cost in the error, got %+v", over.Errors[0].Extensions)
	}
}

func TestAliasLimit(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.MaxAliases = 3 })
	h.ok(h.adaJWT, `{ a: viewer { id } b: viewer { id } c: viewer { id } }`, nil, nil)
	h.fails(h.adaJWT, `{ a: viewer { id } b: viewer { id } c: viewer { id } d: viewer { id } }`, nil, "COST_LIMIT")
}

func TestRateLimit(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.RatePerSec, c.RateBurst = 0.001, 3 })
	for i := range 3 {
		if resp := h.do(h.rwToken, `{ viewer { id } }`, nil); resp.Status != http.StatusOK {
			t.Fatalf("request %d within the burst refused: %d %+v", i, resp.Status, resp.Errors)
		}
	}
	resp := h.do(h.rwToken, `{ viewer { id } }`, nil)
	if resp.Status != http.StatusTooManyRequests || resp.Code() != "RATE_LIMITED" {
		t.Fatalf("want 429 RATE_LIMITED, got %d %+v", resp.Status, resp.Errors)
	}
	if ra := resp.Header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Fatalf("want a Retry-After, got %q", ra)
	}
	// Buckets are per caller: another token is not affected.
	if resp := h.do(h.readToken, `{ viewer { id } }`, nil); resp.Status != http.StatusOK {
		t.Fatalf("another caller was limited: %d", resp.Status)
	}
}

func TestBodyLimit(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.MaxBody = 2048 })
	big := fmt.Sprintf(`{"query":"{ viewer { id } }","variables":{"pad":%q}}`, strings.Repeat("x", 4096))
	for _, chunked := range []bool{false, true} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(big))
		if chunked {
			req.ContentLength = -1
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+h.adaJWT)
		rec := httptest.NewRecorder()
		h.handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("chunked=%v: want 413, got %d %s", chunked, rec.Code, rec.Body)
		}
	}
}

func TestParserTokenLimit(t *testing.T) {
	h := newHarness(t)
	q := "{ viewer { " + strings.Repeat("id ", 16000) + "} }"
	resp := h.do(h.adaJWT, q, nil)
	if len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, "token limit") {
		t.Fatalf("want a token-limit error, got %d %+v", resp.Status, resp.Errors)
	}
}

func TestAutomaticPersistedQueries(t *testing.T) {
	h := newHarness(t)
	query := `{ viewer { name } }`
	sum := sha256.Sum256([]byte(query))
	hash := hex.EncodeToString(sum[:])
	post := func(body map[string]any) gqlResponse {
		b, _ := json.Marshal(body)
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(b))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+h.adaJWT)
		rec := httptest.NewRecorder()
		h.handler.ServeHTTP(rec, req)
		var r gqlResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
			t.Fatalf("decoding %s: %v", rec.Body, err)
		}
		return r
	}
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}
	if r := post(map[string]any{"extensions": ext}); r.Code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("unknown hash: want PERSISTED_QUERY_NOT_FOUND, got %+v", r.Errors)
	}
	if r := post(map[string]any{"query": query, "extensions": ext}); len(r.Errors) > 0 {
		t.Fatalf("registering: %+v", r.Errors)
	}
	r := post(map[string]any{"extensions": ext})
	if len(r.Errors) > 0 || !strings.Contains(string(r.Data), "Ada Admin") {
		t.Fatalf("persisted query by hash: %s %+v", r.Data, r.Errors)
	}
	wrong := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": strings.Repeat("0", 64)}}
	if r := post(map[string]any{"query": query, "extensions": wrong}); len(r.Errors) == 0 {
		t.Fatal("a query whose hash does not match was accepted")
	}
}

func TestIntrospectionNeedsAuthentication(t *testing.T) {
	h := newHarness(t)
	q := `{ __schema { queryType { name } } }`
	if resp := h.do("", q, nil); len(resp.Errors) == 0 {
		t.Fatalf("anonymous introspection allowed: %s", resp.Data)
	}
	var out struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	h.ok(h.readToken, q, nil, &out)
	if out.Schema.QueryType.Name != "Query" {
		t.Fatalf("introspection as a token: %+v", out)
	}
}

func TestFailedAuthenticationIsRateLimited(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.RatePerSec, c.RateBurst = 0.001, 2 })
	for i := range 2 {
		if resp := h.do("wk_guess", `{ viewer { id } }`, nil); resp.Status != http.StatusUnauthorized {
			t.Fatalf("attempt %d: want 401, got %d", i, resp.Status)
		}
	}
	resp := h.do("wk_guess", `{ viewer { id } }`, nil)
	if resp.Status != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("third failed attempt: want 429 with Retry-After, got %d", resp.Status)
	}
	// Even a valid token from that address waits: the address is throttled, not the token.
	if resp := h.do(h.adaJWT, `{ viewer { id } }`, nil); resp.Status != http.StatusTooManyRequests {
		t.Fatalf("valid token from a throttled address: %d", resp.Status)
	}
}

func TestNodesCostAndLimit(t *testing.T) {
	h := newHarness(t)
	ids := make([]string, 101)
	for i := range ids {
		ids[i] = fmt.Sprint(h.ada.ID)
	}
	h.fails(h.adaJWT, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, "BAD_USER_INPUT")
	// 2 + 100 * (2 + 100 * 1) = 10202 > 10000: nested pages under many nodes are priced per node.
	h.fails(h.adaJWT, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Leader { conversations(first: 100) { edges { id: cursor } } } } }`,
		map[string]any{"ids": ids[:100]}, "COST_LIMIT")
	resp := h.do(h.adaJWT, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids[:3]})
	if len(resp.Errors) > 0 {
		t.Fatalf("3 nodes: %+v", resp.Errors)
	}
}

// Argument values the databases would refuse are refused first, with a
// typed error, and nothing runs.
func TestArgumentLimits(t *testing.T) {
	h := newHarness(t)
	many := make([]string, 101)
	for i := range many {
		many[i] = "1"
	}
	deep := map[string]any{"name": "x"}
	for range 11 {
		deep = map[string]any{"not": deep}
	}
	for _, c := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"101 ids in a filter", `query($w: CustomerWhereInput) { customers(first: 1, where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"idIn": many}}},
		{"101 terms in an or", `query($w: CustomerWhereInput) { customers(first: 1, where: $w) { totalCount } }`,
			map[string]any{"w": map[string]any{"or": func() []any {
				var or []any
				for range 101 {
					or = append(or, map[string]any{"name": "x"})
				}
				return or
			}()}}},
		{"not nested 11 deep", `query($w: CustomerWhereInput) { customers(first: 1, where: $w) { totalCount } }`, map[string]any{"w": deep}},
		{"an empty filter inside not", `{ customers(first: 1, where: {not: {}}) { totalCount } }`, nil},
		{"an empty filter inside and", `{ customers(first: 1, where: {and: [{}]}) { totalCount } }`, nil},
		{"NUL in a filter", `query($s: String) { customers(first: 1, where: {nameContains: $s}) { totalCount } }`, map[string]any{"s": "a\x00b"}},
		{"NUL in a create", `mutation($n: String!) { createCustomer(input: {name: $n}) { id } }`, map[string]any{"n": "Zoe\x00"}},
		{"101 customers on a conversation", `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "2026-11-01T10:00:00Z", customerIDs: $c}) { id } }`, map[string]any{"c": many}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h.fails(h.adaJWT, c.query, c.vars, "BAD_USER_INPUT")
		})
	}
	// At the limits, it runs.
	h.ok(h.adaJWT, `query($w: CustomerWhereInput) { customers(first: 1, where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"idIn": many[:100]}}, nil)
	var n struct{ Customers struct{ TotalCount int } }
	h.ok(h.adaJWT, `{ customers(first: 1) { totalCount } }`, nil, &n)
	if n.Customers.TotalCount != 0 {
		t.Fatalf("a refused create stored %d customers", n.Customers.TotalCount)
	}
}

// The body is one JSON object, or 400.
func TestBodyShape(t *testing.T) {
	h := newHarness(t)
	for _, body := range []string{`null`, `{"query":"{ viewer { id } }"} trailing`, `{"query":"{ viewer { id } }"}{"query":"{ viewer { id } }"}`, `[]`, `"x"`} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+h.adaJWT)
		rec := httptest.NewRecorder()
		h.handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "BAD_USER_INPUT") {
			t.Errorf("body %q: %d %s", body, rec.Code, rec.Body.String())
		}
	}
}
