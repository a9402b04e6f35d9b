package server_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/ent/leader"
	"walker/ent/privacy"
	"walker/server"
	"walker/server/auth"
	"walker/server/store/storetest"
)

// fzCodes are the values of extensions.code that docs/API.md §9 documents:
// a client can act on every one of them, and INTERNAL is not among them
// because no request body, however bad, is the server's failure.
var fzCodes = map[string]bool{
	"BAD_USER_INPUT": true, "UNAUTHENTICATED": true, "FORBIDDEN": true, "NOT_FOUND": true,
	"CONFLICT": true, "RATE_LIMITED": true, "COST_LIMIT": true,
	"GRAPHQL_PARSE_FAILED": true, "GRAPHQL_VALIDATION_FAILED": true, "PERSISTED_QUERY_NOT_FOUND": true,
}

// fzContentTypes are the request media types a fuzz input picks from: the
// accepted spellings of JSON, and the formats docs/API.md §1 says are refused
// (so that the refusal is fuzzed too). Free-form types would mostly exercise
// mime.ParseMediaType, which the standard library fuzzes already.
var fzContentTypes = []string{
	"application/json",
	"application/json; charset=utf-8",
	"Application/JSON ; charset=\"UTF-8\"",
	"application/graphql",
	"text/plain",
	"",
	"application/x-www-form-urlencoded",
	"multipart/form-data; boundary=x",
}

// fzAccepts are the Accept headers a fuzz input picks from: they decide
// between the application/json and application/graphql-response+json status
// codes (422 or 400 for a document that does not parse).
var fzAccepts = []string{"", "application/json", "application/graphql-response+json", "*/*"}

// fzServer is one Walker server over one database for a whole fuzz run: a
// database per input would make each execution cost a migration.
type fzServer struct {
	handler http.Handler
	// tokens are the callers an input picks from: an admin and a leader
	// signed in with passkeys, a read-only integrator token, and nobody.
	tokens [4]string
}

// newFzServer starts a server on a fresh database (SQLite, or PostgreSQL
// when WALKER_TEST_DATABASE_URL is set) with one organization, its callers
// and a few records.
func newFzServer(f testing.TB) *fzServer {
	f.Helper()
	st := storetest.Open(f, os.Getenv, nil)
	cfg := server.DefaultConfig()
	cfg.PublicURL = "http://localhost:8080"
	// Every input must reach the GraphQL handler, not the rate limiter.
	cfg.RatePerSec, cfg.RateBurst = 1e9, 1e9
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv, err := server.New(context.Background(), cfg, st, log)
	if err != nil {
		f.Fatalf("server.New: %v", err)
	}
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c := st.Client
	acme := c.Organization.Create().SetName("Acme").SaveX(ctx)
	ada := c.Leader.Create().SetOrganizationID(acme.ID).SetName("Ada Admin").SetEmail("ada@acme.test").SetRole(leader.RoleADMIN).SaveX(ctx)
	leo := c.Leader.Create().SetOrganizationID(acme.ID).SetName("Leo Leader").SetEmail("leo@acme.test").SetRole(leader.RoleLEADER).SaveX(ctx)
	s := &fzServer{handler: srv.Handler()}
	for i, l := range []*ent.Leader{ada, leo} {
		t, err := srv.Sessions().Start(ctx, l, "fuzz")
		if err != nil {
			f.Fatalf("signing in: %v", err)
		}
		s.tokens[i] = t.AccessToken
	}
	if _, s.tokens[2], err = auth.CreateAPIToken(ctx, c, auth.APITokenSpec{
		OrganizationID: acme.ID, CreatorID: ada.ID, Name: "fuzz", Scope: apitoken.ScopeREAD,
	}); err != nil {
		f.Fatalf("creating API token: %v", err)
	}
	// A few records, so that reads return rows and updates find their target
	// (ids 12884901889, 8589934593 and 17179869185 in the seeds on SQLite;
	// PostgreSQL numbers them one lower, which the seeds survive as NOT_FOUND).
	past := time.Now().UTC().Add(-48 * time.Hour).Format(time.RFC3339)
	var customerID string
	for _, q := range []string{
		`mutation { createCustomer(input: {name: "Zoe Client", segment: "SMB"}) { id } }`,
		`mutation($c: ID!) { createConversation(input: {mode: VISIT, occurredAt: "` + past + `", durationMinutes: 30, heard: "Wants faster refunds", customerIDs: [$c]}) { id } }`,
		`mutation { createDecision(input: {title: "Refund in two days", customerBenefit: "Refunds reach customers in 2 days instead of 10"}) { id } }`,
	} {
		body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]string{"c": customerID}})
		code, resp := s.post(s.tokens[1], "application/json", "", string(body))
		var out struct {
			Data   map[string]struct{ ID string }
			Errors []any
		}
		if err := json.Unmarshal(resp, &out); err != nil || code != http.StatusOK || len(out.Errors) > 0 {
			f.Fatalf("seeding %s: %d %s", q, code, resp)
		}
		if out.Data["createCustomer"].ID != "" {
			customerID = out.Data["createCustomer"].ID
		}
	}
	return s
}

