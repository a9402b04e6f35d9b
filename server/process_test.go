package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/ent/conversation"
	"walker/server/cli"
	"walker/server/servertest"
	"walker/server/store"
	"walker/server/store/storetest"
)

// The tests here run the walker binary as a process, to do to it what
// happens to servers: SIGTERM, kill -9, restart.

var walkerBinary struct {
	once sync.Once
	path string
	err  error
}

// buildWalker builds the walker binary once per test run.
func buildWalker(t *testing.T) string {
	t.Helper()
	walkerBinary.once.Do(func() {
		dir, err := os.MkdirTemp("", "walker-test-bin")
		if err != nil {
			walkerBinary.err = err
			return
		}
		walkerBinary.path = filepath.Join(dir, "walker")
		out, err := exec.Command("go", "build", "-o", walkerBinary.path, "walker").CombinedOutput()
		if err != nil {
			walkerBinary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if walkerBinary.err != nil {
		t.Fatal(walkerBinary.err)
	}
	return walkerBinary.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if walkerBinary.path != "" {
		os.RemoveAll(filepath.Dir(walkerBinary.path))
	}
	os.Exit(code)
}

// proc is a walker process on a database of the test's own.
type proc struct {
	t     *testing.T
	bin   string
	env   []string
	base  string
	token string
	cmd   *exec.Cmd
	exit  chan error
	log   *bytes.Buffer
}

// newProc bootstraps an organization with a read-write API token in a fresh
// database and returns a process, not yet started, to serve it.
func newProc(t *testing.T) *proc {
	t.Helper()
	if testing.Short() {
		t.Skip("process test: builds and runs the walker binary; run without -short")
	}
	bin := buildWalker(t)
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	env := map[string]string{
		"WALKER_ADDR": fmt.Sprintf("127.0.0.1:%d", port), "WALKER_PUBLIC_URL": fmt.Sprintf("http://localhost:%d", port),
		"WALKER_DB": sqlitePath, "WALKER_DATABASE_URL": pgURL, "WALKER_LOG_LEVEL": "warn",
		"WALKER_RATE_LIMIT": "100000", "WALKER_RATE_BURST": "100000", "WALKER_SHUTDOWN_TIMEOUT": "10s",
	}
	var out, errb bytes.Buffer
	if code := cli.Main(context.Background(), []string{"bootstrap", "-org", "Acme", "-admin-email", "ada@acme.test",
		"-admin-name", "Ada", "-api-token", "robustness", "-scope", "read_write"},
		func(k string) string { return env[k] }, &out, &errb); code != 0 {
		t.Fatalf("bootstrap: %d %s", code, errb.String())
	}
	m := regexp.MustCompile(`API token \(\w+, shown once\): (\S+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no token in %q", out.String())
	}
	p := &proc{t: t, bin: bin, base: "http://" + env["WALKER_ADDR"], token: m[1]}
	for k, v := range env {
		p.env = append(p.env, k+"="+v)
	}
	return p
}

// start runs the process and waits until it is ready.
func (p *proc) start() {
	p.t.Helper()
	p.log = &bytes.Buffer{}
	p.cmd = exec.Command(p.bin, "serve")
	p.cmd.Env = append(os.Environ(), p.env...)
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.exit = make(chan error, 1)
	go func() { p.exit <- p.cmd.Wait() }()
	p.t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.exit
		}
	})
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if res, err := http.Get(p.base + "/readyz"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
	}
	p.t.Fatalf("walker never became ready:\n%s", p.log)
}

// graphql posts a request with the process's API token.
func (p *proc) graphql(client *http.Client, query string, vars map[string]any) (map[string]json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, p.base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+p.token)
	res, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var out struct {
		Data   map[string]json.RawMessage
		Errors []json.RawMessage
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("status %d: %w", res.StatusCode, err)
	}
	if res.StatusCode != http.StatusOK || len(out.Errors) > 0 || out.Data == nil {
		return nil, fmt.Errorf("status %d, errors %s", res.StatusCode, out.Errors)
	}
	return out.Data, nil
}

const createConversationQuery = `mutation($c: UUID!, $cu: ID!) { createConversation(input: {clientID: $c, mode: VISIT, occurredAt: "2026-11-02T10:00:00Z", customerIDs: [$cu], heard: "robustness"}) { id } }`

// TestNoAcknowledgedWriteLost: 64 writers log conversations; the server is
// killed with SIGKILL mid-run and restarted; every conversation whose create
// was acknowledged is there, once; and sending every attempted create again
// (as the phones' outboxes do) leaves exactly one row per client id.
func TestNoAcknowledgedWriteLost(t *testing.T) {
	p := newProc(t)
	p.start()
	client := &http.Client{Timeout: 10 * time.Second}
	data, err := p.graphql(client, `mutation { createCustomer(input: {name: "Zoe"}) { id } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var cust struct{ ID string }
	json.Unmarshal(data["createCustomer"], &cust)

	var (
		mu                  sync.Mutex
		attempted, acked    []string
		wg                  sync.WaitGroup
		ctx, stopWriters    = context.WithCancel(context.Background())
		enough              = make(chan struct{})
		enoughOnce          sync.Once
		ackedBeforeTheCrash = 400
	)
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				id := uuid.NewString()
				mu.Lock()
				attempted = append(attempted, id)
				mu.Unlock()
				if _, err := p.graphql(client, createConversationQuery, map[string]any{"c": id, "cu": cust.ID}); err != nil {
					continue // the server is gone: the phone keeps it in its outbox
				}
				mu.Lock()
				acked = append(acked, id)
				if len(acked) >= ackedBeforeTheCrash {
					enoughOnce.Do(func() { close(enough) })
				}
				mu.Unlock()
			}
		}()
	}
	select {
	case <-enough:
	case <-time.After(60 * time.Second):
		t.Fatal("the writers never got 400 acknowledgements")
	}
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.exit
	stopWriters()
	wg.Wait()
	t.Logf("killed with %d creates acknowledged of %d attempted", len(acked), len(attempted))

	p.start()
	st := openStore(t, p)
	ctx = servertest.System()
	count := func(ids []string) map[string]int {
		n := map[string]int{}
		for chunk := range chunks(ids, 500) {
			var uids []uuid.UUID
			for _, id := range chunk {
				uids = append(uids, uuid.MustParse(id))
			}
			for _, c := range st.Client.Conversation.Query().Where(conversation.ClientIDIn(uids...)).AllX(ctx) {
				n[c.ClientID.String()]++
			}
		}
		return n
	}
	stored := count(acked)
	for _, id := range acked {
		if stored[id] != 1 {
			t.Fatalf("acknowledged conversation %s stored %d times after the crash", id, stored[id])
		}
	}
	// The outboxes send everything again, acknowledged or not.
	for _, id := range attempted {
		if _, err := p.graphql(client, createConversationQuery, map[string]any{"c": id, "cu": cust.ID}); err != nil {
			t.Fatalf("replaying %s: %v", id, err)
		}
	}
	stored = count(attempted)
	for _, id := range attempted {
		if stored[id] != 1 {
			t.Fatalf("conversation %s stored %d times after the replay", id, stored[id])
		}
	}
	if total := st.Client.Conversation.Query().CountX(ctx); total != len(attempted) {
		t.Fatalf("%d conversations for %d distinct creates", total, len(attempted))
	}
}

// openStore opens the process's database from the test.
func openStore(t *testing.T, p *proc) *store.Store {
	t.Helper()
	var pgURL, sqlitePath string
	for _, kv := range p.env {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "WALKER_DATABASE_URL":
			pgURL = v
		case "WALKER_DB":
			sqlitePath = v
		}
	}
	st, err := store.Open(context.Background(), pgURL, sqlitePath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func chunks(s []string, n int) func(func([]string) bool) {
	return func(yield func([]string) bool) {
		for i := 0; i < len(s); i += n {
			if !yield(s[i:min(i+n, len(s))]) {
				return
			}
		}
	}
}

// TestGracefulShutdown: on SIGTERM the server stops accepting connections,
// finishes the request in flight (here, one whose body is still arriving),
// and exits 0 within its grace period.
func TestGracefulShutdown(t *testing.T) {
	p := newProc(t)
	p.start()
	conn, err := net.Dial("tcp", strings.TrimPrefix(p.base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"query":"{ viewer { name } }"}`
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
		p.token, len(body), body[:10])
	time.Sleep(200 * time.Millisecond) // the server is reading the request
	sent := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// New connections are refused once shutdown began.
	refused := false
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		c, err := net.Dial("tcp", strings.TrimPrefix(p.base, "http://"))
		if err != nil {
			refused = true
			break
		}
		c.Close()
	}
	if !refused {
		t.Fatal("the server still accepts connections after SIGTERM")
	}
	select {
	case err := <-p.exit:
		t.Fatalf("the server exited (%v) with a request in flight:\n%s", err, p.log)
	default:
	}
	if _, err := io.WriteString(conn, body[10:]); err != nil {
		t.Fatal(err)
	}
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight was cut off: %v", err)
	}
	answer, _ := io.ReadAll(res.Body)
	if res.StatusCode != http.StatusOK || !strings.Contains(string(answer), `"name":"Ada"`) {
		t.Fatalf("the request in flight got %d %s", res.StatusCode, answer)
	}
	select {
	case err := <-p.exit:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\n%s", err, p.log)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not exit within its 10 s grace period")
	}
	t.Logf("drained and exited %s after SIGTERM", time.Since(sent).Round(time.Millisecond))
}

// run runs a walker command with the process's configuration and returns its
// output and exit code.
func (p *proc) run(args ...string) (string, int) {
	p.t.Helper()
	cmd := exec.Command(p.bin, args...)
	cmd.Env = append(os.Environ(), p.env...)
	out, err := cmd.CombinedOutput()
	if err != nil && cmd.ProcessState == nil {
		p.t.Fatal(err)
	}
	return string(out), cmd.ProcessState.ExitCode()
}

// TestRestoreWhileServing: walker backup copies the database of a running
// walker serve; walker restore refuses while that server runs, and works
// once it was killed with SIGKILL (the kernel drops its lock with it), and
// the restarted server serves the backup.
func TestRestoreWhileServing(t *testing.T) {
	p := newProc(t)
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("SQLite's backup and restore")
	}
	p.start()
	client := &http.Client{Timeout: 10 * time.Second}
	if _, err := p.graphql(client, `mutation { createCustomer(input: {name: "Before"}) { id } }`, nil); err != nil {
		t.Fatal(err)
	}
	out, code := p.run("backup")
	file := regexp.MustCompile(`(?m)^file=(.+)$`).FindStringSubmatch(out)
	if code != 0 || file == nil {
		t.Fatalf("walker backup of a running server: %d %s", code, out)
	}
	if _, err := p.graphql(client, `mutation { createCustomer(input: {name: "After"}) { id } }`, nil); err != nil {
		t.Fatal(err)
	}
	if out, code := p.run("restore", file[1]); code != 1 || !strings.Contains(out, "has the database open") {
		t.Fatalf("walker restore while serving: %d %s", code, out)
	}
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.exit
	if out, code := p.run("restore", file[1]); code != 0 {
		t.Fatalf("walker restore after the server was killed: %d %s", code, out)
	}
	p.start()
	data, err := p.graphql(client, `{ customers(first: 10) { edges { node { name } } } }`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(data["customers"]); !strings.Contains(s, `"Before"`) || strings.Contains(s, `"After"`) {
		t.Fatalf("customers after the restore: %s", s)
	}
}
