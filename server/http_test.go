package server_test

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"walker/pwa"
	"walker/server/servertest"
)

func TestHTTP(t *testing.T) {
	h := servertest.New(t)
	bearer := "Bearer " + h.AdaJWT
	q := url.QueryEscape(`{ viewer { name } }`)
	for _, tc := range []struct {
		name, method, url, body string
		headers                 map[string]string
		wantStatus              int
		wantContains            string
		wantHeader              map[string]string
	}{
		{name: "health", method: "GET", url: "/healthz", wantStatus: 200, wantContains: `"ok"`},
		{name: "ready", method: "GET", url: "/readyz", wantStatus: 200, wantContains: `"ready"`},
		{name: "the app", method: "GET", url: "/", wantStatus: 200, wantContains: `<script type="module"`,
			wantHeader: map[string]string{"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache"}},
		{name: "the app at an invitation link", method: "GET", url: "/invite/wi_abc", wantStatus: 200, wantContains: `<main id="app">`},
		{name: "explorer", method: "GET", url: "/graphiql", wantStatus: 200, wantContains: "GraphiQL",
			wantHeader: map[string]string{"Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'"}},
		{name: "the explorer only at /graphiql", method: "GET", url: "/graphiql.html", wantStatus: 404},
		{name: "unknown path", method: "GET", url: "/nope", wantStatus: 404, wantContains: "NOT_FOUND"},
		{name: "unknown nested path", method: "GET", url: "/a/b", wantStatus: 404, wantContains: "NOT_FOUND"},
		{name: "service worker", method: "GET", url: "/sw.js", wantStatus: 200, wantContains: "walker-shell-",
			wantHeader: map[string]string{"Cache-Control": "no-cache", "Content-Type": "text/javascript"}},
		{name: "the app's files are compressed", method: "GET", url: "/sw.js", headers: map[string]string{"Accept-Encoding": "gzip"},
			wantStatus: 200, wantHeader: map[string]string{"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}},
		{name: "web manifest", method: "GET", url: "/manifest.webmanifest", wantStatus: 200, wantContains: `"display": "standalone"`},
		{name: "security headers", method: "GET", url: "/healthz", wantStatus: 200,
			wantHeader: map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
				"Content-Security-Policy": "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"}},
		{name: "POST query", method: "POST", url: "/graphql", body: `{"query":"{ viewer { name } }"}`,
			headers: map[string]string{"Authorization": bearer, "Content-Type": "application/json"}, wantStatus: 200,
			wantContains: `"name":"Ada Admin"`, wantHeader: map[string]string{"Content-Type": "application/json"}},
		{name: "POST asking for graphql-response+json", method: "POST", url: "/graphql", body: `{"query":"{ viewer { name } }"}`,
			headers:    map[string]string{"Authorization": bearer, "Content-Type": "application/json", "Accept": "application/graphql-response+json"},
			wantStatus: 200, wantContains: "Ada Admin", wantHeader: map[string]string{"Content-Type": "application/graphql-response+json"}},
		{name: "GET query", method: "GET", url: "/graphql?query=" + q,
			headers: map[string]string{"Authorization": bearer}, wantStatus: 200, wantContains: "Ada Admin"},
		{name: "GET mutation is 405", method: "GET", url: "/graphql?query=" + url.QueryEscape(`mutation { createCustomer(input: {name: "X"}) { id } }`),
			headers: map[string]string{"Authorization": bearer}, wantStatus: 405, wantHeader: map[string]string{"Allow": "POST"}},
		{name: "PUT is 405", method: "PUT", url: "/graphql", body: `{}`, wantStatus: 405,
			wantContains: "METHOD_NOT_ALLOWED", wantHeader: map[string]string{"Allow": "GET, POST"}},
		{name: "lower-case bearer scheme", method: "POST", url: "/graphql", body: `{"query":"{ viewer { name } }"}`,
			headers:    map[string]string{"Authorization": "bearer " + h.AdaJWT, "Content-Type": "application/json"},
			wantStatus: 200, wantContains: "Ada Admin"},
		{name: "malformed JSON", method: "POST", url: "/graphql", body: `{"query":`,
			headers: map[string]string{"Authorization": bearer, "Content-Type": "application/json"}, wantStatus: 400},
		{name: "batch is not supported", method: "POST", url: "/graphql", body: `[{"query":"{ viewer { name } }"},{"query":"{ viewer { id } }"}]`,
			headers: map[string]string{"Authorization": bearer, "Content-Type": "application/json"}, wantStatus: 400},
		{name: "parse error, graphql-response+json", method: "POST", url: "/graphql", body: `{"query":"{ viewer { "}`,
			headers:    map[string]string{"Authorization": bearer, "Content-Type": "application/json", "Accept": "application/graphql-response+json"},
			wantStatus: 400, wantContains: "GRAPHQL_PARSE_FAILED"},
		{name: "validation error, graphql-response+json", method: "POST", url: "/graphql", body: `{"query":"{ viewer { nope } }"}`,
			headers:    map[string]string{"Authorization": bearer, "Content-Type": "application/json", "Accept": "application/graphql-response+json"},
			wantStatus: 400, wantContains: "GRAPHQL_VALIDATION_FAILED"},
		{name: "form posts are not a transport", method: "POST", url: "/graphql", body: "query=%7B+viewer+%7B+name+%7D+%7D",
			headers: map[string]string{"Authorization": bearer, "Content-Type": "application/x-www-form-urlencoded"}, wantStatus: 400},
		{name: "anonymous query gets no data", method: "POST", url: "/graphql", body: `{"query":"{ viewer { name } }"}`,
			headers: map[string]string{"Content-Type": "application/json"}, wantStatus: 200, wantContains: "UNAUTHENTICATED"},
		{name: "not a bearer token", method: "POST", url: "/graphql", body: `{"query":"{ viewer { name } }"}`,
			headers:    map[string]string{"Authorization": "Basic YWRhOnNlY3JldA==", "Content-Type": "application/json"},
			wantStatus: 401, wantContains: "UNAUTHENTICATED", wantHeader: map[string]string{"WWW-Authenticate": `Bearer error="invalid_token"`}},
		{name: "internal detail never leaks", method: "POST", url: "/graphql", body: `{"query":"{ node(id: \"999999999999\") { id } }"}`,
			headers: map[string]string{"Authorization": bearer, "Content-Type": "application/json"}, wantStatus: 200, wantContains: `"code":"NOT_FOUND"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var body io.Reader
			if tc.body != "" {
				body = strings.NewReader(tc.body)
			}
			req := httptest.NewRequest(tc.method, tc.url, body)
			for k, v := range tc.headers {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.Handler.ServeHTTP(rec, req)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status %d, want %d; body %s", rec.Code, tc.wantStatus, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), tc.wantContains) {
				t.Fatalf("body %q does not contain %q", rec.Body, tc.wantContains)
			}
			for k, v := range tc.wantHeader {
				if got := rec.Header().Get(k); !strings.HasPrefix(got, v) {
					t.Fatalf("header %s = %q, want %q", k, got, v)
				}
			}
			for _, leak := range []string{"SELECT", "sql:", "goroutine", ".go:"} {
				if strings.Contains(rec.Body.String(), leak) {
					t.Fatalf("response leaks %q: %s", leak, rec.Body)
				}
			}
		})
	}
}

// No path answers a directory listing or a 5xx: whatever does not name one of
// the app's files is 404.
func TestHTTPOddPathsAre404(t *testing.T) {
	h := servertest.New(t)
	assets, err := fs.ReadDir(pwa.FS(), "assets")
	if err != nil || len(assets) == 0 {
		t.Fatalf("the app has no assets: %v", err)
	}
	get := func(path string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		rec := httptest.NewRecorder()
		h.Handler.ServeHTTP(rec, req)
		return rec
	}
	real := "/assets/" + assets[0].Name()
	if rec := get(real); rec.Code != http.StatusOK || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
		t.Fatalf("%s: %d %v", real, rec.Code, rec.Header())
	}
	for _, path := range []string{
		"/assets/", "/assets//", "/assets/.", "/assets/%2e", "/assets/nope.js", "/assets/assets",
		"/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/go.mod", "/assets/%c0%ae%c0%ae/", "/assets/%ff%fe", "/assets/%00",
		"/assets/..%2f..%2fgo.mod", "/assets/%2e%2e/%2e%2e/go.mod", "/assets/" + assets[0].Name() + "/", "/assets/" + assets[0].Name() + "%00",
		"/%c0%ae%c0%ae/", "/%ff", "/invite/", "/graphql/%ff", "/sw.js/", "/index.html/..", "/..%5c..%5cgo.mod",
	} {
		rec := get(path)
		switch rec.Code {
		case http.StatusMovedPermanently, http.StatusTemporaryRedirect: // to the cleaned path
		case http.StatusNotFound:
			if body := rec.Body.String(); !strings.Contains(body, "NOT_FOUND") || strings.Contains(body, "<pre>") {
				t.Errorf("%s: not Walker's 404: %s", path, body)
			}
		default:
			t.Errorf("%s: status %d, want 404 (or a redirect to the cleaned path)", path, rec.Code)
		}
	}
}

// Anonymous callers cannot introspect, and validation errors do not suggest
// the schema's names to them either; signed-in callers keep the suggestions.
func TestHTTPNoSuggestionsForAnonymous(t *testing.T) {
	h := servertest.New(t)
	for _, q := range []string{`{ viewr { id } }`, `mutation { creatCustomer { id } }`, `{ customers(frist: 1) { totalCount } }`} {
		anon := h.Do("", q, nil)
		if len(anon.Errors) == 0 || anon.Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Fatalf("%s: %+v", q, anon.Errors)
		}
		for _, e := range anon.Errors {
			if strings.Contains(e.Message, "Did you mean") || strings.Contains(e.Message, "createCustomer") || strings.Contains(e.Message, `"first"`) {
				t.Errorf("anonymous %s: the message suggests names: %q", q, e.Message)
			}
		}
		if signed := h.Do(h.LeoJWT, q, nil); !strings.Contains(signed.Errors[0].Message, "Did you mean") {
			t.Errorf("signed in %s: no suggestion: %q", q, signed.Errors[0].Message)
		}
	}
}

// Requests that cannot be executed answer as the GraphQL-over-HTTP spec
// says: 200 with application/json, 400 and no data entry with
// application/graphql-response+json; malformed parameters are 400 naming
// the parameter, in plain words.
func TestHTTPGraphQLOverHTTPStatuses(t *testing.T) {
	h := servertest.New(t)
	for _, tc := range []struct {
		name, body, accept string
		status             int
		code, field        string
		data               bool // a data entry is present
	}{
		{"parse error, json", `{"query":"{ viewer { "}`, "application/json", 200, "GRAPHQL_PARSE_FAILED", "", true},
		{"validation error, json", `{"query":"{ viewer { nope } }"}`, "application/json", 200, "GRAPHQL_VALIDATION_FAILED", "", true},
		{"variable coercion, json", `{"query":"query($n: Int!) { customers(first: $n) { totalCount } }","variables":{"n":"ten"}}`, "", 200, "GRAPHQL_VALIDATION_FAILED", "", true},
		{"parse error, graphql-response+json", `{"query":"{ viewer { "}`, "application/graphql-response+json", 400, "GRAPHQL_PARSE_FAILED", "", false},
		{"validation error, graphql-response+json", `{"query":"{ viewer { nope } }"}`, "application/graphql-response+json", 400, "GRAPHQL_VALIDATION_FAILED", "", false},
		{"cost limit, graphql-response+json", `{"query":"{ customers(first: 1000) { totalCount } }"}`, "application/graphql-response+json", 400, "BAD_USER_INPUT", "first", false},
		{"no query", `{"qeury":"{ viewer { name } }"}`, "", 400, "BAD_USER_INPUT", "query", false},
		{"empty query", `{"query":"  "}`, "", 400, "BAD_USER_INPUT", "query", false},
		{"a number for the query", `{"query":5}`, "", 400, "BAD_USER_INPUT", "query", false},
		{"a string for the variables", `{"query":"{ viewer { name } }","variables":"{}"}`, "", 400, "BAD_USER_INPUT", "variables", false},
		{"an array for the extensions", `{"query":"{ viewer { name } }","extensions":[]}`, "", 400, "BAD_USER_INPUT", "extensions", false},
		{"a number for the operation name", `{"query":"{ viewer { name } }","operationName":1}`, "", 400, "BAD_USER_INPUT", "operationName", false},
		{"an executed operation keeps its data, graphql-response+json", `{"query":"{ node(id: \"999999999999\") { id } }"}`, "application/graphql-response+json", 200, "NOT_FOUND", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(tc.body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+h.LeoJWT)
			if tc.accept != "" {
				req.Header.Set("Accept", tc.accept)
			}
			rec := httptest.NewRecorder()
			h.Handler.ServeHTTP(rec, req)
			var raw map[string]json.RawMessage
			if err := json.Unmarshal(rec.Body.Bytes(), &raw); err != nil {
				t.Fatalf("body %q: %v", rec.Body, err)
			}
			resp := servertest.Decode(t, rec)
			if rec.Code != tc.status || resp.Code() != tc.code || resp.Field() != tc.field {
				t.Fatalf("got %d %+v, want %d %s on %q", rec.Code, resp.Errors, tc.status, tc.code, tc.field)
			}
			if _, has := raw["data"]; has != tc.data {
				t.Fatalf("data entry present %v, want %v: %s", has, tc.data, rec.Body)
			}
			for _, leak := range []string{"RawParams", "Go value", "body:", "unmarshal"} {
				if strings.Contains(rec.Body.String(), leak) {
					t.Fatalf("the answer shows internals (%q): %s", leak, rec.Body)
				}
			}
		})
	}
}

// The access log never keeps an invitation link's secret, which its path
// holds.
func TestHTTPLogKeepsNoInvitationSecret(t *testing.T) {
	var logs strings.Builder
	h := servertest.NewLogged(t, &logs)
	const secret = "s3cr3t-invitation-token-0123456789"
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/invite/"+secret, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /invite/…: %d", rec.Code)
	}
	if !strings.Contains(logs.String(), `"path":"/invite/…"`) {
		t.Fatalf("no request line for the invitation link:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), secret) {
		t.Fatalf("the log keeps the invitation's secret:\n%s", logs.String())
	}
}