// post sends body to POST /graphql through the whole server (middleware
// included) and returns the status and the response body.
func (s *fzServer) post(token, contentType, accept, body string) (int, []byte) {
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	s.handler.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes()
}

// FuzzGraphQLBody posts arbitrary bodies to POST /graphql through the real
// server, because the body is the one input every client, honest or not,
// fully controls. Whatever the body, the answer must be one a client can act
// on: no panic, no 5xx and no INTERNAL error, a JSON object in the GraphQL
// error shape, every error typed with a documented extensions.code, a 400
// for a body that is not one JSON object, and no database or Go internals in
// the messages.
//
// who picks the caller (admin, leader, read-only token, nobody); variant
// picks the Content-Type (low 3 bits) and the Accept header (next 2 bits).
// The database is shared by all inputs, so inputs that write must stay
// cheap; the seeds below and in testdata/fuzz/FuzzGraphQLBody cover valid
// operations, bad variables, wrong types, nulls, truncated and non-object
// JSON, batches, deep nesting, many aliases, unicode, introspection and
// persisted queries.
func FuzzGraphQLBody(f *testing.F) {
	s := newFzServer(f)
	for _, seed := range []struct {
		body         string
		who, variant uint8
	}{
		{`{"query":"{ viewer { id name email role } organization { id name } }"}`, 0, 0},
		{`{"query":"query($p: String!) { viewer { month(period: $p) { customersMet walker } } }","variables":{"p":"2026-11"}}`, 1, 1},
		{`{"query":"{ customers(first: 5, orderBy: [{field: NAME}]) { totalCount edges { cursor node { id name } } } }"}`, 2, 0},
		{`{"query":"{ viewer { name } }"}`, 3, 0},
		{`{"query":"mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name } }","variables":{"in":{"name":"  Grace Hopper  ","segment":"SMB"}}}`, 1, 0},
		{`{"query":"mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id } }","variables":{"in":{"title":"T","customerBenefit":"n/a"}}}`, 1, 0},
		{`{"query":"mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }","variables":{"in":{"mode":"CALL","occurredAt":"2062-01-01T00:00:00Z","customerIDs":["12884901889"]}}}`, 1, 0},
		{`{"query":"mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }","variables":{"in":{"mode":"CALL","occurredAt":"2026-13-01T00:00:00Z","durationMinutes":"30","customerIDs":["abc"]}}}`, 0, 0},
		{`{"query":"mutation { updateOrganization(input: {name: \"Acme\"}) { name } }"}`, 2, 0},
		{`{"query":"{ node(id: \"99999999999999999999\") { id } nodes(ids: [\"-1\", \"0\", \"8589934593\"]) { id } }"}`, 0, 0},
		{`{"query":"{ customers(first: 101) { totalCount } }"}`, 0, 0},
		{`{"query":"{ customers(first: -1, after: \"not a cursor\") { totalCount } }"}`, 0, 0},
		{`{"query":"{ dashboard(period: \"0000-01\") { period } }"}`, 0, 0},
		{`{"query":"{ __schema { queryType { name } types { name } } }"}`, 3, 0},
		{`{"query":"{ viewer { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000"}}}`, 0, 0},
		{`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}`, 0, 0},
		{`{"query":"{ viewer { id }","variables":{}}`, 0, 2},
		{`{"query":"{ viewer { nope } }"}`, 0, 2},
		{`{"query":"query A { viewer { id } } query B { viewer { name } }","operationName":"C"}`, 0, 0},
		{`{"query":"{ viewer { id } }","variables":[1,2]}`, 0, 0},
		{`{"query":42}`, 0, 0},
		{`{"query":null,"variables":null,"operationName":null,"extensions":null}`, 0, 0},
		{`{}`, 0, 0},
		{`[{"query":"{ viewer { id } }"}]`, 0, 0},
		{`{"query":"{ viewer { id } }"`, 0, 0},
		{``, 0, 0},
		{"\xff\xfe{\"query\":\"{ viewer { name } }\"}", 0, 0},
		{`{"query":"{ viewer { name } }"}`, 0, 3},
		{`{"query":"{ viewer { name } }"}`, 0, 5},
		{`{"query":"mutation($n: String!) { createCustomer(input: {name: $n}) { name } }","variables":{"n":"名前 \ud800 🧭 مرحبا \u202e"}}`, 1, 0},
	} {
		f.Add(seed.body, seed.who, seed.variant)
	}
	f.Fuzz(func(t *testing.T, body string, who, variant uint8) {
		s.check(t, body, who, fzContentTypes[int(variant)%len(fzContentTypes)], fzAccepts[int(variant/8)%len(fzAccepts)])
	})
}

