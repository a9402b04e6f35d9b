//go:build ignore

// gqlgen.go runs gqlgen (generate.go calls it after ent) with one plugin,
// sequential, which tells gqlgen not to resolve in goroutines what needs none.
//
// gqlgen resolves every field bound to a Go method that takes a context in a
// goroutine of its own, and marshals every element of a list of objects in
// another. For ent's edges (Conversation.leader, .customers, .followUps …)
// that buys nothing: entgql's field collection has loaded them with the page,
// so the methods return what is in memory; the goroutines, their stacks
// (grown and copied) and the atomic bookkeeping were a third of a page's CPU
// (docs/BENCHMARKS.md, "The page of 50"). So:
//
//   - an object none of whose fields has a resolver of its own (the ent
//     types, connections, edges, Walker's read models) resolves its fields in
//     the calling goroutine (codegen.Object.DisableConcurrency, which gqlgen
//     sets for Mutation);
//   - a list of such objects is marshalled element after element
//     (graph.marshalSlice in place of graphql.MarshalSliceConcurrently, the
//     one rewrite of the generated code gqlgen offers no option for).
//
// An object with a resolver that reads the database (Leader.month, …) keeps
// gqlgen's concurrency, and so does a list of them.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/vektah/gqlparser/v2/ast"
)

func main() {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		log.Fatalf("loading gqlgen.yml: %v", err)
	}
	seq := &sequential{}
	if err := api.Generate(cfg, api.AddPlugin(seq)); err != nil {
		log.Fatalf("running gqlgen: %v", err)
	}
	if err := rewrite(cfg.Exec.Filename, seq.lists, directFields, lazyDeferredGroups, leanObjects); err != nil {
		log.Fatalf("rewriting %s: %v", cfg.Exec.Filename, err)
	}
}

// sequential is the gqlgen plugin; objects are the names of the objects it
// made sequential, enums the schema's enums (whose lists gqlgen also
// marshals concurrently, for values that need no resolving at all).
type sequential struct{ objects, enums map[string]bool }

func (*sequential) Name() string { return "walker-sequential" }

// GenerateCode runs after gqlgen has built its data and before it writes the
// executable schema.
func (s *sequential) GenerateCode(data *codegen.Data) error {
	s.objects, s.enums = map[string]bool{}, map[string]bool{}
	for name, t := range data.Schema.Types {
		if t.Kind == ast.Enum {
			s.enums[name] = true
		}
	}
	for _, o := range data.Objects {
		if o.Root || o.DisableConcurrency || hasResolver(o) {
			continue
		}
		o.DisableConcurrency = true
		s.objects[o.Name] = true
	}
	return nil
}

func hasResolver(o *codegen.Object) bool {
	for _, f := range o.Fields {
		if f.IsResolver {
			return true
		}
	}
	return false
}

// marshalList is a list marshalled concurrently; group 3 is the GraphQL
// type of its elements (in the name of their marshaller, ec.marshalN<Type>2…
// or ec.marshalO<Type>2…).
var marshalList = regexp.MustCompile(`graphql\.MarshalSliceConcurrently\(ctx, len\(v\), 0, (true|false), (func\(ctx context\.Context, i int\) graphql\.Marshaler \{\s+fc := graphql\.GetFieldContext\(ctx\)\s+fc\.Result = &v\[i\]\s+return ec\.marshal[NO]([A-Za-z_]+)2)`)

// rewrite applies the rewrites to the generated file at path; each fails
// when it finds nothing to rewrite (gqlgen changed what it generates: better
// to stop than to lose the rewrite silently).
func rewrite(path string, rewrites ...func([]byte) ([]byte, error)) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, r := range rewrites {
		if src, err = r(src); err != nil {
			return err
		}
	}
	return os.WriteFile(path, src, 0o644)
}

// lists makes the lists of sequential objects and of enums marshal in order.
func (s *sequential) lists(src []byte) ([]byte, error) {
	n := 0
	out := marshalList.ReplaceAllFunc(src, func(m []byte) []byte {
		g := marshalList.FindSubmatch(m)
		if name := string(g[3]); !s.objects[name] && !s.enums[name] {
			return m
		}
		n++
		return []byte(fmt.Sprintf("marshalSlice(ctx, len(v), %s, %s", g[1], g[2]))
	})
	if n == 0 {
		return nil, fmt.Errorf("no list of sequential objects found: update marshalList for this gqlgen")
	}
	log.Printf("gqlgen: %d objects resolve sequentially; %d lists marshal in order", len(s.objects), n)
	return out, nil
}

