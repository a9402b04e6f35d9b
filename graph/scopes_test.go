package graph_test

import (
	"strings"
	"testing"
	"time"

	"walker/ent/schema/viewer"
	"walker/server/servertest"
)

// scoped is what one scope opens: a read, and a write (none for read-only
// resources), with the variables they need.
type scoped struct {
	read, write viewer.Scope
	query       string
	mutation    string
	vars        func(w scopesWorld, h *servertest.Harness) map[string]any
}

type scopesWorld struct {
	world
	nomB string
}

func scopedResources() map[string]scoped {
	at := time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
	none := func(scopesWorld, *servertest.Harness) map[string]any { return nil }
	return map[string]scoped{
		"customers": {viewer.CustomersRead, viewer.CustomersWrite, `{ customers(first: 5) { totalCount } }`,
			`mutation { createCustomer(input: {name: "Scoped"}) { id } }`, none},
		"conversations": {viewer.ConversationsRead, viewer.ConversationsWrite, `{ conversations(first: 5) { totalCount } }`,
			`mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id } }`,
			func(w scopesWorld, _ *servertest.Harness) map[string]any {
				return map[string]any{"c": []string{w.custA}}
			}},
		"follow-ups": {viewer.ConversationsRead, viewer.ConversationsWrite, `{ followUps(first: 5) { totalCount } }`,
			followUpMutation, func(w scopesWorld, h *servertest.Harness) map[string]any {
				return map[string]any{"o": servertest.ID(h.Ada.ID)}
			}},
		"decisions": {viewer.DecisionsRead, viewer.DecisionsWrite, `{ decisions(first: 5) { totalCount } }`,
			decisionMutation, func(scopesWorld, *servertest.Harness) map[string]any { return map[string]any{"t": "Scoped"} }},
		"nominations": {viewer.ChampionsRead, viewer.ChampionsWrite, `{ nominations(first: 5) { totalCount } }`,
			nominationMutation, func(w scopesWorld, h *servertest.Harness) map[string]any {
				return map[string]any{"n": servertest.ID(h.Leo.ID)}
			}},
		"endorsements": {viewer.ChampionsRead, viewer.ChampionsWrite, `{ endorsements(first: 5) { totalCount } }`,
			endorsementMutation, func(w scopesWorld, h *servertest.Harness) map[string]any { return map[string]any{"n": w.nomB} }},
		"reviews": {viewer.ReviewsRead, viewer.ReviewsWrite, `{ feedbackReviews(first: 5) { totalCount } }`,
			reviewMutation, func(scopesWorld, *servertest.Harness) map[string]any { return map[string]any{"at": at} }},
		"commitments": {viewer.CommitmentsRead, viewer.CommitmentsWrite, `{ commitments(first: 5) { totalCount } }`,
			commitmentMutation, none},
		"people":       {viewer.PeopleRead, "", `{ leaders(first: 5) { totalCount } }`, "", none},
		"organization": {viewer.OrganizationRead, "", `{ organization { name } }`, "", none},
		"insights":     {viewer.InsightsRead, "", `{ viewer { month(period: "2026-10") { customersMet } } }`, "", none},
		"changes":      {viewer.ChangesRead, "", `{ changesCursor }`, "", none},
	}
}

// TestScopesEachResource: for every resource, a token without its scopes
// can neither read nor write it; with the read scope it reads but does not
// write; with the write scope it writes. Nothing refused is stored.
func TestScopesEachResource(t *testing.T) {
	h := servertest.New(t)
	w := scopesWorld{newWorld(t, h), ""}
	// A nomination the tokens' creator, Ada, has not endorsed yet.
	w.nomB = servertest.RecordID(t, h, h.LeoJWT, nominationMutation, map[string]any{"n": servertest.ID(h.Mia.ID)})
	for name, r := range scopedResources() {
		t.Run(name, func(t *testing.T) {
			// An unrelated scope: everything here is outside it.
			other := viewer.OrganizationRead
			if r.read == viewer.OrganizationRead {
				other = viewer.CustomersRead
			}
			// The month is a person's, measured against their commitments.
			var with []viewer.Scope
			if r.read == viewer.InsightsRead {
				with = []viewer.Scope{viewer.PeopleRead, viewer.CommitmentsRead}
			}
			without := h.APIToken(name+" without", append(with, other)...)
			reader := h.APIToken(name+" reader", append(with, r.read)...)
			refused := h.Do(without, r.query, nil)
			servertest.Refused(t, refused, "FORBIDDEN")
			if refused.Errors[0].Extensions["scope"] != string(r.read) {
				t.Errorf("the refusal should name %s: %+v", r.read, refused.Errors[0])
			}
			if resp := h.Do(reader, r.query, nil); len(resp.Errors) > 0 {
				t.Fatalf("with %s: %+v", r.read, resp.Errors)
			}
			if r.mutation == "" {
				return
			}
			// Writing names people (the owner, the nominee) and records: the
			// token reads those.
			helpers := []viewer.Scope{viewer.PeopleRead, viewer.CustomersRead, viewer.ConversationsRead, viewer.ChampionsRead}
			tokens := []string{without, reader, h.APIToken(name+" reader and helpers", append(helpers, r.read)...)}
			writer := h.APIToken(name+" writer", append(helpers, r.write)...)
			counts := servertest.Counts(t, h)
			for _, tok := range tokens {
				servertest.Refused(t, h.Do(tok, r.mutation, r.vars(w, h)), "FORBIDDEN")
			}
			servertest.SameCounts(t, counts, servertest.Counts(t, h))
			if resp := h.Do(writer, r.mutation, r.vars(w, h)); len(resp.Errors) > 0 {
				t.Fatalf("with %s: %+v", r.write, resp.Errors)
			}
		})
	}
}

