package server

import (
	"context"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"walker/graph"
)

// The RateLimit-Policy and RateLimit response fields (IETF
// draft-ietf-httpapi-ratelimit-headers-10) describe both of a caller's
// budgets on every GraphQL answer: "cost" in cost points (what the budget
// charges; the unit is Walker's own, hence the vendor parameter) and
// "requests" (a ceiling on many cheap requests). q is the bucket, w the
// seconds it takes to refill from empty, r what is left and t the seconds
// until it is full again.
const (
	costPolicy    = "cost"
	requestPolicy = "requests"
)

// caller is the budget key of a request and the header its answer carries;
// rateLimit puts it in the request's context for the GraphQL budget.
type caller struct {
	key     string
	header  http.Header
	refused time.Duration // set when the cost budget refused the request
	request graph.Throttle
	cost    graph.Throttle
}

type callerKey struct{}

func callerOf(ctx context.Context) *caller {
	c, _ := ctx.Value(callerKey{}).(*caller)
	return c
}

// budget is the cost-point budget of graph.Budget over a limiter.
type budget struct{ *limiter }

var _ graph.Budget = budget{}

func (b budget) Admit(ctx context.Context, cost int) (graph.Throttle, bool) {
	c := callerOf(ctx)
	if c == nil {
		return graph.Throttle{}, true
	}
	th := b.throttle(c.key)
	if float64(th.CurrentlyAvailable) >= float64(cost) {
		return th, true
	}
	th.Wait = time.Duration(float64(cost-th.CurrentlyAvailable) / th.RestoreRate * float64(time.Second))
	c.refused, c.cost = th.Wait, th
	c.writeHeaders()
	c.header.Set("Retry-After", retryAfter(th.Wait))
	return th, false
}

func (b budget) Spend(ctx context.Context, cost int) graph.Throttle {
	c := callerOf(ctx)
	if c == nil {
		return graph.Throttle{}
	}
	b.charge(c.key, cost)
	c.cost = b.throttle(c.key)
	c.writeHeaders()
	return c.cost
}

// throttle is key's bucket as graph.Throttle.
func (l *limiter) throttle(key string) graph.Throttle {
	avail := l.bucket(key).TokensAt(l.now())
	return graph.Throttle{MaximumAvailable: l.burst, CurrentlyAvailable: int(math.Max(0, math.Floor(avail))), RestoreRate: float64(l.rate)}
}

// charge takes n tokens from key's bucket even when fewer are left: the
// bucket goes into debt, and the caller's next requests wait it out.
func (l *limiter) charge(key string, n int) {
	if n > l.burst {
		n = l.burst // ReserveN refuses more than the burst; Config keeps MaxCost within it
	}
	l.bucket(key).ReserveN(l.now(), n)
}

// writeHeaders sets the RateLimit-Policy and RateLimit fields from what is
// known of both budgets.
func (c *caller) writeHeaders() {
	var policy, state []string
	for _, p := range []struct {
		name string
		th   graph.Throttle
	}{{costPolicy, c.cost}, {requestPolicy, c.request}} {
		if p.th.MaximumAvailable == 0 {
			continue
		}
		full := float64(p.th.MaximumAvailable) / p.th.RestoreRate
		unit := ""
		if p.name == costPolicy {
			unit = `;walker-qu="cost-points"`
		}
		policy = append(policy, fmt.Sprintf(`%q;q=%d;w=%d%s`, p.name, p.th.MaximumAvailable, int(math.Ceil(full)), unit))
		missing := float64(p.th.MaximumAvailable - p.th.CurrentlyAvailable)
		state = append(state, fmt.Sprintf(`%q;r=%d;t=%s`, p.name, p.th.CurrentlyAvailable, strconv.Itoa(int(math.Ceil(missing/p.th.RestoreRate)))))
	}
	c.header.Set("RateLimit-Policy", strings.Join(policy, ", "))
	c.header.Set("RateLimit", strings.Join(state, ", "))
}
