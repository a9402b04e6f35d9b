package rule

import (
	"context"
	"slices"

	"entgo.io/ent"
)

// Merging customers (graph's mergeCustomers) moves the links of the
// customers merged in to the one kept: a conversation's customers, a
// nomination's customer. An admin may make those moves on records they could
// not otherwise edit, and nothing else.

type relinkKey struct{}

// Relink returns a copy of ctx in which an admin may move records' customer
// links (OwnerOnly lets them), for a merge.
func Relink(ctx context.Context) context.Context { return context.WithValue(ctx, relinkKey{}, true) }

// relinking reports whether m only moves customer links, in a context of
// Relink.
func relinking(ctx context.Context, m ent.Mutation) bool {
	if on, _ := ctx.Value(relinkKey{}).(bool); !on || len(m.ClearedFields()) > 0 || len(m.ClearedEdges()) > 0 {
		return false
	}
	for _, f := range m.Fields() {
		if f != "updated_at" && f != "version" {
			return false
		}
	}
	links := func(edges []string) bool {
		return !slices.ContainsFunc(edges, func(e string) bool { return e != "customers" && e != "customer" })
	}
	return links(m.AddedEdges()) && links(m.RemovedEdges())
}
