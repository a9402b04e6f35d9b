package rule

import (
	"context"
	"errors"
	"strings"
	"time"

	"entgo.io/ent"

	gen "walker/ent"
	"walker/ent/schema/viewer"
)

// Normalize trims every string field and stores every time in UTC at
// microsecond precision (what both databases keep), so that what is read back
// equals what was written and "   " counts as empty.
func Normalize() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, name := range m.Fields() {
				v, _ := m.Field(name)
				var err error
				switch x := v.(type) {
				case string:
					err = m.SetField(name, strings.TrimSpace(x))
				case time.Time:
					err = m.SetField(name, x.UTC().Truncate(time.Microsecond))
				case *time.Time:
					if x != nil {
						err = m.SetField(name, x.UTC().Truncate(time.Microsecond))
					}
				}
				if err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// SetTenant stamps creates with the viewer's organization. Without a viewer
// (system jobs) the caller sets it.
func SetTenant() ent.Hook {
	return setFromViewer("organization_id", func(v *viewer.Viewer) int { return v.OrganizationID })
}

// SetViewer stamps creates with the viewer as the record's owner (field).
func SetViewer(field string) ent.Hook {
	return setFromViewer(field, func(v *viewer.Viewer) int { return v.LeaderID })
}

func setFromViewer(field string, value func(*viewer.Viewer) int) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v := viewer.FromContext(ctx); v != nil && m.Op().Is(ent.OpCreate) {
				if err := m.SetField(field, value(v)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// SameTenantEdges checks that every record a mutation links to is visible to
// the viewer, that is, belongs to the viewer's organization: a forged id of
// another organization is refused as if it did not exist.
func SameTenantEdges() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if viewer.FromContext(ctx) == nil {
				return next.Mutate(ctx, m)
			}
			cm, ok := m.(interface{ Client() *gen.Client })
			if !ok {
				return next.Mutate(ctx, m)
			}
			for _, edge := range m.AddedEdges() {
				if edge == "organization" {
					continue
				}
				var ids []int
				for _, v := range m.AddedIDs(edge) {
					if id, ok := v.(int); ok {
						ids = append(ids, id)
					}
				}
				if len(ids) == 0 {
					continue
				}
				if _, err := cm.Client().Noders(ctx, ids); err != nil {
					var nf *gen.NotFoundError
					if errors.As(err, &nf) || gen.IsNotFound(err) {
						return nil, Invalid(edge, "refers to a record that does not exist")
					}
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// NotFarFutureField checks a time field on create and update against
// rule.NotFarFuture.
func NotFarFutureField(field string, ahead time.Duration) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, ok := m.Field(field)
			if t, isTime := v.(time.Time); ok && isTime {
				if err := NotFarFuture(field, t, time.Now(), ahead); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
