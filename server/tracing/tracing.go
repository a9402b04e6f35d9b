// Package tracing sets up OpenTelemetry traces the standard way: a tracer
// provider built from the OTEL_* variables when an OTLP endpoint is set, the
// log handler that stamps each line with its trace, and the filter that keeps
// personal data out of the HTTP spans. Walker's spans themselves are started
// where the work is (server, graph, server/store); see docs/OPERATIONS.md,
// "Tracing".
package tracing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	// The OTLP exporter over HTTP (http/protobuf), the protocol every
	// collector and Jaeger accept, without gRPC's dependencies.
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	// The attribute values of spans.
	"go.opentelemetry.io/otel/attribute"
	// The resource (service.name) and the SDK's tracer provider, which reads
	// OTEL_TRACES_SAMPLER, OTEL_BSP_* and OTEL_RESOURCE_ATTRIBUTES itself.
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	// The tracing API that the instrumented packages depend on.
	"go.opentelemetry.io/otel/trace"
	"go.opentelemetry.io/otel/trace/embedded"
)

// OrganizationKey is the attribute every Walker span carries when the viewer
// is known: the organization's id, never a person's.
const OrganizationKey = attribute.Key("walker.organization_id")

// Enabled reports whether the environment asks for traces: an OTLP endpoint
// for them is set (OTEL_EXPORTER_OTLP_ENDPOINT or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) and OTEL_SDK_DISABLED is not true.
func Enabled(getenv func(string) string) bool {
	if strings.EqualFold(strings.TrimSpace(getenv("OTEL_SDK_DISABLED")), "true") {
		return false
	}
	return getenv("OTEL_EXPORTER_OTLP_ENDPOINT") != "" || getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") != ""
}

// New builds the tracer provider that exports to the OTLP endpoint of the
// environment; the exporter and the SDK read the other OTEL_* variables
// (headers, timeout, sampler, batching, resource attributes) themselves,
// from the process's environment. The caller must Shutdown the provider,
// which flushes the spans still queued.
func New(ctx context.Context, getenv func(string) string) (*sdktrace.TracerProvider, error) {
	for _, v := range []string{"OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL"} {
		if p := getenv(v); p != "" {
			if p != "http/protobuf" {
				return nil, fmt.Errorf("%s=%q: Walker exports traces over http/protobuf only", v, p)
			}
			break // the traces' own variable wins over the general one
		}
	}
	exp, err := otlptracehttp.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("tracing: the OTLP exporter: %w", err)
	}
	// OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES (WithFromEnv, later)
	// win over the default name.
	res, err := resource.New(ctx,
		resource.WithAttributes(semconv.ServiceName("walker")),
		resource.WithFromEnv(), resource.WithTelemetrySDK())
	if err != nil && !errors.Is(err, resource.ErrPartialResource) {
		return nil, fmt.Errorf("tracing: the resource: %w", err)
	}
	return sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res)), nil
}

// LogHandler wraps h so that a line logged with a context whose span is
// valid carries its trace_id and span_id, for going from a log line to its
// trace.
func LogHandler(h slog.Handler) slog.Handler { return logHandler{h} }

type logHandler struct{ slog.Handler }

func (l logHandler) Handle(ctx context.Context, r slog.Record) error {
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r = r.Clone()
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()), slog.String("span_id", sc.SpanID().String()))
	}
	return l.Handler.Handle(ctx, r)
}

func (l logHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return logHandler{l.Handler.WithAttrs(attrs)}
}

func (l logHandler) WithGroup(name string) slog.Handler { return logHandler{l.Handler.WithGroup(name)} }

// personal are the attributes otelhttp records by default that identify a
// person's device or network, or may hold a secret (an invitation's path):
// Walker's HTTP spans name the route instead.
var personal = []attribute.Key{
	semconv.ClientAddressKey, semconv.NetworkPeerAddressKey, semconv.NetworkPeerPortKey,
	semconv.UserAgentOriginalKey, semconv.URLPathKey, semconv.URLQueryKey, semconv.URLFullKey,
}

// Impersonal returns a provider whose tracers start spans without the
// attributes in personal.
func Impersonal(tp trace.TracerProvider) trace.TracerProvider { return impersonalProvider{tp: tp} }

type impersonalProvider struct {
	embedded.TracerProvider
	tp trace.TracerProvider
}

func (p impersonalProvider) Tracer(name string, opts ...trace.TracerOption) trace.Tracer {
	return impersonalTracer{t: p.tp.Tracer(name, opts...)}
}

type impersonalTracer struct {
	embedded.Tracer
	t trace.Tracer
}

func (t impersonalTracer) Start(ctx context.Context, name string, opts ...trace.SpanStartOption) (context.Context, trace.Span) {
	cfg := trace.NewSpanStartConfig(opts...)
	attrs := slices.DeleteFunc(slices.Clone(cfg.Attributes()), func(a attribute.KeyValue) bool {
		return slices.Contains(personal, a.Key)
	})
	start := []trace.SpanStartOption{trace.WithAttributes(attrs...), trace.WithSpanKind(cfg.SpanKind()), trace.WithLinks(cfg.Links()...)}
	if ts := cfg.Timestamp(); !ts.IsZero() {
		start = append(start, trace.WithTimestamp(ts))
	}
	if cfg.NewRoot() {
		start = append(start, trace.WithNewRoot())
	}
	return t.t.Start(ctx, name, start...)
}
