package graph

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"walker/ent/schema/viewer"
)

// Limits bounds what one GraphQL request may ask for. Every limit is checked
// before execution; docs/API.md lists them.
type Limits struct {
	// MaxDepth is the deepest selection allowed (introspection fields excluded). Default 12.
	MaxDepth int
	// MaxCost is the highest cost a request may have; see cost. Default 10000.
	MaxCost int
	// MaxPageSize is the largest `first` or `last` of a connection. Default
	// 100, and fixed in Walker's configuration: integrators write code against it.
	MaxPageSize int
	// MaxAliases is the number of aliased fields allowed in one request. Default 30.
	MaxAliases int
	// Budget is what each caller may spend over time; nil: no budget.
	Budget Budget
}

// DefaultLimits are the limits a server runs with unless configured otherwise.
var DefaultLimits = Limits{MaxDepth: 12, MaxCost: 10_000, MaxPageSize: 100, MaxAliases: 30}

// Cost model: a scalar field is free; an object field costs 1 plus its
// selection; a connection costs 2 plus its page size times its selection;
// a mutation field costs 10 plus its selection. Nested connections thus
// multiply, which is what they cost the database.
const (
	costObject     = 1
	costConnection = 2
	costMutation   = 10
)

// limitsExtension enforces Limits, turns introspection on for authenticated
// callers only, admits a request when the caller's budget holds its cost,
// meters what it actually cost, and reports both in extensions.cost.
type limitsExtension struct{ Limits }

var (
	_ graphql.HandlerExtension        = limitsExtension{}
	_ graphql.OperationContextMutator = limitsExtension{}
	_ graphql.ResponseInterceptor     = limitsExtension{}
	_ graphql.FieldInterceptor        = limitsExtension{}
)

func (limitsExtension) ExtensionName() string                   { return "WalkerLimits" }
func (limitsExtension) Validate(graphql.ExecutableSchema) error { return nil }
func (l limitsExtension) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	oc.DisableIntrospection = viewer.FromContext(ctx) == nil
	w := walk{limits: l.Limits, vars: oc.Variables, fragments: oc.Doc.Fragments}
	cost := w.selection(oc.Operation.SelectionSet, 1, 1, oc.Operation.Operation == ast.Mutation)
	if w.err != nil {
		return w.err
	}
	if w.aliases > l.MaxAliases {
		return userError(CodeCostLimit, fmt.Sprintf("the request uses %d aliases; the limit is %d", w.aliases, l.MaxAliases),
			map[string]any{"limit": l.MaxAliases, "aliases": w.aliases})
	}
	if cost > l.MaxCost {
		return userError(CodeCostLimit, fmt.Sprintf("the request costs %d; the limit is %d: ask for smaller pages or fewer nested connections", cost, l.MaxCost),
			map[string]any{"cost": cost, "limit": l.MaxCost})
	}
	cost = max(cost, MinimumCost)
	if l.Budget != nil {
		if th, ok := l.Budget.Admit(ctx, cost); !ok {
			wait := int(math.Ceil(th.Wait.Seconds()))
			return userError(CodeRateLimited,
				fmt.Sprintf("the request costs %d points and %d are available, restoring %g a second: retry after %d s", cost, th.CurrentlyAvailable, th.RestoreRate, wait),
				map[string]any{"cost": Cost{RequestedQueryCost: cost, ThrottleStatus: &th}, "retryAfter": wait})
		}
	}
	oc.Stats.SetExtension("cost", cost)
	oc.Stats.SetExtension(meterKey, &meter{})
	return nil
}

// InterceptField meters each resolved field.
func (limitsExtension) InterceptField(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	count(ctx, res)
	return res, err
}

func (l limitsExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || !graphql.HasOperationContext(ctx) {
		return resp
	}
	cost, ok := graphql.GetOperationContext(ctx).Stats.GetExtension("cost").(int)
	if !ok {
		return resp
	}
	c := Cost{RequestedQueryCost: cost, ActualQueryCost: cost}
	if m := meterOf(ctx); m != nil {
		c.ActualQueryCost = min(max(int(m.points.Load()), MinimumCost), cost)
	}
	if l.Budget != nil {
		th := l.Budget.Spend(ctx, c.ActualQueryCost)
		c.ThrottleStatus = &th
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["cost"] = c
	return resp
}

// walk computes depth, aliases and cost over an operation's selections.
type walk struct {
	limits    Limits
	vars      map[string]any
	fragments ast.FragmentDefinitionList
	aliases   int
	err       *gqlerror.Error
}

// selection returns the cost of set at depth, each field counted mult times.
func (w *walk) selection(set ast.SelectionSet, depth, mult int, root bool) int {
	if w.err != nil {
		return 0
	}
	cost := 0
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			cost += w.field(s, depth, mult, root)
		case *ast.InlineFragment:
			cost += w.selection(s.SelectionSet, depth, mult, root)
		case *ast.FragmentSpread:
			if f := w.fragments.ForName(s.Name); f != nil {
				cost += w.selection(f.SelectionSet, depth, mult, root)
			}
		}
	}
	return cost
}

