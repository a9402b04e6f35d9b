package servertest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/webauthn"
	"github.com/chromedp/chromedp"

	"walker/server"
)

// chromium is Debian's Chromium, which .ci/test installs.
const chromium = "/usr/bin/chromium"

// needChromium skips a browser test under -short and fails it when Chromium
// is missing, so that a full run never passes without the browser.
func needChromium(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test: needs Chromium; run without -short")
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("Chromium is missing at %s (apt-get install chromium, as .ci/test does; or run with -short): %v", chromium, err)
	}
}

// Traffic counts what reaches a BrowserServer, to prove that "offline" was;
// with FailGraphQL set, the server answers every GraphQL request with an
// error; Hold keeps some waiting.
type Traffic struct {
	Requests     atomic.Int64
	Refreshes    atomic.Int64
	Registers    atomic.Int64
	Unauthorized atomic.Int64
	FailGraphQL  atomic.Bool
	// What the GraphQL answers said of their cost: the highest requested,
	// the sum of what was charged, the refusals for the budget (429) and
	// for the per-request limit (COST_LIMIT).
	MaxCost, Charged, Throttled, CostLimited atomic.Int64
	// GraphQLBusy is the time spent answering GraphQL requests, in
	// nanoseconds, summed over requests (those answered side by side add up).
	GraphQLBusy atomic.Int64

	mu   sync.Mutex
	hold *hold
}

// hold keeps the GraphQL requests whose body contains text waiting until
// released is closed.
type hold struct {
	text     []byte
	released chan struct{}
}

// Hold makes every GraphQL request whose body contains text wait, as on a
// slow network, until release is called (the test's end calls it too): with
// "query Batch" the replica's fill stalls before its first page.
func (tr *Traffic) Hold(t *testing.T, text string) (release func()) {
	t.Helper()
	hd := &hold{text: []byte(text), released: make(chan struct{})}
	tr.mu.Lock()
	tr.hold = hd
	tr.mu.Unlock()
	var once sync.Once
	release = func() {
		once.Do(func() {
			tr.mu.Lock()
			if tr.hold == hd {
				tr.hold = nil
			}
			tr.mu.Unlock()
			close(hd.released)
		})
	}
	t.Cleanup(release)
	return release
}

