package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"walker/server/servertest"
)

// Text that is not text — bytes that are not UTF-8, escapes of half a UTF-16
// surrogate pair — would be stored as U+FFFD by the decoders; it is refused
// with BAD_USER_INPUT naming the variable or field, and nothing is stored.
func TestTextInvalidUTF8AndLoneSurrogates(t *testing.T) {
	h := servertest.New(t)
	post := func(body string) (int, servertest.Response) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+h.LeoJWT)
		rec := httptest.NewRecorder()
		h.Handler.ServeHTTP(rec, req)
		return rec.Code, servertest.Decode(t, rec)
	}
	const create = `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name } }`
	before := servertest.Counts(t, h)
	for _, tc := range []struct{ name, body, field string }{
		{"invalid UTF-8 in a variable", `{"query":"` + create + `","variables":{"in":{"name":"Caf` + "\xe9" + `"}}}`, "name"},
		{"an overlong encoding", `{"query":"` + create + `","variables":{"in":{"name":"` + "\xc0\xae" + `"}}}`, "name"},
		{"a lone high surrogate", `{"query":"` + create + `","variables":{"in":{"name":"a\ud800b"}}}`, "name"},
		{"a lone low surrogate", `{"query":"` + create + `","variables":{"in":{"segment":"\udc00","name":"ok"}}}`, "segment"},
		{"a high surrogate at the end", `{"query":"` + create + `","variables":{"in":{"name":"ok","persona":"x\udbff"}}}`, "persona"},
		{"two high surrogates", `{"query":"` + create + `","variables":{"in":{"name":"\ud83d\ud83d"}}}`, "name"},
		{"in a list variable", `{"query":"mutation($c: [ID!]) { createConversation(input: {mode: CALL, occurredAt: \"2026-11-30T10:00:00Z\", customerIDs: $c}) { id } }","variables":{"c":["\ud800"]}}`, "c"},
		{"in the query's literal", `{"query":"mutation { createCustomer(input: {name: \"a\\ud800b\"}) { id } }"}`, "name"},
		{"invalid UTF-8 in the query", `{"query":"mutation { createCustomer(input: {name: \"` + "\xff" + `\"}) { id } }"}`, "query"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, resp := post(tc.body)
			if status != http.StatusBadRequest || resp.Code() != "BAD_USER_INPUT" || resp.Field() != tc.field {
				t.Fatalf("want 400 BAD_USER_INPUT on %q, got %d %+v", tc.field, status, resp.Errors)
			}
			if !strings.Contains(resp.Errors[0].Message, "not valid text") {
				t.Fatalf("message %q", resp.Errors[0].Message)
			}
		})
	}
	servertest.SameCounts(t, before, servertest.Counts(t, h))

	// GET carries its parameters in the URL.
	for _, q := range []string{"query=%7B+viewer+%7B+name+%7D+%7D%ff", "query=" + url.QueryEscape(`{ customers(first: 1, where: {name: "\ud800"}) { totalCount } }`)} {
		req := httptest.NewRequest(http.MethodGet, "/graphql?"+q, nil)
		req.Header.Set("Authorization", "Bearer "+h.LeoJWT)
		rec := httptest.NewRecorder()
		h.Handler.ServeHTTP(rec, req)
		if resp := servertest.Decode(t, rec); rec.Code != http.StatusBadRequest || resp.Code() != "BAD_USER_INPUT" {
			t.Fatalf("GET %s: %d %+v", q, rec.Code, resp.Errors)
		}
	}

	// Controls: real surrogate pairs, escaped backslashes and U+FFFD typed
	// on purpose are text, and are stored as sent.
	for body, want := range map[string]string{
		`{"query":"` + create + `","variables":{"in":{"name":"Smile \ud83d\ude00"}}}`:              "Smile 😀",
		`{"query":"` + create + `","variables":{"in":{"name":"C:\\ud800 path"}}}`:                  `C:\ud800 path`,
		`{"query":"` + create + `","variables":{"in":{"name":"Replacement \ufffd sign"}}}`:         "Replacement \ufffd sign",
		`{"query":"mutation { createCustomer(input: {name: \"Brace \\u{1F600}\"}) { id name } }"}`: "Brace 😀",
	} {
		status, resp := post(body)
		var out struct{ CreateCustomer struct{ Name string } }
		if status != http.StatusOK || len(resp.Errors) > 0 || json.Unmarshal(resp.Data, &out) != nil || out.CreateCustomer.Name != want {
			t.Fatalf("control %s: %d %+v %s", body, status, resp.Errors, resp.Data)
		}
	}
	// GraphQL's braced escape of a lone surrogate is a syntax error already.
	if status, resp := post(`{"query":"mutation { createCustomer(input: {name: \"\\u{DC00}\"}) { id } }"}`); resp.Code() != "GRAPHQL_PARSE_FAILED" || string(resp.Data) != "null" {
		t.Fatalf("braced lone surrogate: %d %+v", status, resp.Errors)
	}
}