// directField is the generated resolution of a leaf field (a scalar or an
// enum, without arguments) read from a Go struct field, without directives:
// group 1 is the function's signature, 2 the struct field, 3 the marshaller.
var directField = regexp.MustCompile(`(?m)^(func \(ec \*executionContext\) _\w+_\w+\(ctx context\.Context, field graphql\.CollectedField, obj \*?[\w.]+\) \(ret graphql\.Marshaler\)) \{
	return graphql\.ResolveField\(
		ctx,
		ec\.OperationContext,
		field,
		func\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{
			return ec\.(fieldContext_\w+)\(ctx, field\)
		\},
		func\(ctx context\.Context\) \(any, error\) \{
			return obj\.(\w+), nil
		\},
		nil,
		func\(ctx context\.Context, selections ast\.SelectionSet, v [^)]+\) graphql\.Marshaler \{
			return ec\.(marshal[\pL\pN_]+)\(ctx, selections, v\)
		\},
		true,
		(?:true|false),
	\)
\}
`)

// directFields marshals the value of a leaf field read from a struct field
// at once. graphql.ResolveField would give it a field context, a context
// value, a pass through the field middleware, a boxed copy and a panic
// guard — seven allocations for a value that is already in memory and cannot
// fail: half a page's allocations were these (docs/BENCHMARKS.md). Walker's
// field middleware (limitsExtension) charges nothing for leaf fields, so
// skipping it for them changes no answer and no cost. Leaves whose value is a
// pointer to a non-null type keep gqlgen's path: their null check reports the
// field's path, which needs the field context.
func directFields(src []byte) ([]byte, error) {
	n := 0
	out := directField.ReplaceAllFunc(src, func(m []byte) []byte {
		g := directField.FindSubmatch(m)
		ctxFunc, field, marshal := string(g[2]), string(g[3]), string(g[4])
		if !bytes.Contains(src, []byte("func (ec *executionContext) "+ctxFunc+"(_ context.Context, field graphql.CollectedField) (fc *graphql.FieldContext, err error) {\n\treturn graphql.NewScalarFieldContext(")) {
			return m // not a leaf, or it takes arguments
		}
		if strings.HasPrefix(marshal, "marshalN") && strings.Contains(marshal, "ᚖ") {
			return m
		}
		n++
		return []byte(fmt.Sprintf("%s {\n\treturn ec.%s(ctx, field.Selections, obj.%s) // graph/gqlgen.go: directFields\n}\n", g[1], marshal, field))
	})
	if n == 0 {
		return nil, fmt.Errorf("no leaf field read from a struct found: update directField for this gqlgen")
	}
	log.Printf("gqlgen: %d leaf fields marshal directly", n)
	return out, nil
}

// newDeferredGroup is how every generated object starts its @defer group.
var newDeferredGroup = regexp.MustCompile(`(?m)^	fields := graphql\.CollectFields\((.*)\)\n\n	out := graphql\.NewFieldSet\(fields\)\n	deferred := graphql\.NewDeferredGroup\(ctx\)\n`)

// lazyDeferredGroups makes an object build its @defer group (its path, a
// field set and a map: a third of a page's allocations) only when one of its
// fields is deferred; graph.deferredGroup says why that is the same.
func lazyDeferredGroups(src []byte) ([]byte, error) {
	n := 0
	out := newDeferredGroup.ReplaceAllFunc(src, func(m []byte) []byte {
		n++
		return bytes.Replace(m, []byte("graphql.NewDeferredGroup(ctx)"), []byte("deferredGroup(ctx, fields)"), 1)
	})
	if n == 0 {
		return nil, fmt.Errorf("no deferred group found: update newDeferredGroup for this gqlgen")
	}
	log.Printf("gqlgen: %d objects build their @defer group when needed", n)
	return out, nil
}

// objectEnd is how every generated object ends, returning its field set.
var objectEnd = regexp.MustCompile(`(?m)^	if n := len\(deferred\.Defers\); n > 0 \{
		atomic\.AddInt32\(&ec\.Deferred, int32\(min\(n, math\.MaxInt32\)\)\)
		ec\.ProcessDeferredGroup\(deferred\)
	\}

	return out
\}`)

// leanObjects makes an object without deferred fields write itself with
// graph.object instead of gqlgen's FieldSet.MarshalGQL, which allocates an
// iterator, a map and a copy of every field for each object it writes.
func leanObjects(src []byte) ([]byte, error) {
	n := 0
	out := objectEnd.ReplaceAllFunc(src, func(m []byte) []byte {
		n++
		return bytes.Replace(m, []byte("\treturn out\n}"), []byte("\treturn marshalObject(out, fields, deferred)\n}"), 1)
	})
	if n == 0 {
		return nil, fmt.Errorf("no object end found: update objectEnd for this gqlgen")
	}
	log.Printf("gqlgen: %d objects write themselves leanly", n)
	return out, nil
}
