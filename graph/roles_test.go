package graph_test

import (
	"maps"
	"testing"
	"time"

	"walker/server/servertest"
)

// This file checks who may do what inside one organization: admins manage
// people, invitations, tokens and nominations; records are changed by their
// owner (and, for customers and follow-ups, an admin); integrator tokens act
// as their creator with the LEADER role, and a read token writes nothing.

func TestRolesAdminOnlyMutations(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	nom2 := servertest.RecordID(t, h, h.MiaJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Leo.ID)})
	// A spare token to revoke, so that the read token keeps working.
	var spare struct {
		CreateAPIToken struct{ APIToken struct{ ID string } } `json:"createAPIToken"`
	}
	h.OK(h.AdaJWT, `mutation { createAPIToken(input: {name: "spare", scope: READ}) { apiToken { id } } }`, nil, &spare)
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
				if n, _ := connectionTotal(t, h, h.AdaJWT, "leaders", "", nil); n != 4 {
					t.Fatalf("leaders after createLeader: %d", n)
				}
			}},
		{name: "updateLeader", target: servertest.ID(h.Leo.ID),
			query: `mutation($id: ID!) { updateLeader(id: $id, input: {role: ADMIN, title: "Boss"}) { id role title } }`,
			vars:  map[string]any{"id": servertest.ID(h.Leo.ID)},
			check: func(t *testing.T, d map[string]any) {
				if l := d["updateLeader"].(map[string]any); l["role"] != "ADMIN" || l["title"] != "Boss" {
					t.Fatalf("updateLeader: %v", l)
				}
				// Roles are read on every request: Leo is an admin now, with the
				// token he already had, until Ada makes him a leader again.
				h.OK(h.LeoJWT, `{ invitations(first: 1) { totalCount } }`, nil, nil)
				h.OK(h.AdaJWT, `mutation($id: ID!) { updateLeader(id: $id, input: {role: LEADER}) { id } }`, map[string]any{"id": servertest.ID(h.Leo.ID)}, nil)
				h.Fails(h.LeoJWT, `{ invitations(first: 1) { totalCount } }`, nil, "FORBIDDEN")
			}},
		{name: "updateLeader of oneself", target: servertest.ID(h.Mia.ID),
			query: `mutation($id: ID!) { updateLeader(id: $id, input: {role: ADMIN}) { id role } }`,
			vars:  map[string]any{"id": servertest.ID(h.Mia.ID)}},
		{name: "createInvitation", query: `mutation { createInvitation(input: {email: "someone@acme.test", role: ADMIN}) { invitation { id } url } }`,
			check: func(t *testing.T, d map[string]any) {
				if n, _ := connectionTotal(t, h, h.AdaJWT, "invitations", "", nil); n != 2 {
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
				if n, _ := connectionTotal(t, h, h.AdaJWT, "apiTokens", "", nil); n != 4 {
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
		{name: "updateOrganization", target: servertest.ID(h.Acme.ID),
			query: `mutation { updateOrganization(input: {name: "Acme Corp"}) { id name } }`,
			check: func(t *testing.T, d map[string]any) {
				if d["updateOrganization"].(map[string]any)["name"] != "Acme Corp" {
					t.Fatalf("updateOrganization: %v", d)
				}
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			counts := servertest.Counts(t, h)
			var before string
			if c.target != "" {
				before = servertest.Snapshot(t, h, h.AdaJWT, c.target)
			}
			for who, token := range map[string]string{"Leo (leader)": h.LeoJWT, "Mia (member)": h.MiaJWT,
				"read-write token": h.RWToken, "read token": h.ReadToken} {
				resp := h.Do(token, c.query, c.vars)
				if resp.Code() != "FORBIDDEN" {
					t.Errorf("%s: want FORBIDDEN, got status %d errors %+v data %s", who, resp.Status, resp.Errors, resp.Data)
				}
				servertest.Refused(t, resp, "FORBIDDEN")
			}
			servertest.SameCounts(t, counts, servertest.Counts(t, h))
			if c.target != "" {
				if after := servertest.Snapshot(t, h, h.AdaJWT, c.target); after != before {
					t.Fatalf("refused call changed the record:\nbefore %s\nafter  %s", before, after)
				}
			}
			if c.check == nil {
				return
			}
			var data map[string]any
			h.OK(h.AdaJWT, c.query, c.vars, &data)
			c.check(t, data)
		})
	}
}

func TestRolesAdminOnlyQueries(t *testing.T) {
	h := servertest.New(t)
	newWorld(t, h)
	for _, root := range []string{"invitations", "apiTokens"} {
		t.Run(root, func(t *testing.T) {
			q := `{ ` + root + `(first: 10) { totalCount edges { node { id } } } }`
			if n, _ := connectionTotal(t, h, h.AdaJWT, root, "", nil); n == 0 {
				t.Fatalf("control: Ada lists no %s", root)
			}
			for who, token := range map[string]string{"Leo": h.LeoJWT, "Mia": h.MiaJWT, "read token": h.ReadToken, "read-write token": h.RWToken} {
				resp := h.Do(token, q, nil)
				if resp.Code() != "FORBIDDEN" {
					t.Errorf("%s lists %s: status %d errors %+v data %s", who, root, resp.Status, resp.Errors, resp.Data)
				}
				servertest.Refused(t, resp, "FORBIDDEN")
			}
		})
	}
}

func TestRolesOwnership(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h) // Leo owns the customer, conversation, decision, follow-up, review and commitment.
	type attempt struct {
		who, token string
		allowed    bool
	}
	ownerOnly := func(owner string) []attempt {
		return []attempt{{"Mia (member)", h.MiaJWT, false}, {"Ada (admin)", h.AdaJWT, false},
			{"read-write token (as Ada)", h.RWToken, false}, {"read token", h.ReadToken, false}, {"Leo (owner)", owner, true}}
	}
	ownerOrAdmin := func(owner string) []attempt {
		return []attempt{{"Mia (member)", h.MiaJWT, false}, {"read token", h.ReadToken, false},
			{"read-write token (Ada, but as a LEADER)", h.RWToken, false},
			{"Ada (admin)", h.AdaJWT, true}, {"Leo (owner)", owner, true}}
	}
	for _, c := range []struct {
		name, target, query string
		vars                map[string]any
		attempts            []attempt
	}{
		{"updateConversation", w.convA, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "changed", durationMinutes: 5}) { id } }`, nil, ownerOnly(h.LeoJWT)},
		{"updateConversation customers", w.convA, `mutation($id: ID!, $c: ID!) { updateConversation(id: $id, input: {clearCustomers: true, addCustomerIDs: [$c]}) { id } }`,
			map[string]any{"c": ""}, nil}, // filled below
		{"updateDecision", w.decA, `mutation($id: ID!) { updateDecision(id: $id, input: {title: "changed", status: IMPLEMENTED}) { id } }`, nil, ownerOnly(h.LeoJWT)},
		{"updateFeedbackReview", w.revA, `mutation($id: ID!) { updateFeedbackReview(id: $id, input: {notes: "changed"}) { id } }`, nil, ownerOnly(h.LeoJWT)},
		{"updateCommitment", w.comA, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 7}) { id } }`, nil, ownerOnly(h.LeoJWT)},
		{"updateCustomer", w.custA, `mutation($id: ID!) { updateCustomer(id: $id, input: {segment: "Enterprise"}) { id } }`, nil, ownerOrAdmin(h.LeoJWT)},
		{"updateFollowUp", w.fupA, `mutation($id: ID!) { updateFollowUp(id: $id, input: {action: "changed"}) { id } }`, nil, ownerOrAdmin(h.LeoJWT)},
		{"setFollowUpDone", w.fupA, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id doneAt } }`, nil,
			[]attempt{{"Mia (member)", h.MiaJWT, false}, {"read token", h.ReadToken, false}, {"Leo (owner)", h.LeoJWT, true}}},
		{"setFollowUpDone by an admin", w.fupA, `mutation($id: ID!) { setFollowUpDone(id: $id, done: false) { id doneAt } }`, nil,
			[]attempt{{"Mia (member)", h.MiaJWT, false}, {"Ada (admin)", h.AdaJWT, true}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			vars := map[string]any{"id": c.target}
			maps.Copy(vars, c.vars)
			attempts := c.attempts
			if c.name == "updateConversation customers" {
				other := h.Customer(h.MiaJWT, "Mia's Client")
				vars["c"] = other
				attempts = ownerOnly(h.LeoJWT)
			}
			for _, a := range attempts {
				before := servertest.Snapshot(t, h, h.AdaJWT, c.target)
				resp := h.Do(a.token, c.query, vars)
				after := servertest.Snapshot(t, h, h.AdaJWT, c.target)
				switch {
				case a.allowed && len(resp.Errors) > 0:
					t.Errorf("%s may change it, got errors %+v", a.who, resp.Errors)
				case a.allowed && after == before:
					t.Errorf("%s's change did not land: %s", a.who, after)
				case !a.allowed:
					if resp.Code() != "FORBIDDEN" {
						t.Errorf("%s: want FORBIDDEN, got status %d errors %+v data %s", a.who, resp.Status, resp.Errors, resp.Data)
					}
					servertest.Refused(t, resp, "FORBIDDEN")
					if after != before {
						t.Errorf("%s's refused call changed the record:\nbefore %s\nafter  %s", a.who, before, after)
					}
				}
			}
		})
	}
	// A leader cannot change another leader's records either: Mia's own
	// conversation and decision are closed to Leo.
	custM := h.Customer(h.MiaJWT, "Mia's Customer")
	convM := h.Conversation(h.MiaJWT, time.Date(2026, 10, 9, 9, 0, 0, 0, time.UTC), custM)
	decM := servertest.RecordID(t, h, h.MiaJWT, decisionMutation, map[string]any{"t": "Mia's decision", "e": []string{convM}})
	for _, c := range []struct{ id, query string }{
		{convM, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "Leo was here"}) { id } }`},
		{decM, `mutation($id: ID!) { updateDecision(id: $id, input: {title: "Leo was here"}) { id } }`},
		{custM, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Leo was here"}) { id } }`},
	} {
		before := servertest.Snapshot(t, h, h.MiaJWT, c.id)
		servertest.Refused(t, h.Do(h.LeoJWT, c.query, map[string]any{"id": c.id}), "FORBIDDEN")
		if after := servertest.Snapshot(t, h, h.MiaJWT, c.id); after != before {
			t.Errorf("Leo changed Mia's record:\nbefore %s\nafter  %s", before, after)
		}
	}
}

