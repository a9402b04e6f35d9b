package graph

import (
	"context"
	"reflect"
	"strings"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// Budget is what each caller may spend on GraphQL, in cost points (see the
// cost model in limits.go): a bucket of MaximumAvailable points that refills
// at RestoreRate points a second. Walker counts points, not requests, as
// Shopify and GitHub do, because requests differ by four orders of magnitude
// in what they cost the database: one page of 100 records with a nested
// page of 100 each is 10,000 small reads, `{ viewer { name } }` is one.
//
// server/budget.go keeps the buckets, one per caller (API token, person or
// address) and replica; a nil Budget charges nothing and reports nothing.
type Budget interface {
	// Admit reports whether the caller of ctx has cost points available, and
	// their throttle status; when not, the status says how long to wait.
	Admit(ctx context.Context, cost int) (Throttle, bool)
	// Spend charges the caller of ctx what its request actually cost.
	Spend(ctx context.Context, cost int) Throttle
}

// Throttle is a caller's budget, as extensions.cost.throttleStatus reports
// it.
type Throttle struct {
	MaximumAvailable   int     `json:"maximumAvailable"`
	CurrentlyAvailable int     `json:"currentlyAvailable"`
	RestoreRate        float64 `json:"restoreRate"`
	// Wait is how long until a refused request's cost is available.
	Wait time.Duration `json:"-"`
}

// Cost is extensions.cost of a response.
type Cost struct {
	RequestedQueryCost int       `json:"requestedQueryCost"`
	ActualQueryCost    int       `json:"actualQueryCost"`
	ThrottleStatus     *Throttle `json:"throttleStatus,omitempty"`
}

// MinimumCost is what any request is charged at the least: parsing,
// authenticating and answering it is work too.
const MinimumCost = 1

// meter counts what a running operation actually costs, by the cost model
// applied to the records it returned: 1 for each object, 2 for each
// connection, 10 for each top-level mutation. It never exceeds the
// requested cost, which assumed every page full.
type meter struct{ points atomic.Int64 }

const meterKey = "actualCost"

func meterOf(ctx context.Context) *meter {
	if !graphql.HasOperationContext(ctx) {
		return nil
	}
	m, _ := graphql.GetOperationContext(ctx).Stats.GetExtension(meterKey).(*meter)
	return m
}

// count adds the cost of one resolved field to the operation's meter.
func count(ctx context.Context, res any) {
	// The field's own context is the nearest value of ctx; the operation's
	// is many levels up, so it is looked up only for the fields that cost.
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || len(fc.Field.Selections) == 0 || strings.HasPrefix(fc.Field.Name, "__") {
		return // a scalar, an enum or introspection: free
	}
	m := meterOf(ctx)
	if m == nil {
		return
	}
	points := int64(costObject)
	switch {
	case fc.Object == "Mutation":
		points = costMutation
	case fc.Field.Definition != nil && strings.HasSuffix(fc.Field.Definition.Type.Name(), "Connection"):
		points = costConnection
	default:
		if v := reflect.ValueOf(res); v.Kind() == reflect.Slice {
			points = int64(v.Len()) * costObject
		} else if !v.IsValid() || (v.Kind() == reflect.Pointer && v.IsNil()) {
			points = 0 // null: nothing was read
		}
	}
	m.points.Add(points)
}
