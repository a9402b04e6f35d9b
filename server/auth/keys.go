// Package auth issues and checks Walker's credentials: access tokens (JWTs
// signed with Ed25519 keys kept in the database), integrator API tokens and
// invitation links.
package auth

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"walker/ent"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/ent/signingkey"
)

// Audience is the "aud" of every access token.
const Audience = "walker"

// ErrInvalidToken is returned for any token that does not verify; the cause is
// wrapped for logs and never shown to the client.
var ErrInvalidToken = errors.New("invalid or expired token")

// Claims are the claims of an access token.
type Claims struct {
	jwt.RegisteredClaims
	Org int `json:"org"`
	// SID is the sign-in session the token was issued for; the token works
	// only while that session does.
	SID int `json:"sid"`
	// Role is the role when the token was issued, for the record only: the
	// role that counts is read from the database on every request.
	Role string `json:"role"`
}

// Keys signs and verifies access tokens with the Ed25519 keys stored in the
// database, so that every replica verifies what any replica signed and keys
// can rotate. Safe for concurrent use.
type Keys struct {
	client *ent.Client
	issuer string
	ttl    time.Duration
	now    atomic.Pointer[func() time.Time]
	// ReloadEvery bounds how often a token with an unknown kid makes the
	// store reread the keys (a key rotated on another replica), so that
	// made-up kids cannot hammer the database. Default one second.
	ReloadEvery time.Duration

	mu         sync.RWMutex
	signing    *ent.SigningKey
	verify     map[string]ed25519.PublicKey
	lastReload time.Time
}

// NewKeys returns a key set issuing tokens from issuer valid for ttl.
func NewKeys(client *ent.Client, issuer string, ttl time.Duration) *Keys {
	k := &Keys{client: client, issuer: issuer, ttl: ttl, ReloadEvery: time.Second, verify: map[string]ed25519.PublicKey{}}
	k.SetClock(time.Now)
	return k
}

// SetClock replaces the clock that issues and checks tokens; tests use it to
// let access tokens expire without waiting. Safe while requests run.
func (k *Keys) SetClock(now func() time.Time) { k.now.Store(&now) }

func (k *Keys) time() time.Time { return (*k.now.Load())() }

// keyStore is the context of the key store's own reads and writes: signing
// keys are never reachable from a request.
func keyStore(ctx context.Context) context.Context { return rule.System(ctx, rule.JobSigningKeys) }

// signIn is the context of the credential checks and sessions, which act
// before anyone is signed in.
func signIn(ctx context.Context) context.Context { return rule.System(ctx, rule.JobSignIn) }

// Load reads the keys, generating the first one on a fresh database.
func (k *Keys) Load(ctx context.Context) error {
	ctx = keyStore(ctx)
	keys, err := k.client.SigningKey.Query().Order(ent.Desc(signingkey.FieldCreatedAt), ent.Desc(signingkey.FieldID)).All(ctx)
	if err != nil {
		return fmt.Errorf("loading signing keys: %w", err)
	}
	var signing *ent.SigningKey
	for _, key := range keys {
		if key.RetiredAt == nil {
			signing = key
			break
		}
	}
	if signing == nil {
		if signing, err = k.create(ctx); err != nil {
			return err
		}
		keys = append(keys, signing)
	}
	verify := make(map[string]ed25519.PublicKey, len(keys))
	for _, key := range keys {
		verify[key.Kid] = ed25519.PublicKey(key.PublicKey)
	}
	k.mu.Lock()
	k.signing, k.verify, k.lastReload = signing, verify, k.time()
	k.mu.Unlock()
	return nil
}

func (k *Keys) create(ctx context.Context) (*ent.SigningKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generating signing key: %w", err)
	}
	kid := make([]byte, 12)
	if _, err := rand.Read(kid); err != nil {
		return nil, fmt.Errorf("generating key id: %w", err)
	}
	key, err := k.client.SigningKey.Create().
		SetKid(base64.RawURLEncoding.EncodeToString(kid)).
		SetPublicKey(pub).SetPrivateKey(priv).Save(keyStore(ctx))
	if err != nil {
		return nil, fmt.Errorf("storing signing key: %w", err)
	}
	return key, nil
}

// Rotate makes a new signing key and retires the others; retired keys still
// verify the tokens they signed until those expire.
func (k *Keys) Rotate(ctx context.Context) error {
	ctx = keyStore(ctx)
	key, err := k.create(ctx)
	if err != nil {
		return err
	}
	if _, err := k.client.SigningKey.Update().
		Where(signingkey.IDNEQ(key.ID), signingkey.RetiredAtIsNil()).
		SetRetiredAt(k.time()).Save(ctx); err != nil {
		return fmt.Errorf("retiring signing keys: %w", err)
	}
	return k.Load(ctx)
}

