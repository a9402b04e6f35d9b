package webhooks_test

import (
	"context"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"walker/server/servertest"
)

// BenchmarkWebhookThroughput: one endpoint (a local receiver verifying each
// signature) and b.N changes waiting in the log; how fast one replica
// delivers them, in order.
func BenchmarkWebhookThroughput(b *testing.B) {
	h := servertest.New(b, allowPrivate)
	r := newReceiver(b)
	_, r.secret = endpoint(b, h, h.AdaJWT, r.srv.URL, "customer.created")
	for i := 0; i < b.N; i++ {
		h.Customer(h.LeoJWT, "Customer")
	}
	d := deliverer(h, "replica-a")
	b.ResetTimer()
	for len(r.events()) < b.N {
		round(b, d)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkWebhookLatency: the delivery loop runs as in a server (woken by
// the commits of this replica, polling every 250 ms for the others') while a change is made every
// 20 ms; latency is from the change's commit (its time in the log) to the
// receiver holding the verified event.
func BenchmarkWebhookLatency(b *testing.B) {
	h := servertest.New(b, allowPrivate)
	r := newReceiver(b)
	_, r.secret = endpoint(b, h, h.AdaJWT, r.srv.URL, "customer.created")
	var mu sync.Mutex
	var lat []time.Duration
	r.answer = func(int) (int, string) { return http.StatusOK, "" }
	d := deliverer(h, "replica-a")
	d.WakeOn(h.Store.Committed.Subscribe())
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go d.Run(ctx)
	n := max(b.N, 100)
	b.ResetTimer()
	for range n {
		h.Customer(h.LeoJWT, "Customer")
		time.Sleep(20 * time.Millisecond)
	}
	for len(r.events()) < n {
		time.Sleep(10 * time.Millisecond)
	}
	b.StopTimer()
	for _, e := range r.events() {
		at, err := time.Parse(time.RFC3339Nano, e.Data["at"].(string))
		if err != nil {
			b.Fatal(err)
		}
		mu.Lock()
		lat = append(lat, e.Received.Sub(at))
		mu.Unlock()
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
