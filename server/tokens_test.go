package server_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/server/auth"
)

// This file sends forged, stale and revoked credentials through the real
// HTTP handler: every one must be refused with 401, UNAUTHENTICATED and a
// WWW-Authenticate challenge, and no data.

const tkIssuer = "http://localhost:8080"

// tkRequest posts a viewer query with the Authorization header set to
// authorization (none when empty).
func tkRequest(t *testing.T, h *harness, authorization string) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": `{ viewer { id name } organization { name } }`})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	rec := httptest.NewRecorder()
	h.handler.ServeHTTP(rec, req)
	var resp gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("decoding response %q: %v", rec.Body.String(), err)
	}
	resp.Status, resp.Header = rec.Code, rec.Header()
	return resp
}

// tkRefused checks the 401 answer to a bad credential.
func tkRefused(t *testing.T, resp gqlResponse) {
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

// tkAccepted checks that a credential signs in as name.
func tkAccepted(t *testing.T, h *harness, token, name string) {
	t.Helper()
	resp := tkRequest(t, h, "Bearer "+token)
	var out struct{ Viewer struct{ Name string } }
	if resp.Status != http.StatusOK || len(resp.Errors) > 0 || json.Unmarshal(resp.Data, &out) != nil || out.Viewer.Name != name {
		t.Fatalf("want signed in as %s, got status %d errors %+v data %s", name, resp.Status, resp.Errors, resp.Data)
	}
}

// tkKey is the server's signing key, read from the store.
func tkKey(t *testing.T, h *harness) *ent.SigningKey {
	t.Helper()
	k, err := h.store.Client.SigningKey.Query().Only(tnSys())
	if err != nil {
		t.Fatalf("reading the signing key: %v", err)
	}
	return k
}

// tkClaims are valid claims for Leo; mutate them to break one thing.
func tkClaims(h *harness, mutate func(*auth.Claims)) auth.Claims {
	now := time.Now()
	c := auth.Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    tkIssuer,
			Subject:   strconv.Itoa(h.leo.ID),
			Audience:  jwt.ClaimStrings{auth.Audience},
			ExpiresAt: jwt.NewNumericDate(now.Add(5 * time.Minute)),
			NotBefore: jwt.NewNumericDate(now.Add(-time.Minute)),
			IssuedAt:  jwt.NewNumericDate(now.Add(-time.Minute)),
		},
		Org: h.acme.ID, Role: "LEADER", SID: tkSID(h, h.leoJWT),
	}
	if mutate != nil {
		mutate(&c)
	}
	return c
}

// tkSID is the session of an issued access token.
func tkSID(h *harness, token string) int {
	raw, err := base64.RawURLEncoding.DecodeString(strings.Split(token, ".")[1])
	var c struct{ SID int }
	if err != nil || json.Unmarshal(raw, &c) != nil || c.SID == 0 {
		h.t.Fatalf("no session in token %q", token)
	}
	return c.SID
}

// tkMap is tkClaims as a map, with claim name set to value.
func tkMap(h *harness, name string, value any) jwt.MapClaims {
	raw, _ := json.Marshal(tkClaims(h, nil))
	var m jwt.MapClaims
	_ = json.Unmarshal(raw, &m)
	m[name] = value
	return m
}

