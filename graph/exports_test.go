package graph_test

import (
	"net/http"
	"slices"
	"sync"
	"testing"

	"walker/ent/schema/viewer"
	"walker/server/servertest"
)

var allEntities = []string{"ORGANIZATION", "LEADER", "CUSTOMER", "PLAN", "CONVERSATION", "FOLLOW_UP", "DECISION",
	"NOMINATION", "ENDORSEMENT", "FEEDBACK_REVIEW", "MANDATE", "COMMITMENT"}

// TestExportLifecycle: an admin starts an export, follows it, downloads it,
// and the position it gives is where the log goes on: the job's completion
// is the next change of the log, and nothing of the records exported.
func TestExportLifecycle(t *testing.T) {
	h := servertest.New(t)
	w := newWorld(t, h)
	job := h.StartExport(h.AdaJWT, "CONVERSATION", "CUSTOMER")
	if job.Status != "QUEUED" || !slices.Equal(job.Entities, []string{"CUSTOMER", "CONVERSATION"}) ||
		job.Position != nil || job.DownloadURL != nil || len(job.Counts) != 0 || job.RecordsTotal != nil {
		t.Fatalf("a new export: %+v", job)
	}
	var list struct {
		ExportJobs struct {
			TotalCount int
			Edges      []struct{ Node struct{ ID, Status string } }
		}
	}
	h.OK(h.AdaJWT, `{ exportJobs(first: 10) { totalCount edges { node { id status } } } }`, nil, &list)
	if list.ExportJobs.TotalCount != 1 || list.ExportJobs.Edges[0].Node.ID != job.ID {
		t.Fatalf("exportJobs: %+v", list)
	}
	if r := h.RunExports(); r.Completed != 1 {
		t.Fatalf("worker round: %+v", r)
	}
	job = h.ExportJob(h.AdaJWT, job.ID)
	if job.Status != "COMPLETED" || job.Position == nil || job.DownloadURL == nil || job.ExpiresAt == nil || job.Attempts != 1 ||
		job.RecordsWritten != 2 || job.RecordsTotal == nil || *job.RecordsTotal != 2 || job.Bytes == 0 {
		t.Fatalf("a completed export: %+v", job)
	}
	if len(job.Counts) != 2 || job.Counts[0].Entity != "CUSTOMER" || job.Counts[0].Records != 1 || job.Counts[1].Records != 1 {
		t.Fatalf("counts: %+v", job.Counts)
	}
	rec := h.Download(h.AdaJWT, *job.DownloadURL)
	if rec.Code != http.StatusOK {
		t.Fatalf("download: %d %s", rec.Code, rec.Body)
	}
	lines := servertest.ExportLines(t, rec.Body.Bytes())
	if len(lines) != 2 || lines[0].Record["__typename"] != "Customer" || lines[0].Record["id"] != w.custA ||
		lines[1].Record["__typename"] != "Conversation" || lines[1].Record["id"] != w.convA {
		t.Fatalf("the file: %+v", lines)
	}
	if ids, _ := lines[1].Record["customerIDs"].([]any); len(ids) != 1 || ids[0] != w.custA {
		t.Errorf("a conversation's customers are its relation, as ids: %s", lines[1].Raw)
	}

	// Following the log from the position: the export's completion, and
	// nothing else; the records exported have no change after it.
	after, _ := readChanges(t, h, h.AdaJWT, *job.Position, 100)
	if len(after) != 1 || after[0].Entity != "EXPORT_JOB" || after[0].ID != job.ID || after[0].Operation != "UPDATED" ||
		after[0].Node == nil || after[0].Node.Typename != "ExportJob" {
		t.Fatalf("changes after the position: %+v", after)
	}
	var status struct {
		Node struct{ Status string }
	}
	h.OK(h.AdaJWT, `query($id: ID!) { node(id: $id) { ... on ExportJob { status } } }`, map[string]any{"id": after[0].ID}, &status)
	if status.Node.Status != "COMPLETED" {
		t.Errorf("the last change is the completion: %+v", status)
	}
	// The job's whole life in the log: created (queued), running, completed;
	// its progress is not a change.
	var ops []string
	all, _ := readChanges(t, h, h.AdaJWT, "", 100, "EXPORT_JOB")
	for _, c := range all {
		ops = append(ops, c.Operation)
	}
	if !slices.Equal(ops, []string{"CREATED", "UPDATED", "UPDATED"}) {
		t.Errorf("the export job's changes: %v", ops)
	}

	// Entities left out: every kind the admin may read, in the file's order.
	job = h.StartExport(h.AdaJWT)
	if !slices.Equal(job.Entities, allEntities) {
		t.Errorf("all entities: %v", job.Entities)
	}
}

