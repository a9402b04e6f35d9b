// Package graph is Walker's GraphQL layer: the schema (*.graphql), thin
// resolvers over ent, the limits, and the one error presenter.
package graph

import (
	"time"

	"walker/ent"
)

// Resolver is the dependency-injection root of the resolvers.
//
// Mutations run without a request-wide transaction (entgql.Transactioner):
// single creates and updates are atomic by themselves (ent wraps a create
// with edges in a transaction), the few multi-step mutations open their own,
// and idempotent creates must be able to read a concurrent winner's row after
// a unique violation, which PostgreSQL forbids inside the aborted transaction.
type Resolver struct {
	client    *ent.Client
	sql       sqlText
	publicURL string
	now       func() time.Time
	insights  *insightCache // nil: not cached
}

// NewResolver returns the resolver root over client. dialect is the client's
// SQL dialect (for the aggregate queries); publicURL prefixes invitation links.
func NewResolver(client *ent.Client, dialect, publicURL string) *Resolver {
	return &Resolver{client: client, sql: sqlText{dialect: dialect}, publicURL: publicURL, now: time.Now}
}
