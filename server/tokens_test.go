package server_test

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"walker/ent/schema/viewer"
	"walker/server/auth"
	"walker/server/servertest"
)

// This file sends forged, stale and revoked credentials through the real
// HTTP handler: every one must be refused with 401, UNAUTHENTICATED and a
// WWW-Authenticate challenge, and no data.

func TestTokensAccessTokenNegatives(t *testing.T) {
	h := servertest.New(t)
	key := servertest.SigningKey(t, h)
	priv, pub := ed25519.PrivateKey(key.PrivateKey), ed25519.PublicKey(key.PublicKey)
	_, otherPriv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	good := func(mutate func(*auth.Claims)) string {
		return servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.Claims(h, mutate), key.Kid, priv)
	}

	// Controls: the issued token and one forged here with the real key and
	// valid claims both sign in, so that each case below fails for the one
	// thing it breaks.
	t.Run("control: issued token", func(t *testing.T) { servertest.SignsInAs(t, h, h.LeoJWT, "Leo Leader") })
	t.Run("control: forged with the real key", func(t *testing.T) { servertest.SignsInAs(t, h, good(nil), "Leo Leader") })

	now := time.Now()
	noneTok, err := jwt.NewWithClaims(jwt.SigningMethodNone, servertest.Claims(h, nil)).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, token string }{
		{"alg none", noneTok},
		{"alg none with the real kid", servertest.Unsigned(map[string]any{"alg": "none", "typ": "JWT", "kid": key.Kid}, servertest.Claims(h, nil))},
		{"alg none, role ADMIN", servertest.Unsigned(map[string]any{"alg": "none", "kid": key.Kid}, servertest.Claims(h, func(c *auth.Claims) { c.Role = "ADMIN" }))},
		{"alg NONE with a copied signature", func() string {
			parts := strings.Split(good(nil), ".")
			return strings.TrimSuffix(servertest.Unsigned(map[string]any{"alg": "NONE", "kid": key.Kid}, servertest.Claims(h, nil)), ".") + "." + parts[2]
		}()},
		{"HS256 keyed with the public key", servertest.Sign(t, jwt.SigningMethodHS256, servertest.Claims(h, nil), key.Kid, []byte(pub))},
		{"HS256 keyed with the base64 public key", servertest.Sign(t, jwt.SigningMethodHS256, servertest.Claims(h, nil), key.Kid, []byte(base64.StdEncoding.EncodeToString(pub)))},
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
		{"exp as a string", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.ClaimsMap(h, "exp", strconv.FormatInt(now.Add(5*time.Minute).Unix(), 10)), key.Kid, priv)},
		{"nbf as a string", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.ClaimsMap(h, "nbf", strconv.FormatInt(now.Add(-time.Minute).Unix(), 10)), key.Kid, priv)},
		{"iat as a string", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.ClaimsMap(h, "iat", strconv.FormatInt(now.Add(-time.Minute).Unix(), 10)), key.Kid, priv)},
		{"exp as a boolean", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.ClaimsMap(h, "exp", true), key.Kid, priv)},
		{"iat null", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.ClaimsMap(h, "iat", nil), key.Kid, priv)},
		{"no session", good(func(c *auth.Claims) { c.SID = 0 })},
		{"an unknown session", good(func(c *auth.Claims) { c.SID = 1 << 40 })},
		{"another person's session", good(func(c *auth.Claims) { c.SID = servertest.SessionOf(h, h.AdaJWT) })},
		{"tampered: session", servertest.Tamper(t, h.LeoJWT, func(p map[string]any) { p["sid"] = servertest.SessionOf(h, h.AdaJWT) })},
		{"wrong audience", good(func(c *auth.Claims) { c.Audience = jwt.ClaimStrings{"not-walker"} })},
		{"no audience", good(func(c *auth.Claims) { c.Audience = nil })},
		{"wrong issuer", good(func(c *auth.Claims) { c.Issuer = "https://evil.example" })},
		{"issuer with a trailing slash", good(func(c *auth.Claims) { c.Issuer = servertest.PublicURL + "/" })},
		{"no issuer", good(func(c *auth.Claims) { c.Issuer = "" })},
		{"unknown kid", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.Claims(h, nil), "no-such-kid", priv)},
		{"no kid", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.Claims(h, nil), "", priv)},
		{"bad subject", good(func(c *auth.Claims) { c.Subject = "leo" })},
		{"no subject", good(func(c *auth.Claims) { c.Subject = "" })},
		{"no organization", good(func(c *auth.Claims) { c.Org = 0 })},
		{"unknown role", good(func(c *auth.Claims) { c.Role = "ROOT" })},
		{"lower-case role", good(func(c *auth.Claims) { c.Role = "admin" })},
		{"tampered: role ADMIN", servertest.Tamper(t, h.LeoJWT, func(p map[string]any) { p["role"] = "ADMIN" })},
		{"tampered: organization", servertest.Tamper(t, h.LeoJWT, func(p map[string]any) { p["org"] = h.Globex.ID })},
		{"tampered: subject", servertest.Tamper(t, h.LeoJWT, func(p map[string]any) { p["sub"] = strconv.Itoa(h.Ada.ID) })},
		{"tampered: expiry", servertest.Tamper(t, h.LeoJWT, func(p map[string]any) { p["exp"] = now.Add(24 * time.Hour).Unix() })},
		{"tampered: header kid", func() string {
			parts := strings.Split(h.LeoJWT, ".")
			hd, _ := json.Marshal(map[string]any{"alg": "EdDSA", "typ": "JWT", "kid": "other"})
			parts[0] = base64.RawURLEncoding.EncodeToString(hd)
			return strings.Join(parts, ".")
		}()},
		{"signature from another key", servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.Claims(h, nil), key.Kid, otherPriv)},
		{"signature of another token", func() string {
			a, b := strings.Split(h.LeoJWT, "."), strings.Split(h.AdaJWT, ".")
			return a[0] + "." + a[1] + "." + b[2]
		}()},
		{"signature cut off", strings.Join(strings.Split(h.LeoJWT, ".")[:2], ".") + "."},
		{"two parts", strings.Join(strings.Split(h.LeoJWT, ".")[:2], ".")},
		{"garbage", "garbage"},
		{"garbage in three parts", "a.b.c"},
		{"an API token prefix with garbage", "wk_garbage"},
		{"an unknown API token", "wk_" + base64.RawURLEncoding.EncodeToString(make([]byte, 32))},
		{"an overlong API token", "wk_" + strings.Repeat("A", 200)},
		{"an invitation secret", "wi_" + base64.RawURLEncoding.EncodeToString(make([]byte, 32))},
	} {
		t.Run(c.name, func(t *testing.T) { servertest.Unauthenticated(t, servertest.Viewer(t, h, "Bearer "+c.token)) })
	}
	for _, c := range []struct{ name, header string }{
		{"empty bearer", "Bearer "},
		{"basic scheme", "Basic YWRhOnNlY3JldA=="},
		{"token without a scheme", h.LeoJWT},
	} {
		t.Run(c.name, func(t *testing.T) { servertest.Unauthenticated(t, servertest.Viewer(t, h, c.header)) })
	}
	// After all that, the real tokens still work.
	t.Run("control: still signing in", func(t *testing.T) {
		servertest.SignsInAs(t, h, h.AdaJWT, "Ada Admin")
		servertest.SignsInAs(t, h, h.RWToken, "Ada Admin")
	})
}

