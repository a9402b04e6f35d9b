package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/ent/leader"
	"walker/ent/privacy"
	"walker/server"
	"walker/server/auth"
	"walker/server/store"
	"walker/server/store/storetest"
)

// harness is a Walker server over a fresh database, with two organizations:
// Acme (admin Ada, leader Leo, member Mia, read and read-write tokens) and
// Globex (admin Gus, leader Gil).
type harness struct {
	t       testing.TB
	srv     *server.Server
	handler http.Handler
	store   *store.Store
	count   *storetest.Counter

	acme, globex       *ent.Organization
	ada, leo, mia      *ent.Leader
	gus, gil           *ent.Leader
	readToken, rwToken string
	adaJWT, leoJWT     string
	miaJWT, gusJWT     string
	gilJWT             string
}

type option func(*server.Config)

// testConfig is the configuration of the servers under test: limits high
// enough not to get in the way, and no dashboard cache (tests change data and
// read the dashboard at once; TestDashboardCache turns it on).
func testConfig() server.Config {
	cfg := server.DefaultConfig()
	cfg.PublicURL = "http://localhost:8080"
	cfg.RatePerSec, cfg.RateBurst = 1000, 1000
	cfg.AuthRatePerSec, cfg.AuthBurst = 1000, 1000
	cfg.InsightCache = 0
	return cfg
}

func newHarness(t testing.TB, opts ...option) *harness {
	t.Helper()
	h := &harness{t: t, count: &storetest.Counter{}}
	h.store = storetest.Open(t, os.Getenv, h.count)
	cfg := testConfig()
	for _, o := range opts {
		o(&cfg)
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	srv, err := server.New(context.Background(), cfg, h.store, log)
	if err != nil {
		t.Fatalf("server.New: %v", err)
	}
	h.srv, h.handler = srv, srv.Handler()

	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := h.store.Client
	h.acme = c.Organization.Create().SetName("Acme").SaveX(ctx)
	h.globex = c.Organization.Create().SetName("Globex").SaveX(ctx)
	person := func(org *ent.Organization, name, email string, role leader.Role) *ent.Leader {
		return c.Leader.Create().SetOrganizationID(org.ID).SetName(name).SetEmail(email).SetRole(role).SaveX(ctx)
	}
	h.ada = person(h.acme, "Ada Admin", "ada@acme.test", leader.RoleADMIN)
	h.leo = person(h.acme, "Leo Leader", "leo@acme.test", leader.RoleLEADER)
	h.mia = person(h.acme, "Mia Member", "mia@acme.test", leader.RoleMEMBER)
	h.gus = person(h.globex, "Gus Admin", "gus@globex.test", leader.RoleADMIN)
	h.gil = person(h.globex, "Gil Leader", "gil@globex.test", leader.RoleLEADER)
	h.adaJWT, h.leoJWT, h.miaJWT = h.jwt(h.ada), h.jwt(h.leo), h.jwt(h.mia)
	h.gusJWT, h.gilJWT = h.jwt(h.gus), h.jwt(h.gil)
	for _, tok := range []struct {
		scope apitoken.Scope
		dst   *string
	}{{apitoken.ScopeREAD, &h.readToken}, {apitoken.ScopeREAD_WRITE, &h.rwToken}} {
		_, secret, err := auth.CreateAPIToken(ctx, c, auth.APITokenSpec{
			OrganizationID: h.acme.ID, CreatorID: h.ada.ID, Name: string(tok.scope), Scope: tok.scope,
		})
		if err != nil {
			t.Fatalf("creating API token: %v", err)
		}
		*tok.dst = secret
	}
	return h
}

// jwt signs l in (a new session, as a passkey sign-in opens) and returns the
// access token.
func (h *harness) jwt(l *ent.Leader) string {
	h.t.Helper()
	tok, err := h.srv.Sessions().Start(context.Background(), l, "test")
	if err != nil {
		h.t.Fatalf("signing in %s: %v", l.Name, err)
	}
	return tok.AccessToken
}

// gqlError is one entry of a GraphQL response's errors.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// gqlResponse is a decoded GraphQL response.
type gqlResponse struct {
	Status     int
	Data       json.RawMessage `json:"data"`
	Errors     []gqlError      `json:"errors"`
	Extensions map[string]any  `json:"extensions"`
	Header     http.Header
}

// Code returns the code of the first error, or "".
func (r gqlResponse) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// do posts a GraphQL request with token (none when empty) through the handler.
func (h *harness) do(token, query string, vars map[string]any) gqlResponse {
	h.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.handler.ServeHTTP(rec, req)
	var resp gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		h.t.Fatalf("decoding response %q: %v", rec.Body.String(), err)
	}
	resp.Status, resp.Header = rec.Code, rec.Header()
	return resp
}

// ok posts a request that must succeed and decodes its data into out.
func (h *harness) ok(token, query string, vars map[string]any, out any) {
	h.t.Helper()
	resp := h.do(token, query, vars)
	if resp.Status != http.StatusOK || len(resp.Errors) > 0 {
		h.t.Fatalf("request failed: status %d, errors %+v\nquery: %s", resp.Status, resp.Errors, query)
	}
	if out != nil {
		if err := json.Unmarshal(resp.Data, out); err != nil {
			h.t.Fatalf("decoding data %s: %v", resp.Data, err)
		}
	}
}

// fails posts a request that must fail with code, and returns the response.
func (h *harness) fails(token, query string, vars map[string]any, code string) gqlResponse {
	h.t.Helper()
	resp := h.do(token, query, vars)
	if resp.Code() != code {
		h.t.Fatalf("want error %s, got status %d errors %+v data %s\nquery: %s", code, resp.Status, resp.Errors, resp.Data, query)
	}
	return resp
}

// customer creates a customer as token and returns its id.
func (h *harness) customer(token, name string) string {
	h.t.Helper()
	var out struct {
		CreateCustomer struct{ ID string } `json:"createCustomer"`
	}
	h.ok(token, `mutation($n: String!) { createCustomer(input: {name: $n, segment: "SMB"}) { id } }`,
		map[string]any{"n": name}, &out)
	return out.CreateCustomer.ID
}

// conversation logs a conversation as token with the customers and returns its id.
func (h *harness) conversation(token string, at time.Time, customers ...string) string {
	h.t.Helper()
	var out struct {
		CreateConversation struct{ ID string } `json:"createConversation"`
	}
	h.ok(token, `mutation($at: Time!, $c: [ID!]) {
		createConversation(input: {mode: VISIT, occurredAt: $at, durationMinutes: 30, heard: "Wants faster refunds", customerIDs: $c}) { id } }`,
		map[string]any{"at": at.Format(time.RFC3339), "c": customers}, &out)
	return out.CreateConversation.ID
}
