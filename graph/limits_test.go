package graph_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"walker/server"
	"walker/server/servertest"
)

func TestPageSizeLimit(t *testing.T) {
	h := servertest.New(t)
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
			resp := h.Do(h.AdaJWT, tc.query, map[string]any{"n": 1000})
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
	h := servertest.New(t, func(c *server.Config) { c.MaxDepth = 5 })
	shallow := `{ viewer { conversations(first: 1) { edges { node { id } } } } }` // depth 5
	h.OK(h.AdaJWT, shallow, nil, nil)
	deep := `{ viewer { conversations(first: 1) { edges { node { leader { name } } } } } }` // depth 6
	resp := h.Fails(h.AdaJWT, deep, nil, "COST_LIMIT")
	if resp.Errors[0].Extensions["limit"] != float64(5) {
		t.Fatalf("want the limit in extensions, got %+v", resp.Errors[0].Extensions)
	}
	// Fragments count towards depth too.
	h.Fails(h.AdaJWT, `{ viewer { ...C } } fragment C on Leader { conversations(first: 1) { edges { node { leader { name } } } } }`, nil, "COST_LIMIT")
}

func TestCostLimitAndReport(t *testing.T) {
	h := servertest.New(t)
	// 2 + 10 * (1 edges + 1 node + 2 + 5 * (1 + 1)) = 142
	resp := h.Do(h.AdaJWT, `{ conversations(first: 10) { edges { node { customers(first: 5) { edges { node { name } } } } } } }`, nil)
	if len(resp.Errors) > 0 {
		t.Fatalf("unexpected errors %+v", resp.Errors)
	}
	cost, _ := resp.Extensions["cost"].(map[string]any)
	th, _ := cost["throttleStatus"].(map[string]any)
	if cost["requestedQueryCost"] != float64(142) || th["maximumAvailable"] != float64(100000) {
		t.Fatalf("want cost 142 and a budget of 100000 in extensions, got %+v", resp.Extensions)
	}
	// 100 x 100 nested pages: 2 + 100 * (1 + 1 + 2 + 100 * 2) = 20402 > 10000.
	over := h.Fails(h.AdaJWT, `{ conversations(first: 100) { edges { node { customers(first: 100) { edges { node { name } } } } } } }`, nil, "COST_LIMIT")
	if over.Errors[0].Extensions["cost"] != float64(20402) {
		t.Fatalf("want the cost in the error, got %+v", over.Errors[0].Extensions)
	}
}

func TestAliasLimit(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.MaxAliases = 3 })
	h.OK(h.AdaJWT, `{ a: viewer { id } b: viewer { id } c: viewer { id } }`, nil, nil)
	h.Fails(h.AdaJWT, `{ a: viewer { id } b: viewer { id } c: viewer { id } d: viewer { id } }`, nil, "COST_LIMIT")
}

func TestParserTokenLimit(t *testing.T) {
	h := servertest.New(t)
	q := "{ viewer { " + strings.Repeat("id ", 16000) + "} }"
	resp := h.Do(h.AdaJWT, q, nil)
	if len(resp.Errors) == 0 || !strings.Contains(resp.Errors[0].Message, "token limit") {
		t.Fatalf("want a token-limit error, got %d %+v", resp.Status, resp.Errors)
	}
}

func TestAutomaticPersistedQueries(t *testing.T) {
	h := servertest.New(t)
	query := `{ viewer { name } }`
	sum := sha256.Sum256([]byte(query))
	hash := hex.EncodeToString(sum[:])
	post := func(body map[string]any) servertest.Response {
		r, err := h.Post("Bearer "+h.AdaJWT, body)
		if err != nil {
			t.Fatal(err)
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
	h := servertest.New(t)
	q := `{ __schema { queryType { name } } }`
	if resp := h.Do("", q, nil); len(resp.Errors) == 0 {
		t.Fatalf("anonymous introspection allowed: %s", resp.Data)
	}
	var out struct {
		Schema struct{ QueryType struct{ Name string } } `json:"__schema"`
	}
	h.OK(h.ReadToken, q, nil, &out)
	if out.Schema.QueryType.Name != "Query" {
		t.Fatalf("introspection as a token: %+v", out)
	}
}

func TestNodesCostAndLimit(t *testing.T) {
	h := servertest.New(t)
	ids := make([]string, 101)
	for i := range ids {
		ids[i] = fmt.Sprint(h.Ada.ID)
	}
	h.Fails(h.AdaJWT, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, "BAD_USER_INPUT")
	// 2 + 100 * (2 + 100 * 1) = 10202 > 10000: nested pages under many nodes are priced per node.
	h.Fails(h.AdaJWT, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Leader { conversations(first: 100) { edges { id: cursor } } } } }`,
		map[string]any{"ids": ids[:100]}, "COST_LIMIT")
	resp := h.Do(h.AdaJWT, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids[:3]})
	if len(resp.Errors) > 0 {
		t.Fatalf("3 nodes: %+v", resp.Errors)
	}
}

// Argument values the databases would refuse are refused first, with a
// typed error, and nothing runs.
func TestArgumentLimits(t *testing.T) {
	h := servertest.New(t)
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
			h.Fails(h.AdaJWT, c.query, c.vars, "BAD_USER_INPUT")
		})
	}
	// At the limits, it runs.
	h.OK(h.AdaJWT, `query($w: CustomerWhereInput) { customers(first: 1, where: $w) { totalCount } }`, map[string]any{"w": map[string]any{"idIn": many[:100]}}, nil)
	var n struct{ Customers struct{ TotalCount int } }
	h.OK(h.AdaJWT, `{ customers(first: 1) { totalCount } }`, nil, &n)
	if n.Customers.TotalCount != 0 {
		t.Fatalf("a refused create stored %d customers", n.Customers.TotalCount)
	}
}
