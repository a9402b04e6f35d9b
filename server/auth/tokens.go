package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Prefixes of the secrets Walker hands out, so that a leaked one is recognisable.
const (
	APITokenPrefix   = "wk_"
	InvitationPrefix = "wi_"
	// SetupPrefix marks the first-run setup link's secret.
	SetupPrefix = "ws_"
)

// Token lifetimes and limits.
const (
	DefaultAPITokenTTL = 90 * 24 * time.Hour
	MaxAPITokenTTL     = 730 * 24 * time.Hour
	InvitationTTL      = 7 * 24 * time.Hour
	// lastUsedEvery throttles the write that records a token's last use.
	lastUsedEvery = time.Minute
)

// NewSecret returns a random secret with prefix and its SHA-256 hash, which is
// all that is stored.
func NewSecret(prefix string) (secret, hash string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("generating secret: %w", err)
	}
	secret = prefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, Hash(secret), nil
}

// Hash is the stored form of a secret. Secrets are 256 random bits, so a fast
// hash is enough: there is nothing to brute-force.
func Hash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// APITokenSpec describes a new integrator token. OrganizationID and CreatorID
// are needed only without a viewer (the CLI); with one they come from it.
type APITokenSpec struct {
	OrganizationID, CreatorID int
	Name                      string
	Scopes                    []viewer.Scope // as viewer.ParseScopes returns them
	// ExpiresAt nil means the token never expires; callers decide that
	// explicitly (see ExpiryFor).
	ExpiresAt *time.Time
}

// ExpiryFor turns "days, or no expiry" into an expiry time, refusing
// contradictory or out-of-range requests.
func ExpiryFor(now time.Time, days *int, noExpiry bool) (*time.Time, error) {
	if noExpiry {
		if days != nil && *days != int(DefaultAPITokenTTL/(24*time.Hour)) {
			return nil, fmt.Errorf("give either an expiry in days or noExpiry, not both")
		}
		return nil, nil
	}
	d := int(DefaultAPITokenTTL / (24 * time.Hour))
	if days != nil {
		d = *days
	}
	if d < 1 || time.Duration(d)*24*time.Hour > MaxAPITokenTTL {
		return nil, fmt.Errorf("expiry must be 1 to %d days", int(MaxAPITokenTTL/(24*time.Hour)))
	}
	t := now.Add(time.Duration(d) * 24 * time.Hour).UTC()
	return &t, nil
}

// CreateAPIToken stores a new token and returns it with its secret, which is
// shown once and never stored.
func CreateAPIToken(ctx context.Context, client *ent.Client, spec APITokenSpec) (*ent.APIToken, string, error) {
	if len(spec.Scopes) == 0 {
		return nil, "", rule.Invalid("scopes", "choose at least one scope")
	}
	secret, hash, err := NewSecret(APITokenPrefix)
	if err != nil {
		return nil, "", err
	}
	t, err := client.APIToken.Create().
		SetOrganizationID(spec.OrganizationID).SetCreatedByID(spec.CreatorID).
		SetName(spec.Name).SetScope(Shorthand(spec.Scopes)).SetScopes(viewer.Names(spec.Scopes)).SetNillableExpiresAt(spec.ExpiresAt).
		SetPrefix(secret[:len(APITokenPrefix)+6]).SetTokenHash(hash).
		Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return t, secret, nil
}

