package server_test

import (
	"maps"
	"testing"
	"time"
)

// This file checks who may do what inside one organization: admins manage
// people, invitations, tokens and nominations; records are changed by their
// owner (and, for customers and follow-ups, an admin); integrator tokens act
// as their creator with the LEADER role, and a read token writes nothing.

func TestRolesAdminOnlyMutations(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	nom2 := tnMustID(t, h, h.miaJWT, tnNominationMut, map[string]any{"n": tnID(h.leo.ID)})
	// A spare token to revoke, so that the read token keeps working.
	var spare struct {
		CreateAPIToken struct{ APIToken struct{ ID string } } `json:"createAPIToken"`
	}
	h.ok(h.adaJWT, `mutation { createAPIToken(input: {name: "spare", scope: READ}) { apiToken { id } } }`, nil, &spare)
	tok := spare.CreateAPIToken.APIToken.ID
	for _, c := range []struct {
		name   string
		target string // the record whose state must not move when refused
		query  string
		vars   map[string]any
		// check verifies, as Ada, what the admin's own call did.
		check func(t *testing.T, data map[string]any)
	}{
		{name: "createLeader", query: `mutation { createLeader(input: {name: "New Person", email: "new.person@acme.test", role: ADMIN}) { id role } }`,
			check: func(t *testing.T, d map[string]any) {
				if n, _ := tnTotal(t, h, h.adaJWT, "leaders", "", nil); n != 4 {
					t.Fatalf("leaders after createLeader: %d", n)
				}
			}},
		{name: "updateLeader", target: tnID(h.leo.ID),
			query: `mutation($id: ID!) { updateLeader(id: $id, input: {role: ADMIN, title: "Boss"}) { id role title } }`,
			vars:  map[string]any{"id": tnID(h.leo.ID)},
			check: func(t *testing.T, d map[string]any) {
				if l := d["updateLeader"].(map[string]any); l["role"] != "ADMIN" || l["title"] != "Boss" {
					t.Fatalf("updateLeader: %v", l)
				}
				// Roles are read on every request: Leo is an admin now, with the
				// token he already had, until Ada makes him a leader again.
				h.ok(h.leoJWT, `{ invitations(first: 1) { totalCount } }`, nil, nil)
				h.ok(h.adaJWT, `mutation($id: ID!) { updateLeader(id: $id, input: {role: LEADER}) { id } }`, map[string]any{"id": tnID(h.leo.ID)}, nil)
				h.fails(h.leoJWT, `{ invitations(first: 1) { totalCount } }`, nil, "FORBIDDEN")
			}},
		{name: "updateLeader of oneself", target: tnID(h.mia.ID),
			query: `mutation($id: ID!) { updateLeader(id: $id, input: {role: ADMIN}) { id role } }`,
			vars:  map[string]any{"id": tnID(h.mia.ID)}},
		{name: "createInvitation", query: `mutation { createInvitation(input: {email: "someone@acme.test", role: ADMIN}) { invitation { id } url } }`,
			check: func(t *testing.T, d map[string]any) {
				if n, _ := tnTotal(t, h, h.adaJWT, "invitations", "", nil); n != 2 {
					t.Fatalf("invitations after createInvitation: %d", n)
				}
			}},
		{name: "revokeInvitation", target: w.invA,
			query: `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`, vars: map[string]any{"id": w.invA},
			check: func(t *testing.T, d map[string]any) {
				if d["revokeInvitation"].(map[string]any)["revokedAt"] == nil {
					t.Fatalf("revokeInvitation: %v", d)
				}
			}},
		{name: "createAPIToken", query: `mutation { createAPIToken(input: {name: "ci", scope: READ_WRITE}) { token apiToken { id } } }`,
			check: func(t *testing.T, d map[string]any) {
				if n, _ := tnTotal(t, h, h.adaJWT, "apiTokens", "", nil); n != 4 {
					t.Fatalf("tokens after createAPIToken: %d", n)
				}
			}},
		{name: "revokeAPIToken", target: tok,
			query: `mutation($id: ID!) { revokeAPIToken(id: $id) { id revokedAt } }`, vars: map[string]any{"id": tok},
			check: func(t *testing.T, d map[string]any) {
				if d["revokeAPIToken"].(map[string]any)["revokedAt"] == nil {
					t.Fatalf("revokeAPIToken: %v", d)
				}
			}},
		{name: "approveNomination", target: w.nomA,
			query: `mutation($id: ID!) { approveNomination(id: $id, note: "Well done") { id status } }`, vars: map[string]any{"id": w.nomA},
			check: func(t *testing.T, d map[string]any) {
				if d["approveNomination"].(map[string]any)["status"] != "APPROVED" {
					t.Fatalf("approveNomination: %v", d)
				}
			}},
		{name: "declineNomination", target: nom2,
			query: `mutation($id: ID!) { declineNomination(id: $id, note: "Not this time") { id status } }`, vars: map[string]any{"id": nom2},
			check: func(t *testing.T, d map[string]any) {
				if d["declineNomination"].(map[string]any)["status"] != "DECLINED" {
					t.Fatalf("declineNomination: %v", d)
				}
			}},
		{name: "updateOrganization", target: tnID(h.acme.ID),
			query: `mutation { updateOrganization(input: {name: "Acme Corp"}) { id name } }`,
			check: func(t *testing.T, d map[string]any) {
				if d["updateOrganization"].(map[string]any)["name"] != "Acme Corp" {
					t.Fatalf("updateOrganization: %v", d)
				}
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			counts := tnCounts(t, h)
			var before string
			if c.target != "" {
				before = tnSnapshot(t, h, h.adaJWT, c.target)
			}
			for who, token := range map[string]string{"Leo (leader)": h.leoJWT, "Mia (member)": h.miaJWT,
				"read-write token": h.rwToken, "read token": h.readToken} {
				resp := h.do(token, c.query, c.vars)
				if resp.Code() != "FORBIDDEN" {
					t.Errorf("%s: want FORBIDDEN, got status %d errors %+v data %s", who, resp.Status, resp.Errors, resp.Data)
				}
				tnRefused(t, resp, "FORBIDDEN")
			}
			tnSameCounts(t, counts, tnCounts(t, h))
			if c.target != "" {
				if after := tnSnapshot(t, h, h.adaJWT, c.target); after != before {
					t.Fatalf("refused call changed the record:\nbefore %s\nafter  %s", before, after)
				}
			}
			if c.check == nil {
				return
			}
			var data map[string]any
			h.ok(h.adaJWT, c.query, c.vars, &data)
			c.check(t, data)
		})
	}
}

