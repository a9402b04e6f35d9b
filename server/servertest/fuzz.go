package servertest

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"walker/ent/leader"
	"walker/ent/schema/viewer"
	"walker/server/store/storetest"
)

// codes are the values of extensions.code that docs/API.md §9 documents:
// a client can act on every one of them, and INTERNAL is not among them
// because no request body, however bad, is the server's failure.
var codes = map[string]bool{
	"BAD_USER_INPUT": true, "UNAUTHENTICATED": true, "FORBIDDEN": true, "NOT_FOUND": true,
	"CONFLICT": true, "RATE_LIMITED": true, "COST_LIMIT": true,
	"GRAPHQL_PARSE_FAILED": true, "GRAPHQL_VALIDATION_FAILED": true, "PERSISTED_QUERY_NOT_FOUND": true,
}

// Fuzzer is one Walker server over one database for a whole fuzz run (a
// database per input would make each execution cost a migration), with the
// promises every answer of POST /graphql keeps.
type Fuzzer struct {
	h *Harness
	// tokens are the callers an input picks from: an admin and a leader
	// signed in with passkeys, a read-only integrator token, and nobody.
	tokens [4]string
}

// NewFuzzer starts a server on a fresh database with one organization, its
// callers and a few records; every input reaches the GraphQL handler, not
// the rate limiter.
func NewFuzzer(f testing.TB) *Fuzzer {
	f.Helper()
	cfg := Config()
	Unlimited(&cfg)
	h := start(f, storetest.Open(f, os.Getenv, nil), cfg)
	acme := h.organization("Acme")
	ada := h.person(acme, "Ada Admin", "ada@acme.test", leader.RoleADMIN)
	leo := h.person(acme, "Leo Leader", "leo@acme.test", leader.RoleLEADER)
	s := &Fuzzer{h: h, tokens: [4]string{h.JWT(ada), h.JWT(leo), h.apiToken(acme, ada, "fuzz", viewer.ReadScopes...), ""}}
	// A few records, so that reads return rows and updates find their target
	// (ids 12884901889, 8589934593 and 17179869185 in the seeds on SQLite;
	// PostgreSQL numbers them one lower, which the seeds survive as NOT_FOUND).
	past := time.Now().UTC().Add(-48 * time.Hour).Format(time.RFC3339)
	var customer struct{ CreateCustomer struct{ ID string } }
	h.OK(s.tokens[1], `mutation { createCustomer(input: {name: "Zoe Client", segment: "SMB"}) { id } }`, nil, &customer)
	h.OK(s.tokens[1], `mutation($c: ID!) { createConversation(input: {mode: VISIT, occurredAt: "`+past+`", durationMinutes: 30, heard: "Wants faster refunds", customerIDs: [$c]}) { id } }`,
		map[string]any{"c": customer.CreateCustomer.ID}, nil)
	h.OK(s.tokens[1], `mutation { createDecision(input: {title: "Refund in two days", customerBenefit: "Refunds reach customers in 2 days instead of 10"}) { id } }`, nil, nil)
	return s
}

// Post sends body to POST /graphql through the whole server (middleware
// included) and returns the status and the response body.
func (s *Fuzzer) Post(token, contentType, accept, body string) (int, []byte) {
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
	s.h.Handler.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes()
}

// Check posts body as caller who (modulo the callers) with contentType and
// accept, and fails t unless the answer keeps the promises of docs/API.md §1
// and §9: no 5xx, a JSON object in the GraphQL shape, every error typed with
// a documented extensions.code, no database or Go internals in the messages,
// a documented status, and 400 for a JSON body that is not one object.
func (s *Fuzzer) Check(t *testing.T, body string, who uint8, contentType, accept string) {
	t.Helper()
	token := s.tokens[int(who)%len(s.tokens)]
	status, out := s.Post(token, contentType, accept, body)
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
	jsonBody := isJSON(contentType)
	lowerBody := strings.ToLower(body)
	for _, e := range resp.Errors {
		if e.Message == nil || strings.TrimSpace(*e.Message) == "" {
			report("an error has no message")
		}
		code, _ := e.Extensions["code"].(string)
		if code == "" && !jsonBody && status == http.StatusBadRequest && *e.Message == "transport not supported" {
			continue // docs/API.md §1 documents this refusal without a code
		}
		if !codes[code] {
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
	if jsonBody && !oneObject(body) && status != http.StatusBadRequest {
		report("a body that is not one JSON object must get 400 (docs/API.md §1)")
	}
}

// isJSON reports whether a request of contentType reaches the GraphQL
// transport (application/json, any parameters, any case).
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// oneObject reports whether body is exactly one JSON object, with nothing
// but white space around it.
func oneObject(body string) bool {
	dec := json.NewDecoder(strings.NewReader(body))
	var v map[string]json.RawMessage
	if err := dec.Decode(&v); err != nil || v == nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}
