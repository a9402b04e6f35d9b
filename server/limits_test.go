package server_test

import (
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
