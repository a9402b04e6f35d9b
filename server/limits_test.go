package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"walker/server"
	"walker/server/servertest"
)

func TestRateLimit(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.RatePerSec, c.RateBurst = 0.001, 3 })
	for i := range 3 {
		if resp := h.Do(h.RWToken, `{ viewer { id } }`, nil); resp.Status != http.StatusOK {
			t.Fatalf("request %d within the burst refused: %d %+v", i, resp.Status, resp.Errors)
		}
	}
	resp := h.Do(h.RWToken, `{ viewer { id } }`, nil)
	if resp.Status != http.StatusTooManyRequests || resp.Code() != "RATE_LIMITED" {
		t.Fatalf("want 429 RATE_LIMITED, got %d %+v", resp.Status, resp.Errors)
	}
	if ra := resp.Header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Fatalf("want a Retry-After, got %q", ra)
	}
	// Buckets are per caller: another token is not affected.
	if resp := h.Do(h.ReadToken, `{ viewer { id } }`, nil); resp.Status != http.StatusOK {
		t.Fatalf("another caller was limited: %d", resp.Status)
	}
}

func TestBodyLimit(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.MaxBody = 2048 })
	big := fmt.Sprintf(`{"query":"{ viewer { id } }","variables":{"pad":%q}}`, strings.Repeat("x", 4096))
	for _, chunked := range []bool{false, true} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(big))
		if chunked {
			req.ContentLength = -1
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+h.AdaJWT)
		rec := httptest.NewRecorder()
		h.Handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Fatalf("chunked=%v: want 413, got %d %s", chunked, rec.Code, rec.Body)
		}
	}
}

func TestFailedAuthenticationIsRateLimited(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.RatePerSec, c.RateBurst = 0.001, 2 })
	for i := range 2 {
		if resp := h.Do("wk_guess", `{ viewer { id } }`, nil); resp.Status != http.StatusUnauthorized {
			t.Fatalf("attempt %d: want 401, got %d", i, resp.Status)
		}
	}
	resp := h.Do("wk_guess", `{ viewer { id } }`, nil)
	if resp.Status != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("third failed attempt: want 429 with Retry-After, got %d", resp.Status)
	}
	// Even a valid token from that address waits: the address is throttled, not the token.
	if resp := h.Do(h.AdaJWT, `{ viewer { id } }`, nil); resp.Status != http.StatusTooManyRequests {
		t.Fatalf("valid token from a throttled address: %d", resp.Status)
	}
}

// The body is one JSON object, or 400.
func TestBodyShape(t *testing.T) {
	h := servertest.New(t)
	for _, body := range []string{`null`, `{"query":"{ viewer { id } }"} trailing`, `{"query":"{ viewer { id } }"}{"query":"{ viewer { id } }"}`, `[]`, `"x"`} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+h.AdaJWT)
		rec := httptest.NewRecorder()
		h.Handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "BAD_USER_INPUT") {
			t.Errorf("body %q: %d %s", body, rec.Code, rec.Body.String())
		}
	}
}

// TestCostBudget: each caller's GraphQL budget is charged what a request
// actually cost, reported on every answer, and a request it cannot pay for
// is refused with 429 before anything runs.
func TestCostBudget(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.CostPerSec, c.CostBurst, c.MaxCost = 0.001, 300, 300 })
	var page struct {
		Customers struct{ TotalCount int } `json:"customers"`
	}
	// 2 + 100 × (1 edges + 1 node) requested; 2 + n + n actually read.
	q := `{ customers(first: 100) { totalCount edges { node { id } } } }`
	resp := h.Do(h.RWToken, q, nil)
	if len(resp.Errors) > 0 || json.Unmarshal(resp.Data, &page) != nil {
		t.Fatalf("unexpected answer %+v", resp)
	}
	n := page.Customers.TotalCount
	left := 300 - 2 - 2*n
	want := map[string]any{"requestedQueryCost": float64(202), "actualQueryCost": float64(2 + 2*n),
		"throttleStatus": map[string]any{"maximumAvailable": float64(300), "currentlyAvailable": float64(left), "restoreRate": 0.001}}
	if got := resp.Extensions["cost"]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("extensions.cost:\n got %v\nwant %v", got, want)
	}
	if got, want := resp.Header.Get("RateLimit"), fmt.Sprintf(`"cost";r=%d;t=`, left); !strings.HasPrefix(got, want) {
		t.Fatalf("RateLimit %q, want it to begin %q", got, want)
	}
	if got := resp.Header.Get("RateLimit-Policy"); !strings.HasPrefix(got, `"cost";q=300;w=300000;walker-qu="cost-points", "requests";q=`) {
		t.Fatalf("RateLimit-Policy %q", got)
	}
	// A mutation is charged its 10 points.
	before := servertest.Rows(t, h, "customers")
	resp = h.Do(h.RWToken, `mutation { createCustomer(input: {name: "Paid For"}) { id } }`, nil)
	if c, _ := resp.Extensions["cost"].(map[string]any); c["actualQueryCost"] != float64(10) {
		t.Fatalf("mutation cost %+v", resp.Extensions)
	}
	left -= 10
	n++
	// Spend the rest: what does not fit is refused, runs nothing, and says
	// when to come back.
	for left >= 202 {
		h.OK(h.RWToken, q, nil, nil)
		left -= 2 + 2*n
	}
	for _, q := range []string{q, `mutation { createCustomer(input: {name: "Not Paid For"}) { id conversations(first: 100) { edges { node { id } } } } }`} {
		refused := h.Do(h.RWToken, q, nil)
		if refused.Status != http.StatusTooManyRequests || refused.Code() != "RATE_LIMITED" {
			t.Fatalf("want 429 RATE_LIMITED, got %d %+v", refused.Status, refused.Errors)
		}
		if ra := refused.Header.Get("Retry-After"); ra == "" || ra == "0" {
			t.Fatalf("want a Retry-After, got %q", ra)
		}
		cost, _ := refused.Errors[0].Extensions["cost"].(map[string]any)
		if cost["requestedQueryCost"].(float64) < 202 || cost["throttleStatus"] == nil {
			t.Fatalf("the refusal should carry the cost and the budget: %+v", refused.Errors[0].Extensions)
		}
	}
	if got := servertest.Rows(t, h, "customers"); got != before+1 {
		t.Fatalf("customers %d, want %d: a refused request must write nothing", got, before+1)
	}
	// Budgets are per caller.
	if resp := h.Do(h.ReadToken, q, nil); resp.Status != http.StatusOK {
		t.Fatalf("another caller was limited: %d %+v", resp.Status, resp.Errors)
	}
}
