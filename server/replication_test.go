package server_test

import (
	"context"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/ent/conversation"
	"walker/server"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// replicaEvery is the replication interval of the tests, WALKER_REPLICA_SYNC's
// default; replicaMargin is the time a round may take on top of it under the
// tests' load (a round reads the WAL and copies its new pages).
const (
	replicaEvery  = time.Second
	replicaMargin = time.Second
)

// TestReplicaRecoversAcknowledgedWrites: walker serve replicates its SQLite
// file to a folder while 32 writers log conversations; /metrics shows the
// rounds; walker restore -from-replica is refused while it serves. The
// server is killed with SIGKILL and its database deleted with its -wal and
// -shm, as a lost disk would; walker restore -from-replica brings the
// database back, and the restarted server has every conversation whose
// create was acknowledged more than WALKER_REPLICA_SYNC and a margin before
// the kill, each once. It logs the recovery point (the acknowledged writes
// lost, and how long before the kill they were acknowledged) and the
// recovery time (the restore's duration): docs/OPERATIONS.md#replication.
func TestReplicaRecoversAcknowledgedWrites(t *testing.T) {
	p := newProc(t)
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("replication copies the SQLite file")
	}
	replica := t.TempDir()
	p.env = append(p.env, "WALKER_REPLICA_URL=file://"+replica, "WALKER_REPLICA_SYNC="+replicaEvery.String())
	p.start()
	client := &http.Client{Timeout: 10 * time.Second}
	data, err := p.graphql(client, `mutation { createCustomer(input: {name: "Zoe"}) { id } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var cust struct{ ID string }
	json.Unmarshal(data["createCustomer"], &cust)

	type ack struct {
		id string
		at time.Time
	}
	var (
		mu               sync.Mutex
		acked            []ack
		wg               sync.WaitGroup
		ctx, stopWriters = context.WithCancel(context.Background())
	)
	for range 32 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				id := uuid.NewString()
				if _, err := p.graphql(client, createConversationQuery, map[string]any{"c": id, "cu": cust.ID}); err != nil {
					continue
				}
				at := time.Now()
				mu.Lock()
				acked = append(acked, ack{id, at})
				mu.Unlock()
			}
		}()
	}
	time.Sleep(3 * replicaEvery)

	// While it serves: the rounds are in /metrics, and a restore is refused.
	metrics := scrapeProc(t, p)
	for _, want := range []string{`walker_replica_active 1`, `walker_replica_sync_failures_total 0`} {
		if !strings.Contains(metrics, "\n"+want+"\n") {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if n := metricValue(t, metrics, "walker_replica_syncs_total"); n < 2 {
		t.Errorf("walker_replica_syncs_total %v after %s", n, 3*replicaEvery)
	}
	if lag := metricValue(t, metrics, "walker_replica_lag_seconds"); lag <= 0 || lag > (replicaEvery+replicaMargin).Seconds() {
		t.Errorf("walker_replica_lag_seconds %v under load", lag)
	}
	took := metricValue(t, metrics, "walker_replica_last_sync_duration_seconds")

	if out, code := p.run("restore", "-from-replica"); code != 1 || !strings.Contains(out, "has the database open") {
		t.Fatalf("walker restore -from-replica while serving: %d %s", code, out)
	}
	time.Sleep(3 * replicaEvery)
	if logs := p.log.String(); strings.Contains(logs, "replication failed") {
		t.Fatalf("the server logged failed rounds:\n%s", logs)
	}

	// The rounds checkpoint the WAL, in spite of the steady writes.
	if n := metricValue(t, scrapeProc(t, p), "walker_replica_checkpoints_total"); n < 1 {
		t.Errorf("walker_replica_checkpoints_total %v after %s of writes", n, 6*replicaEvery)
	}
	time.Sleep(rand.N(replicaEvery)) // the kill comes at any point of a round
	kill := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.exit
	stopWriters()
	wg.Wait()
	dbPath := envOf(p, "WALKER_DB")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(dbPath + suffix); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}

	began := time.Now()
	out, code := p.run("restore", "-from-replica")
	restoring := time.Since(began)
	if code != 0 || !strings.Contains(out, "restored the replica file://"+replica) {
		t.Fatalf("walker restore -from-replica: %d %s", code, out)
	}
	p.start()
	st := openStore(t, p)
	stored := map[string]int{}
	ids := make([]uuid.UUID, len(acked))
	for i, a := range acked {
		ids[i] = uuid.MustParse(a.id)
	}
	for chunk := range slices.Chunk(ids, 500) {
		for _, c := range st.Client.Conversation.Query().Where(conversation.ClientIDIn(chunk...)).AllX(servertest.System()) {
			stored[c.ClientID.String()]++
		}
	}
	var lost int
	var oldestLost time.Duration
	for _, a := range acked {
		switch n, age := stored[a.id], kill.Sub(a.at); {
		case n > 1:
			t.Fatalf("conversation %s stored %d times", a.id, n)
		case n == 0 && age > replicaEvery+replicaMargin:
			t.Fatalf("conversation %s, acknowledged %s before the kill, is not in the restored database", a.id, age.Round(time.Millisecond))
		case n == 0:
			lost++
			oldestLost = max(oldestLost, age)
		}
	}
	t.Logf("recovery point: %d of %d acknowledged creates lost, all acknowledged in the last %s before the kill (WALKER_REPLICA_SYNC=%s, a round took %.0f ms under load)",
		lost, len(acked), oldestLost.Round(time.Millisecond), replicaEvery, took*1000)
	t.Logf("recovery time: walker restore -from-replica took %s (%s)", restoring.Round(time.Millisecond), strings.TrimSpace(strings.Split(out, "\n")[0]))
}

// scrapeProc reads the process's /metrics (from loopback, as allowed).
func scrapeProc(t *testing.T, p *proc) string {
	t.Helper()
	res, err := http.Get(p.base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: %d %v", res.StatusCode, err)
	}
	return string(b)
}

// metricValue is the value of a metric without labels in a scrape.
func metricValue(t *testing.T, body, name string) float64 {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + ` (\S+)$`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("/metrics has no %s", name)
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// envOf is the value of a variable in the process's environment.
func envOf(p *proc, key string) string {
	for _, kv := range p.env {
		if k, v, _ := strings.Cut(kv, "="); k == key {
			return v
		}
	}
	return ""
}

// A server with WALKER_REPLICA_URL replicates from its start: /metrics says
// that this process replicates, when its last round began and how far
// behind the replica may be; without it, the figures are zeros.
func TestReplicationMetrics(t *testing.T) {
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("replication copies the SQLite file")
	}
	h := servertest.New(t, func(c *server.Config) { c.ReplicaURL, c.ReplicaSync = t.TempDir(), 100*time.Millisecond })
	_, body := scrape(t, h, "127.0.0.1:40000", "")
	if !strings.Contains(body, "\nwalker_replica_active 0\n") || !strings.Contains(body, "\nwalker_replica_lag_seconds 0\n") {
		t.Fatalf("before Serve, /metrics says:\n%s", grepReplica(body))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- h.Server.Serve(ctx, ln) }()
	h.Customer(h.RWToken, "Initech")
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		_, body = scrape(t, h, "127.0.0.1:40000", "")
		if strings.Contains(body, "\nwalker_replica_active 1\n") && metricValue(t, body, "walker_replica_syncs_total") >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no replication rounds in /metrics:\n%s", grepReplica(body))
		}
	}
	if ts := metricValue(t, body, "walker_replica_last_sync_timestamp_seconds"); time.Since(time.Unix(int64(ts), 0)) > time.Minute {
		t.Errorf("walker_replica_last_sync_timestamp_seconds %v", ts)
	}
	if lag := metricValue(t, body, "walker_replica_lag_seconds"); lag <= 0 || lag > 5 {
		t.Errorf("walker_replica_lag_seconds %v", lag)
	}
	if metricValue(t, body, "walker_replica_txid") < 1 || metricValue(t, body, "walker_replica_sync_failures_total") != 0 {
		t.Errorf("/metrics says:\n%s", grepReplica(body))
	}
	cancel()
	if err := <-served; err != nil {
		t.Fatal(err)
	}
}

// grepReplica is the replication's lines of a scrape.
func grepReplica(body string) string {
	var lines []string
	for _, l := range strings.Split(body, "\n") {
		if strings.HasPrefix(l, "walker_replica_") {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