func TestRolesAdminOnlyQueries(t *testing.T) {
	h := newHarness(t)
	tnSeed(t, h)
	for _, root := range []string{"invitations", "apiTokens"} {
		t.Run(root, func(t *testing.T) {
			q := `{ ` + root + `(first: 10) { totalCount edges { node { id } } } }`
			if n, _ := tnTotal(t, h, h.adaJWT, root, "", nil); n == 0 {
				t.Fatalf("control: Ada lists no %s", root)
			}
			for who, token := range map[string]string{"Leo": h.leoJWT, "Mia": h.miaJWT, "read token": h.readToken, "read-write token": h.rwToken} {
				resp := h.do(token, q, nil)
				if resp.Code() != "FORBIDDEN" {
					t.Errorf("%s lists %s: status %d errors %+v data %s", who, root, resp.Status, resp.Errors, resp.Data)
				}
				tnRefused(t, resp, "FORBIDDEN")
			}
		})
	}
}

func TestRolesOwnership(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h) // Leo owns the customer, conversation, decision, follow-up, review and commitment.
	type attempt struct {
		who, token string
		allowed    bool
	}
	ownerOnly := func(owner string) []attempt {
		return []attempt{{"Mia (member)", h.miaJWT, false}, {"Ada (admin)", h.adaJWT, false},
			{"read-write token (as Ada)", h.rwToken, false}, {"read token", h.readToken, false}, {"Leo (owner)", owner, true}}
	}
	ownerOrAdmin := func(owner string) []attempt {
		return []attempt{{"Mia (member)", h.miaJWT, false}, {"read token", h.readToken, false},
			{"read-write token (Ada, but as a LEADER)", h.rwToken, false},
			{"Ada (admin)", h.adaJWT, true}, {"Leo (owner)", owner, true}}
	}
	for _, c := range []struct {
		name, target, query string
		vars                map[string]any
		attempts            []attempt
	}{
		{"updateConversation", w.convA, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "changed", durationMinutes: 5}) { id } }`, nil, ownerOnly(h.leoJWT)},
		{"updateConversation customers", w.convA, `mutation($id: ID!, $c: ID!) { updateConversation(id: $id, input: {clearCustomers: true, addCustomerIDs: [$c]}) { id } }`,
			map[string]any{"c": ""}, nil}, // filled below
		{"updateDecision", w.decA, `mutation($id: ID!) { updateDecision(id: $id, input: {title: "changed", status: IMPLEMENTED}) { id } }`, nil, ownerOnly(h.leoJWT)},
		{"updateFeedbackReview", w.revA, `mutation($id: ID!) { updateFeedbackReview(id: $id, input: {notes: "changed"}) { id } }`, nil, ownerOnly(h.leoJWT)},
		{"updateCommitment", w.comA, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 7}) { id } }`, nil, ownerOnly(h.leoJWT)},
		{"updateCustomer", w.custA, `mutation($id: ID!) { updateCustomer(id: $id, input: {segment: "Enterprise"}) { id } }`, nil, ownerOrAdmin(h.leoJWT)},
		{"updateFollowUp", w.fupA, `mutation($id: ID!) { updateFollowUp(id: $id, input: {action: "changed"}) { id } }`, nil, ownerOrAdmin(h.leoJWT)},
		{"setFollowUpDone", w.fupA, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id doneAt } }`, nil,
			[]attempt{{"Mia (member)", h.miaJWT, false}, {"read token", h.readToken, false}, {"Leo (owner)", h.leoJWT, true}}},
		{"setFollowUpDone by an admin", w.fupA, `mutation($id: ID!) { setFollowUpDone(id: $id, done: false) { id doneAt } }`, nil,
			[]attempt{{"Mia (member)", h.miaJWT, false}, {"Ada (admin)", h.adaJWT, true}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			vars := map[string]any{"id": c.target}
			maps.Copy(vars, c.vars)
			attempts := c.attempts
			if c.name == "updateConversation customers" {
				other := h.customer(h.miaJWT, "Mia's Client")
				vars["c"] = other
				attempts = ownerOnly(h.leoJWT)
			}
			for _, a := range attempts {
				before := tnSnapshot(t, h, h.adaJWT, c.target)
				resp := h.do(a.token, c.query, vars)
				after := tnSnapshot(t, h, h.adaJWT, c.target)
				switch {
				case a.allowed && len(resp.Errors) > 0:
					t.Errorf("%s may change it, got errors %+v", a.who, resp.Errors)
				case a.allowed && after == before:
					t.Errorf("%s's change did not land: %s", a.who, after)
				case !a.allowed:
					if resp.Code() != "FORBIDDEN" {
						t.Errorf("%s: want FORBIDDEN, got status %d errors %+v data %s", a.who, resp.Status, resp.Errors, resp.Data)
					}
					tnRefused(t, resp, "FORBIDDEN")
					if after != before {
						t.Errorf("%s's refused call changed the record:\nbefore %s\nafter  %s", a.who, before, after)
					}
				}
			}
		})
	}
	// A leader cannot change another leader's records either: Mia's own
	// conversation and decision are closed to Leo.
	custM := h.customer(h.miaJWT, "Mia's Customer")
	convM := h.conversation(h.miaJWT, time.Date(2026, 10, 9, 9, 0, 0, 0, time.UTC), custM)
	decM := tnMustID(t, h, h.miaJWT, tnDecisionMut, map[string]any{"t": "Mia's decision", "e": []string{convM}})
	for _, c := range []struct{ id, query string }{
		{convM, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "Leo was here"}) { id } }`},
		{decM, `mutation($id: ID!) { updateDecision(id: $id, input: {title: "Leo was here"}) { id } }`},
		{custM, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Leo was here"}) { id } }`},
	} {
		before := tnSnapshot(t, h, h.miaJWT, c.id)
		tnRefused(t, h.do(h.leoJWT, c.query, map[string]any{"id": c.id}), "FORBIDDEN")
		if after := tnSnapshot(t, h, h.miaJWT, c.id); after != before {
			t.Errorf("Leo changed Mia's record:\nbefore %s\nafter  %s", before, after)
		}
	}
}