// APIToken returns the viewer an integrator token stands for. Tokens act as
// their creator with the LEADER role, never as an admin, so that a leaked
// token cannot mint tokens or manage people. What it reads is remembered as
// Viewer does: for at most ViewerTTL on this replica, forgotten at once when
// this replica revokes or changes a token or its creator's access. So a
// revocation bites on the next request here, and within ViewerTTL on other
// replicas; the token's expiry is checked on every request.
func (s *Sessions) APIToken(ctx context.Context, secret string) (*viewer.Viewer, error) {
	if !strings.HasPrefix(secret, APITokenPrefix) || len(secret) > 100 {
		return nil, fmt.Errorf("%w: not an API token", ErrInvalidToken)
	}
	ctx = signIn(ctx)
	now, hash := s.now(), Hash(secret)
	t, ok := s.viewers.token(hash)
	if !ok || t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) > lastUsedEvery {
		gen := s.viewers.generation()
		// A token stops working with its creator's access.
		found, err := s.client.APIToken.Query().
			Where(apitoken.TokenHash(hash), apitoken.HasCreatedByWith(leader.DeactivatedAtIsNil())).
			Only(ctx)
		switch {
		case ent.IsNotFound(err):
			return nil, fmt.Errorf("%w: unknown API token", ErrInvalidToken)
		case err != nil:
			return nil, fmt.Errorf("looking up API token: %w", err)
		case found.RevokedAt != nil:
			return nil, fmt.Errorf("%w: revoked API token %d", ErrInvalidToken, found.ID)
		}
		if found.LastUsedAt == nil || now.Sub(*found.LastUsedAt) > lastUsedEvery {
			if err := s.client.APIToken.UpdateOneID(found.ID).SetLastUsedAt(now).Exec(ctx); err != nil {
				return nil, fmt.Errorf("recording API token use: %w", err)
			}
			found.LastUsedAt = &now
		}
		s.viewers.putToken(hash, found, gen)
		t = found
	}
	if t.ExpiresAt != nil && !now.Before(*t.ExpiresAt) {
		return nil, fmt.Errorf("%w: expired API token %d", ErrInvalidToken, t.ID)
	}
	return &viewer.Viewer{
		OrganizationID: t.OrganizationID, LeaderID: t.CreatedByID,
		Role: viewer.RoleLeader, TokenID: t.ID, Scopes: Scopes(t),
	}, nil
}

// Scopes are what t may do. A token made before scopes were stored has the
// shorthand it was made with.
func Scopes(t *ent.APIToken) []viewer.Scope {
	if len(t.Scopes) == 0 {
		return viewer.Of(t.Scope.String())
	}
	out := make([]viewer.Scope, len(t.Scopes))
	for i, s := range t.Scopes {
		out[i] = viewer.Scope(s)
	}
	return out
}

// sortedScopes is scopes sorted, each once.
func sortedScopes(scopes []viewer.Scope) []viewer.Scope {
	return slices.Compact(slices.Sorted(slices.Values(scopes)))
}

// Shorthand is READ or READ_WRITE for exactly those shorthands' scopes, and
// CUSTOM for any other choice.
func Shorthand(scopes []viewer.Scope) apitoken.Scope {
	scopes = sortedScopes(scopes)
	same := func(short []viewer.Scope) bool { return slices.Equal(sortedScopes(short), scopes) }
	switch {
	case same(viewer.ReadScopes):
		return apitoken.ScopeREAD
	case same(viewer.ReadWriteScopes):
		return apitoken.ScopeREAD_WRITE
	}
	return apitoken.ScopeCUSTOM
}

// InvitationSpec describes a new invitation; OrganizationID and InviterID are
// needed only without a viewer (the CLI).
type InvitationSpec struct {
	OrganizationID int
	InviterID      *int
	Email          string
	Role           invitation.Role
	LeaderID       *int
}

// CreateInvitation stores a one-time invitation valid for InvitationTTL and
// returns it with its secret, which is shown once.
func CreateInvitation(ctx context.Context, client *ent.Client, spec InvitationSpec, now time.Time) (*ent.Invitation, string, error) {
	// Inviting someone who already has an account lets them add a passkey
	// to it (recovery) instead of creating a second person, whichever way
	// the invitation is made (GraphQL or `walker invite`).
	spec.Email = rule.NormalizeEmailAddress(spec.Email)
	if spec.LeaderID == nil && spec.Email != "" {
		l, err := client.Leader.Query().
			Where(leader.OrganizationID(spec.OrganizationID), leader.Email(spec.Email)).Only(ctx)
		switch {
		case err == nil:
			spec.LeaderID = &l.ID
		case !ent.IsNotFound(err):
			return nil, "", fmt.Errorf("looking for the invited person: %w", err)
		}
	}
	secret, hash, err := NewSecret(InvitationPrefix)
	if err != nil {
		return nil, "", err
	}
	inv, err := client.Invitation.Create().
		SetOrganizationID(spec.OrganizationID).SetNillableInvitedByID(spec.InviterID).
		SetNillableEmail(nonEmpty(spec.Email)).SetRole(spec.Role).SetNillableLeaderID(spec.LeaderID).
		SetTokenHash(hash).SetExpiresAt(now.Add(InvitationTTL)).
		Save(ctx)
	if err != nil {
		return nil, "", err
	}
	return inv, secret, nil
}

// InvitationURL is the link a person opens to accept an invitation.
func InvitationURL(publicURL, secret string) string {
	return strings.TrimRight(publicURL, "/") + "/invite/" + secret
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
