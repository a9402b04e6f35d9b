package servertest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"walker/server/export"
)

// ExportJob is an export job as GraphQL shows it.
type ExportJob struct {
	ID       string
	Status   string
	Entities []string
	Position *string
	Counts   []struct {
		Entity  string
		Records int
	}
	RecordsWritten int
	RecordsTotal   *int
	Bytes          int
	Attempts       int
	Error          *string
	DownloadURL    *string
	ExpiresAt      *string
}

// ExportJobFields selects every field of ExportJob.
const ExportJobFields = `id status entities position counts { entity records } recordsWritten recordsTotal bytes attempts error downloadURL expiresAt`

// StartExport starts an export of entities (none: the field left out) as
// token, which must succeed.
func (h *Harness) StartExport(token string, entities ...string) ExportJob {
	h.t.Helper()
	var out struct{ StartExport ExportJob }
	vars := map[string]any{}
	if entities != nil {
		vars["e"] = entities
	}
	h.OK(token, `mutation($e: [ChangeEntity!]) { startExport(entities: $e) { `+ExportJobFields+` } }`, vars, &out)
	return out.StartExport
}

// ExportJob reads an export job as token, which must see it.
func (h *Harness) ExportJob(token, id string) ExportJob {
	h.t.Helper()
	var out struct{ ExportJob *ExportJob }
	h.OK(token, `query($id: ID!) { exportJob(id: $id) { `+ExportJobFields+` } }`, map[string]any{"id": id}, &out)
	if out.ExportJob == nil {
		h.t.Fatalf("export job %s: null", id)
	}
	return *out.ExportJob
}

// Exporter is an export worker over the harness's database (what a replica
// runs), its logs dropped or, with -v, shown from warnings up.
func (h *Harness) Exporter() *export.Worker {
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return export.New(h.Store, log)
}

// RunExports runs the waiting exports to their end with a fresh worker.
func (h *Harness) RunExports() export.Report {
	h.t.Helper()
	r, err := h.Exporter().Once(context.Background())
	if err != nil {
		h.t.Fatalf("running exports: %v", err)
	}
	return r
}

// Download GETs link (a downloadURL, or its path) through the handler with
// token as the bearer (none when empty).
func (h *Harness) Download(token, link string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, strings.TrimPrefix(link, PublicURL), nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	return rec
}

// ExportLine is one line of an export file: the record, and the line as written.
type ExportLine struct {
	Record map[string]any
	Raw    string
}

// ExportLines gunzips an export file and decodes its lines, each of which
// must be one JSON object.
func ExportLines(t testing.TB, file []byte) []ExportLine {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatalf("the export is not gzip: %v", err)
	}
	var out []ExportLine
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		var rec map[string]any
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		if err := dec.Decode(&rec); err != nil || dec.More() {
			t.Fatalf("line %d is not one JSON object (%v): %.200s", len(out)+1, err, sc.Text())
		}
		out = append(out, ExportLine{Record: rec, Raw: sc.Text()})
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading the export: %v", err)
	}
	return out
}

// Change is one entry of the change log, as Changes reads it.
type Change struct {
	Position, Entity, Operation, ID string
	Version                         int
}

// Changes reads the change log after cursor (all when empty) as token, of
// entities (all readable when none), page by page to its end.
func (h *Harness) Changes(token, after string, entities ...string) []Change {
	h.t.Helper()
	var all []Change
	for {
		var out struct {
			Changes struct {
				Edges    []struct{ Node Change }
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
		vars := map[string]any{"after": after}
		if len(entities) > 0 {
			vars["entities"] = entities
		}
		h.OK(token, `query($after: String, $entities: [ChangeEntity!]) { changes(after: $after, first: 100, entities: $entities) {
			edges { node { position entity operation id version } } pageInfo { hasNextPage endCursor } } }`, vars, &out)
		for _, e := range out.Changes.Edges {
			all = append(all, e.Node)
		}
		after = out.Changes.PageInfo.EndCursor
		if !out.Changes.PageInfo.HasNextPage {
			return all
		}
	}
}