func TestRolesReadToken(t *testing.T) {
	h := newHarness(t)
	w := tnSeed(t, h)
	at := time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
	counts := tnCounts(t, h)
	for _, c := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"createCustomer", `mutation { createCustomer(input: {name: "Read Only"}) { id } }`, nil},
		{"createConversation", `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`, map[string]any{"c": []string{w.custA}}},
		{"createDecision", tnDecisionMut, map[string]any{"t": "Read only", "e": []string{w.convA}}},
		{"createFollowUp", tnFollowUpMut, map[string]any{"o": tnID(h.ada.ID), "c": w.convA}},
		{"createNomination", tnNominationMut, map[string]any{"n": tnID(h.leo.ID)}},
		{"createEndorsement", tnEndorseMut, map[string]any{"n": w.nomA}},
		{"createFeedbackReview", tnReviewMut, map[string]any{"at": at}},
		{"createCommitment", tnCommitMut, nil},
		{"createLeader", `mutation { createLeader(input: {name: "X", email: "x@acme.test"}) { id } }`, nil},
		{"createInvitation", `mutation { createInvitation(input: {email: "x@acme.test"}) { url } }`, nil},
		{"createAPIToken", `mutation { createAPIToken(input: {name: "x", scope: READ}) { token } }`, nil},
		{"updateCustomer (Ada's power)", `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Read Only"}) { id } }`, map[string]any{"id": w.custA}},
		{"updateFollowUp (Ada's power)", `mutation($id: ID!) { updateFollowUp(id: $id, input: {action: "Read Only"}) { id } }`, map[string]any{"id": w.fupA}},
		{"updateOrganization", `mutation { updateOrganization(input: {name: "Read Only"}) { id } }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := h.do(h.readToken, c.query, c.vars)
			if resp.Code() != "FORBIDDEN" {
				t.Errorf("want FORBIDDEN, got status %d errors %+v data %s", resp.Status, resp.Errors, resp.Data)
			}
			tnRefused(t, resp, "FORBIDDEN")
		})
	}
	tnSameCounts(t, counts, tnCounts(t, h))
	// Writes the token owner (Ada) could make herself, so that the refusals
	// above are the scope's doing: here as a control, Ada's own record.
	custAda := h.customer(h.adaJWT, "Ada's Client")
	before := tnSnapshot(t, h, h.adaJWT, custAda)
	tnRefused(t, h.do(h.readToken, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Read Only"}) { id } }`,
		map[string]any{"id": custAda}), "FORBIDDEN")
	if after := tnSnapshot(t, h, h.adaJWT, custAda); after != before {
		t.Fatalf("read token changed Ada's customer:\nbefore %s\nafter  %s", before, after)
	}
	// But it reads, as Ada.
	var out struct {
		Viewer        struct{ Name string }
		Conversations struct{ TotalCount int }
		Customers     struct{ TotalCount int }
		Dashboard     struct{ Leaders int }
	}
	h.ok(h.readToken, `{ viewer { name } conversations(first: 10) { totalCount } customers(first: 10) { totalCount } dashboard(period: "2026-10") { leaders } }`, nil, &out)
	if out.Viewer.Name != "Ada Admin" || out.Conversations.TotalCount != 1 || out.Customers.TotalCount != 2 || out.Dashboard.Leaders != 3 {
		t.Fatalf("read token reads: %+v", out)
	}
}

