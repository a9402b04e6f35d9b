package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"walker/ent/schema/viewer"
)

// tracingExtension starts a span per operation, named by its type and name
// ("query Conversations"), and one per field with a resolver of its own
// ("Query.conversations"). It records no query text, argument or variable:
// only names the schema or the client chose, and the organization.
type tracingExtension struct{ tracer trace.Tracer }

var (
	_ graphql.HandlerExtension    = tracingExtension{}
	_ graphql.ResponseInterceptor = tracingExtension{}
	_ graphql.FieldInterceptor    = tracingExtension{}
)

func (tracingExtension) ExtensionName() string                   { return "WalkerTracing" }
func (tracingExtension) Validate(graphql.ExecutableSchema) error { return nil }

// organizationAttr adds the span attribute of the viewer's organization, when known.
func organizationAttr(ctx context.Context, attrs []attribute.KeyValue) []attribute.KeyValue {
	if v := viewer.FromContext(ctx); v != nil && v.OrganizationID != 0 {
		attrs = append(attrs, attribute.Int("walker.organization_id", v.OrganizationID))
	}
	return attrs
}

func (e tracingExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if !graphql.HasOperationContext(ctx) {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	kind := "query"
	if oc.Operation != nil {
		kind = string(oc.Operation.Operation)
	}
	name, attrs := kind, []attribute.KeyValue{attribute.String("graphql.operation.type", kind)}
	op := oc.OperationName
	if op == "" && oc.Operation != nil {
		op = oc.Operation.Name
	}
	// The client chooses the name: only a plain identifier names the span.
	if operationName.MatchString(op) {
		name += " " + op
		attrs = append(attrs, attribute.String("graphql.operation.name", op))
	}
	ctx, span := e.tracer.Start(ctx, name, trace.WithAttributes(organizationAttr(ctx, attrs)...))
	defer span.End()
	resp := next(ctx)
	if resp != nil && len(resp.Errors) > 0 {
		// The codes, not the messages, which may quote what was sent.
		code, _ := resp.Errors[0].Extensions["code"].(string)
		span.SetStatus(codes.Error, code)
	}
	return resp
}

func (e tracingExtension) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	// Fields bound to ent's methods (edges) answer from what the page
	// loaded; their statements, when any, show under the resolver's span.
	if fc == nil || !fc.IsResolver {
		return next(ctx)
	}
	ctx, span := e.tracer.Start(ctx, fc.Object+"."+fc.Field.Name, trace.WithAttributes(organizationAttr(ctx, []attribute.KeyValue{
		attribute.String("graphql.field.name", fc.Field.Name), attribute.String("graphql.field.type", typeName(fc.Field.Definition)),
	})...))
	defer span.End()
	res, err := next(ctx)
	if err != nil {
		span.SetStatus(codes.Error, "")
	}
	return res, err
}

func typeName(d *ast.FieldDefinition) string {
	if d == nil || d.Type == nil {
		return ""
	}
	return d.Type.String()
}
