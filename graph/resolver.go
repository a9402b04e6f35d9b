// Package graph is Walker's GraphQL layer: the schema (*.graphql), thin
// resolvers over ent, and the one error presenter.
package graph

import (
	"walker/ent"
)

// Resolver is the dependency-injection root of the resolvers.
type Resolver struct {
	client *ent.Client
}