// TestScopesPersonalRecordsClosedToTokens: passkeys, sessions, tokens,
// invitations and erasures are nobody's integration: no scope opens them.
func TestScopesPersonalRecordsClosedToTokens(t *testing.T) {
	h := servertest.New(t)
	all := make([]viewer.Scope, len(viewer.Catalog))
	for i, c := range viewer.Catalog {
		all[i] = c.Scope
	}
	tok := h.APIToken("everything", all...)
	for _, q := range []string{
		`{ viewer { passkeys(first: 5) { totalCount } } }`,
		`{ apiTokens(first: 5) { totalCount } }`,
		`{ invitations(first: 5) { totalCount } }`,
		`{ erasures(first: 5) { totalCount } }`,
	} {
		servertest.Refused(t, h.Do(tok, q, nil), "FORBIDDEN")
	}
}

// TestScopesChangeLog: a token follows the changes of what it may read, and
// nothing else.
func TestScopesChangeLog(t *testing.T) {
	h := servertest.New(t)
	newWorld(t, h)
	var out struct {
		Changes struct {
			Edges []struct {
				Node struct {
					Entity string
					Actor  struct{ Leader *struct{ ID string } }
				}
			}
		}
	}
	servertest.Refused(t, h.Do(h.APIToken("customers only", viewer.CustomersRead), `{ changes(first: 100) { edges { cursor } } }`, nil), "FORBIDDEN")
	tok := h.APIToken("customer feed", viewer.CustomersRead, viewer.ChangesRead)
	h.OK(tok, `{ changes(first: 100) { edges { node { entity actor { leader { id } } } } } }`, nil, &out)
	if len(out.Changes.Edges) != 1 {
		t.Fatalf("want Acme's customer's change alone, got %+v", out.Changes.Edges)
	}
	for _, e := range out.Changes.Edges {
		if e.Node.Entity != "CUSTOMER" || e.Node.Actor.Leader != nil {
			t.Errorf("change %+v: want a customer, its actor hidden without people:read", e.Node)
		}
	}
	resp := h.Do(tok, `{ changes(first: 100, entities: [CUSTOMER, DECISION]) { edges { cursor } } }`, nil)
	servertest.Refused(t, resp, "FORBIDDEN")
	if !strings.Contains(resp.Errors[0].Message, "decisions:read") {
		t.Errorf("the refusal should name the missing scope: %q", resp.Errors[0].Message)
	}
}

