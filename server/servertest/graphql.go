package servertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

// Error is one entry of a GraphQL response's errors.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Response is a decoded GraphQL response.
type Response struct {
	Status     int
	Data       json.RawMessage `json:"data"`
	Errors     []Error         `json:"errors"`
	Extensions map[string]any  `json:"extensions"`
	Header     http.Header
}

// Code returns the code of the first error, or "".
func (r Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// Field returns extensions.field of the first error (the input field a
// refusal names), or "".
func (r Response) Field() string {
	if len(r.Errors) == 0 {
		return ""
	}
	f, _ := r.Errors[0].Extensions["field"].(string)
	return f
}

// Time formats a time for a GraphQL Time argument.
func Time(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// Post posts body as JSON to /graphql through the handler, with the
// Authorization header set to authorization (none when empty), and decodes
// the answer; it calls no testing method, so that any goroutine may use it.
func (h *Harness) Post(authorization string, body any) (Response, error) {
	raw, err := json.Marshal(body)
	if err != nil {
		return Response{}, err
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(raw))
	req.Header.Set("Content-Type", "application/json")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	return decode(rec)
}

func decode(rec *httptest.ResponseRecorder) (Response, error) {
	var resp Response
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		return resp, fmt.Errorf("decoding response %q: %w", rec.Body.String(), err)
	}
	resp.Status, resp.Header = rec.Code, rec.Header()
	return resp, nil
}

// Decode reads the GraphQL-shaped answer a handler recorded.
func Decode(t testing.TB, rec *httptest.ResponseRecorder) Response {
	t.Helper()
	resp, err := decode(rec)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

// Do posts a GraphQL request with token (none when empty) through the handler.
func (h *Harness) Do(token, query string, vars map[string]any) Response {
	h.t.Helper()
	authorization := ""
	if token != "" {
		authorization = "Bearer " + token
	}
	resp, err := h.Post(authorization, map[string]any{"query": query, "variables": vars})
	if err != nil {
		h.t.Fatal(err)
	}
	return resp
}

// OK posts a request that must succeed and decodes its data into out.
func (h *Harness) OK(token, query string, vars map[string]any, out any) {
	h.t.Helper()
	resp := h.Do(token, query, vars)
	if resp.Status != http.StatusOK || len(resp.Errors) > 0 {
		h.t.Fatalf("request failed: status %d, errors %+v\nquery: %s", resp.Status, resp.Errors, query)
	}
	if out != nil {
		if err := json.Unmarshal(resp.Data, out); err != nil {
			h.t.Fatalf("decoding data %s: %v", resp.Data, err)
		}
	}
}

// Fails posts a request that must fail with code, and returns the response.
func (h *Harness) Fails(token, query string, vars map[string]any, code string) Response {
	h.t.Helper()
	resp := h.Do(token, query, vars)
	if resp.Code() != code {
		h.t.Fatalf("want error %s, got status %d errors %+v data %s\nquery: %s", code, resp.Status, resp.Errors, resp.Data, query)
	}
	return resp
}

// Data runs a request that must succeed and decodes its only root field into out.
func Data(t testing.TB, h *Harness, token, query string, vars map[string]any, out any) {
	t.Helper()
	var data map[string]json.RawMessage
	h.As(t).OK(token, query, vars, &data)
	if len(data) != 1 {
		t.Fatalf("want one root field, got %v", slices.Collect(maps.Keys(data)))
	}
	for _, raw := range data {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("decoding %s: %v", raw, err)
		}
	}
}

// RecordID runs a request that must succeed and returns the id of the record
// its only root field returns.
func RecordID(t testing.TB, h *Harness, token, query string, vars map[string]any) string {
	t.Helper()
	var rec struct {
		ID string `json:"id"`
	}
	Data(t, h, token, query, vars, &rec)
	if rec.ID == "" {
		t.Fatalf("no id returned by %s", query)
	}
	return rec.ID
}

// NoData fails when a refused request returned data.
func NoData(t testing.TB, resp Response) {
	t.Helper()
	d := strings.TrimSpace(string(resp.Data))
	if d == "" || d == "null" {
		return
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(resp.Data, &m); err == nil {
		for k, v := range m {
			if s := strings.TrimSpace(string(v)); s != "null" {
				t.Errorf("refused request returned data for %s: %s", k, s)
			}
		}
		return
	}
	t.Errorf("refused request returned data: %s", d)
}

// BadInput sends a request that must be refused with BAD_USER_INPUT naming
// field, with a message and no data, and returns the response.
func BadInput(t testing.TB, h *Harness, token, query string, vars map[string]any, field string) Response {
	t.Helper()
	resp := h.As(t).Do(token, query, vars)
	if resp.Code() != "BAD_USER_INPUT" {
		t.Errorf("want BAD_USER_INPUT (field %s), got status %d errors %+v data %s", field, resp.Status, resp.Errors, resp.Data)
		return resp
	}
	if got := resp.Field(); got != field {
		t.Errorf("want extensions.field %q, got %q (errors %+v)", field, got, resp.Errors)
	}
	if strings.TrimSpace(resp.Errors[0].Message) == "" {
		t.Errorf("empty error message")
	}
	NoData(t, resp)
	return resp
}

// Refused checks that resp is a refusal with one of codes and carries no
// data. It does not stop the test, so that the caller goes on to check what
// the request wrote.
func Refused(t testing.TB, resp Response, codes ...string) {
	t.Helper()
	if !slices.Contains(codes, resp.Code()) {
		t.Errorf("want one of %v, got status %d errors %+v data %s", codes, resp.Status, resp.Errors, resp.Data)
		return
	}
	if d := strings.TrimSpace(string(resp.Data)); d != "" && d != "null" {
		t.Errorf("refused request returned data: %s", d)
	}
}
