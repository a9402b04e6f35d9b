package graph_test

import (
	"testing"

	"walker/server/servertest"
)

// One person, one email: addresses are stored trimmed, NFKC-normalised and in
// lower case, every lookup normalises the same way, and a look-alike of an
// existing address is refused.
func TestEmailsOnePersonOneAddress(t *testing.T) {
	h := servertest.New(t)
	before := servertest.Counts(t, h)
	for _, email := range []string{"ADA@ACME.TEST", "Ada@Acme.Test", " ada@acme.test ", "ａda@acme.test", "ada@ａｃｍｅ.test", "\u200bada@acme.test"} {
		resp := h.Do(h.AdaJWT, createLeader, map[string]any{"in": map[string]any{"name": "Ada Twin", "email": email}})
		if resp.Code() != "CONFLICT" {
			t.Errorf("a second person as %q: want CONFLICT, got %+v %s", email, resp.Errors, resp.Data)
		}
	}
	servertest.SameCounts(t, before, servertest.Counts(t, h))

	var made struct{ CreateLeader struct{ Email string } }
	h.OK(h.AdaJWT, `mutation($in: CreateLeaderInput!) { createLeader(input: $in) { email } }`,
		map[string]any{"in": map[string]any{"name": "Zed", "email": "  Zed@ＡＣＭＥ.Example "}}, &made)
	if made.CreateLeader.Email != "zed@acme.example" {
		t.Fatalf("stored as %q", made.CreateLeader.Email)
	}
	// An edit to a look-alike of someone else's address is refused too.
	h.Fails(h.AdaJWT, updateLeader, map[string]any{"id": servertest.ID(h.Leo.ID), "in": map[string]any{"email": "MIA@acme.test"}}, "CONFLICT")

	// Lookups: a filter in any case finds the person.
	var found struct {
		Leaders struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	h.OK(h.AdaJWT, `{ leaders(first: 5, where: {or: [{email: "LEO@ACME.TEST"}, {emailIn: ["Nobody@Acme.Test"]}]}) { edges { node { id } } } }`, nil, &found)
	if len(found.Leaders.Edges) != 1 || found.Leaders.Edges[0].Node.ID != servertest.ID(h.Leo.ID) {
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
	h.OK(h.AdaJWT, `mutation { createInvitation(input: {email: " Leo@Acme.Test", role: LEADER}) { invitation { email leader { id } } } }`, nil, &inv)
	if inv.CreateInvitation.Invitation.Email != "leo@acme.test" || inv.CreateInvitation.Invitation.Leader.ID != servertest.ID(h.Leo.ID) {
		t.Fatalf("invitation for Leo in capitals: %+v", inv)
	}
}
