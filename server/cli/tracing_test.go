package cli_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
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

	addr, stop := serve(t, os.Getenv)
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if code := stop(); code != 0 {
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