// TestExportWhoMay: admins and tokens with exports:manage; a token exports
// only what its read scopes open; people who are not admins, and other
// organizations, neither start, see, follow nor download an export.
func TestExportWhoMay(t *testing.T) {
	h := servertest.New(t)
	newWorld(t, h)
	const start = `mutation($e: [ChangeEntity!]) { startExport(entities: $e) { id } }`
	exporter := h.APIToken("exporter", viewer.ExportsManage, viewer.CustomersRead, viewer.ChangesRead)
	counts := servertest.Counts(t, h)
	for _, c := range []struct {
		name, token string
		entities    []string
		scope       string // named by the refusal, for tokens
	}{
		{"a read-write token without exports:manage", h.RWToken, []string{"CUSTOMER"}, "exports:manage"},
		{"exports:manage without conversations:read", exporter, []string{"CUSTOMER", "CONVERSATION"}, "conversations:read"},
		{"exports:manage without people:read", exporter, []string{"LEADER"}, "people:read"},
		{"a leader", h.LeoJWT, []string{"CUSTOMER"}, ""},
		{"a member", h.MiaJWT, nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp := h.Do(c.token, start, map[string]any{"e": c.entities})
			servertest.Refused(t, resp, "FORBIDDEN")
			if c.scope != "" && (len(resp.Errors) == 0 || resp.Errors[0].Extensions["scope"] != c.scope) {
				t.Errorf("the refusal should name %s: %+v", c.scope, resp.Errors)
			}
		})
	}
	servertest.SameCounts(t, counts, servertest.Counts(t, h))

	// A token with exports:manage exports what it reads; left out, that is all.
	mine := h.StartExport(exporter)
	if !slices.Equal(mine.Entities, []string{"CUSTOMER"}) {
		t.Fatalf("a customers:read token's export: %v", mine.Entities)
	}
	h.RunExports()
	mine = h.ExportJob(exporter, mine.ID)
	if rec := h.Download(exporter, *mine.DownloadURL); rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/gzip" {
		t.Fatalf("the token downloads its export: %d %s", rec.Code, rec.Body)
	}
	// An admin's export, seen by the token too (exports are the organization's).
	ada := h.StartExport(h.AdaJWT)
	h.ExportJob(exporter, ada.ID)

	const read = `query($id: ID!) { exportJob(id: $id) { id } }`
	for _, c := range []struct {
		name, token, code string
	}{
		{"a leader", h.LeoJWT, "FORBIDDEN"},
		{"a read token", h.ReadToken, "FORBIDDEN"},
		{"another organization's admin", h.GusJWT, "NOT_FOUND"},
	} {
		t.Run("reading: "+c.name, func(t *testing.T) {
			h.Fails(c.token, read, map[string]any{"id": ada.ID}, c.code)
			if c.code == "FORBIDDEN" {
				h.Fails(c.token, `{ exportJobs(first: 5) { totalCount } }`, nil, "FORBIDDEN")
			}
		})
	}
	var globex struct{ ExportJobs struct{ TotalCount int } }
	h.OK(h.GusJWT, `{ exportJobs(first: 5) { totalCount } }`, nil, &globex)
	if globex.ExportJobs.TotalCount != 0 {
		t.Errorf("Globex sees Acme's exports: %+v", globex)
	}
	h.Fails(h.GusJWT, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ada.ID}, "NOT_FOUND")

	// The change log: export jobs' changes are for admins and exports:manage.
	leo, _ := readChanges(t, h, h.LeoJWT, "", 100)
	for _, c := range leo {
		if c.Entity == "EXPORT_JOB" {
			t.Fatalf("a leader follows export jobs: %+v", c)
		}
	}
	servertest.Refused(t, h.Do(h.LeoJWT, changesQuery, map[string]any{"entities": []string{"EXPORT_JOB"}}), "FORBIDDEN")
	resp := h.Do(h.ReadToken, changesQuery, map[string]any{"entities": []string{"EXPORT_JOB"}})
	servertest.Refused(t, resp, "FORBIDDEN")
	if resp.Errors[0].Extensions["scope"] != "exports:manage" {
		t.Errorf("the refusal should name exports:manage: %+v", resp.Errors)
	}
	read2, _ := readChanges(t, h, h.ReadToken, "", 100)
	for _, c := range read2 {
		if c.Entity == "EXPORT_JOB" {
			t.Fatalf("a read token follows export jobs: %+v", c)
		}
	}
	feed, _ := readChanges(t, h, exporter, "", 100, "EXPORT_JOB")
	if len(feed) == 0 {
		t.Errorf("a token with exports:manage and changes:read follows export jobs")
	}
}

