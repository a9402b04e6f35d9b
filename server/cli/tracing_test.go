package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"

	"walker/server/cli"
	"walker/server/store/storetest"
)

// `walker serve` with an OTLP endpoint in the environment exports its
// request spans there, and flushes them when it stops.
func TestServeExportsTraces(t *testing.T) {
	var (
		mu       sync.Mutex
		received [][]byte
	)
	collector := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.URL.Path == "/v1/traces" {
			mu.Lock()
			received = append(received, body)
			mu.Unlock()
		}
		w.Header().Set("Content-Type", "application/x-protobuf")
	}))
	defer collector.Close()
	// The exporter reads the process's environment, as the specification says.
	t.Setenv("OTEL_EXPORTER_OTLP_ENDPOINT", collector.URL)
	t.Setenv("OTEL_BSP_SCHEDULE_DELAY", "600000") // nothing leaves before the shutdown's flush

	pgURL, path := storetest.Location(t, os.Getenv)
	args := []string{"serve", "-addr", "127.0.0.1:0", "-db", path}
	if pgURL != "" {
		args = []string{"serve", "-addr", "127.0.0.1:0", "-database-url", pgURL}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs, w := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, args, os.Getenv, io.Discard, w)
		w.Close()
	}()
	lines := bufio.NewScanner(logs)
	var addr string
	for addr == "" && lines.Scan() {
		var line struct{ Msg, Addr string }
		if json.Unmarshal(lines.Bytes(), &line) == nil && line.Msg == "walker listening" {
			addr = line.Addr
		}
	}
	go io.Copy(io.Discard, logs) //nolint:errcheck // the rest of the logs
	if addr == "" {
		t.Fatalf("walker serve ended without listening: exit %d", <-done)
	}
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("walker serve exited %d", code)
	}
	mu.Lock()
	defer mu.Unlock()
	all := bytes.Join(received, nil)
	for _, want := range []string{"GET /healthz", "walker"} {
		if !bytes.Contains(all, []byte(want)) {
			t.Errorf("the collector received no %q in %d exports", want, len(received))
		}
	}
}
