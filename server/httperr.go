package server

import (
	"encoding/json"
	"net/http"
)

// writeJSON answers with v as JSON and status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client may be gone; nothing to do then.
}

// writeError is the one shape of plain-HTTP errors: the GraphQL error shape,
// so that a client handles a 401 or 429 from the middleware like any other.
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