func (w *walk) field(f *ast.Field, depth, mult int, root bool) int {
	if strings.HasPrefix(f.Name, "__") {
		return 0 // introspection is bounded by the schema's size
	}
	if f.Alias != "" && f.Alias != f.Name {
		w.aliases++
	}
	if depth > w.limits.MaxDepth {
		w.err = userError(CodeCostLimit, fmt.Sprintf("the request is nested deeper than %d levels", w.limits.MaxDepth),
			map[string]any{"limit": w.limits.MaxDepth, "field": f.Name})
		return 0
	}
	args := f.ArgumentMap(w.vars)
	if w.arguments(f.Name, args); w.err != nil {
		return 0
	}
	if len(f.SelectionSet) == 0 {
		return 0
	}
	own, inner := costObject, mult
	if root {
		own = costMutation
	}
	if depth == 1 && f.Name == "nodes" {
		// nodes(ids:) fetches one record per id, like a page of that size.
		ids, _ := args["ids"].([]any)
		if len(ids) > w.limits.MaxPageSize {
			w.err = userError(CodeBadUserInput, fmt.Sprintf("nodes takes at most %d ids", w.limits.MaxPageSize),
				map[string]any{"field": "ids", "limit": w.limits.MaxPageSize})
			return 0
		}
		return costConnection*mult + w.selection(f.SelectionSet, depth+1, mult*max(len(ids), 1), false)
	}
	if f.Definition != nil && strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		n, ok := w.pageSize(f.Name, args)
		if !ok {
			return 0
		}
		own, inner = costConnection, mult*n
	}
	return own*mult + w.selection(f.SelectionSet, depth+1, inner, false)
}

// maxInputDepth bounds how deeply argument values nest (input objects and
// lists): a filter's and/or/not, nested thousands deep, makes SQL statements
// that the databases refuse.
const maxInputDepth = 10

// arguments checks f's argument values before anything runs, so that what
// the databases would refuse is a clear BAD_USER_INPUT and not an internal
// error: lists hold at most MaxPageSize items (SQL parameter limits), values
// nest at most maxInputDepth levels, text holds no NUL character (PostgreSQL
// refuses it), and a filter inside and/or/not is not empty.
func (w *walk) arguments(field string, args map[string]any) {
	for name, v := range args {
		if msg := w.value(v, 0, false); msg != "" {
			w.err = userError(CodeBadUserInput, fmt.Sprintf("%s(%s:): %s", field, name, msg),
				map[string]any{"field": name})
			return
		}
	}
}

// value checks one argument value; filter is set inside and/or/not.
func (w *walk) value(v any, depth int, filter bool) string {
	if depth > maxInputDepth {
		return fmt.Sprintf("values nest at most %d levels deep", maxInputDepth)
	}
	switch x := v.(type) {
	case string:
		if strings.ContainsRune(x, 0) {
			return "text must not contain the NUL character"
		}
	case []any:
		if len(x) > w.limits.MaxPageSize {
			return fmt.Sprintf("a list holds at most %d items", w.limits.MaxPageSize)
		}
		for _, e := range x {
			if msg := w.value(e, depth+1, filter); msg != "" {
				return msg
			}
		}
	case map[string]any:
		if filter && len(x) == 0 {
			return "a filter inside and, or or not must not be empty"
		}
		for k, e := range x {
			if msg := w.value(e, depth+1, k == "and" || k == "or" || k == "not"); msg != "" {
				return msg
			}
		}
	}
	return ""
}

// pageSize reads first or last of a connection field; one of them is
// required and neither may exceed MaxPageSize.
func (w *walk) pageSize(field string, args map[string]any) (int, bool) {
	n, set := 0, false
	for _, name := range []string{"first", "last"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		i, ok := asInt(v)
		if !ok || i < 0 || i > w.limits.MaxPageSize {
			w.err = userError(CodeBadUserInput,
				fmt.Sprintf("%s.%s must be between 0 and %d", field, name, w.limits.MaxPageSize),
				map[string]any{"field": name, "limit": w.limits.MaxPageSize})
			return 0, false
		}
		n, set = max(n, i), true
	}
	if !set {
		w.err = userError(CodeBadUserInput,
			fmt.Sprintf("%s needs first or last (at most %d) to paginate", field, w.limits.MaxPageSize),
			map[string]any{"field": "first", "limit": w.limits.MaxPageSize})
		return 0, false
	}
	return n, true
}

func asInt(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case int64:
		return int(x), true
	case float64:
		return int(x), x == float64(int(x))
	case interface{ Int64() (int64, error) }:
		i, err := x.Int64()
		return int(i), err == nil
	}
	return 0, false
}