func TestTokensAPITokenRevoked(t *testing.T) {
	h := servertest.New(t)
	var created struct {
		CreateAPIToken struct {
			Token    string
			APIToken struct{ ID, Prefix string }
		} `json:"createAPIToken"`
	}
	h.OK(h.AdaJWT, `mutation { createAPIToken(input: {name: "warehouse", scope: READ_WRITE, expiresInDays: 30}) { token apiToken { id prefix } } }`, nil, &created)
	secret := created.CreateAPIToken.Token
	if !strings.HasPrefix(secret, created.CreateAPIToken.APIToken.Prefix) {
		t.Fatalf("token %q does not start with its prefix %q", secret, created.CreateAPIToken.APIToken.Prefix)
	}
	servertest.SignsInAs(t, h, secret, "Ada Admin")

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
	h.OK(h.AdaJWT, `{ apiTokens(first: 10, where: {name: "warehouse"}) { edges { node { id prefix revokedAt lastUsedAt } } } }`, nil, &list)
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
	h.OK(h.AdaJWT, `mutation($id: ID!) { revokeAPIToken(id: $id) { id } }`, map[string]any{"id": node.ID}, &revoked)
	if revoked.RevokeAPIToken.ID != node.ID {
		t.Fatalf("revoked %+v", revoked)
	}
	h.OK(h.AdaJWT, `{ apiTokens(first: 10, where: {name: "warehouse"}) { edges { node { id prefix revokedAt lastUsedAt } } } }`, nil, &list)
	if list.APITokens.Edges[0].Node.RevokedAt == nil {
		t.Fatalf("revokedAt not set: %+v", list)
	}
	servertest.Unauthenticated(t, servertest.Viewer(t, h, "Bearer "+secret))
	// Writes too: a revoked token creates nothing.
	counts := servertest.Counts(t, h)
	resp := h.Do(secret, `mutation { createCustomer(input: {name: "After revocation"}) { id } }`, nil)
	servertest.Unauthenticated(t, resp)
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	// The other tokens are untouched.
	servertest.SignsInAs(t, h, h.RWToken, "Ada Admin")
	servertest.SignsInAs(t, h, h.ReadToken, "Ada Admin")
}

