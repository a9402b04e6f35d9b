package server_test

import (
	"net/http"
	"os"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/leader"
	"walker/server/auth"
	"walker/server/store/storetest"
)

// TestRevocationBitesAtOnce runs two replicas on one database (PostgreSQL in
// CI's second pass): whatever ends or changes a person's access —
// revokeAccess, a demotion, signing out, signing out everywhere, a reused
// refresh token — applies to the access tokens already handed out on the very
// next request on the replica that made the change, and within
// auth.ViewerTTL (a second; two allowed here) on the other one.
func TestRevocationBitesAtOnce(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	a := replica(t, pgURL, sqlitePath)
	b := replica(t, pgURL, sqlitePath)
	ctx := tnSys()
	c := a.store.Client
	org := c.Organization.Create().SetName("Acme").SaveX(ctx)
	person := func(name string, role leader.Role) *ent.Leader {
		return c.Leader.Create().SetOrganizationID(org.ID).SetName(name).SetEmail(name + "@acme.test").SetRole(role).SaveX(ctx)
	}
	signIn := func(l *ent.Leader) *auth.Tokens {
		tok, err := a.srv.Sessions().Start(ctx, l, "test")
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	works := func(h *harness, token string) {
		t.Helper()
		h.ok(token, `{ viewer { name } }`, nil, nil)
	}
	// refused: on the replica that made the change, at once.
	refused := func(h *harness, token string) {
		t.Helper()
		tkRefused(t, h.do(token, `{ viewer { id name } organization { name } }`, nil))
	}
	// refusedSoon: on the other replica, within auth.ViewerTTL (documented:
	// at most a second; the test allows two).
	refusedSoon := func(h *harness, token string) {
		t.Helper()
		start := time.Now()
		for {
			resp := h.do(token, `{ viewer { id name } organization { name } }`, nil)
			if resp.Status == http.StatusUnauthorized || time.Since(start) > 2*time.Second {
				tkRefused(t, resp)
				t.Logf("refused on the other replica after %v", time.Since(start).Round(time.Millisecond))
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	// device returns a browser on h holding the refresh cookie of tok.
	device := func(h *harness, tok *auth.Tokens) *device {
		d := newDevice(h)
		d.cookies["walker_refresh"] = &http.Cookie{Name: "walker_refresh", Value: tok.RefreshToken}
		return d
	}
	csrf := map[string]string{"X-Walker-CSRF": "1"}
	ada := signIn(person("ada", leader.RoleADMIN)).AccessToken
	invitations := func() int { return c.Invitation.Query().CountX(ctx) }
	// The steps share the harnesses, whose failures stop the whole test.
	step := func(name string, f func()) { t.Log(name); f() }

	step("access revoked", func() {
		bob := person("bob", leader.RoleADMIN)
		tok := signIn(bob).AccessToken
		works(a, tok)
		works(b, tok)
		a.ok(ada, `mutation($id: ID!) { revokeAccess(leaderID: $id) { id } }`, map[string]any{"id": tnID(bob.ID)}, nil)
		refused(a, tok)
		refusedSoon(b, tok)
		// Inside what used to be the token's remaining life, the revoked admin
		// can no longer mint an admin invitation to keep a way in.
		before := invitations()
		tkRefused(t, b.do(tok, `mutation { createInvitation(input: {email: "backdoor@acme.test", role: ADMIN}) { url } }`, nil))
		if invitations() != before {
			t.Fatal("a revoked admin created an invitation")
		}
	})

	step("admin demoted", func() {
		cy := person("cy", leader.RoleADMIN)
		tok := signIn(cy).AccessToken
		b.ok(tok, `mutation { createInvitation(input: {email: "control@acme.test", role: ADMIN}) { url } }`, nil, nil)
		a.ok(ada, `mutation($id: ID!) { updateLeader(id: $id, input: {role: MEMBER}) { id } }`, map[string]any{"id": tnID(cy.ID)}, nil)
		var me struct{ Viewer struct{ Role string } }
		a.ok(tok, `{ viewer { role } }`, nil, &me)
		if me.Viewer.Role != "MEMBER" {
			t.Fatalf("viewer role after demotion: %+v", me)
		}
		counts := tnCounts(t, a)
		a.fails(tok, `mutation { createInvitation(input: {email: "second@acme.test", role: ADMIN}) { url } }`, nil, "FORBIDDEN")
		a.fails(tok, `mutation { createAPIToken(input: {name: "forever", scope: READ_WRITE, noExpiry: true, expiresInDays: null}) { token } }`, nil, "FORBIDDEN")
		tnSameCounts(t, counts, tnCounts(t, a))
		// On the other replica, within the bound (asked with a read, so that
		// the wait itself writes nothing).
		start := time.Now()
		for b.do(tok, `{ invitations(first: 1) { totalCount } }`, nil).Code() != "FORBIDDEN" {
			if time.Since(start) > 2*time.Second {
				t.Fatal("the other replica still lets the demoted admin invite after 2 s")
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Logf("demotion applied on the other replica after %v", time.Since(start).Round(time.Millisecond))
		b.fails(tok, `mutation { createInvitation(input: {email: "third@acme.test", role: ADMIN}) { url } }`, nil, "FORBIDDEN")
		tnSameCounts(t, counts, tnCounts(t, a))
		// Promoted again, the same token is an admin's again.
		a.ok(ada, `mutation($id: ID!) { updateLeader(id: $id, input: {role: ADMIN}) { id } }`, map[string]any{"id": tnID(cy.ID)}, nil)
		a.ok(tok, `{ invitations(first: 1) { totalCount } }`, nil, nil)
	})

	step("signed out", func() {
		dee := person("dee", leader.RoleLEADER)
		tok := signIn(dee)
		other := signIn(dee) // another device stays signed in
		if status, body := device(a, tok).post("/auth/logout", "", csrf); status != http.StatusNoContent {
			t.Fatalf("logout: %d %s", status, body)
		}
		refused(a, tok.AccessToken)
		refusedSoon(b, tok.AccessToken)
		works(b, other.AccessToken)
	})

	step("signed out everywhere", func() {
		eve := person("eve", leader.RoleLEADER)
		phone, laptop := signIn(eve), signIn(eve)
		d := device(a, phone)
		if status, body := d.post("/auth/logout-everywhere", "", map[string]string{"Authorization": "Bearer " + phone.AccessToken}); status != http.StatusNoContent {
			t.Fatalf("logout everywhere: %d %s", status, body)
		}
		for _, tok := range []string{phone.AccessToken, laptop.AccessToken} {
			refused(a, tok)
			refusedSoon(b, tok)
		}
		works(b, ada)
	})

	step("refresh token reused", func() {
		fay := person("fay", leader.RoleLEADER)
		first := signIn(fay)
		phone := device(a, first)
		rotated := phone.tokens(phone.post("/auth/refresh", "", csrf))
		works(b, rotated)
		// The spent refresh token comes back (stolen): the family is revoked,
		// and with it every access token issued in it.
		thief := device(b, first)
		if status, _ := thief.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
			t.Fatalf("a spent refresh token was accepted: %d", status)
		}
		for _, tok := range []string{first.AccessToken, rotated} {
			refused(b, tok) // reuse was detected here
			refusedSoon(a, tok)
		}
	})
}
