package graph

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// Observer is told what the GraphQL layer measures; server/metrics.go
// exports it to Prometheus. Implementations must be safe for concurrent use.
type Observer interface {
	// Operation reports one executed request by operation name.
	Operation(name string, d time.Duration)
	// Error reports one error sent to a client, by extensions.code.
	Error(code string)
	// Replay reports an idempotent create answered with the record already
	// stored under its clientID (an outbox replaying), by entity.
	Replay(entity string)
}

type nopObserver struct{}

func (nopObserver) Operation(string, time.Duration) {}
func (nopObserver) Error(string)                    {}
func (nopObserver) Replay(string)                   {}

// maxOperationNames bounds the operation label's cardinality: operation names
// are chosen by clients, so past this many distinct names the rest count as
// "other".
const maxOperationNames = 200

var operationName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

// observeExtension measures each request and puts the observer in the
// context, where createOnce reports replays.
type observeExtension struct {
	obs   Observer
	mu    sync.Mutex
	names map[string]bool
}

var (
	_ graphql.HandlerExtension     = (*observeExtension)(nil)
	_ graphql.OperationInterceptor = (*observeExtension)(nil)
	_ graphql.ResponseInterceptor  = (*observeExtension)(nil)
)

func newObserveExtension(obs Observer) *observeExtension {
	if obs == nil {
		obs = nopObserver{}
	}
	return &observeExtension{obs: obs, names: map[string]bool{}}
}

func (*observeExtension) ExtensionName() string                   { return "WalkerObserve" }
func (*observeExtension) Validate(graphql.ExecutableSchema) error { return nil }

func (e *observeExtension) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, observerKey{}, e.obs))
}

func (e *observeExtension) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return resp
	}
	name, start := "invalid", time.Now()
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name, start = e.label(oc), oc.Stats.OperationStart
	}
	e.obs.Operation(name, time.Since(start))
	for _, err := range resp.Errors {
		e.obs.Error(fmt.Sprint(err.Extensions["code"]))
	}
	return resp
}

// label is the operation's name as a metric label: the client's name when it
// is a plain identifier and one of the first maxOperationNames seen.
func (e *observeExtension) label(oc *graphql.OperationContext) string {
	name := oc.OperationName
	if name == "" && oc.Operation != nil {
		name = oc.Operation.Name
	}
	if name == "" {
		return "anonymous"
	}
	if !operationName.MatchString(name) {
		return "other"
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.names[name] {
		if len(e.names) >= maxOperationNames {
			return "other"
		}
		e.names[name] = true
	}
	return name
}

type observerKey struct{}

// observerFrom returns the request's observer (a no-op outside a request).
func observerFrom(ctx context.Context) Observer {
	if o, ok := ctx.Value(observerKey{}).(Observer); ok {
		return o
	}
	return nopObserver{}
}

// entityName names T for the replay metric: *ent.Customer → Customer.
func entityName[T any]() string {
	var zero T
	s := fmt.Sprintf("%T", zero)
	return s[strings.LastIndex(s, ".")+1:]
}