func TestRolesReadWriteToken(t *testing.T) {
	h := newHarness(t)
	cust := h.customer(h.rwToken, "Integrated Client")
	conv := h.conversation(h.rwToken, time.Date(2026, 10, 8, 9, 0, 0, 0, time.UTC), cust)
	var out struct {
		C struct{ CreatedBy struct{ ID, Name string } }
		V struct {
			Leader    struct{ ID, Name string }
			Customers struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	h.ok(h.adaJWT, `query($c: ID!, $v: ID!) { c: node(id: $c) { ... on Customer { createdBy { id name } } }
		v: node(id: $v) { ... on Conversation { leader { id name } customers(first: 5) { edges { node { id } } } } } }`,
		map[string]any{"c": cust, "v": conv}, &out)
	if out.C.CreatedBy.ID != tnID(h.ada.ID) || out.V.Leader.ID != tnID(h.ada.ID) {
		t.Fatalf("records written through the token must be Ada's: customer by %+v, conversation by %+v", out.C.CreatedBy, out.V.Leader)
	}
	if len(out.V.Customers.Edges) != 1 || out.V.Customers.Edges[0].Node.ID != cust {
		t.Fatalf("conversation customers: %+v", out.V.Customers)
	}
	// Ada can edit the conversation logged through her token: it is hers.
	h.ok(h.adaJWT, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "edited by Ada"}) { id } }`, map[string]any{"id": conv}, nil)
	// The token acts as a LEADER, never as an admin.
	counts := tnCounts(t, h)
	for _, q := range []string{
		`mutation { createAPIToken(input: {name: "escalate", scope: READ_WRITE, noExpiry: true}) { token } }`,
		`mutation { createInvitation(input: {email: "friend@acme.test", role: ADMIN}) { url } }`,
		`mutation { createLeader(input: {name: "Friend", email: "friend@acme.test", role: ADMIN}) { id } }`,
	} {
		resp := h.do(h.rwToken, q, nil)
		if resp.Code() != "FORBIDDEN" {
			t.Errorf("rw token: want FORBIDDEN, got %+v data %s\n%s", resp.Errors, resp.Data, q)
		}
		tnRefused(t, resp, "FORBIDDEN")
	}
	tnSameCounts(t, counts, tnCounts(t, h))
}

func TestRolesApproveNominationMakesChampion(t *testing.T) {
	h := newHarness(t)
	nom := tnMustID(t, h, h.leoJWT, tnNominationMut, map[string]any{"n": tnID(h.mia.ID)})
	nom2 := tnMustID(t, h, h.miaJWT, tnNominationMut, map[string]any{"n": tnID(h.leo.ID)})
	champion := func(id int) bool {
		var out struct{ Node struct{ Champion bool } }
		h.ok(h.adaJWT, `query($id: ID!) { node(id: $id) { ... on Leader { champion } } }`, map[string]any{"id": tnID(id)}, &out)
		return out.Node.Champion
	}
	if champion(h.mia.ID) || champion(h.leo.ID) {
		t.Fatal("nobody is a champion before an approval")
	}
	// Neither a leader nor the nominee approves.
	for _, tok := range []string{h.leoJWT, h.miaJWT, h.rwToken} {
		tnRefused(t, h.do(tok, `mutation($id: ID!) { approveNomination(id: $id) { id } }`, map[string]any{"id": nom}), "FORBIDDEN")
	}
	if champion(h.mia.ID) {
		t.Fatal("a refused approval made Mia a champion")
	}
	var out struct {
		ApproveNomination struct {
			Status, DecisionNote string
			DecidedBy            struct{ ID string }
			Nominee              struct{ Champion bool }
		}
	}
	const approve = `mutation($id: ID!) { approveNomination(id: $id, note: "Well deserved") { status decisionNote decidedBy { id } nominee { champion } } }`
	h.ok(h.adaJWT, approve, map[string]any{"id": nom}, &out)
	if a := out.ApproveNomination; a.Status != "APPROVED" || a.DecisionNote != "Well deserved" || a.DecidedBy.ID != tnID(h.ada.ID) || !a.Nominee.Champion {
		t.Fatalf("approveNomination: %+v", a)
	}
	if !champion(h.mia.ID) {
		t.Fatal("Mia is not a champion after the approval")
	}
	// Approving again changes nothing; declining an approved one is a conflict.
	h.ok(h.adaJWT, approve, map[string]any{"id": nom}, &out)
	if out.ApproveNomination.Status != "APPROVED" {
		t.Fatalf("second approval: %+v", out)
	}
	h.fails(h.adaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": nom}, "CONFLICT")
	// A declined nomination makes no champion.
	h.ok(h.adaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": nom2}, nil)
	if champion(h.leo.ID) {
		t.Fatal("a declined nomination made Leo a champion")
	}
	var d struct {
		Dashboard struct{ Champions, OpenNominations int }
	}
	h.ok(h.adaJWT, `query($p: String!) { dashboard(period: $p) { champions openNominations } }`, map[string]any{"p": time.Now().UTC().Format("2006-01")}, &d)
	if d.Dashboard.Champions != 1 || d.Dashboard.OpenNominations != 0 {
		t.Fatalf("dashboard after the decisions: %+v", d.Dashboard)
	}
}
