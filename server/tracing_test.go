package server_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"walker/server"
	"walker/server/servertest"
)

// syncBuffer is a buffer the server's goroutines may log into.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// traced is a harness whose server traces into an in-memory exporter,
// with its logs kept.
func traced(t *testing.T) (*servertest.Harness, *tracetest.InMemoryExporter, *sdktrace.TracerProvider, *syncBuffer) {
	t.Helper()
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	t.Cleanup(func() { _ = tp.Shutdown(t.Context()) })
	logs := &syncBuffer{}
	h := servertest.NewLogged(t, logs, func(c *server.Config) { c.Tracer = tp })
	return h, exp, tp, logs
}

func attr(s tracetest.SpanStub, key attribute.Key) (attribute.Value, bool) {
	for _, a := range s.Attributes {
		if a.Key == key {
			return a.Value, true
		}
	}
	return attribute.Value{}, false
}

func TestTracing(t *testing.T) {
	h, exp, _, logs := traced(t)
	const secret = "Zelda Quartermaine"
	var created struct {
		CreateCustomer struct{ ID string } `json:"createCustomer"`
	}
	h.OK(h.AdaJWT, `mutation NewCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
		map[string]any{"input": map[string]any{"name": secret}}, &created)
	written := exp.GetSpans()
	insert := false
	for _, s := range written {
		q, _ := attr(s, "db.query.text")
		if strings.HasPrefix(s.Name, "sql.") && (strings.Contains(q.AsString(), "INSERT INTO `customers`") || strings.Contains(q.AsString(), `INSERT INTO "customers"`)) {
			insert = true
		}
	}
	if !insert {
		t.Errorf("the mutation's transaction left no span of its INSERT")
	}
	exp.Reset()
	h.OK(h.AdaJWT, `query Traced($needle: String!) { viewer { name email } customers(first: 5, where: {nameContains: $needle}) { totalCount edges { node { name } } } }`,
		map[string]any{"needle": "Quarter"}, nil)

	spans := exp.GetSpans()
	byID := map[trace.SpanID]tracetest.SpanStub{}
	for _, s := range spans {
		byID[s.SpanContext.SpanID()] = s
	}
	var httpSpan, opSpan *tracetest.SpanStub
	var resolvers, statements []tracetest.SpanStub
	for i, s := range spans {
		switch {
		case s.Name == "POST /graphql":
			httpSpan = &spans[i]
		case s.Name == "query Traced":
			opSpan = &spans[i]
		case s.Name == "sql.query" || s.Name == "sql.exec":
			statements = append(statements, s)
		case strings.HasPrefix(s.Name, "Query."):
			resolvers = append(resolvers, s)
		}
	}
	if httpSpan == nil || opSpan == nil || len(resolvers) == 0 || len(statements) == 0 {
		names := []string{}
		for _, s := range spans {
			names = append(names, s.Name)
		}
		t.Fatalf("want an HTTP span, the operation's, resolvers' and statements'; got %q", names)
	}
	tid := httpSpan.SpanContext.TraceID()
	// ancestor tells whether an ancestor of s among the spans named by want.
	ancestor := func(s tracetest.SpanStub, want func(tracetest.SpanStub) bool) bool {
		for p, ok := byID[s.Parent.SpanID()]; ok; p, ok = byID[p.Parent.SpanID()] {
			if want(p) {
				return true
			}
		}
		return false
	}
	if opSpan.Parent.SpanID() != httpSpan.SpanContext.SpanID() {
		t.Errorf("the operation's span is not a child of the request's")
	}
	for _, r := range resolvers {
		if r.Parent.SpanID() != opSpan.SpanContext.SpanID() {
			t.Errorf("resolver %s is not a child of the operation's span", r.Name)
		}
	}
	for _, s := range statements {
		if !ancestor(s, func(p tracetest.SpanStub) bool {
			return strings.HasPrefix(p.Name, "Query.") || p.Name == "query Traced"
		}) {
			t.Errorf("statement %s is not under the operation", s.Name)
		}
		if v, _ := attr(s, "db.system"); v.AsString() != "sqlite" && v.AsString() != "postgresql" {
			t.Errorf("statement span without db.system: %v", s.Attributes)
		}
		if v, _ := attr(s, "db.query.text"); v.AsString() == "" {
			t.Errorf("statement span without db.query.text: %v", s.Attributes)
		}
	}
	private := []string{secret, "Quarter", h.Ada.Name, h.Ada.Email, "Ada", "ada@", "192.0.2.1"}
	for _, s := range spans {
		if s.SpanContext.TraceID() != tid {
			t.Errorf("span %s is in another trace", s.Name)
		}
	}
	for _, s := range append(spans, written...) {
		// Authentication's own statements run before the viewer is known.
		signIn := strings.HasPrefix(s.Name, "sql.") && s.Parent.SpanID() == httpSpan.SpanContext.SpanID()
		if v, ok := attr(s, "walker.organization_id"); !signIn && s.SpanContext.TraceID() == tid && (!ok || v.AsInt64() != int64(h.Acme.ID)) {
			t.Errorf("span %s: walker.organization_id %v, want %d", s.Name, v.Emit(), h.Acme.ID)
		}
		for _, a := range s.Attributes {
			for _, p := range private {
				if strings.Contains(a.Value.Emit(), p) {
					t.Errorf("span %s: attribute %s=%q holds %q", s.Name, a.Key, a.Value.Emit(), p)
				}
			}
		}
		for _, p := range private {
			if strings.Contains(s.Name, p) || strings.Contains(s.Status.Description, p) {
				t.Errorf("span %q (status %q) holds %q", s.Name, s.Status.Description, p)
			}
		}
	}

	// The access line of the request carries its trace.
	found := false
	sc := bufio.NewScanner(strings.NewReader(logs.String()))
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) != nil {
			continue
		}
		if m["msg"] == "request" && m["trace_id"] == tid.String() {
			found = true
		}
	}
	if !found {
		t.Errorf("no request log line with trace_id %s in:\n%s", tid, logs.String())
	}
}

func TestTracingOff(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	t.Cleanup(func() { _ = tp.Shutdown(t.Context()) })
	// An instrumentation falling back to the global provider would export here.
	global := otel.GetTracerProvider()
	otel.SetTracerProvider(tp)
	t.Cleanup(func() { otel.SetTracerProvider(global) })
	logs := &syncBuffer{}
	h := servertest.NewLogged(t, logs) // no Tracer
	body := `{"query": "query Traced { viewer { name } customers(first: 5) { totalCount } }"}`
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+h.AdaJWT)
	req.Header.Set("Traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	if resp := servertest.Decode(t, rec); resp.Status != http.StatusOK || len(resp.Errors) > 0 {
		t.Fatalf("status %d, errors %v", resp.Status, resp.Errors)
	}
	if spans := exp.GetSpans(); len(spans) != 0 {
		t.Fatalf("tracing off exported %d spans", len(spans))
	}
	if strings.Contains(logs.String(), "trace_id") || !strings.Contains(logs.String(), `"msg":"request"`) {
		t.Errorf("tracing off: want the request's line without a trace_id:\n%s", logs.String())
	}
}