func TestTokensAPITokenExpired(t *testing.T) {
	h := servertest.New(t)
	ctx := servertest.System()
	mk := func(name string, expires *time.Time) string {
		_, secret, err := auth.CreateAPIToken(ctx, h.Store.Client, auth.APITokenSpec{
			OrganizationID: h.Acme.ID, CreatorID: h.Ada.ID, Name: name, Scopes: viewer.ReadWriteScopes, ExpiresAt: expires,
		})
		if err != nil {
			t.Fatalf("creating %s: %v", name, err)
		}
		return secret
	}
	past, soon := time.Now().Add(-time.Second), time.Now().Add(time.Hour)
	expired, valid, forever := mk("expired", &past), mk("valid", &soon), mk("forever", nil)
	servertest.Unauthenticated(t, servertest.Viewer(t, h, "Bearer "+expired))
	servertest.SignsInAs(t, h, valid, "Ada Admin")
	servertest.SignsInAs(t, h, forever, "Ada Admin")
}

func TestTokensAPITokenOfDeactivatedCreator(t *testing.T) {
	h := servertest.New(t)
	ctx := servertest.System()
	_, secret, err := auth.CreateAPIToken(ctx, h.Store.Client, auth.APITokenSpec{
		OrganizationID: h.Acme.ID, CreatorID: h.Leo.ID, Name: "leo's", Scopes: viewer.ReadScopes,
	})
	if err != nil {
		t.Fatal(err)
	}
	servertest.SignsInAs(t, h, secret, "Leo Leader")
	h.Store.Client.Leader.UpdateOneID(h.Leo.ID).SetDeactivatedAt(time.Now()).ExecX(ctx)
	servertest.Unauthenticated(t, servertest.Viewer(t, h, "Bearer "+secret))
	servertest.SignsInAs(t, h, h.RWToken, "Ada Admin") // Ada's tokens go on
}

func TestTokensRotatedKey(t *testing.T) {
	h := servertest.New(t)
	old := servertest.SigningKey(t, h)
	issued := h.LeoJWT
	if err := h.Server.Keys().Rotate(servertest.System()); err != nil {
		t.Fatalf("rotating: %v", err)
	}
	// A token signed by the retired key verifies until it expires…
	servertest.SignsInAs(t, h, issued, "Leo Leader")
	// …new tokens are signed by the new key…
	fresh := h.JWT(h.Leo)
	servertest.SignsInAs(t, h, fresh, "Leo Leader")
	var hdr struct{ Kid string }
	raw, _ := base64.RawURLEncoding.DecodeString(strings.Split(fresh, ".")[0])
	if json.Unmarshal(raw, &hdr) != nil || hdr.Kid == old.Kid || hdr.Kid == "" {
		t.Fatalf("fresh token's kid %q, old %q", hdr.Kid, old.Kid)
	}
	// …and the retired key cannot be used to smuggle in an expired token.
	expired := servertest.Sign(t, jwt.SigningMethodEdDSA, servertest.Claims(h, func(c *auth.Claims) {
		c.ExpiresAt = jwt.NewNumericDate(time.Now().Add(-time.Second))
	}), old.Kid, ed25519.PrivateKey(old.PrivateKey))
	servertest.Unauthenticated(t, servertest.Viewer(t, h, "Bearer "+expired))
}