// TestScopesCreateToken: tokens are made with scopes, shorthands or both,
// through GraphQL; what is not a scope is refused and nothing is stored.
func TestScopesCreateToken(t *testing.T) {
	h := servertest.New(t)
	var made struct {
		CreateAPIToken struct {
			Token    string
			APIToken struct {
				Scope  string
				Scopes []string
			}
		} `json:"createAPIToken"`
	}
	create := `mutation($s: [String!], $short: APITokenScope) { createAPIToken(input: {name: "crm", scopes: $s, scope: $short}) { token apiToken { scope scopes } } }`
	h.OK(h.AdaJWT, create, map[string]any{"s": []string{"customers:write", "Commitments:Read"}}, &made)
	if got := strings.Join(made.CreateAPIToken.APIToken.Scopes, " "); got != "commitments:read customers:read customers:write" || made.CreateAPIToken.APIToken.Scope != "CUSTOM" {
		t.Fatalf("scopes %q (%s): write brings read, names are lower case", got, made.CreateAPIToken.APIToken.Scope)
	}
	tok := made.CreateAPIToken.Token
	h.OK(tok, `mutation { createCustomer(input: {name: "From the CRM"}) { id } }`, nil, nil)
	servertest.Refused(t, h.Do(tok, `{ conversations(first: 1) { totalCount } }`, nil), "FORBIDDEN")
	h.OK(h.AdaJWT, create, map[string]any{"short": "READ"}, &made)
	if made.CreateAPIToken.APIToken.Scope != "READ" || len(made.CreateAPIToken.APIToken.Scopes) != len(viewer.ReadScopes) {
		t.Fatalf("READ shorthand: %+v", made.CreateAPIToken.APIToken)
	}
	counts := servertest.Counts(t, h)
	for _, vars := range []map[string]any{
		{"s": []string{"customers:delete"}},
		{"s": []string{}},
		{},
		{"short": "CUSTOM"},
	} {
		servertest.BadInput(t, h, h.AdaJWT, create, vars, "scopes")
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	var cat struct {
		TokenScopes []struct {
			Name        string
			Description string
			InRead      bool
		}
	}
	h.OK(h.AdaJWT, `{ tokenScopes { name description inRead } }`, nil, &cat)
	if len(cat.TokenScopes) != len(viewer.Catalog) || cat.TokenScopes[0].Name != "customers:read" || !cat.TokenScopes[0].InRead || cat.TokenScopes[0].Description == "" {
		t.Fatalf("tokenScopes: %+v", cat.TokenScopes)
	}
}

// TestScopesIntegrationWritesAsItself: what a token creates names it, in
// the record and in the change log; with conversations:import it credits a
// conversation to the person it names, and may change what it created.
func TestScopesIntegrationWritesAsItself(t *testing.T) {
	h := servertest.New(t)
	cust := h.Customer(h.LeoJWT, "Imported Client")
	at := time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC).Format(time.RFC3339)
	credit := `mutation($l: ID, $c: [ID!]) { createConversation(leaderID: $l, input: {mode: CALL, occurredAt: "` + at + `", customerIDs: $c}) { id createdByTokenID leader { id } } }`
	vars := map[string]any{"l": servertest.ID(h.Leo.ID), "c": []string{cust}}
	base := []viewer.Scope{viewer.ConversationsWrite, viewer.CustomersRead, viewer.PeopleRead, viewer.ChangesRead}
	noImport := h.APIToken("no import", base...)
	noPeople := h.APIToken("import, no people", viewer.ConversationsImport, viewer.ConversationsWrite, viewer.CustomersRead)
	importer := h.APIToken("calendar import", append(base, viewer.ConversationsImport)...)
	another := h.APIToken("another import", append(base, viewer.ConversationsImport)...)
	counts := servertest.Counts(t, h)
	servertest.Refused(t, h.Do(noImport, credit, vars), "FORBIDDEN")
	servertest.Refused(t, h.Do(h.MiaJWT, credit, vars), "FORBIDDEN") // a person who is not an admin
	servertest.Refused(t, h.Do(noPeople, credit, vars), "FORBIDDEN")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	// Someone of another organization does not exist here.
	servertest.BadInput(t, h, importer, credit, map[string]any{"l": servertest.ID(h.Gil.ID), "c": []string{cust}}, "leaderID")

	var out struct {
		CreateConversation struct {
			ID               string
			CreatedByTokenID *string
			Leader           struct{ ID string }
		}
	}
	h.OK(importer, credit, vars, &out)
	conv := out.CreateConversation
	if conv.Leader.ID != servertest.ID(h.Leo.ID) || conv.CreatedByTokenID == nil {
		t.Fatalf("imported conversation: %+v", conv)
	}
	// The token may change what it created, though it is Leo's.
	h.OK(importer, `mutation($id: ID!) { updateConversation(id: $id, input: {heard: "corrected by the import"}) { id } }`, map[string]any{"id": conv.ID}, nil)
	// Another token with the same scopes may not.
	servertest.Refused(t, h.Do(another,
		`mutation($id: ID!) { updateConversation(id: $id, input: {heard: "not mine"}) { id } }`, map[string]any{"id": conv.ID}), "FORBIDDEN")
	// An admin credits too.
	h.OK(h.AdaJWT, credit, vars, nil)

	var log struct {
		Changes struct {
			Edges []struct {
				Node struct {
					ID    string
					Actor struct {
						Leader     *struct{ ID string }
						APITokenID *string
					}
				}
			}
		}
	}
	h.OK(importer, `{ changes(first: 100, entities: [CONVERSATION]) { edges { node { id actor { leader { id } apiTokenID } } } } }`, nil, &log)
	if len(log.Changes.Edges) < 2 {
		t.Fatalf("changes: %+v", log.Changes.Edges)
	}
	for _, e := range log.Changes.Edges[:2] {
		if e.Node.ID != conv.ID || e.Node.Actor.Leader != nil || e.Node.Actor.APITokenID == nil || *e.Node.Actor.APITokenID != *conv.CreatedByTokenID {
			t.Errorf("the import's change must name the token alone: %+v", e.Node)
		}
	}
}
