package rule

import (
	"context"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
)

// Soft deletion (schema.SoftDeleteMixin): a deleted record keeps its row, with
// deleted_at set, and disappears from every query until restored or purged.

type withDeletedKey struct{}

// WithDeleted returns a copy of ctx whose queries see deleted records too:
// for restoring one, for telling "deleted" from "never existed", and for the
// purge.
func WithDeleted(ctx context.Context) context.Context {
	return context.WithValue(ctx, withDeletedKey{}, true)
}

// DeletedIncluded reports whether ctx sees deleted records.
func DeletedIncluded(ctx context.Context) bool {
	v, _ := ctx.Value(withDeletedKey{}).(bool)
	return v
}

// OnlyLiveRecords narrows updates to records not deleted — deleting again,
// or editing a deleted record, finds nothing — except the restore, which
// clears deleted_at, and what a context WithDeleted does.
func OnlyLiveRecords() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			restoring := slices.Contains(m.ClearedFields(), "deleted_at")
			if m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) && !restoring && !DeletedIncluded(ctx) {
				if w, ok := m.(interface{ WhereP(...func(*sql.Selector)) }); ok {
					w.WhereP(sql.FieldIsNull("deleted_at"))
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