func TestRolesReadToken(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	at := time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
	counts := servertest.Counts(t, h)
	for _, c := range []struct {
		name, query string
		vars        map[string]any
	}{
		{"createCustomer", `mutation { createCustomer(input: {name: "Read Only"}) { id } }`, nil},
		{"createConversation", `mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`, map[string]any{"c": []string{w.custA}}},
		{"createDecision", decisionMutation, map[string]any{"t": "Read only", "e": []string{w.convA}}},
		{"createFollowUp", followUpMutation, map[string]any{"o": servertest.ID(h.Ada.ID), "c": w.convA}},
		{"createNomination", nominationMutation, map[string]any{"n": servertest.ID(h.Leo.ID)}},
		{"createEndorsement", endorsementMutation, map[string]any{"n": w.nomA}},
		{"createFeedbackReview", reviewMutation, map[string]any{"at": at}},
		{"createCommitment", commitmentMutation, nil},
		{"createLeader", `mutation { createLeader(input: {name: "X", email: "x@acme.test"}) { id } }`, nil},
		{"createInvitation", `mutation { createInvitation(input: {email: "x@acme.test"}) { url } }`, nil},
		{"createAPIToken", `mutation { createAPIToken(input: {name: "x", scope: READ}) { token } }`, nil},
		{"updateCustomer (Ada's power)", `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Read Only"}) { id } }`, map[string]any{"id": w.custA}},
		{"updateFollowUp (Ada's power)", `mutation($id: ID!) { updateFollowUp(id: $id, input: {action: "Read Only"}) { id } }`, map[string]any{"id": w.fupA}},
		{"updateOrganization", `mutation { updateOrganization(input: {name: "Read Only"}) { id } }`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := h.Do(h.ReadToken, c.query, c.vars)
			if resp.Code() != "FORBIDDEN" {
				t.Errorf("want FORBIDDEN, got status %d errors %+v data %s", resp.Status, resp.Errors, resp.Data)
			}
			servertest.Refused(t, resp, "FORBIDDEN")
		})
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	// Writes the token owner (Ada) could make herself, so that the refusals
	// above are the scope's doing: here as a control, Ada's own record.
	custAda := h.Customer(h.AdaJWT, "Ada's Client")
	before := servertest.Snapshot(t, h, h.AdaJWT, custAda)
	servertest.Refused(t, h.Do(h.ReadToken, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Read Only"}) { id } }`,
		map[string]any{"id": custAda}), "FORBIDDEN")
	if after := servertest.Snapshot(t, h, h.AdaJWT, custAda); after != before {
		t.Fatalf("read token changed Ada's customer:\nbefore %s\nafter  %s", before, after)
	}
	// But it reads, as Ada.
	var out struct {
		Viewer        struct{ Name string }
		Conversations struct{ TotalCount int }
		Customers     struct{ TotalCount int }
		Dashboard     struct{ Leaders int }
	}
	h.OK(h.ReadToken, `{ viewer { name } conversations(first: 10) { totalCount } customers(first: 10) { totalCount } dashboard(period: "2026-10") { leaders } }`, nil, &out)
	if out.Viewer.Name != "Ada Admin" || out.Conversations.TotalCount != 1 || out.Customers.TotalCount != 2 || out.Dashboard.Leaders != 3 {
		t.Fatalf("read token reads: %+v", out)
	}
}

