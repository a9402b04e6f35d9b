package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"testing"

	"walker/ent/leader"
	"walker/ent/privacy"
	"walker/server"
	"walker/server/store"
	"walker/server/store/storetest"
)

// replica starts a Walker server with its own connection pool on the
// database at (pgURL, sqlitePath), as another replica would.
func replica(t *testing.T, pgURL, sqlitePath string) *harness {
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
	srv, err := server.New(ctx, testConfig(), st, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv.Keys().ReloadEvery = 0 // see a key rotated on the other replica at once
	return &harness{t: t, srv: srv, handler: srv.Handler(), store: st}
}

// TestTwoReplicas runs two servers, each with its own pool, keys cache and
// limiters, on one database (PostgreSQL in CI's second pass): a passkey
// ceremony begun on one finishes on the other, tokens signed by one verify on
// the other (after a key rotation too), refresh rotation and reuse detection
// hold across them, and both serve the same data.
func TestTwoReplicas(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	a := replica(t, pgURL, sqlitePath)
	b := replica(t, pgURL, sqlitePath)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	org := a.store.Client.Organization.Create().SetName("Acme").SaveX(ctx)
	ada := a.store.Client.Leader.Create().SetOrganizationID(org.ID).SetName("Ada").SetEmail("ada@acme.test").SetRole(leader.RoleADMIN).SaveX(ctx)
	a.adaJWT = a.jwt(ada)

	// Registration: begun on A, finished on B; the token B signs works on A.
	phone := newDevice(a)
	finish := phone.registerBegin(`{"invitation":"`+a.invite("nia@acme.test")+`","name":"Nia","passkeyName":"Phone"}`, nil)
	phone.h = b
	access := phone.tokens(phone.post("/auth/register/finish", finish, nil))
	var me struct{ Viewer struct{ Name string } }
	a.ok(access, `{ viewer { name } }`, nil, &me)
	if me.Viewer.Name != "Nia" {
		t.Fatalf("A reads B's token as %+v", me)
	}

	// Sign-in: begun on B, finished on A.
	phone.cookies = map[string]*http.Cookie{}
	assertion := phone.loginBegin(0)
	ceremony := *phone.cookies["walker_ceremony"]
	phone.h = a
	phone.tokens(phone.post("/auth/login/finish", assertion, nil))

	// A ceremony is single-use across replicas: finishing it again on B, with
	// its cookie, fails.
	phone.h = b
	phone.cookies["walker_ceremony"] = &ceremony
	if status, _ := phone.post("/auth/login/finish", assertion, nil); status != http.StatusUnauthorized {
		t.Fatalf("a ceremony finished twice across replicas: %d", status)
	}

	// Keys rotated on B: B's new tokens verify on A.
	if err := b.srv.Keys().Rotate(context.Background()); err != nil {
		t.Fatal(err)
	}
	csrf := map[string]string{"X-Walker-CSRF": "1"}
	phone.h = b
	spent := *phone.cookies["walker_refresh"]
	rotated := phone.tokens(phone.post("/auth/refresh", "", csrf))
	a.ok(rotated, `{ viewer { name } }`, nil, nil)

	// Refresh rotation across replicas: the new cookie works on A...
	phone.h = a
	current := phone.tokens(phone.post("/auth/refresh", "", csrf))
	b.ok(current, `{ viewer { name } }`, nil, nil)
	// ...and the spent one, presented on B, revokes the whole family on both.
	thief := newDevice(b)
	thief.cookies["walker_refresh"] = &spent
	if status, _ := thief.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("a spent refresh token was accepted on the other replica: %d", status)
	}
	if status, _ := phone.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("after reuse was detected on B, A still refreshed the family: %d", status)
	}

	// Both serve the same data.
	var created struct{ CreateCustomer struct{ ID string } }
	a.ok(a.adaJWT, `mutation { createCustomer(input: {name: "Zoe", segment: "SMB"}) { id } }`, nil, &created)
	var read struct {
		Node struct{ Name, Segment string }
	}
	b.ok(a.adaJWT, `query($id: ID!) { node(id: $id) { ... on Customer { name segment } } }`, map[string]any{"id": created.CreateCustomer.ID}, &read)
	if read.Node.Name != "Zoe" || read.Node.Segment != "SMB" {
		t.Fatalf("B reads A's customer as %+v", read.Node)
	}
	var pageA, pageB json.RawMessage
	a.ok(a.adaJWT, `{ customers(first: 10) { totalCount edges { node { id name } } } }`, nil, &pageA)
	b.ok(a.adaJWT, `{ customers(first: 10) { totalCount edges { node { id name } } } }`, nil, &pageB)
	if string(pageA) != string(pageB) {
		t.Fatalf("the replicas disagree:\nA %s\nB %s", pageA, pageB)
	}
}