// Issue signs an access token for a person.
func (k *Keys) Issue(leaderID, orgID int, role viewer.Role, sessionID int) (string, time.Time, error) {
	k.mu.RLock()
	key := k.signing
	k.mu.RUnlock()
	if key == nil {
		return "", time.Time{}, errors.New("signing keys not loaded")
	}
	now := k.time()
	exp := now.Add(k.ttl)
	claims := Claims{
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    k.issuer,
			Subject:   strconv.Itoa(leaderID),
			Audience:  jwt.ClaimStrings{Audience},
			ExpiresAt: jwt.NewNumericDate(exp),
			NotBefore: jwt.NewNumericDate(now),
			IssuedAt:  jwt.NewNumericDate(now),
		},
		Org: orgID, Role: string(role), SID: sessionID,
	}
	t := jwt.NewWithClaims(jwt.SigningMethodEdDSA, claims)
	t.Header["kid"] = key.Kid
	s, err := t.SignedString(ed25519.PrivateKey(key.PrivateKey))
	if err != nil {
		return "", time.Time{}, fmt.Errorf("signing token: %w", err)
	}
	return s, exp, nil
}

// Identity is who an access token says its bearer is. It says nothing about
// what they may do: that is read from the database on every request
// (Sessions.Viewer), so that revocation and role changes bite at once.
type Identity struct {
	LeaderID, OrganizationID, SessionID int
}

// Verify checks an access token — EdDSA only; issuer, audience, expiry,
// not-before and issued-at required and numeric; a lifetime no longer than
// the configured one; a positive subject, organization and session — and
// returns the identity it carries.
func (k *Keys) Verify(ctx context.Context, token string) (Identity, error) {
	parser := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodEdDSA.Alg()}),
		jwt.WithIssuer(k.issuer),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(k.time),
	)
	var claims Claims
	_, err := parser.ParseWithClaims(token, &claims, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		return k.publicKey(ctx, kid)
	})
	switch {
	case err != nil:
		return Identity{}, fmt.Errorf("%w: %w", ErrInvalidToken, err)
	case claims.NotBefore == nil:
		return Identity{}, fmt.Errorf("%w: no nbf", ErrInvalidToken)
	case claims.IssuedAt == nil:
		return Identity{}, fmt.Errorf("%w: no iat", ErrInvalidToken)
	case claims.ExpiresAt.Sub(claims.IssuedAt.Time) > k.ttl:
		// RFC 8725 §3.10: a token living longer than we issue is not ours.
		return Identity{}, fmt.Errorf("%w: lifetime %s exceeds %s", ErrInvalidToken, claims.ExpiresAt.Sub(claims.IssuedAt.Time), k.ttl)
	}
	id, err := strconv.Atoi(claims.Subject)
	if err != nil || id <= 0 || claims.Org <= 0 || claims.SID <= 0 {
		return Identity{}, fmt.Errorf("%w: bad subject, organization or session", ErrInvalidToken)
	}
	switch viewer.Role(claims.Role) {
	case viewer.RoleAdmin, viewer.RoleLeader, viewer.RoleMember:
	default:
		return Identity{}, fmt.Errorf("%w: bad role", ErrInvalidToken)
	}
	return Identity{LeaderID: id, OrganizationID: claims.Org, SessionID: claims.SID}, nil
}

// UnmarshalJSON refuses time claims that are not JSON numbers: golang-jwt
// reads "exp": "9999999999" (a string) as a date, RFC 7519 does not.
func (c *Claims) UnmarshalJSON(b []byte) error {
	var times struct {
		Exp json.RawMessage `json:"exp"`
		Nbf json.RawMessage `json:"nbf"`
		Iat json.RawMessage `json:"iat"`
	}
	if err := json.Unmarshal(b, &times); err != nil {
		return err
	}
	for name, v := range map[string]json.RawMessage{"exp": times.Exp, "nbf": times.Nbf, "iat": times.Iat} {
		if v != nil && !isJSONNumber(v) {
			return fmt.Errorf("claim %q is not a number", name)
		}
	}
	type plain Claims // without this method
	return json.Unmarshal(b, (*plain)(c))
}

func isJSONNumber(v json.RawMessage) bool {
	v = bytes.TrimSpace(v)
	return len(v) > 0 && (v[0] == '-' || (v[0] >= '0' && v[0] <= '9'))
}

func (k *Keys) publicKey(ctx context.Context, kid string) (ed25519.PublicKey, error) {
	if kid == "" {
		return nil, errors.New("no kid")
	}
	k.mu.RLock()
	key, ok := k.verify[kid]
	stale := k.time().Sub(k.lastReload) >= k.ReloadEvery
	k.mu.RUnlock()
	if ok {
		return key, nil
	}
	if stale {
		if err := k.Load(ctx); err != nil {
			return nil, err
		}
		k.mu.RLock()
		key, ok = k.verify[kid]
		k.mu.RUnlock()
		if ok {
			return key, nil
		}
	}
	return nil, fmt.Errorf("unknown kid %q", kid)
}
