package server_test

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"walker/ent/schema/viewer"
	"walker/server/servertest"
)

// TestExportDownload: the file of a completed export is served to whoever
// may manage exports in its organization, with the link's key, as
// application/gzip of the stored length; every other request is refused
// with a status that says why, and gets no byte of it.
func TestExportDownload(t *testing.T) {
	h := servertest.New(t)
	h.Customer(h.RWToken, "Zoe <Client>")
	job := h.StartExport(h.AdaJWT, "CUSTOMER")
	h.RunExports()
	job = h.ExportJob(h.AdaJWT, job.ID)
	link := *job.DownloadURL
	path := strings.TrimPrefix(link, servertest.PublicURL)
	if !strings.HasPrefix(path, "/exports/"+job.ID+"/download?key=") || len(path) < len("/exports/"+job.ID+"/download?key=")+43 {
		t.Fatalf("the link: %s", link)
	}
	// An export that has not run yet.
	notYet := h.StartExport(h.AdaJWT, "CUSTOMER")
	keyOf := func(j servertest.ExportJob) string { return (*j.DownloadURL)[strings.Index(*j.DownloadURL, "key="):] }
	exporter := h.APIToken("exporter", viewer.ExportsManage, viewer.CustomersRead)
	noScope := h.APIToken("reader", viewer.CustomersRead)
	wrongKey := "/exports/" + job.ID + "/download?key=" + strings.Repeat("A", 43)
	for _, tc := range []struct {
		name, url, token string
		wantStatus       int
		wantContains     string
		wantHeader       map[string]string
	}{
		{"the admin", path, h.AdaJWT, 200, "", map[string]string{"Content-Type": "application/gzip",
			"Content-Length": strconv.Itoa(job.Bytes), "Content-Disposition": `attachment; filename="walker-export-` + job.ID + `.jsonl.gz"`,
			"Cache-Control": "private, no-store"}},
		{"a token with exports:manage", path, exporter, 200, "", nil},
		{"the link alone", path, "", 401, "UNAUTHENTICATED", map[string]string{"WWW-Authenticate": `Bearer realm="walker"`}},
		{"a bad bearer", path, "wk_not-a-token", 401, "UNAUTHENTICATED", nil},
		{"a leader", path, h.LeoJWT, 403, "FORBIDDEN", nil},
		{"a member", path, h.MiaJWT, 403, "FORBIDDEN", nil},
		{"a token without exports:manage", path, noScope, 403, `"scope":"exports:manage"`, nil},
		{"another organization's admin", path, h.GusJWT, 404, "NOT_FOUND", nil},
		{"a wrong key", wrongKey, h.AdaJWT, 404, "NOT_FOUND", nil},
		{"no key", "/exports/" + job.ID + "/download", h.AdaJWT, 404, "NOT_FOUND", nil},
		{"not an id", "/exports/abc/download?" + keyOf(job), h.AdaJWT, 404, "NOT_FOUND", nil},
		{"no such export", "/exports/999/download?" + keyOf(job), h.AdaJWT, 404, "NOT_FOUND", nil},
		{"not run yet", "/exports/" + notYet.ID + "/download?key=x", h.AdaJWT, 404, "NOT_FOUND", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := h.Download(tc.token, tc.url)
			if rec.Code != tc.wantStatus {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.wantStatus, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), tc.wantContains) {
				t.Errorf("body %q lacks %q", rec.Body, tc.wantContains)
			}
			for k, v := range tc.wantHeader {
				if got := rec.Header().Get(k); got != v {
					t.Errorf("%s: %q, want %q", k, got, v)
				}
			}
			if tc.wantStatus == 200 {
				if rec.Body.Len() != job.Bytes {
					t.Errorf("%d bytes sent, the job says %d", rec.Body.Len(), job.Bytes)
				}
				if lines := servertest.ExportLines(t, rec.Body.Bytes()); len(lines) != 1 || lines[0].Record["name"] != "Zoe <Client>" {
					t.Errorf("the file: %+v", lines)
				}
			} else if rec.Header().Get("Content-Type") == "application/gzip" {
				t.Errorf("a refusal sent the file")
			}
		})
	}

	// A job that has not completed has no link; with the right key (read
	// from the store) its download is 409.
	if notYet.DownloadURL != nil {
		t.Fatalf("a queued export has a link: %+v", notYet)
	}
	j, err := h.Store.Client.ExportJob.Get(servertest.System(), atoi(t, notYet.ID))
	if err != nil {
		t.Fatal(err)
	}
	if rec := h.Download(h.AdaJWT, "/exports/"+notYet.ID+"/download?key="+j.DownloadKey); rec.Code != http.StatusConflict {
		t.Errorf("a queued export's download: %d %s", rec.Code, rec.Body)
	}
	// Past its 24 hours: 410.
	if err := h.Store.Client.ExportJob.UpdateOneID(atoi(t, job.ID)).SetExpiresAt(time.Now().Add(-time.Minute)).Exec(servertest.System()); err != nil {
		t.Fatal(err)
	}
	if rec := h.Download(h.AdaJWT, path); rec.Code != http.StatusGone || !strings.Contains(rec.Body.String(), "24 hours") {
		t.Errorf("an expired link: %d %s", rec.Code, rec.Body)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
