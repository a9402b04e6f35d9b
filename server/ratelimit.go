package server

import (
	"math"
	"strconv"
	"sync"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// limiter is a token bucket per caller (golang.org/x/time/rate), the buckets
// kept in an LRU (hashicorp/golang-lru) so that a flood of new callers cannot
// grow memory without bound. Limits are per replica.
type limiter struct {
	mu      sync.Mutex
	buckets *lru.Cache[string, *rate.Limiter]
	rate    rate.Limit
	burst   int
	now     func() time.Time
}

// maxBuckets bounds the callers tracked at once.
const maxBuckets = 100_000

func newLimiter(perSec float64, burst int) *limiter {
	c, _ := lru.New[string, *rate.Limiter](maxBuckets) // only fails for a size <= 0
	return &limiter{buckets: c, rate: rate.Limit(perSec), burst: burst, now: time.Now}
}

// allow takes a token for key, or says how long until one is free.
func (l *limiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	b, ok := l.buckets.Get(key)
	if !ok {
		b = rate.NewLimiter(l.rate, l.burst)
		l.buckets.Add(key, b)
	}
	l.mu.Unlock()
	now := l.now()
	r := b.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// retryAfter is a Retry-After header value: whole seconds, at least 1.
func retryAfter(d time.Duration) string {
	return strconv.Itoa(int(math.Max(1, math.Ceil(d.Seconds()))))
}