// FuzzGraphQLOperation fuzzes the GraphQL document and the variables as they
// are, wrapped into a well-formed body, because mutations of a raw body
// rarely get past the JSON decoder: this target is the one that reaches the
// parser, the validator, the limits, the argument coercion, the where
// filters and the resolvers. The properties are FuzzGraphQLBody's.
// variables is used as the JSON value of "variables" when it is valid JSON,
// and left out otherwise.
func FuzzGraphQLOperation(f *testing.F) {
	s := newFzServer(f)
	for _, seed := range []struct {
		query, variables string
		who              uint8
	}{
		{`{ viewer { id name month(period: "2026-11") { customersMet walker commitments { target actual met } } weekStreak } }`, ``, 1},
		{`query($w: CustomerWhereInput) { customers(first: 10, where: $w) { totalCount edges { node { id name } } } }`, `{"w":{"nameContainsFold":"zoe","or":[{"segment":"SMB"},{"not":{"idIn":["1","2"]}}]}}`, 0},
		{`query($w: DecisionWhereInput) { decisions(first: 10, where: $w, orderBy: [{field: DECIDED_AT, direction: DESC}]) { totalCount } }`, `{"w":{"decidedAtGT":"2000-01-01T00:00:00Z","statusIn":["DECIDED","NOPE"]}}`, 1},
		{`query($a: Cursor, $n: Int) { conversations(first: $n, after: $a) { pageInfo { endCursor hasNextPage } } }`, `{"a":"gqFpzwAAAAMAAAACoXaRq0FsYW4gVHVyaW5n","n":-5}`, 0},
		{`mutation($in: CreateConversationInput!) { createConversation(input: $in) { id customers(first: 5) { totalCount } } }`, `{"in":{"clientID":"0d5c3f1e-8a36-4a44-9b0c-2f7d2f0b6a11","mode":"CALL","occurredAt":"2026-11-20T09:30:00+01:00","durationMinutes":1441,"customerIDs":["12884901889","12884901889"]}}`, 1},
		{`mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id } }`, `{"in":{"title":" ","customerBenefit":"Same as above.","clvImpact":1e13,"reviewOn":"9999-12-31T23:59:59Z"}}`, 1},
		{`mutation($in: CreateFollowUpInput!) { createFollowUp(input: $in) { id } }`, `{"in":{"action":"Call back","ownerID":"38654705665","dueOn":"1999-12-31T23:59:59Z"}}`, 0},
		{`mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }`, `{"in":{"behaviour":"FOLLOW_UPS_ON_TIME","target":101}}`, 1},
		{`mutation($in: CreateAPITokenInput!) { createAPIToken(input: $in) { token } }`, `{"in":{"name":"x","scope":"READ","expiresInDays":731,"noExpiry":true}}`, 0},
		{`mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, `{"id":"not an id"}`, 2},
		{`{ a0: viewer { id } a1: viewer { id } a2: viewer { id } a3: viewer { id } a4: viewer { id } a5: viewer { id } a6: viewer { id } a7: viewer { id } a8: viewer { id } a9: viewer { id } b0: viewer { id } b1: viewer { id } b2: viewer { id } b3: viewer { id } b4: viewer { id } b5: viewer { id } b6: viewer { id } b7: viewer { id } b8: viewer { id } b9: viewer { id } c0: viewer { id } c1: viewer { id } c2: viewer { id } c3: viewer { id } c4: viewer { id } c5: viewer { id } c6: viewer { id } c7: viewer { id } c8: viewer { id } c9: viewer { id } d0: viewer { id } }`, ``, 0},
		{`{ viewer { organization { leaders(first: 100) { edges { node { conversations(first: 100) { edges { node { customers(first: 100) { totalCount } } } } } } } } } }`, ``, 0},
		{`fragment F on Query { ...G } fragment G on Query { ...F } { ...F }`, ``, 0},
		{`query Q($v: String = "x") @skip(if: true) { __typename }`, `{"v":null}`, 3},
		{`{ __type(name: "Decision") { name fields(includeDeprecated: true) { name args { name type { name ofType { name } } } } } }`, ``, 2},
		{`{ node(id: "8589934593") { ... on Conversation { heard customers(first: 1) { edges { node { name } } } } } }`, ``, 2},
		{`subscription { viewer { id } }`, ``, 0},
		{"{ viewer { name } } # é🧭 \x00 \xff", `[1]`, 0},
		{`mutation($n: String!) { createCustomer(input: {name: $n, company: "\u00e9\uD83E\uDDED"}) { name company } }`, `{"n":"名前 مرحبا \u001f\u007f"}`, 1},
		{"{ viewer { name(x: \"\\uD800\") } }", `"not an object"`, 0},
	} {
		f.Add(seed.query, seed.variables, seed.who)
	}
	f.Fuzz(func(t *testing.T, query, variables string, who uint8) {
		q, _ := json.Marshal(query)
		body := `{"query":` + string(q)
		if json.Valid([]byte(variables)) {
			body += `,"variables":` + variables
		}
		s.check(t, body+"}", who, "application/json", "")
	})
}

// check posts body as caller who (modulo the callers) with contentType and
// accept, and fails t unless the response keeps the promises of
// docs/API.md §1 and §9 listed on FuzzGraphQLBody.
func (s *fzServer) check(t *testing.T, body string, who uint8, contentType, accept string) {
	t.Helper()
	token := s.tokens[int(who)%len(s.tokens)]
	status, out := s.post(token, contentType, accept, body)
	report := func(why string) {
		t.Helper()
		if len(body) > 2000 {
			body = body[:2000] + "…"
		}
		t.Fatalf("%s\nrequest: Content-Type %q, Accept %q, caller %d, body %q\nresponse: %d %s",
			why, contentType, accept, int(who)%len(s.tokens), body, status, out)
	}
	if status >= 500 {
		report("server error")
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    *string        `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if !json.Valid(out) || json.Unmarshal(out, &resp) != nil {
		report("the response is not a JSON object in the GraphQL shape")
	}
	if len(resp.Errors) == 0 && len(resp.Data) == 0 {
		report("the response has neither data nor errors")
	}
	jsonBody := fzIsJSON(contentType)
	lowerBody := strings.ToLower(body)
	for _, e := range resp.Errors {
		if e.Message == nil || strings.TrimSpace(*e.Message) == "" {
			report("an error has no message")
		}
		code, _ := e.Extensions["code"].(string)
		if code == "" && !jsonBody && status == http.StatusBadRequest && *e.Message == "transport not supported" {
			continue // docs/API.md §1 documents this refusal without a code
		}
		if !fzCodes[code] {
			report("extensions.code " + strconv.Quote(code) + " is not one documented in docs/API.md §9")
		}
		// Messages may quote the request (a bad name, the body), so only
		// what the request did not contain counts as a leak.
		msg := strings.ToLower(*e.Message)
		for _, leak := range []string{"sql", "pq:", "pgx", "panic", "goroutine", ".go:", "runtime error", "constraint"} {
			if strings.Contains(msg, leak) && !strings.Contains(lowerBody, leak) {
				report("an error message shows internal detail (" + leak + ")")
			}
		}
	}
	switch status {
	case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnprocessableEntity:
	case http.StatusUnauthorized:
		// A token can stop being valid mid-run: an input may revoke the
		// integrator token or demote a person.
		if token == "" {
			report("401 without a token")
		}
	default:
		report("a status docs/API.md does not list for POST /graphql")
	}
	if jsonBody && !fzOneObject(body) && status != http.StatusBadRequest {
		report("a body that is not one JSON object must get 400 (docs/API.md §1)")
	}
}

// fzIsJSON reports whether a request of contentType reaches the GraphQL
// transport (application/json, any parameters, any case).
func fzIsJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// fzOneObject reports whether body is exactly one JSON object, with nothing
// but white space around it.
func fzOneObject(body string) bool {
	dec := json.NewDecoder(strings.NewReader(body))
	var v map[string]json.RawMessage
	if err := dec.Decode(&v); err != nil || v == nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}
