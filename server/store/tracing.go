package store

import (
	"context"
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"
	// The tracing API only (spans, attributes, the semantic conventions'
	// names): the SDK that exports them is walker serve's (server/tracing).
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	semconv "go.opentelemetry.io/otel/semconv/v1.43.0"
	"go.opentelemetry.io/otel/trace"

	"walker/ent/schema/viewer"
)

// Option changes how a store is opened.
type Option func(*options)

type options struct{ tracer trace.TracerProvider }

// Tracing makes every SQL statement sent for a traced request a span of tp:
// "sql.query" or "sql.exec", with the database and the statement's text
// (placeholders only, never the values bound to them). Statements outside a
// recording span (migrations, the background workers) start none. A nil tp
// traces nothing.
func Tracing(tp trace.TracerProvider) Option { return func(o *options) { o.tracer = tp } }

// tracingDriver is ent's driver with a span per statement.
type tracingDriver struct {
	dialect.Driver
	s *statementSpans
}

// statementSpans starts the statements' spans.
type statementSpans struct {
	tracer trace.Tracer
	system []attribute.KeyValue
}

func traceStatements(d dialect.Driver, dia string, tp trace.TracerProvider) dialect.Driver {
	system := semconv.DBSystemNameSQLite
	if dia == dialect.Postgres {
		system = semconv.DBSystemNamePostgreSQL
	}
	return &tracingDriver{Driver: d, s: &statementSpans{
		tracer: tp.Tracer("walker/server/store"),
		// db.system is the older name of db.system.name, which some backends
		// still key their database views on.
		system: []attribute.KeyValue{attribute.String("db.system", system.Value.AsString()), system},
	}}
}

// start starts the span of a statement when ctx is in a recording span; end
// must be called with the statement's error.
func (s *statementSpans) start(ctx context.Context, name, query string) (context.Context, func(error)) {
	if !trace.SpanFromContext(ctx).IsRecording() {
		return ctx, func(error) {}
	}
	attrs := append(s.system[:len(s.system):len(s.system)], semconv.DBQueryText(query))
	if v := viewer.FromContext(ctx); v != nil && v.OrganizationID != 0 {
		attrs = append(attrs, attribute.Int("walker.organization_id", v.OrganizationID))
	}
	ctx, span := s.tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindClient), trace.WithAttributes(attrs...))
	return ctx, func(err error) {
		if err != nil {
			// The type, not the message: a database's message may quote a value.
			span.SetAttributes(semconv.ErrorTypeKey.String(fmt.Sprintf("%T", err)))
			span.SetStatus(codes.Error, "")
		}
		span.End()
	}
}

func (d *tracingDriver) Exec(ctx context.Context, query string, args, v any) error {
	ctx, end := d.s.start(ctx, "sql.exec", query)
	err := d.Driver.Exec(ctx, query, args, v)
	end(err)
	return err
}

func (d *tracingDriver) Query(ctx context.Context, query string, args, v any) error {
	ctx, end := d.s.start(ctx, "sql.query", query)
	err := d.Driver.Query(ctx, query, args, v)
	end(err)
	return err
}

func (d *tracingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &tracingTx{Tx: tx, s: d.s}, nil
}

// BeginTx is Tx with options (ent's client.BeginTx).
func (d *tracingDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	tx, err := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	}).BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &tracingTx{Tx: tx, s: d.s}, nil
}

// QueryContext and ExecContext serve ent's raw-SQL API.
func (d *tracingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx, end := d.s.start(ctx, "sql.query", query)
	rows, err := d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
	end(err)
	return rows, err
}

func (d *tracingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx, end := d.s.start(ctx, "sql.exec", query)
	res, err := d.Driver.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
	end(err)
	return res, err
}

// tracingTx is a transaction with a span per statement.
type tracingTx struct {
	dialect.Tx
	s *statementSpans
}

func (t *tracingTx) Exec(ctx context.Context, query string, args, v any) error {
	ctx, end := t.s.start(ctx, "sql.exec", query)
	err := t.Tx.Exec(ctx, query, args, v)
	end(err)
	return err
}

func (t *tracingTx) Query(ctx context.Context, query string, args, v any) error {
	ctx, end := t.s.start(ctx, "sql.query", query)
	err := t.Tx.Query(ctx, query, args, v)
	end(err)
	return err
}

// QueryContext and ExecContext serve ent's raw-SQL API inside transactions.
func (t *tracingTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	ctx, end := t.s.start(ctx, "sql.query", query)
	rows, err := t.Tx.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
	end(err)
	return rows, err
}

func (t *tracingTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	ctx, end := t.s.start(ctx, "sql.exec", query)
	res, err := t.Tx.(interface {
		ExecContext(context.Context, string, ...any) (sql.Result, error)
	}).ExecContext(ctx, query, args...)
	end(err)
	return res, err
}
