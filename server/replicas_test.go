package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"testing"

	"walker/ent/leader"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// TestTwoReplicas runs two servers, each with its own pool, keys cache and
// limiters, on one database (PostgreSQL in CI's second pass): a passkey
// ceremony begun on one finishes on the other, tokens signed by one verify on
// the other (after a key rotation too), refresh rotation and reuse detection
// hold across them, and both serve the same data.
func TestTwoReplicas(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	a := servertest.Replica(t, pgURL, sqlitePath)
	b := servertest.Replica(t, pgURL, sqlitePath)
	ctx := servertest.System()
	org := a.Store.Client.Organization.Create().SetName("Acme").SaveX(ctx)
	ada := a.Store.Client.Leader.Create().SetOrganizationID(org.ID).SetName("Ada").SetEmail("ada@acme.test").SetRole(leader.RoleADMIN).SaveX(ctx)
	a.AdaJWT = a.JWT(ada)

	// Registration: begun on A, finished on B; the token B signs works on A.
	phone := servertest.NewDevice(a)
	finish := phone.RegisterBegin(`{"invitation":"`+a.Invite("nia@acme.test")+`","name":"Nia","passkeyName":"Phone"}`, nil)
	phone.Harness = b
	access := phone.Tokens(phone.Post("/auth/register/finish", finish, nil))
	var me struct{ Viewer struct{ Name string } }
	a.OK(access, `{ viewer { name } }`, nil, &me)
	if me.Viewer.Name != "Nia" {
		t.Fatalf("A reads B's token as %+v", me)
	}

	// Sign-in: begun on B, finished on A.
	phone.Cookies = map[string]*http.Cookie{}
	assertion := phone.LoginBegin(0)
	ceremony := *phone.Cookies["walker_ceremony"]
	phone.Harness = a
	phone.Tokens(phone.Post("/auth/login/finish", assertion, nil))

	// A ceremony is single-use across replicas: finishing it again on B, with
	// its cookie, fails.
	phone.Harness = b
	phone.Cookies["walker_ceremony"] = &ceremony
	if status, _ := phone.Post("/auth/login/finish", assertion, nil); status != http.StatusUnauthorized {
		t.Fatalf("a ceremony finished twice across replicas: %d", status)
	}

	// Keys rotated on B: B's new tokens verify on A.
	if err := b.Server.Keys().Rotate(context.Background()); err != nil {
		t.Fatal(err)
	}
	csrf := map[string]string{"X-Walker-CSRF": "1"}
	phone.Harness = b
	spent := *phone.Cookies["walker_refresh"]
	rotated := phone.Tokens(phone.Post("/auth/refresh", "", csrf))
	a.OK(rotated, `{ viewer { name } }`, nil, nil)

	// Refresh rotation across replicas: the new cookie works on A...
	phone.Harness = a
	current := phone.Tokens(phone.Post("/auth/refresh", "", csrf))
	b.OK(current, `{ viewer { name } }`, nil, nil)
	// ...and the spent one, presented on B, revokes the whole family on both.
	thief := servertest.NewDevice(b)
	thief.Cookies["walker_refresh"] = &spent
	if status, _ := thief.Post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("a spent refresh token was accepted on the other replica: %d", status)
	}
	if status, _ := phone.Post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("after reuse was detected on B, A still refreshed the family: %d", status)
	}

	// Both serve the same data.
	var created struct{ CreateCustomer struct{ ID string } }
	a.OK(a.AdaJWT, `mutation { createCustomer(input: {name: "Zoe", segment: "SMB"}) { id } }`, nil, &created)
	var read struct {
		Node struct{ Name, Segment string }
	}
	b.OK(a.AdaJWT, `query($id: ID!) { node(id: $id) { ... on Customer { name segment } } }`, map[string]any{"id": created.CreateCustomer.ID}, &read)
	if read.Node.Name != "Zoe" || read.Node.Segment != "SMB" {
		t.Fatalf("B reads A's customer as %+v", read.Node)
	}
	var pageA, pageB json.RawMessage
	a.OK(a.AdaJWT, `{ customers(first: 10) { totalCount edges { node { id name } } } }`, nil, &pageA)
	b.OK(a.AdaJWT, `{ customers(first: 10) { totalCount edges { node { id name } } } }`, nil, &pageB)
	if string(pageA) != string(pageB) {
		t.Fatalf("the replicas disagree:\nA %s\nB %s", pageA, pageB)
	}
}
