package insight

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"
	"golang.org/x/sync/singleflight"
)

// cache keeps the organization-wide aggregates of the team dashboard per
// replica: at a million conversations they take from tens of milliseconds to
// seconds to compute, and a room of admins opening the dashboard need not
// compute them once each. An entry is fresh for ttl; after that it is still
// served while one refresh runs in the background (stale while revalidate),
// so only the very first request of an organization and period waits;
// entries unused for 10×ttl are dropped. Concurrent misses of one key compute
// it once (singleflight). A leader's own month is never cached: it must show
// the conversation just logged.
type cache struct {
	ttl   time.Duration
	lru   *expirable.LRU[string, entry]
	group singleflight.Group
}

type entry struct {
	value any
	at    time.Time
}

// maxEntries bounds the cache: organizations × periods × parts.
const maxEntries = 4096

// Cache makes the dashboard's organization-wide figures be computed at most
// once per ttl per replica (0: always computed).
func (r *Reader) Cache(ttl time.Duration) {
	if ttl > 0 {
		r.cache = &cache{ttl: ttl, lru: expirable.NewLRU[string, entry](maxEntries, nil, 10*ttl)}
	}
}

// cached returns the value of part for the viewer's organization and period,
// computing it with compute when it is not cached. Keys name the
// organization: tenants never share an entry.
func cached[T any](ctx context.Context, r *Reader, part, period string, compute func(context.Context) (T, error)) (T, error) {
	var zero T
	org, err := organization(ctx)
	if err != nil {
		return zero, err // cached figures are never handed to nobody
	}
	if r.cache == nil {
		return compute(ctx)
	}
	key := fmt.Sprintf("%d|%s|%s", org, part, period)
	c := r.cache
	// The first caller computes for all; its cancellation must not fail the others.
	load := func() (any, error) {
		v, err := compute(context.WithoutCancel(ctx))
		if err == nil {
			c.lru.Add(key, entry{value: v, at: time.Now()})
		}
		return v, err
	}
	if e, ok := c.lru.Get(key); ok {
		if time.Since(e.at) > c.ttl {
			c.group.DoChan(key, load) // refresh in the background; this request gets the last figures
		}
		return e.value.(T), nil
	}
	v, err, _ := c.group.Do(key, load)
	if err != nil {
		return zero, err
	}
	return v.(T), nil
}
