package auth

import (
	"context"
	"errors"
	"fmt"
	"time"

	"walker/ent"
	"walker/ent/leader"
	"walker/ent/schema/viewer"
	"walker/ent/session"
)

// Session lifetimes and the prefix of refresh tokens.
const (
	RefreshPrefix = "wr_"
	RefreshTTL    = 30 * 24 * time.Hour
)

// ErrSessionReused is returned when an already-rotated refresh token comes
// back: it was stolen or replayed, and its whole family is revoked.
var ErrSessionReused = errors.New("refresh token reused: session revoked")

// Sessions issues and rotates refresh tokens (stored hashed, in families:
// one family per sign-in) and the access tokens that go with them.
type Sessions struct {
	client  *ent.Client
	keys    *Keys
	now     func() time.Time
	viewers *viewerCache
}

// NewSessions returns the session store over client, signing with keys. It
// hooks client's changes of people and sessions, to forget what it read of
// them (see Viewer).
func NewSessions(client *ent.Client, keys *Keys) *Sessions {
	s := &Sessions{client: client, keys: keys, now: time.Now, viewers: newViewerCache()}
	client.Leader.Use(s.viewers.forgetOnChange)
	client.Session.Use(s.viewers.forgetOnChange)
	client.APIToken.Use(s.viewers.forgetOnChange)
	return s
}

// Tokens are what a sign-in or a refresh hands out.
type Tokens struct {
	AccessToken  string    `json:"accessToken"`
	ExpiresAt    time.Time `json:"expiresAt"`
	RefreshToken string    `json:"-"`
	RefreshUntil time.Time `json:"-"`
}

// Start opens a session (a new family) for l.
func (s *Sessions) Start(ctx context.Context, l *ent.Leader, userAgent string) (*Tokens, error) {
	family, _, err := NewSecret("")
	if err != nil {
		return nil, err
	}
	return s.issue(signIn(ctx), s.client, l, family, userAgent)
}

func (s *Sessions) issue(ctx context.Context, c *ent.Client, l *ent.Leader, family, userAgent string) (*Tokens, error) {
	secret, hash, err := NewSecret(RefreshPrefix)
	if err != nil {
		return nil, err
	}
	if len(userAgent) > 512 {
		userAgent = userAgent[:512]
	}
	until := s.now().Add(RefreshTTL)
	sess, err := c.Session.Create().SetOrganizationID(l.OrganizationID).SetLeaderID(l.ID).
		SetFamily(family).SetTokenHash(hash).SetExpiresAt(until).SetUserAgent(userAgent).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("storing session: %w", err)
	}
	access, exp, err := s.keys.Issue(l.ID, l.OrganizationID, viewer.Role(l.Role), sess.ID)
	if err != nil {
		return nil, err
	}
	return &Tokens{AccessToken: access, ExpiresAt: exp, RefreshToken: secret, RefreshUntil: until}, nil
}

// Refresh rotates a refresh token: the presented one is spent and a new one
// of the same family returned. A spent token presented again revokes the
// family (ErrSessionReused).
func (s *Sessions) Refresh(ctx context.Context, refresh, userAgent string) (*Tokens, error) {
	ctx = signIn(ctx)
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	t, err := s.refresh(ctx, tx.Client(), refresh, userAgent)
	if err != nil && !errors.Is(err, ErrSessionReused) {
		return nil, errors.Join(err, tx.Rollback())
	}
	if cerr := tx.Commit(); cerr != nil {
		return nil, cerr
	}
	return t, err
}

func (s *Sessions) refresh(ctx context.Context, c *ent.Client, refresh, userAgent string) (*Tokens, error) {
	now := s.now()
	sess, err := c.Session.Query().Where(session.TokenHash(Hash(refresh))).WithLeader().Only(ctx)
	switch {
	case ent.IsNotFound(err):
		return nil, fmt.Errorf("%w: unknown refresh token", ErrInvalidToken)
	case err != nil:
		return nil, err
	case sess.RotatedAt != nil:
		if _, err := c.Session.Update().Where(session.Family(sess.Family), session.RevokedAtIsNil()).
			SetRevokedAt(now).Save(ctx); err != nil {
			return nil, err
		}
		return nil, ErrSessionReused
	case sess.RevokedAt != nil, !now.Before(sess.ExpiresAt):
		return nil, fmt.Errorf("%w: session ended", ErrInvalidToken)
	case sess.Edges.Leader.DeactivatedAt != nil:
		return nil, fmt.Errorf("%w: access revoked", ErrInvalidToken)
	}
	n, err := c.Session.Update().Where(session.ID(sess.ID), session.RotatedAtIsNil()).SetRotatedAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n != 1 { // a concurrent refresh spent it first
		return nil, ErrSessionReused
	}
	return s.issue(ctx, c, sess.Edges.Leader, sess.Family, userAgent)
}

// Viewer verifies an access token and returns the viewer it stands for as
// the database has it: the person's current role, and only while the person
// is active and the token's session is neither signed out, ended everywhere,
// revoked for reuse nor expired. What it reads (one indexed query) is kept
// for at most viewerTTL on this replica, and forgotten at once when this
// replica changes a person's role or access or ends a session; so a change
// bites on the next request here, and within viewerTTL on other replicas.
func (s *Sessions) Viewer(ctx context.Context, token string) (*viewer.Viewer, error) {
	id, err := s.keys.Verify(ctx, token)
	if err != nil {
		return nil, err
	}
	if v, ok := s.viewers.get(id); ok {
		return v, nil
	}
	gen := s.viewers.generation()
	l, err := s.client.Leader.Query().
		Where(leader.ID(id.LeaderID), leader.OrganizationID(id.OrganizationID), leader.DeactivatedAtIsNil(),
			leader.HasSessionsWith(session.ID(id.SessionID), session.RevokedAtIsNil(), session.ExpiresAtGT(s.now()))).
		Select(leader.FieldRole).Only(signIn(ctx))
	switch {
	case ent.IsNotFound(err):
		return nil, fmt.Errorf("%w: leader %d, session %d: person deactivated or session ended", ErrInvalidToken, id.LeaderID, id.SessionID)
	case err != nil:
		return nil, fmt.Errorf("reading the viewer: %w", err)
	}
	v := &viewer.Viewer{
		OrganizationID: id.OrganizationID, LeaderID: id.LeaderID,
		Role: viewer.Role(l.Role),
	}
	s.viewers.put(id, v, gen)
	return v, nil
}

// ForgetViewers drops what this replica remembers of viewers, as a change of
// access does; benchmarks use it to measure the read behind Viewer.
func (s *Sessions) ForgetViewers() { s.viewers.forget() }

// End revokes the family of a refresh token (sign out).
func (s *Sessions) End(ctx context.Context, refresh string) error {
	ctx = signIn(ctx)
	sess, err := s.client.Session.Query().Where(session.TokenHash(Hash(refresh))).Only(ctx)
	if err != nil {
		return fmt.Errorf("%w: unknown refresh token", ErrInvalidToken)
	}
	_, err = s.client.Session.Update().Where(session.Family(sess.Family), session.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Save(ctx)
	return err
}

// EndAll revokes every session of a person (sign out everywhere, or their
// access revoked).
func (s *Sessions) EndAll(ctx context.Context, leaderID int) error {
	_, err := s.client.Session.Update().Where(session.LeaderID(leaderID), session.RevokedAtIsNil()).
		SetRevokedAt(s.now()).Save(signIn(ctx))
	return err
}
