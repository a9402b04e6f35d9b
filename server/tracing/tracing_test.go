package tracing_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"walker/server/tracing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestEnabled(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want bool
	}{
		{"unset", nil, false},
		{"endpoint", map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://localhost:4318"}, true},
		{"traces endpoint", map[string]string{"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": "http://localhost:4318/v1/traces"}, true},
		{"disabled", map[string]string{"OTEL_EXPORTER_OTLP_ENDPOINT": "http://localhost:4318", "OTEL_SDK_DISABLED": "true"}, false},
		{"only a service name", map[string]string{"OTEL_SERVICE_NAME": "walker"}, false},
	} {
		if got := tracing.Enabled(env(tc.env)); got != tc.want {
			t.Errorf("%s: Enabled = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNewRefusesGRPC(t *testing.T) {
	_, err := tracing.New(context.Background(), env(map[string]string{
		"OTEL_EXPORTER_OTLP_ENDPOINT": "http://localhost:4317", "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc",
	}))
	if err == nil || !strings.Contains(err.Error(), "http/protobuf") {
		t.Fatalf("want a refusal of grpc, got %v", err)
	}
}

func TestLogHandler(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(tracing.LogHandler(slog.NewJSONHandler(&buf, nil))).With("replica", "a")
	tp := sdktrace.NewTracerProvider()
	ctx, span := tp.Tracer("test").Start(context.Background(), "work")
	log.InfoContext(ctx, "inside")
	span.End()
	log.InfoContext(context.Background(), "outside")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	sc := span.SpanContext()
	if !strings.Contains(lines[0], `"trace_id":"`+sc.TraceID().String()+`"`) || !strings.Contains(lines[0], `"span_id":"`+sc.SpanID().String()+`"`) {
		t.Errorf("the line inside the span lacks its ids: %s", lines[0])
	}
	if strings.Contains(lines[1], "trace_id") {
		t.Errorf("the line outside any span has a trace_id: %s", lines[1])
	}
}

func TestImpersonal(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	_, span := tracing.Impersonal(tp).Tracer("test").Start(context.Background(), "GET /", trace.WithSpanKind(trace.SpanKindServer),
		trace.WithAttributes(attribute.String("client.address", "203.0.113.9"), attribute.String("user_agent.original", "Firefox"),
			attribute.String("url.path", "/invite/secret"), attribute.String("http.request.method", "GET")))
	span.End()
	s := exp.GetSpans()[0]
	if s.SpanKind != trace.SpanKindServer || len(s.Attributes) != 1 || s.Attributes[0].Key != "http.request.method" {
		t.Errorf("kind %v, attributes %v: want a server span with the method only", s.SpanKind, s.Attributes)
	}
}
