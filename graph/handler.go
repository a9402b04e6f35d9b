package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/trace" // the tracing API only: the SDK is the server's
)

// Options configure the GraphQL handler.
type Options struct {
	Limits Limits
	// APQCacheSize is how many persisted queries are remembered. Default 1000.
	APQCacheSize int
	// MaxTokens bounds the lexer's work on a query. Default 15000.
	MaxTokens int
	Logger    *slog.Logger
	// Observer is told about operations, errors and replays; nil: nobody.
	Observer Observer
	// Tracer, when not nil, gets a span per operation and per resolver
	// (tracing.go); nil adds no extension at all.
	Tracer trace.TracerProvider
}

// NewHandler builds the GraphQL HTTP handler: POST and GET transports only
// (no multipart or urlencoded forms, which browsers send cross-site without a
// preflight), a parsed-query cache, automatic persisted queries, the limits
// and the error presenter.
func NewHandler(r *Resolver, o Options) *handler.Server {
	srv := handler.New(NewExecutableSchema(Config{Resolvers: r}))
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(o.MaxTokens)
	if o.Tracer != nil {
		// First, so that its span covers the others' work.
		srv.Use(tracingExtension{o.Tracer.Tracer("walker/graph")})
	}
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](o.APQCacheSize)})
	srv.Use(limitsExtension{o.Limits})
	srv.Use(newObserveExtension(o.Observer))
	srv.SetErrorPresenter(ErrorPresenter(o.Logger))
	srv.SetRecoverFunc(func(ctx context.Context, v any) error {
		o.Logger.ErrorContext(ctx, "graphql resolver panicked", "panic", fmt.Sprint(v))
		return errors.New("internal error")
	})
	return srv
}
