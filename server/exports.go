package server

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/graph"
	"walker/server/export"
)

// downloadWriteTime is how long writing one chunk (1 MiB) of a download may
// take; the server's write timeout (60 s) would otherwise cut every large
// file on a slow link.
const downloadWriteTime = time.Minute

// downloadExport serves GET /exports/{id}/download?key=…: the file of a
// completed export, to a caller who may manage exports (an admin, or a token
// with exports:manage, of the job's organization: the ExportJob's privacy
// rules) and holds the link's key. The link alone is not enough: it travels
// through logs, browser histories and chat, and a bearer is revocable at
// once. The file is sent as it is stored, application/gzip with its
// Content-Length, not as a Content-Encoding that clients would undo.
func (s *Server) downloadExport(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if viewer.FromContext(ctx) == nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="walker"`)
		writeError(w, http.StatusUnauthorized, graph.CodeUnauthenticated,
			"send the bearer token of an admin, or of an API token with exports:manage, with the download link")
		return
	}
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusNotFound, graph.CodeNotFound, "no such export")
		return
	}
	f, err := export.Open(ctx, s.store.Client, id, r.URL.Query().Get("key"), time.Now())
	var scope *rule.ScopeError
	switch {
	case err == nil:
	case errors.Is(err, export.ErrNotFound):
		writeError(w, http.StatusNotFound, graph.CodeNotFound, "no such export, or not this link: ask exportJob(id) { downloadURL } for it")
		return
	case errors.Is(err, export.ErrGone):
		writeError(w, http.StatusGone, graph.CodeNotFound, "this export's file was removed 24 hours after it completed: start another")
		return
	case errors.Is(err, export.ErrNotReady):
		writeError(w, http.StatusConflict, graph.CodeConflict, "this export has no file yet, or failed: exportJob(id) { status error } says which")
		return
	case errors.As(err, &scope):
		writeJSON(w, http.StatusForbidden, map[string]any{"errors": []map[string]any{{
			"message": scope.Error(), "extensions": map[string]string{"code": graph.CodeForbidden, "scope": string(scope.Scope)},
		}}})
		return
	case errors.Is(err, rule.ErrForbidden), errors.Is(err, privacy.Deny):
		writeError(w, http.StatusForbidden, graph.CodeForbidden, "exports are for admins and API tokens with exports:manage")
		return
	default:
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/gzip")
	h.Set("Content-Length", strconv.FormatInt(f.Size(), 10))
	h.Set("Content-Disposition", `attachment; filename="`+f.Name()+`"`)
	h.Set("Cache-Control", "private, no-store")
	if r.Method == http.MethodHead {
		return
	}
	rc := http.NewResponseController(w)
	if _, err := f.WriteTo(ctx, w, func() { _ = rc.SetWriteDeadline(time.Now().Add(downloadWriteTime)) }); err != nil {
		// The status is sent: all that is left is to stop, and say why in the log.
		s.log.WarnContext(ctx, "export download stopped", "job", id, "err", err)
		panic(http.ErrAbortHandler) // the client sees a truncated body, never a short file taken for whole
	}
}
