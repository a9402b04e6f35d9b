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

func (l *limiter) bucket(key string) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets.Get(key)
	if !ok {
		b = rate.NewLimiter(l.rate, l.burst)
		l.buckets.Add(key, b)
	}
	return b
}

// empty reports whether key's bucket has no token left, without taking one,
// and how long until it has.
func (l *limiter) empty(key string) (bool, time.Duration) {
	b := l.bucket(key)
	now := l.now()
	if b.TokensAt(now) >= 1 {
		return false, 0
	}
	r := b.ReserveN(now, 1)
	d := r.DelayFrom(now)
	r.CancelAt(now)
	return true, d
}

// allow takes a token for key, or says how long until one is free.
func (l *limiter) allow(key string) (bool, time.Duration) {
	b := l.bucket(key)
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
