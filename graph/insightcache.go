package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/sync/singleflight"
)

// insightCache keeps the organization-wide aggregates of the team dashboard
// for a short time, per replica: at a million conversations they take tens to
// hundreds of milliseconds to compute, and a room of admins opening the
// dashboard need not compute them once each. Concurrent misses of one key
// compute it once (singleflight). A leader's own month is never cached: it
// must show the conversation just logged.
type insightCache struct {
	lru   *expirable.LRU[string, any]
	group singleflight.Group
}

// maxInsightEntries bounds the cache: organizations × periods × parts.
const maxInsightEntries = 4096

func newInsightCache(ttl time.Duration) *insightCache {
	return &insightCache{lru: expirable.NewLRU[string, any](maxInsightEntries, nil, ttl)}
}

// CacheInsights makes the dashboard's organization-wide figures be computed
// at most once per ttl per replica (0: always computed).
func (r *Resolver) CacheInsights(ttl time.Duration) {
	if ttl > 0 {
		r.insights = newInsightCache(ttl)
	}
}

// cached returns the value of part for the organization and period, computing
// it with compute when it is not cached. Keys name the organization: tenants
// never share an entry.
func cached[T any](ctx context.Context, r *Resolver, org int, part, period string, compute func(context.Context) (T, error)) (T, error) {
	if r.insights == nil {
		return compute(ctx)
	}
	key := fmt.Sprintf("%d|%s|%s", org, part, period)
	if v, ok := r.insights.lru.Get(key); ok {
		return v.(T), nil
	}
	// The first caller computes for all; its cancellation must not fail the others.
	v, err, _ := r.insights.group.Do(key, func() (any, error) {
		v, err := compute(context.WithoutCancel(ctx))
		if err == nil {
			r.insights.lru.Add(key, v)
		}
		return v, err
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return v.(T), nil
}
