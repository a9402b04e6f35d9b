// Package server serves Walker over HTTP: the GraphQL API, the explorer, health
// checks and the app, with authentication, limits and logs around them.
package server

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect"
	// A span per request, named by its route, with the caller's W3C trace
	// context: OpenTelemetry's own instrumentation of net/http.
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/propagation"

	"walker/graph"
	"walker/server/auth"
	"walker/server/backup"
	"walker/server/export"
	"walker/server/push"
	"walker/server/replicate"
	"walker/server/retention"
	"walker/server/store"
	"walker/server/tracing"
	"walker/server/webhooks"
)

// Server is a configured Walker server.
type Server struct {
	cfg     Config
	store   *store.Store
	keys    *auth.Keys
	log     *slog.Logger
	limiter *limiter
	// costs are the GraphQL cost budgets per caller.
	costs *limiter
	// authLimiter limits the sign-in endpoints per address.
	authLimiter *limiter
	ceremonies  *auth.Ceremonies
	sessions    *auth.Sessions
	metrics     *metrics
	handler     http.Handler
	// webhooks delivers the change log to webhook endpoints.
	webhooks *webhooks.Deliverer
	// push sends the reminders by Web Push.
	push *push.Sender
	// replicator ships the SQLite file's changes to WALKER_REPLICA_URL while
	// Serve runs; nil otherwise.
	replicator atomic.Pointer[replicate.Replicator]
}

// New returns a server over an open, migrated store; it loads the signing
// keys, generating the first on a fresh database.
func New(ctx context.Context, cfg Config, st *store.Store, log *slog.Logger) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.ReplicaURL != "" && st.Dialect != dialect.SQLite {
		return nil, errors.New("replica URL: replication copies the SQLite file, and this Walker runs on PostgreSQL")
	}
	if cfg.Tracer != nil {
		log = slog.New(tracing.LogHandler(log.Handler()))
	}
	s := &Server{
		cfg: cfg, store: st, log: log,
		keys:    auth.NewKeys(st.Client, cfg.PublicURL, cfg.AccessTTL),
		limiter: newLimiter(cfg.RatePerSec, cfg.RateBurst),
		costs:   newLimiter(cfg.CostPerSec, cfg.CostBurst),
	}
	if err := s.keys.Load(ctx); err != nil {
		return nil, err
	}
	s.sessions = auth.NewSessions(st.Client, s.keys)
	var err error
	if s.ceremonies, err = auth.NewCeremonies(st.Client, cfg.PublicURL, s.sessions); err != nil {
		return nil, err
	}
	s.authLimiter = newLimiter(cfg.AuthRatePerSec, cfg.AuthBurst)
	wh := webhooks.DefaultConfig(replicaName())
	wh.Targets.AllowPrivate = cfg.WebhookAllowPrivate
	s.webhooks = webhooks.New(st.Client, wh, log)
	if st.Committed != nil {
		s.webhooks.WakeOn(st.Committed.Subscribe())
	}
	pc := push.DefaultConfig(replicaName(), cfg.pushContact())
	pc.AllowLoopback = cfg.PushAllowLoopback
	s.push = push.New(st.Client, st.Dialect, pc, log)
	s.metrics = newMetrics(s)
	s.handler = s.routes()
	return s, nil
}

// Keys returns the server's access-token keys.
func (s *Server) Keys() *auth.Keys { return s.keys }

// Sessions returns the server's sign-in sessions.
func (s *Server) Sessions() *auth.Sessions { return s.sessions }

// Webhooks returns the server's webhook deliverer.
func (s *Server) Webhooks() *webhooks.Deliverer { return s.webhooks }

// Push returns the server's reminder sender.
func (s *Server) Push() *push.Sender { return s.push }

// replicaName names this process in the leases it holds: the host and a
// random part (two processes on one host differ).
func replicaName() string {
	host, _ := os.Hostname()
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%.40s-%x", host, b)
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) routes() http.Handler {
	resolver := graph.NewResolver(s.store.Client, s.store.Dialect, auth.NewIssuer(s.store.Client, s.cfg.PublicURL))
	resolver.CacheInsights(s.cfg.InsightCache)
	resolver.UseWebhooks(s.webhooks)
	resolver.UseReminders(s.push)
	resolver.UseBackups(backupsState{cfg: s.cfg, dialect: s.store.Dialect, now: time.Now})
	resolver.SetPublicURL(s.cfg.PublicURL)
	gql := graph.NewHandler(resolver, graph.Options{
		Limits: s.cfg.limits(budget{s.costs}), APQCacheSize: s.cfg.APQCache, MaxTokens: 15_000, Logger: s.log, Observer: s.metrics,
		Tracer: s.cfg.Tracer,
	})
	api := s.authenticate(s.rateLimit(s.limitBody(specAnswers(gql))))
	mux := http.NewServeMux()
	mux.Handle("POST /graphql", api)
	mux.Handle("GET /graphql", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		api.ServeHTTP(methodNotAllowed{w}, r)
	}))
	mux.HandleFunc("/graphql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "GET, POST")
		writeError(w, http.StatusMethodNotAllowed, graph.CodeMethodNotAllowed, "use POST (or GET for queries)")
	})
	signIn := func(h http.HandlerFunc) http.Handler { return s.limitAuth(s.authenticate(h)) }
	mux.Handle("POST /auth/register/begin", signIn(s.registerBegin))
	mux.Handle("POST /auth/register/finish", signIn(s.registerFinish))
	mux.Handle("POST /auth/login/begin", signIn(s.loginBegin))
	mux.Handle("POST /auth/login/finish", signIn(s.loginFinish))
	mux.Handle("POST /auth/refresh", signIn(s.refresh))
	mux.Handle("POST /auth/logout", signIn(s.logout))
	mux.Handle("POST /auth/logout-everywhere", signIn(s.logoutEverywhere))
	mux.Handle("GET /exports/{id}/download", s.authenticate(s.rateLimit(http.HandlerFunc(s.downloadExport))))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.Handle("GET /metrics", s.metrics.handler(s.cfg.MetricsToken))
	appRoutes(mux)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, graph.CodeNotFound, "no such page")
	})
	h := s.logRequests(s.securityHeaders(mux))
	if s.cfg.Tracer == nil {
		return h
	}
	// Outside the access log, so that its line carries the request's trace.
	return otelhttp.NewHandler(routeAttribute(h), "walker",
		otelhttp.WithTracerProvider(tracing.Impersonal(s.cfg.Tracer)),
		otelhttp.WithPropagators(propagation.TraceContext{}))
}