// tkSign signs claims with method and key, under kid (none when empty).
func tkSign(t *testing.T, method jwt.SigningMethod, claims jwt.Claims, kid string, key any) string {
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

// tkTamper rewrites the payload of token, keeping its header and signature.
func tkTamper(t *testing.T, token string, change func(map[string]any)) string {
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

// tkUnsigned builds a token with any header and no signature.
func tkUnsigned(header map[string]any, claims any) string {
	h, _ := json.Marshal(header)
	c, _ := json.Marshal(claims)
	return base64.RawURLEncoding.EncodeToString(h) + "." + base64.RawURLEncoding.EncodeToString(c) + "."
}

func TestTokensAccessTokenNegatives(t *testing.T) {
	h := newHarness(t)
	key := tkKey(t, h)
	priv, pub := ed25519.PrivateKey(key.PrivateKey), ed25519.PublicKey(key.PublicKey)
	_, otherPriv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	good := func(mutate func(*auth.Claims)) string {
		return tkSign(t, jwt.SigningMethodEdDSA, tkClaims(h, mutate), key.Kid, priv)
	}

	// Controls: the issued token and one forged here with the real key and
	// valid claims both sign in, so that each case below fails for the one
	// thing it breaks.
	t.Run("control: issued token", func(t *testing.T) { tkAccepted(t, h, h.leoJWT, "Leo Leader") })
	t.Run("control: forged with the real key", func(t *testing.T) { tkAccepted(t, h, good(nil), "Leo Leader") })

	now := time.Now()
	noneTok, err := jwt.NewWithClaims(jwt.SigningMethodNone, tkClaims(h, nil)).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, token string }{
		{"alg none", noneTok},
		{"alg none with the real kid", tkUnsigned(map[string]any{"alg": "none", "typ": "JWT", "kid": key.Kid}, tkClaims(h, nil))},
		{"alg none, role ADMIN", tkUnsigned(map[string]any{"alg": "none", "kid": key.Kid}, tkClaims(h, func(c *auth.Claims) { c.Role = "ADMIN" }))},
		{"alg NONE with a copied signature", func() string {
			parts := strings.Split(good(nil), ".")
			return strings.TrimSuffix(tkUnsigned(map[string]any{"alg": "NONE", "kid": key.Kid}, tkClaims(h, nil)), ".") + "." + parts[2]
		}()},
		{"HS256 keyed with the public key", tkSign(t, jwt.SigningMethodHS256, tkClaims(h, nil), key.Kid, []byte(pub))},
		{"HS256 keyed with the base64 public key", tkSign(t, jwt.SigningMethodHS256, tkClaims(h, nil), key.Kid, []byte(base64.StdEncoding.EncodeToString(pub)))},
		{"expired", good(func(c *auth.Claims) {
			c.ExpiresAt = jwt.NewNumericDate(now.Add(-time.Minute))
			c.NotBefore = jwt.NewNumericDate(now.Add(-20 * time.Minute))
			c.IssuedAt = c.NotBefore
		})},
		{"not yet valid", good(func(c *auth.Claims) { c.NotBefore = jwt.NewNumericDate(now.Add(2 * time.Minute)) })},
		{"no exp", good(func(c *auth.Claims) { c.ExpiresAt = nil })},
		{"no nbf", good(func(c *auth.Claims) { c.NotBefore = nil })},
		{"no iat", good(func(c *auth.Claims) { c.IssuedAt = nil })},
		{"issued in the future", good(func(c *auth.Claims) { c.IssuedAt = jwt.NewNumericDate(now.Add(time.Minute)) })},
		{"lifetime longer than configured", good(func(c *auth.Claims) {
			c.IssuedAt = jwt.NewNumericDate(now.Add(-time.Minute))
			c.ExpiresAt = jwt.NewNumericDate(now.Add(15 * time.Minute)) // 16 minutes
		})},
		{"a year-long token", good(func(c *auth.Claims) { c.ExpiresAt = jwt.NewNumericDate(now.Add(365 * 24 * time.Hour)) })},
		{"exp as a string", tkSign(t, jwt.SigningMethodEdDSA, tkMap(h, "exp", strconv.FormatInt(now.Add(5*time.Minute).Unix(), 10)), key.Kid, priv)},
		{"nbf as a string", tkSign(t, jwt.SigningMethodEdDSA, tkMap(h, "nbf", strconv.FormatInt(now.Add(-time.Minute).Unix(), 10)), key.Kid, priv)},
		{"iat as a string", tkSign(t, jwt.SigningMethodEdDSA, tkMap(h, "iat", strconv.FormatInt(now.Add(-time.Minute).Unix(), 10)), key.Kid, priv)},
		{"exp as a boolean", tkSign(t, jwt.SigningMethodEdDSA, tkMap(h, "exp", true), key.Kid, priv)},
		{"iat null", tkSign(t, jwt.SigningMethodEdDSA, tkMap(h, "iat", nil), key.Kid, priv)},
		{"no session", good(func(c *auth.Claims) { c.SID = 0 })},
		{"an unknown session", good(func(c *auth.Claims) { c.SID = 1 << 40 })},
		{"another person's session", good(func(c *auth.Claims) { c.SID = tkSID(h, h.adaJWT) })},
		{"tampered: session", tkTamper(t, h.leoJWT, func(p map[string]any) { p["sid"] = tkSID(h, h.adaJWT) })},
		{"wrong audience", good(func(c *auth.Claims) { c.Audience = jwt.ClaimStrings{"not-walker"} })},
		{"no audience", good(func(c *auth.Claims) { c.Audience = nil })},
		{"wrong issuer", good(func(c *auth.Claims) { c.Issuer = "https://evil.example" })},
		{"issuer with a trailing slash", good(func(c *auth.Claims) { c.Issuer = tkIssuer + "/" })},
		{"no issuer", good(func(c *auth.Claims) { c.Issuer = "" })},
		{"unknown kid", tkSign(t, jwt.SigningMethodEdDSA, tkClaims(h, nil), "no-such-kid", priv)},
		{"no kid", tkSign(t, jwt.SigningMethodEdDSA, tkClaims(h, nil), "", priv)},
		{"bad subject", good(func(c *auth.Claims) { c.Subject = "leo" })},
		{"no subject", good(func(c *auth.Claims) { c.Subject = "" })},
		{"no organization", good(func(c *auth.Claims) { c.Org = 0 })},
		{"unknown role", good(func(c *auth.Claims) { c.Role = "ROOT" })},
		{"lower-case role", good(func(c *auth.Claims) { c.Role = "admin" })},
		{"tampered: role ADMIN", tkTamper(t, h.leoJWT, func(p map[string]any) { p["role"] = "ADMIN" })},
		{"tampered: organization", tkTamper(t, h.leoJWT, func(p map[string]any) { p["org"] = h.globex.ID })},
		{"tampered: subject", tkTamper(t, h.leoJWT, func(p map[string]any) { p["sub"] = strconv.Itoa(h.ada.ID) })},
		{"tampered: expiry", tkTamper(t, h.leoJWT, func(p map[string]any) { p["exp"] = now.Add(24 * time.Hour).Unix() })},
		{"tampered: header kid", func() string {
			parts := strings.Split(h.leoJWT, ".")
			hd, _ := json.Marshal(map[string]any{"alg": "EdDSA", "typ": "JWT", "kid": "other"})
			parts[0] = base64.RawURLEncoding.EncodeToString(hd)
			return strings.Join(parts, ".")
		}()},
		{"signature from another key", tkSign(t, jwt.SigningMethodEdDSA, tkClaims(h, nil), key.Kid, otherPriv)},
		{"signature of another token", func() string {
			a, b := strings.Split(h.leoJWT, "."), strings.Split(h.adaJWT, ".")
			return a[0] + "." + a[1] + "." + b[2]
		}()},
		{"signature cut off", strings.Join(strings.Split(h.leoJWT, ".")[:2], ".") + "."},
		{"two parts", strings.Join(strings.Split(h.leoJWT, ".")[:2], ".")},
		{"garbage", "garbage"},
		{"garbage in three parts", "a.b.c"},
		{"an API token prefix with garbage", "wk_garbage"},
		{"an unknown API token", "wk_" + base64.RawURLEncoding.EncodeToString(make([]byte, 32))},
		{"an overlong API token", "wk_" + strings.Repeat("A", 200)},
		{"an invitation secret", "wi_" + base64.RawURLEncoding.EncodeToString(make([]byte, 32))},
	} {
		t.Run(c.name, func(t *testing.T) { tkRefused(t, tkRequest(t, h, "Bearer "+c.token)) })
	}
	for _, c := range []struct{ name, header string }{
		{"empty bearer", "Bearer "},
		{"basic scheme", "Basic YWRhOnNlY3JldA=="},
		{"token without a scheme", h.leoJWT},
	} {
		t.Run(c.name, func(t *testing.T) { tkRefused(t, tkRequest(t, h, c.header)) })
	}
	// After all that, the real tokens still work.
	t.Run("control: still signing in", func(t *testing.T) {
		tkAccepted(t, h, h.adaJWT, "Ada Admin")
		tkAccepted(t, h, h.rwToken, "Ada Admin")
	})
}

func TestTokensAPITokenRevoked(t *testing.T) {
	h := newHarness(t)
	var created struct {
		CreateAPIToken struct {
			Token    string
			APIToken struct{ ID, Prefix string }
		} `json:"createAPIToken"`
	}
	h.ok(h.adaJWT, `mutation { createAPIToken(input: {name: "warehouse", scope: READ_WRITE, expiresInDays: 30}) { token apiToken { id prefix } } }`, nil, &created)
	secret := created.CreateAPIToken.Token
	if !strings.HasPrefix(secret, created.CreateAPIToken.APIToken.Prefix) {
		t.Fatalf("token %q does not start with its prefix %q", secret, created.CreateAPIToken.APIToken.Prefix)
	}
	tkAccepted(t, h, secret, "Ada Admin")

	// Find it the way an admin would: by name in the list.
	var list struct {
		APITokens struct {
			Edges []struct {
				Node struct {
					ID, Prefix string
					RevokedAt  *time.Time
					LastUsedAt *time.Time
				}
			}
		} `json:"apiTokens"`
	}
	h.ok(h.adaJWT, `{ apiTokens(first: 10, where: {name: "warehouse"}) { edges { node { id prefix revokedAt lastUsedAt } } } }`, nil, &list)
	if len(list.APITokens.Edges) != 1 {
		t.Fatalf("apiTokens: %+v", list)
	}
	node := list.APITokens.Edges[0].Node
	if node.ID != created.CreateAPIToken.APIToken.ID || node.RevokedAt != nil || node.LastUsedAt == nil {
		t.Fatalf("listed token: %+v", node)
	}
	var revoked struct {
		RevokeAPIToken struct{ ID string } `json:"revokeAPIToken"`
	}
	h.ok(h.adaJWT, `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": node.ID}, &revoked)
	if revoked.RevokeAPIToken.ID != node.ID {
		t.Fatalf("revoked %+v", revoked)
	}
	h.ok(h.adaJWT, `{ apiTokens(first: 10, where: {name: "warehouse"}) { edges { node { id prefix revokedAt lastUsedAt } } } }`, nil, &list)
	if list.APITokens.Edges[0].Node.RevokedAt == nil {
		t.Fatalf("revokedAt not set: %+v", list)
	}
	tkRefused(t, tkRequest(t, h, "Bearer "+secret))
	// Writes too: a revoked token creates nothing.
	counts := tnCounts(t, h)
	resp := h.do(secret, `mutation { createCustomer(input: {name: "After revocation"}) { id } }`, nil)
	tkRefused(t, resp)
	tnSameCounts(t, counts, tnCounts(t, h))
	// The other tokens are untouched.
	tkAccepted(t, h, h.rwToken, "Ada Admin")
	tkAccepted(t, h, h.readToken, "Ada Admin")
}

func TestTokensAPITokenExpired(t *testing.T) {
	h := newHarness(t)
	ctx := tnSys()
	mk := func(name string, expires *time.Time) string {
		_, secret, err := auth.CreateAPIToken(ctx, h.store.Client, auth.APITokenSpec{
			OrganizationID: h.acme.ID, CreatorID: h.ada.ID, Name: name, Scope: apitoken.ScopeREAD_WRITE, ExpiresAt: expires,
		})
		if err != nil {
			t.Fatalf("creating %s: %v", name, err)
		}
		return secret
	}
	past, soon := time.Now().Add(-time.Second), time.Now().Add(time.Hour)
	expired, valid, forever := mk("expired", &past), mk("valid", &soon), mk("forever", nil)
	tkRefused(t, tkRequest(t, h, "Bearer "+expired))
	tkAccepted(t, h, valid, "Ada Admin")
	tkAccepted(t, h, forever, "Ada Admin")
}

func TestTokensAPITokenOfDeactivatedCreator(t *testing.T) {
	h := newHarness(t)
	ctx := tnSys()
	_, secret, err := auth.CreateAPIToken(ctx, h.store.Client, auth.APITokenSpec{
		OrganizationID: h.acme.ID, CreatorID: h.leo.ID, Name: "leo's", Scope: apitoken.ScopeREAD,
	})
	if err != nil {
		t.Fatal(err)
	}
	tkAccepted(t, h, secret, "Leo Leader")
	h.store.Client.Leader.UpdateOneID(h.leo.ID).SetDeactivatedAt(time.Now()).ExecX(ctx)
	tkRefused(t, tkRequest(t, h, "Bearer "+secret))
	tkAccepted(t, h, h.rwToken, "Ada Admin") // Ada's tokens go on
}

func TestTokensRotatedKey(t *testing.T) {
	h := newHarness(t)
	old := tkKey(t, h)
	issued := h.leoJWT
	if err := h.srv.Keys().Rotate(tnSys()); err != nil {
		t.Fatalf("rotating: %v", err)
	}
	// A token signed by the retired key verifies until it expires…
	tkAccepted(t, h, issued, "Leo Leader")
	// …new tokens are signed by the new key…
	fresh := h.jwt(h.leo)
	tkAccepted(t, h, fresh, "Leo Leader")
	var hdr struct{ Kid string }
	raw, _ := base64.RawURLEncoding.DecodeString(strings.Split(fresh, ".")[0])
	if json.Unmarshal(raw, &hdr) != nil || hdr.Kid == old.Kid || hdr.Kid == "" {
		t.Fatalf("fresh token's kid %q, old %q", hdr.Kid, old.Kid)
	}
	// …and the retired key cannot be used to smuggle in an expired token.
	expired := tkSign(t, jwt.SigningMethodEdDSA, tkClaims(h, func(c *auth.Claims) {
		c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(-time.Second))
	}), old.Kid, ed25519.PrivateKey(old.PrivateKey))
	tkRefused(t, tkRequest(t, h, "Bearer "+expired))
}
