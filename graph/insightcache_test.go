package graph_test

import (
	"testing"
	"time"

	"walker/server"
	"walker/server/servertest"
)

const dashConversations = `query($p: String!) { dashboard(period: $p) { conversations customersMet } }`

func dashCount(h *servertest.Harness, token string) int {
	var out struct{ Dashboard struct{ Conversations int } }
	h.OK(token, dashConversations, map[string]any{"p": time.Now().UTC().Format("2006-01")}, &out)
	return out.Dashboard.Conversations
}

// The dashboard's organization-wide figures are reused for the configured
// time, per organization; a leader's own month is always current.
func TestDashboardCache(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.InsightCache = time.Hour })
	if n := dashCount(h, h.AdaJWT); n != 0 {
		t.Fatalf("empty Acme: %d conversations", n)
	}
	zoe := h.Customer(h.LeoJWT, "Zoe")
	h.Conversation(h.LeoJWT, time.Now().UTC(), zoe)
	if n := dashCount(h, h.AdaJWT); n != 0 {
		t.Fatalf("within the cache time the dashboard was recomputed: %d", n)
	}
	var me struct {
		Viewer struct{ Month struct{ Conversations int } }
	}
	h.OK(h.LeoJWT, `query($p: String!) { viewer { month(period: $p) { conversations } } }`, map[string]any{"p": time.Now().UTC().Format("2006-01")}, &me)
	if me.Viewer.Month.Conversations != 1 {
		t.Fatalf("Leo's own month must be current: %d", me.Viewer.Month.Conversations)
	}
	// Another organization has entries of its own.
	h.Conversation(h.GilJWT, time.Now().UTC(), h.Customer(h.GilJWT, "Yan"))
	h.Conversation(h.GilJWT, time.Now().UTC(), h.Customer(h.GilJWT, "Xia"))
	if n := dashCount(h, h.GusJWT); n != 2 {
		t.Fatalf("Globex's dashboard: %d conversations, want 2", n)
	}
	if n := dashCount(h, h.AdaJWT); n != 0 {
		t.Fatalf("Acme's cached figures changed with Globex's: %d", n)
	}
}

// After the cache time the last figures are served once while they are
// recomputed in the background; then the new ones arrive.
func TestDashboardCacheRefresh(t *testing.T) {
	// Fresh for 200 ms, kept for 2 s: the writes below take far less.
	h := servertest.New(t, func(c *server.Config) { c.InsightCache = 200 * time.Millisecond })
	dashCount(h, h.AdaJWT)
	h.Conversation(h.LeoJWT, time.Now().UTC(), h.Customer(h.LeoJWT, "Zoe"))
	time.Sleep(250 * time.Millisecond) // the entry goes stale
	if n := dashCount(h, h.AdaJWT); n != 0 {
		t.Fatalf("a stale entry is served once while it is refreshed; got %d, want the last figures (0)", n)
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if dashCount(h, h.AdaJWT) == 1 {
			return
		}
	}
	t.Fatal("the stale dashboard was never refreshed")
}