// ready answers 200 when the store's schema is migrated and the database
// answers a query on it within two seconds (store.Ready), and 503 otherwise;
// /healthz, which asks nothing of the database, is liveness. walker serve
// migrates before it builds the server and opens the listener, so a
// replica that answers at all has its schema current; ready checks it
// again on every probe.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.store.Ready(ctx); err != nil {
		s.log.WarnContext(ctx, "database not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "database unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// Run serves on cfg.Addr until ctx ends, then stops accepting connections
// and gives in-flight requests cfg.Shutdown to finish.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", s.cfg.Addr, err)
	}
	return s.Serve(ctx, ln)
}

// retentionEvery is how often a replica prunes the change log and purges
// what was deleted longer ago than the retention.
const retentionEvery = time.Hour

// exportEvery is how often a replica looks for bulk exports to run and
// files to expire.
const exportEvery = 2 * time.Second

// keyReload is how often a replica rereads the signing keys, so that it signs
// with a key rotated on another replica.
const keyReload = time.Minute

func (s *Server) reloadKeys(ctx context.Context) {
	t := time.NewTicker(keyReload)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.keys.Load(ctx); err != nil {
				s.log.WarnContext(ctx, "reloading signing keys", "err", err)
			}
		}
	}
}

// scheduleBackups starts the scheduled backups of the SQLite file, when
// configured; on PostgreSQL it says once that they are pg_dump's job. The
// channel closes when the schedule has stopped (at once when there is none).
func (s *Server) scheduleBackups(ctx context.Context) <-chan struct{} {
	done := make(chan struct{})
	switch {
	case s.cfg.BackupEvery == 0:
	case s.store.Dialect != dialect.SQLite:
		s.log.Warn("scheduled backups are pg_dump's job on PostgreSQL: WALKER_BACKUP_EVERY is ignored", "every", s.cfg.BackupEvery)
	default:
		dir := s.cfg.Backups()
		s.log.Info("scheduled backups", "every", s.cfg.BackupEvery, "dir", dir, "keep", s.cfg.BackupKeep)
		sched := backup.NewSchedule(s.store.DB, dir, s.cfg.BackupEvery, s.cfg.BackupKeep)
		go func() {
			defer close(done)
			sched.Run(ctx, s.log, s.metrics.backedUp, s.metrics.backupFailed)
		}()
		return done
	}
	close(done)
	return done
}

// replicate starts the replication of the SQLite file to cfg.ReplicaURL,
// when configured: before the listener serves, so that what the first
// requests write is shipped like the rest. It returns what stops it (nothing
// when there is none).
func (s *Server) replicate(ctx context.Context) (stop func(context.Context), err error) {
	if s.cfg.ReplicaURL == "" {
		return func(context.Context) {}, nil
	}
	r, err := replicate.Start(ctx, s.store, s.cfg.ReplicaURL, s.cfg.ReplicaSync, s.log)
	if err != nil {
		return nil, err
	}
	s.replicator.Store(r)
	return func(ctx context.Context) { _ = r.Stop(ctx) }, nil // Stop logs its failure
}

// Serve is Run on a listener of the caller's.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	stopReplicating, err := s.replicate(ctx)
	if err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	go s.reloadKeys(ctx)
	go s.webhooks.Run(ctx)
	pushing := make(chan struct{})
	go func() {
		defer close(pushing)
		s.push.Run(ctx, push.DefaultEvery, s.metrics.pushRound)
	}()
	go retention.New(s.store.Client, s.store.Dialect, s.cfg.Retention).Run(ctx, retentionEvery, s.log, s.metrics.retained)
	exporting := make(chan struct{})
	go func() {
		defer close(exporting)
		export.New(s.store, s.log).Run(ctx, exportEvery, s.metrics.exportRound)
	}()
	backingUp := s.scheduleBackups(ctx)
	s.log.Info("walker listening", "addr", ln.Addr().String(), "public_url", s.cfg.PublicURL, "database", s.store.Dialect)
	select {
	case err := <-errc:
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.Shutdown)
		defer cancel()
		stopReplicating(sctx)
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "grace", s.cfg.Shutdown)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.Shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		stopReplicating(sctx)
		return fmt.Errorf("shutting down: %w", err)
	}
	// An export running gives its lease back, for another replica to take;
	// so does the reminder sender; a backup running stops and removes its
	// partial file.
	for _, worker := range []<-chan struct{}{exporting, pushing, backingUp} {
		select {
		case <-worker:
		case <-sctx.Done():
		}
	}
	// Last, with no request left writing: the replica gets every commit.
	stopReplicating(sctx)
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