// TestExportBadInput: what startExport refuses, naming the field, with
// nothing stored.
func TestExportBadInput(t *testing.T) {
	h := servertest.New(t)
	const start = `mutation($e: [ChangeEntity!]) { startExport(entities: $e) { id } }`
	counts := servertest.Counts(t, h)
	for name, entities := range map[string][]string{
		"none":            {},
		"twice":           {"CUSTOMER", "CONVERSATION", "CUSTOMER"},
		"export jobs":     {"EXPORT_JOB"},
		"export jobs too": {"CUSTOMER", "EXPORT_JOB"},
	} {
		t.Run(name, func(t *testing.T) {
			servertest.BadInput(t, h, h.AdaJWT, start, map[string]any{"e": entities}, "entities")
		})
	}
	resp := h.Do(h.AdaJWT, `mutation { startExport(entities: [CUSTOMER], format: CSV) { id } }`, nil)
	servertest.Refused(t, resp, "GRAPHQL_VALIDATION_FAILED")
	resp = h.Do(h.AdaJWT, start, map[string]any{"e": []string{"CUSTOMERS"}})
	servertest.Refused(t, resp, "BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
}

// TestExportLimit: at most 3 exports of an organization are queued or
// running at once, however many are started together; another organization
// is not held up, and a finished export frees its place.
func TestExportLimit(t *testing.T) {
	h := servertest.New(t)
	const start = `mutation { startExport(entities: [CUSTOMER]) { id } }`
	var wg sync.WaitGroup
	codes := make([]string, 6)
	for i := range codes {
		wg.Go(func() {
			resp, err := h.Post("Bearer "+h.AdaJWT, map[string]any{"query": start})
			if err != nil {
				codes[i] = err.Error()
				return
			}
			codes[i] = resp.Code()
		})
	}
	wg.Wait()
	slices.Sort(codes)
	if !slices.Equal(codes, []string{"", "", "", "CONFLICT", "CONFLICT", "CONFLICT"}) {
		t.Fatalf("six exports started at once: %q", codes)
	}
	if n := servertest.Rows(t, h, "export_jobs"); n != 3 {
		t.Fatalf("%d export jobs stored", n)
	}
	resp := h.Fails(h.AdaJWT, start, nil, "CONFLICT")
	servertest.NoData(t, resp)
	h.StartExport(h.GusJWT, "CUSTOMER")
	if r := h.RunExports(); r.Completed != 4 {
		t.Fatalf("worker round: %+v", r)
	}
	h.StartExport(h.AdaJWT, "CUSTOMER")
}
