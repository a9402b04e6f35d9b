package server_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/server/store/storetest"
)

// One person, one email: addresses are stored trimmed, NFKC-normalised and in
// lower case, every lookup normalises the same way, and a look-alike of an
// existing address is refused.
func TestEmailsOnePersonOneAddress(t *testing.T) {
	h := newHarness(t)
	before := tnCounts(t, h)
	for _, email := range []string{"ADA@ACME.TEST", "Ada@Acme.Test", " ada@acme.test ", "ａda@acme.test", "ada@ａｃｍｅ.test", "\u200bada@acme.test"} {
		resp := h.do(h.adaJWT, wkCreateLeader, map[string]any{"in": map[string]any{"name": "Ada Twin", "email": email}})
		if resp.Code() != "CONFLICT" {
			t.Errorf("a second person as %q: want CONFLICT, got %+v %s", email, resp.Errors, resp.Data)
		}
	}
	tnSameCounts(t, before, tnCounts(t, h))

	var made struct{ CreateLeader struct{ Email string } }
	h.ok(h.adaJWT, `mutation($in: CreateLeaderInput!) { createLeader(input: $in) { email } }`,
		map[string]any{"in": map[string]any{"name": "Zed", "email": "  Zed@ＡＣＭＥ.Example "}}, &made)
	if made.CreateLeader.Email != "zed@acme.example" {
		t.Fatalf("stored as %q", made.CreateLeader.Email)
	}
	// An edit to a look-alike of someone else's address is refused too.
	h.fails(h.adaJWT, wkUpdateLeader, map[string]any{"id": tnID(h.leo.ID), "in": map[string]any{"email": "MIA@acme.test"}}, "CONFLICT")

	// Lookups: a filter in any case finds the person.
	var found struct {
		Leaders struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	h.ok(h.adaJWT, `{ leaders(first: 5, where: {or: [{email: "LEO@ACME.TEST"}, {emailIn: ["Nobody@Acme.Test"]}]}) { edges { node { id } } } }`, nil, &found)
	if len(found.Leaders.Edges) != 1 || found.Leaders.Edges[0].Node.ID != tnID(h.leo.ID) {
		t.Fatalf("leaders by email in capitals: %+v", found)
	}

	// An invitation for Leo's address in other capitals is Leo's recovery
	// link, not a second person.
	var inv struct {
		CreateInvitation struct {
			Invitation struct {
				Email  string
				Leader struct{ ID string }
			}
		} `json:"createInvitation"`
	}
	h.ok(h.adaJWT, `mutation { createInvitation(input: {email: " Leo@Acme.Test", role: LEADER}) { invitation { email leader { id } } } }`, nil, &inv)
	if inv.CreateInvitation.Invitation.Email != "leo@acme.test" || inv.CreateInvitation.Invitation.Leader.ID != tnID(h.leo.ID) {
		t.Fatalf("invitation for Leo in capitals: %+v", inv)
	}
}

// The migration normalises the addresses stored before, and refuses to start,
// naming the people, when two would become one.
func TestEmailsMigration(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	st := replica(t, pgURL, sqlitePath).store
	ctx := tnSys()
	c := st.Client
	org := c.Organization.Create().SetName("Acme").SaveX(ctx)
	lee := c.Leader.Create().SetOrganizationID(org.ID).SetName("Lee").SetEmail("lee@acme.test").SaveX(ctx)
	inv := c.Invitation.Create().SetOrganizationID(org.ID).SetEmail("new@acme.test").SetRole(invitation.RoleLEADER).
		SetTokenHash("h1").SetExpiresAt(lee.CreatedAt.AddDate(0, 0, 7)).SaveX(ctx)
	// What an older Walker stored: the address as typed.
	legacy := func(table string, id int, email string) {
		t.Helper()
		if _, err := st.DB.ExecContext(context.Background(), fmt.Sprintf("UPDATE %s SET email = '%s' WHERE id = %d", table, email, id)); err != nil {
			t.Fatal(err)
		}
	}
	legacy("leaders", lee.ID, " Lee@Acme.Test")
	legacy("invitations", inv.ID, "NEW@acme.test")
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatalf("migrating: %v", err)
	}
	if got := c.Leader.GetX(ctx, lee.ID).Email; got != "lee@acme.test" {
		t.Fatalf("leader email after migration: %q", got)
	}
	if got := c.Invitation.GetX(ctx, inv.ID).Email; got != "new@acme.test" {
		t.Fatalf("invitation email after migration: %q", got)
	}

	// Two people whose addresses differ only in case: start-up refuses, says
	// who, and changes nothing.
	twin := c.Leader.Create().SetOrganizationID(org.ID).SetName("Lee again").SetEmail("lee.twin@acme.test").SetRole(leader.RoleMEMBER).SaveX(ctx)
	legacy("leaders", twin.ID, "LEE@ACME.TEST")
	err := st.Migrate(context.Background())
	if err == nil {
		t.Fatal("two people with one address migrated silently")
	}
	for _, want := range []string{"lee@acme.test", fmt.Sprintf("leader %d", lee.ID), fmt.Sprintf("leader %d", twin.ID), `"LEE@ACME.TEST"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusal does not name %s: %v", want, err)
		}
	}
	if got := c.Leader.GetX(ctx, twin.ID).Email; got != "LEE@ACME.TEST" {
		t.Fatalf("the refused migration changed %q", got)
	}
}
