package servertest

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"walker/ent"
	"walker/server/auth"
)

// Viewer posts a viewer query with the Authorization header set to
// authorization (none when empty).
func Viewer(t testing.TB, h *Harness, authorization string) Response {
	t.Helper()
	resp, err := h.Post(authorization, map[string]any{"query": `{ viewer { id name } organization { name } }`})
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// Unauthenticated checks the answer to a bad credential: 401,
// UNAUTHENTICATED, a WWW-Authenticate challenge, no data and no reason.
func Unauthenticated(t testing.TB, resp Response) {
	t.Helper()
	if resp.Status != http.StatusUnauthorized {
		t.Fatalf("want 401, got %d: errors %+v data %s", resp.Status, resp.Errors, resp.Data)
	}
	if resp.Code() != "UNAUTHENTICATED" {
		t.Fatalf("want UNAUTHENTICATED, got %+v", resp.Errors)
	}
	if got := resp.Header.Get("WWW-Authenticate"); !strings.HasPrefix(got, "Bearer") || !strings.Contains(got, "invalid_token") {
		t.Fatalf("WWW-Authenticate = %q", got)
	}
	if d := strings.TrimSpace(string(resp.Data)); d != "" && d != "null" {
		t.Fatalf("refused request returned data: %s", d)
	}
	if len(resp.Errors) != 1 || resp.Errors[0].Message != "invalid or expired token" {
		t.Fatalf("the refusal must not say why: %+v", resp.Errors)
	}
}

// SignsInAs checks that a credential signs in as name.
func SignsInAs(t testing.TB, h *Harness, token, name string) {
	t.Helper()
	resp := Viewer(t, h, "Bearer "+token)
	var out struct{ Viewer struct{ Name string } }
	if resp.Status != http.StatusOK || len(resp.Errors) > 0 || json.Unmarshal(resp.Data, &out) != nil || out.Viewer.Name != name {
		t.Fatalf("want signed in as %s, got status %d errors %+v data %s", name, resp.Status, resp.Errors, resp.Data)
	}
}

// SigningKey is the server's signing key, read from the store.
func SigningKey(t testing.TB, h *Harness) *ent.SigningKey {
	t.Helper()
	k, err := h.Store.Client.SigningKey.Query().Only(System())
	if err != nil {
		t.Fatalf("reading the signing key: %v", err)
	}
	return k
}

// Claims are valid claims for Leo; mutate them to break one thing.
func Claims(h *Harness, mutate func(*auth.Claims)) auth.Claims {
	now := time.Now()
	c := auth.Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    PublicURL,
			Subject:   strconv.Itoa(h.Leo.ID),
			Audience:  jwt.ClaimStrings{auth.Audience},
			ExpiresAt: jwt.NewNumericDate(now.Add(5 * time.Minute)),
			NotBefore: jwt.NewNumericDate(now.Add(-time.Minute)),
			IssuedAt:  jwt.NewNumericDate(now.Add(-time.Minute)),
		},
		Org: h.Acme.ID, Role: "LEADER", SID: SessionOf(h, h.LeoJWT),
	}
	if mutate != nil {
		mutate(&c)
	}
	return c
}

// SessionOf is the session of an issued access token.
func SessionOf(h *Harness, token string) int {
	raw, err := base64.RawURLEncoding.DecodeString(strings.Split(token, ".")[1])
	var c struct{ SID int }
	if err != nil || json.Unmarshal(raw, &c) != nil || c.SID == 0 {
		h.t.Fatalf("no session in token %q", token)
	}
	return c.SID
}

// ClaimsMap is Claims as a map, with claim name set to value.
func ClaimsMap(h *Harness, name string, value any) jwt.MapClaims {
	raw, _ := json.Marshal(Claims(h, nil))
	var m jwt.MapClaims
	_ = json.Unmarshal(raw, &m)
	m[name] = value
	return m
}

// Sign signs claims with method and key, under kid (none when empty).
func Sign(t testing.TB, method jwt.SigningMethod, claims jwt.Claims, kid string, key any) string {
	t.Helper()
	tok := jwt.NewWithClaims(method, claims)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	s, err := tok.SignedString(key)
	if err != nil {
		t.Fatalf("signing: %v", err)
	}
	return s
}

// Tamper rewrites the payload of token, keeping its header and signature.
func Tamper(t testing.TB, token string, change func(map[string]any)) string {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("not a JWT: %q", token)
	}
	raw, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		t.Fatalf("decoding payload: %v", err)
	}
	var payload map[string]any
	if err := json.Unmarshal(raw, &payload); err != nil {
		t.Fatalf("decoding payload: %v", err)
	}
	change(payload)
	raw, _ = json.Marshal(payload)
	parts[1] = base64.RawURLEncoding.EncodeToString(raw)
	return strings.Join(parts, ".")
}

// Unsigned builds a token with any header and no signature.
func Unsigned(header map[string]any, claims any) string {
	h, _ := json.Marshal(header)
	c, _ := json.Marshal(claims)
	return base64.RawURLEncoding.EncodeToString(h) + "." + base64.RawURLEncoding.EncodeToString(c) + "."
}
