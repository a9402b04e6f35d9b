package server

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"strings"

	"walker/ent/schema/rule"
)

// badShape checks the members of a GraphQL request object before gqlgen
// reads it (its decoder's messages show Go types and echo the body): query a
// string, unless an automatic persisted query names its hash; operationName a
// string or null; variables and extensions objects or null.
func badShape(req map[string]json.RawMessage) *rule.InputError {
	kind := func(raw json.RawMessage) byte {
		if raw = bytes.TrimSpace(raw); len(raw) > 0 {
			return raw[0]
		}
		return 0
	}
	for _, name := range []string{"variables", "extensions"} {
		if k := kind(req[name]); k != 0 && k != '{' && k != 'n' {
			return refused(name, "must be a JSON object")
		}
	}
	if k := kind(req["operationName"]); k != 0 && k != '"' && k != 'n' {
		return refused("operationName", "must be a string")
	}
	switch k := kind(req["query"]); {
	case k == '"':
		var q string
		if json.Unmarshal(req["query"], &q) == nil && strings.TrimSpace(q) != "" {
			return nil
		}
	case k != 0 && k != 'n':
		return refused("query", "must be a string: the GraphQL document")
	}
	if bytes.Contains(req["extensions"], []byte(`"persistedQuery"`)) {
		return nil // the document is known by its hash
	}
	return refused("query", "is missing: send the GraphQL document as a string")
}

// specAnswers adapts gqlgen's answers to a request it could not execute (the
// document does not parse or validate, a variable does not coerce, a limit
// refuses it) to the GraphQL-over-HTTP specification: with application/json
// they are 200 (gqlgen says 422); with application/graphql-response+json they
// are 400 and carry no data entry (gqlgen writes "data": null); a request
// its caller's cost budget cannot pay for is 429. gqlgen sets
// a status explicitly only on that path: executed operations are left alone.
func specAnswers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &specWriter{ResponseWriter: w, caller: callerOf(r.Context())}
		next.ServeHTTP(sw, r)
		sw.flush()
	})
}

type specWriter struct {
	http.ResponseWriter
	caller  *caller // its cost budget refuses a request before it runs
	status  int     // the status gqlgen set explicitly, before any body
	started bool    // the body began without an explicit status: an executed operation
	held    bytes.Buffer
}

func (w *specWriter) graphQLResponse() bool {
	mt, _, _ := mime.ParseMediaType(w.Header().Get("Content-Type"))
	return mt == "application/graphql-response+json"
}

func (w *specWriter) WriteHeader(code int) {
	if w.started || w.status != 0 {
		w.ResponseWriter.WriteHeader(code)
		return
	}
	w.status = code
}

func (w *specWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.started = true
		return w.ResponseWriter.Write(b)
	}
	return w.held.Write(b)
}

// flush writes a held answer, its status and body adapted.
func (w *specWriter) flush() {
	if w.status == 0 {
		return
	}
	status, body := w.status, w.held.Bytes()
	switch {
	case w.graphQLResponse() && (status == http.StatusOK || status == http.StatusUnprocessableEntity):
		status = http.StatusBadRequest
	case status == http.StatusUnprocessableEntity:
		status = http.StatusOK
	}
	if w.caller != nil && w.caller.refused > 0 {
		status = http.StatusTooManyRequests
	}
	if w.graphQLResponse() {
		var resp map[string]json.RawMessage
		if json.Unmarshal(body, &resp) == nil {
			if _, ok := resp["errors"]; ok {
				delete(resp, "data")
				body, _ = json.Marshal(resp)
			}
		}
	}
	w.ResponseWriter.WriteHeader(status)
	_, _ = w.ResponseWriter.Write(body)
}

func (w *specWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
