package server

import (
	"encoding/json"
	"errors"
	"net/http"

	"walker/ent"
	"walker/ent/schema/rule"
	"walker/graph"
	"walker/server/auth"
)

// Plain-HTTP errors have the GraphQL error shape and GraphQL's codes
// (graph.Code*), so that a client handles a 400, 401 or 429 from outside
// GraphQL like any other error.

// writeJSON answers with v as JSON and status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client may be gone; nothing to do then.
}

// writeError answers status with one error of code.
func writeError(w http.ResponseWriter, status int, code, message string) {
	writeFieldError(w, status, code, "", message)
}

// writeFieldError is writeError naming the input field at fault in
// extensions.field (when field is not empty).
func writeFieldError(w http.ResponseWriter, status int, code, field, message string) {
	ext := map[string]string{"code": code}
	if field != "" {
		ext["field"] = field
	}
	writeJSON(w, status, map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": ext}},
	})
}

// fail answers err, the one mapping of errors to plain HTTP: bad input is
// 400 BAD_USER_INPUT naming its field; a refused sign-in, ceremony or
// session is 401 without detail (the cause logged at warn); anything else is
// 500, its cause logged and never sent.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var (
		input *rule.InputError
		valid *ent.ValidationError
	)
	switch {
	case errors.As(err, &input):
		writeFieldError(w, http.StatusBadRequest, graph.CodeBadUserInput, graph.FieldName(input.Field), input.Message)
	case errors.As(err, &valid):
		writeFieldError(w, http.StatusBadRequest, graph.CodeBadUserInput, graph.FieldName(valid.Name), rule.Describe(valid.Unwrap()))
	case errors.Is(err, auth.ErrCeremony), errors.Is(err, auth.ErrInvalidToken), errors.Is(err, auth.ErrSessionReused):
		s.log.WarnContext(r.Context(), "sign-in refused", "path", r.URL.Path, "remote", clientIP(r), "err", err)
		writeError(w, http.StatusUnauthorized, graph.CodeUnauthenticated, "sign-in failed")
	default:
		s.log.ErrorContext(r.Context(), "request failed", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, graph.CodeInternal, "internal error")
	}
}
