package graph

import (
	"context"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals the elements of a list one after the other in the
// calling goroutine. graph/gqlgen.go puts it in place of gqlgen's
// graphql.MarshalSliceConcurrently for lists of objects that resolve
// sequentially (whose fields hold what was loaded with the page), where a
// goroutine per element buys nothing. It keeps that function's contract:
// each element is marshalled under a FieldContext holding its index, and a
// panic (unless omitPanicHandler) is reported as an error and leaves null
// in that element's place.
func marshalSlice(ctx context.Context, length int, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	return ret
}

// deferredGroup is graphql.NewDeferredGroup(ctx) for an object whose fields
// include a deferred one, and otherwise an empty group that allocates
// nothing: graph/gqlgen.go puts it in place of NewDeferredGroup, which
// computes the object's path and allocates a field set and a map for every
// object, deferred fields or not. The generated code touches the group's
// FieldSet and Defers only for a deferred field (graphql.FieldSet.ResolveConcurrently)
// and reads its Path only when Defers is not empty (ProcessDeferredGroup), so
// an object without deferred fields behaves the same with either group.
func deferredGroup(ctx context.Context, fields []graphql.CollectedField) graphql.DeferredGroup {
	for _, f := range fields {
		if f.IsDeferred() {
			return graphql.NewDeferredGroup(ctx)
		}
	}
	return graphql.DeferredGroup{Context: ctx}
}

// marshalObject is what a generated object returns once its fields are
// resolved: out itself when some are deferred (their payloads take values
// out of it later), and otherwise an object, which writes the same JSON.
func marshalObject(out *graphql.FieldSet, fields []graphql.CollectedField, deferred graphql.DeferredGroup) graphql.Marshaler {
	if len(deferred.Defers) > 0 {
		return out
	}
	return object{fields: fields, values: out.Values}
}

// object writes a resolved object as JSON: each field under its alias, in
// the order of the selection. graphql.CollectFields has already merged the
// fields that share an alias, and an alias is a GraphQL name
// (/[_A-Za-z][_0-9A-Za-z]*/), which JSON needs no escape for.
type object struct {
	fields []graphql.CollectedField
	values []graphql.Marshaler
}

func (o object) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	for i := range o.fields {
		if i > 0 {
			io.WriteString(w, `,"`)
		} else {
			io.WriteString(w, `"`)
		}
		io.WriteString(w, o.fields[i].Alias)
		io.WriteString(w, `":`)
		o.values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}