// wait holds r while a Hold matches its body; false when r ended meanwhile.
func (tr *Traffic) wait(r *http.Request) bool {
	tr.mu.Lock()
	hd := tr.hold
	tr.mu.Unlock()
	if hd == nil {
		return true
	}
	body, err := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil || !bytes.Contains(body, hd.text) {
		return true
	}
	select {
	case <-hd.released:
		return true
	case <-r.Context().Done():
		return false
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	body   *bytes.Buffer // a copy of the body, when kept
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.body != nil {
		s.body.Write(b)
	}
	return s.ResponseWriter.Write(b)
}

// costOf reads a number field of a GraphQL answer's extensions.cost (the
// last one in the body: extensions come after the data).
func costOf(body []byte, field string) (int64, bool) {
	key := []byte(`"` + field + `":`)
	i := bytes.LastIndex(body, key)
	if i < 0 {
		return 0, false
	}
	rest := body[i+len(key):]
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	n, err := strconv.ParseInt(string(rest[:end]), 10, 64)
	return n, err == nil
}

// count notes what a GraphQL answer said of its cost.
func (tr *Traffic) count(status int, body []byte) {
	if status == http.StatusTooManyRequests {
		tr.Throttled.Add(1)
	}
	if bytes.Contains(body, []byte(`"COST_LIMIT"`)) {
		tr.CostLimited.Add(1)
	}
	if status != http.StatusOK {
		return
	}
	if n, ok := costOf(body, "requestedQueryCost"); ok {
		for m := tr.MaxCost.Load(); n > m && !tr.MaxCost.CompareAndSwap(m, n); m = tr.MaxCost.Load() {
		}
	}
	if n, ok := costOf(body, "actualQueryCost"); ok {
		tr.Charged.Add(n)
	}
}

// BrowserServer serves a harness on a real listener at
// http://localhost:PORT (passkeys need a hostname), returned as base, and
// counts the requests; opts change the server's configuration.
func BrowserServer(t *testing.T, opts ...Option) (h *Harness, base string, tr *Traffic) {
	t.Helper()
	needChromium(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base = fmt.Sprintf("http://localhost:%d", ln.Addr().(*net.TCPAddr).Port)
	h = New(t, append([]Option{func(c *server.Config) { c.PublicURL = base }}, opts...)...)
	h.AdaJWT, h.LeoJWT, h.GusJWT = h.JWT(h.Ada), h.JWT(h.Leo), h.JWT(h.Gus) // issued for this public URL
	tr = &Traffic{}
	counted := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tr.Requests.Add(1)
		switch r.URL.Path {
		case "/auth/refresh":
			tr.Refreshes.Add(1)
		case "/auth/register/begin":
			tr.Registers.Add(1)
		case "/graphql":
			if tr.FailGraphQL.Load() {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusInternalServerError)
				fmt.Fprint(w, `{"errors":[{"message":"the database is not answering","extensions":{"code":"INTERNAL"}}]}`)
				return
			}
			if !tr.wait(r) {
				return
			}
		}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		if r.URL.Path == "/graphql" {
			rec.body = &bytes.Buffer{}
			defer func(began time.Time) { tr.GraphQLBusy.Add(int64(time.Since(began))) }(time.Now())
		}
		h.Handler.ServeHTTP(rec, r)
		if rec.status == http.StatusUnauthorized {
			tr.Unauthorized.Add(1)
		}
		if rec.body != nil {
			tr.count(rec.status, rec.body.Bytes())
		}
	})
	srv := &http.Server{Handler: counted, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln) //nolint:errcheck // ends with Close
	t.Cleanup(func() { srv.Close() })
	return h, base, tr
}

// Browser opens a phone-sized headless Chromium with its own profile and a
// virtual passkey authenticator (CTAP2, internal, resident keys, verified user).
func Browser(t *testing.T) context.Context {
	t.Helper()
	needChromium(t)
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.UserDataDir(t.TempDir()))
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	if _, err := chromedp.Call(ctx, webauthn.Enable, webauthn.EnableParams{}); err != nil {
		t.Fatalf("WebAuthn.enable: %v", err)
	}
	if _, err := chromedp.Call(ctx, webauthn.AddVirtualAuthenticator, webauthn.AddVirtualAuthenticatorParams{
		Options: &webauthn.VirtualAuthenticatorOptions{
			Protocol: webauthn.AuthenticatorProtocolCtap2, Ctap2version: webauthn.Ctap2versionCtap21,
			Transport: webauthn.AuthenticatorTransportInternal, HasResidentKey: true, HasUserVerification: true,
			IsUserVerified: true, AutomaticPresenceSimulation: true,
		},
	}); err != nil {
		t.Fatalf("adding a virtual authenticator: %v", err)
	}
	return ctx
}

// Step runs actions in the browser within 20 seconds, and fails the test,
// saying what it was doing, when they fail.
func Step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// Screenshot saves the whole page as artifacts/browser/name.png, at the root
// of the module.
func Screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "artifacts", "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// moduleRoot is the folder of go.mod, above the test's working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// JS runs script in the page, awaiting a promise, and fails the test on an error.
func JS[T any](t *testing.T, ctx context.Context, script string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running %s: %v", script, err)
	}
	return v
}

// WaitText waits until the page shows text.
func WaitText(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(PageText(t, ctx), text) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the page never showed %q; it shows:\n%s", text, PageText(t, ctx))
}

// PageText is the text the page shows.
func PageText(t *testing.T, ctx context.Context) string {
	t.Helper()
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// Eventually waits up to 20 seconds for cond (checked in the database, say)
// to hold.
func Eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("never: %s", what)
}
