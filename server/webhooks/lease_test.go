package webhooks_test

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"walker/ent/webhookstate"
	"walker/server/retention"
	"walker/server/servertest"
)

// positions are the change positions of the events received, in order.
func positions(t testing.TB, r *receiver) []int {
	var out []int
	for _, e := range r.events() {
		p, err := strconv.Atoi(strings.TrimPrefix(e.ID, "msg_"))
		if err != nil {
			t.Fatalf("webhook-id %q", e.ID)
		}
		out = append(out, p)
	}
	return out
}

// TestWebhooksOneReplicaAtATime: two replicas deliver one endpoint while
// changes are made; the lease makes each event go out once, in order. A
// replica that stops holding the lease (killed) blocks nobody past the
// lease; one killed mid-delivery loses nothing: the next sends that event
// again (same webhook-id) and goes on.
func TestWebhooksOneReplicaAtATime(t *testing.T) {
	h := servertest.New(t, allowPrivate)
	r := newReceiver(t)
	id, secret := endpoint(t, h, h.AdaJWT, r.srv.URL, "customer.created")
	r.secret = secret
	r.answer = func(int) (int, string) { time.Sleep(2 * time.Millisecond); return http.StatusOK, "" }
	a, b := deliverer(h, "replica-a"), deliverer(h, "replica-b")

	const n = 40
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range n {
			h.Customer(h.LeoJWT, "Customer "+strconv.Itoa(i))
		}
	}()
	var wg sync.WaitGroup
	for _, d := range []interface{ Round(context.Context) error }{a, b} {
		wg.Go(func() {
			for {
				if err := d.Round(context.Background()); err != nil {
					t.Error(err)
					return
				}
				select {
				case <-done:
					if len(r.events()) >= n {
						return
					}
				default:
				}
			}
		})
	}
	wg.Wait()
	got := positions(t, r)
	if len(got) != n {
		t.Fatalf("%d events for %d changes (some twice, or lost)", len(got), n)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Fatalf("out of order or twice at %d: %v", i, got)
		}
	}

	// A replica killed while it held the lease: the others wait for the
	// lease to run out, then deliver.
	sys := servertest.System()
	state := h.Store.Client.WebhookState.Query().Where(webhookstate.EndpointID(mustInt(t, id))).OnlyX(sys)
	state.Update().SetLeaseOwner("replica-killed").SetLeaseUntil(time.Now().Add(30 * time.Second)).ExecX(sys)
	h.Customer(h.LeoJWT, "After the kill")
	round(t, b)
	if len(r.events()) != n {
		t.Fatal("delivered under another replica's lease")
	}
	later := time.Now().Add(31 * time.Second)
	b.SetClock(func() time.Time { return later })
	round(t, b)
	if len(r.events()) != n+1 {
		t.Fatalf("the lease ran out and nothing was delivered: %d", len(r.events()))
	}
	b.SetClock(time.Now)

	// Killed mid-delivery: the endpoint got the event, the replica never
	// recorded it.
	arrived, answer := make(chan struct{}), make(chan struct{})
	var once sync.Once
	r.answer = func(int) (int, string) {
		once.Do(func() { close(arrived); <-answer })
		return http.StatusOK, ""
	}
	h.Customer(h.LeoJWT, "Mid-delivery")
	h.Customer(h.LeoJWT, "And the next")
	ctx, kill := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); _ = a.Round(ctx) }()
	<-arrived
	kill()
	<-stopped
	close(answer)
	round(t, b)
	got = positions(t, r)
	if len(got) != n+4 || got[n+1] != got[n+2] || got[n+3] <= got[n+2] {
		t.Fatalf("after a replica died mid-delivery: %v", got[n-1:])
	}
}

func mustInt(t testing.TB, s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestWebhooksRetention: deliveries are kept as long as the change log; a
// deleted endpoint goes for good with its state and deliveries after the
// retention, like every deleted record.
func TestWebhooksRetention(t *testing.T) {
	h := servertest.New(t, allowPrivate)
	r := newReceiver(t)
	keep, secret := endpoint(t, h, h.AdaJWT, r.srv.URL, "customer.created")
	r.secret = secret
	gone, _ := endpoint(t, h, h.AdaJWT, r.srv.URL+"/old", "customer.created")
	h.Customer(h.LeoJWT, "Kept a month")
	round(t, deliverer(h, "replica-a"))
	h.OK(h.AdaJWT, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, map[string]any{"id": gone}, nil)
	if n := servertest.Rows(t, h, "webhook_deliveries"); n != 2 {
		t.Fatalf("%d deliveries, want 2", n)
	}
	k := retention.New(h.Store.Client, h.Store.Dialect, retention.DefaultRetention)
	k.SetClock(func() time.Time { return time.Now().Add(retention.DefaultRetention + time.Hour) })
	report, err := k.Once(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if report.Purged["WebhookDelivery"] != 2 || report.Purged["WebhookEndpoint"] != 1 || report.Purged["WebhookState"] != 1 {
		t.Fatalf("purged %v", report.Purged)
	}
	if servertest.Rows(t, h, "webhook_endpoints") != 1 || servertest.Rows(t, h, "webhook_states") != 1 {
		t.Fatalf("the endpoint kept (%s) lost its row or state", keep)
	}
}
