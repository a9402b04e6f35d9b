// Package graph is Walker's GraphQL layer: the schema (*.graphql), thin
// resolvers over ent, the limits, and the one error presenter.
package graph

import (
	"context"
	"fmt"
	"time"

	"walker/ent"
	"walker/ent/invitation"
	"walker/ent/schema/viewer"
	"walker/graph/insight"
)

// Resolver is the dependency-injection root of the resolvers.
//
// Mutations run without a request-wide transaction (entgql.Transactioner):
// single creates and updates are atomic by themselves (ent wraps a create
// with edges in a transaction), the few multi-step mutations open their own,
// and idempotent creates must be able to read a concurrent winner's row after
// a unique violation, which PostgreSQL forbids inside the aborted transaction.
type Resolver struct {
	client   *ent.Client
	creds    Credentials
	insights *insight.Reader
	webhooks Webhooks
	backups  Backups
	// reminders is the Web Push sender (server/push).
	reminders Reminders
	now       func() time.Time
	// publicURL prefixes the links handed out (export downloads).
	publicURL string
}

// Credentials mints the secrets that createInvitation and createAPIToken
// hand out once, for the viewer in ctx (server/auth implements it: the
// GraphQL layer never learns how secrets are made or kept). Bad input is a
// *rule.InputError.
type Credentials interface {
	// Invite stores an invitation for email (a person who already has an
	// account gets a recovery link) and returns it with its one-time link.
	Invite(ctx context.Context, email string, role invitation.Role) (*ent.Invitation, string, error)
	// MintAPIToken stores an integrator token expiring in the days given
	// (default 90), or never, and returns it with its secret.
	MintAPIToken(ctx context.Context, name string, scopes []viewer.Scope, expiresInDays *int, noExpiry bool) (*ent.APIToken, string, error)
}

// NewResolver returns the resolver root over client. dialect is the client's
// SQL dialect (for the aggregate queries); creds mints invitations and tokens.
func NewResolver(client *ent.Client, dialect string, creds Credentials) *Resolver {
	return &Resolver{client: client, creds: creds, insights: insight.New(client, dialect), now: time.Now}
}

// CacheInsights makes the dashboard's organization-wide figures be computed
// at most once per ttl per replica (0: always computed).
func (r *Resolver) CacheInsights(ttl time.Duration) { r.insights.Cache(ttl) }

// inTx runs fn in one transaction of client: committed when fn succeeds,
// rolled back when it fails.
func inTx[T any](ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) (T, error)) (T, error) {
	var zero T
	tx, err := client.Tx(ctx)
	if err != nil {
		return zero, fmt.Errorf("starting transaction: %w", err)
	}
	v, err := fn(tx)
	if err != nil {
		_ = tx.Rollback()
		return zero, err
	}
	if err := tx.Commit(); err != nil {
		return zero, fmt.Errorf("committing: %w", err)
	}
	return v, nil
}
