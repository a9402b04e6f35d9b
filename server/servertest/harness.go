// Package servertest is the harness of Walker's tests: the server under test
// over a fresh database (storetest's: SQLite, or PostgreSQL when
// WALKER_TEST_DATABASE_URL is set), two organizations with their people and
// tokens, GraphQL calls through the real handler, records, counts and
// snapshots, forged credentials, a passkey device and a browser. Tests of any
// package import it; nothing else does.
package servertest

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"testing"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/ent/leader"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/server"
	"walker/server/auth"
	"walker/server/store"
	"walker/server/store/storetest"
)

// Harness is a Walker server over a fresh database, with two organizations:
// Acme (admin Ada, leader Leo, member Mia, read and read-write tokens) and
// Globex (admin Gus, leader Gil).
type Harness struct {
	t          testing.TB
	Server     *server.Server
	Handler    http.Handler
	Store      *store.Store
	Statements *storetest.Counter // the SQL statements sent, for the cost checks

	Acme, Globex                           *ent.Organization
	Ada, Leo, Mia                          *ent.Leader
	Gus, Gil                               *ent.Leader
	ReadToken, RWToken                     string // Acme's API tokens, created by Ada
	AdaJWT, LeoJWT, MiaJWT, GusJWT, GilJWT string // access tokens of signed-in sessions
}

// PublicURL is the public URL of the servers under test: the issuer of their
// access tokens, the origin of their passkeys and the prefix of their links.
const PublicURL = "http://localhost:8080"

// Option changes the configuration of the server under test.
type Option func(*server.Config)

// Config is the configuration of the servers under test: limits high enough
// not to get in the way, and no dashboard cache (tests change data and read
// the dashboard at once; TestDashboardCache turns it on).
func Config() server.Config {
	cfg := server.DefaultConfig()
	cfg.PublicURL = PublicURL
	cfg.RatePerSec, cfg.RateBurst = 1000, 1000
	cfg.AuthRatePerSec, cfg.AuthBurst = 1000, 1000
	cfg.InsightCache = 0
	return cfg
}

// Unlimited lifts the request rate limit, for tests that send requests as
// fast as they can (a poller in a loop) and are not about the limit.
func Unlimited(c *server.Config) { c.RatePerSec, c.RateBurst = 1e9, 1e9 }

// System is a context that acts as Walker itself, past the privacy rules, for
// the fixtures tests write and read straight in the store.
func System() context.Context { return rule.System(context.Background(), "test fixtures") }

// ID is an ent id as GraphQL writes it.
func ID(id int) string { return strconv.Itoa(id) }

// New starts the server under test over a fresh database, with Acme and
// Globex, their people signed in and Acme's API tokens.
func New(t testing.TB, opts ...Option) *Harness { return NewLogged(t, nil, opts...) }

// NewLogged is New with the server's logs, from info up, written to logs as
// JSON lines (dropped when logs is nil). With cfg.Tracer set, the SQL
// statements are traced too.
func NewLogged(t testing.TB, logs io.Writer, opts ...Option) *Harness {
	t.Helper()
	counter := &storetest.Counter{}
	cfg := Config()
	for _, o := range opts {
		o(&cfg)
	}
	h := startLogged(t, storetest.Open(t, os.Getenv, counter, store.Tracing(cfg.Tracer)), cfg, logs)
	h.Statements = counter
	h.Acme, h.Globex = h.organization("Acme"), h.organization("Globex")
	h.Ada = h.person(h.Acme, "Ada Admin", "ada@acme.test", leader.RoleADMIN)
	h.Leo = h.person(h.Acme, "Leo Leader", "leo@acme.test", leader.RoleLEADER)
	h.Mia = h.person(h.Acme, "Mia Member", "mia@acme.test", leader.RoleMEMBER)
	h.Gus = h.person(h.Globex, "Gus Admin", "gus@globex.test", leader.RoleADMIN)
	h.Gil = h.person(h.Globex, "Gil Leader", "gil@globex.test", leader.RoleLEADER)
	h.AdaJWT, h.LeoJWT, h.MiaJWT = h.JWT(h.Ada), h.JWT(h.Leo), h.JWT(h.Mia)
	h.GusJWT, h.GilJWT = h.JWT(h.Gus), h.JWT(h.Gil)
	h.ReadToken = h.apiToken(h.Acme, h.Ada, string(apitoken.ScopeREAD), viewer.ReadScopes...)
	h.RWToken = h.apiToken(h.Acme, h.Ada, string(apitoken.ScopeREAD_WRITE), viewer.ReadWriteScopes...)
	return h
}

// Replica starts a Walker server with its own connection pool on the
// database at (pgURL, sqlitePath), as another replica would, configured by
// opts; it makes no organization or person.
func Replica(t testing.TB, pgURL, sqlitePath string, opts ...Option) *Harness {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, pgURL, sqlitePath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	cfg := Config()
	for _, o := range opts {
		o(&cfg)
	}
	h := start(t, st, cfg)
	h.Server.Keys().ReloadEvery = 0 // see a key rotated on the other replica at once
	return h
}

// start serves st with cfg; its logs are dropped, or shown from warnings up
// with -v.
func start(t testing.TB, st *store.Store, cfg server.Config) *Harness {
	t.Helper()
	return startLogged(t, st, cfg, nil)
}

// startLogged is start with the logs written to logs, when not nil.
func startLogged(t testing.TB, st *store.Store, cfg server.Config, logs io.Writer) *Harness {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	switch {
	case logs != nil:
		log = slog.New(slog.NewJSONHandler(logs, nil))
	case testing.Verbose():
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	srv, err := server.New(context.Background(), cfg, st, log)
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	return &Harness{t: t, Server: srv, Handler: srv.Handler(), Store: st}
}

// As returns a copy of h that reports its failures to t (a subtest).
func (h *Harness) As(t testing.TB) *Harness {
	c := *h
	c.t = t
	return &c
}

// JWT signs l in (a new session, as a passkey sign-in opens) and returns the
// access token.
func (h *Harness) JWT(l *ent.Leader) string {
	h.t.Helper()
	tok, err := h.Server.Sessions().Start(context.Background(), l, "test")
	if err != nil {
		h.t.Fatalf("signing in %s: %v", l.Name, err)
	}
	return tok.AccessToken
}

func (h *Harness) organization(name string) *ent.Organization {
	return h.Store.Client.Organization.Create().SetName(name).SaveX(System())
}

func (h *Harness) person(org *ent.Organization, name, email string, role leader.Role) *ent.Leader {
	return h.Store.Client.Leader.Create().SetOrganizationID(org.ID).SetName(name).SetEmail(email).SetRole(role).SaveX(System())
}

// APIToken creates an API token of Acme by Ada with scopes and returns its
// secret.
func (h *Harness) APIToken(name string, scopes ...viewer.Scope) string {
	return h.apiToken(h.Acme, h.Ada, name, scopes...)
}

// apiToken creates an API token of org by creator and returns its secret.
func (h *Harness) apiToken(org *ent.Organization, creator *ent.Leader, name string, scopes ...viewer.Scope) string {
	h.t.Helper()
	scopes, err := viewer.ParseScopes(viewer.Names(scopes))
	if err != nil {
		h.t.Fatal(err)
	}
	_, secret, err := auth.CreateAPIToken(System(), h.Store.Client, auth.APITokenSpec{
		OrganizationID: org.ID, CreatorID: creator.ID, Name: name, Scopes: scopes,
	})
	if err != nil {
		h.t.Fatalf("creating API token: %v", err)
	}
	return secret
}