func TestRolesReadWriteToken(t *testing.T) {
	h := servertest.New(t)
	cust := h.Customer(h.RWToken, "Integrated Client")
	conv := h.Conversation(h.RWToken, time.Date(2026, 10, 8, 9, 0, 0, 0, time.UTC), cust)
	var out struct {
		C struct{ CreatedBy struct{ ID, Name string } }
		V struct {
			Leader    struct{ ID, Name string }
			Customers struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	h.OK(h.AdaJWT, `query($c: ID!, $v: ID!) { c: node(id: $c) { ... on Customer { createdBy { id name } } }
		v: node(id: $v) { ... on Conversation { leader { id name } customers(first: 5) { edges { node { id } } } } } }`,
		map[string]any{"c": cust, "v": conv}, &out)
	if out.C.CreatedBy.ID != servertest.ID(h.Ada.ID) || out.V.Leader.ID != servertest.ID(h.Ada.ID) {
		t.Fatalf("records written through the token must be Ada's: customer by %+v, conversation by %+v", out.C.CreatedBy, out.V.Leader)
	}
	if len(out.V.Customers.Edges) != 1 || out.V.Customers.Edges[0].Node.ID != cust {
		t.Fatalf("conversation customers: %+v", out.V.Customers)
	}
	// Ada can edit the conversation logged through her token: it is hers.
	h.OK(h.AdaJWT, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "edited by Ada"}) { id } }`, map[string]any{"id": conv}, nil)
	// The token acts as a LEADER, never as an admin.
	counts := servertest.Counts(t, h)
	for _, q := range []string{
		`mutation { createAPIToken(input: {name: "escalate", scope: READ_WRITE, noExpiry: true}) { token } }`,
		`mutation { createInvitation(input: {email: "friend@acme.test", role: ADMIN}) { url } }`,
		`mutation { createLeader(input: {name: "Friend", email: "friend@acme.test", role: ADMIN}) { id } }`,
	} {
		resp := h.Do(h.RWToken, q, nil)
		if resp.Code() != "FORBIDDEN" {
			t.Errorf("rw token: want FORBIDDEN, got %+v data %s\n%s", resp.Errors, resp.Data, q)
		}
		servertest.Refused(t, resp, "FORBIDDEN")
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}

func TestRolesApproveNominationMakesChampion(t *testing.T) {
	h := servertest.New(t)
	nom := servertest.RecordID(t, h, h.LeoJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Mia.ID)})
	nom2 := servertest.RecordID(t, h, h.MiaJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Leo.ID)})
	champion := func(id int) bool {
		var out struct{ Node struct{ Champion bool } }
		h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on Leader { champion } } }`, map[string]any{"id": servertest.ID(id)}, &out)
		return out.Node.Champion
	}
	if champion(h.Mia.ID) || champion(h.Leo.ID) {
		t.Fatal("nobody is a champion before an approval")
	}
	// Neither a leader nor the nominee approves.
	for _, tok := range []string{h.LeoJWT, h.MiaJWT, h.RWToken} {
		servertest.Refused(t, h.Do(tok, `mutation($id: ID!) { approveNomination(id: $id) { id } }`, map[string]any{"id": nom}), "FORBIDDEN")
	}
	if champion(h.Mia.ID) {
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
	h.OK(h.AdaJWT, approve, map[string]any{"id": nom}, &out)
	if a := out.ApproveNomination; a.Status != "APPROVED" || a.DecisionNote != "Well deserved" || a.DecidedBy.ID != servertest.ID(h.Ada.ID) || !a.Nominee.Champion {
		t.Fatalf("approveNomination: %+v", a)
	}
	if !champion(h.Mia.ID) {
		t.Fatal("Mia is not a champion after the approval")
	}
	// Approving again changes nothing; declining an approved one is a conflict.
	h.OK(h.AdaJWT, approve, map[string]any{"id": nom}, &out)
	if out.ApproveNomination.Status != "APPROVED" {
		t.Fatalf("second approval: %+v", out)
	}
	h.Fails(h.AdaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": nom}, "CONFLICT")
	// A declined nomination makes no champion.
	h.OK(h.AdaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": nom2}, nil)
	if champion(h.Leo.ID) {
		t.Fatal("a declined nomination made Leo a champion")
	}
	var d struct {
		Dashboard struct{ Champions, OpenNominations int }
	}
	h.OK(h.AdaJWT, `query($p: String!) { dashboard(period: $p) { champions openNominations } }`, map[string]any{"p": time.Now().UTC().Format("2006-01")}, &d)
	if d.Dashboard.Champions != 1 || d.Dashboard.OpenNominations != 0 {
		t.Fatalf("dashboard after the decisions: %+v", d.Dashboard)
	}
}
