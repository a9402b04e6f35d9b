package server_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"walker/server"
	"walker/server/backup"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// /readyz answers 503 once the database does not answer, while /healthz,
// liveness, still answers 200.
func TestReadyzNeedsTheDatabase(t *testing.T) {
	h := servertest.New(t)
	probe := func(url string) int {
		rec := httptest.NewRecorder()
		h.Handler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, url, nil))
		return rec.Code
	}
	if r, l := probe("/readyz"), probe("/healthz"); r != 200 || l != 200 {
		t.Fatalf("readyz %d, healthz %d", r, l)
	}
	h.Store.DB.Close()
	if r, l := probe("/readyz"), probe("/healthz"); r != http.StatusServiceUnavailable || l != 200 {
		t.Fatalf("with the database closed: readyz %d, healthz %d", r, l)
	}
}

// A server with WALKER_BACKUP_EVERY backs its SQLite file up when it starts
// (none is in the folder yet), and /metrics says when and how big.
func TestScheduledBackupMetrics(t *testing.T) {
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("scheduled backups are SQLite's")
	}
	dir := t.TempDir()
	h := servertest.New(t, func(c *server.Config) { c.BackupEvery, c.BackupDir, c.BackupKeep = time.Hour, dir, 2 })
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- h.Server.Serve(ctx, ln) }()
	defer func() { cancel(); <-served }()
	size := regexp.MustCompile(`(?m)^walker_backup_last_size_bytes (\S+)$`)
	var body string
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		_, body = scrape(t, h, "127.0.0.1:40000", "")
		if m := size.FindStringSubmatch(body); m != nil && m[1] != "0" {
			break
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if regexp.MustCompile(`^walker-\d{8}T\d{6}Z\.db$`).MatchString(e.Name()) {
			files = append(files, e.Name())
		}
	}
	if len(files) != 1 {
		t.Fatalf("backups in the folder: %v", entries)
	}
	info, _ := os.Stat(dir + "/" + files[0])
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^walker_backup_last_size_bytes ` + regexp.QuoteMeta(strconv.FormatFloat(float64(info.Size()), 'g', -1, 64)) + `$`),
		regexp.MustCompile(`(?m)^walker_backup_last_success_timestamp_seconds [1-9]`),
		regexp.MustCompile(`(?m)^walker_backup_failures_total 0$`),
	} {
		if !want.MatchString(body) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// Query.backups shows the organization's admins the backup folder and the
// schedule — the files newest first with their sizes and times — and is
// FORBIDDEN to leaders, members and integrator tokens (the admin's own
// included). On PostgreSQL it says that backups are pg_dump's job.
func TestBackupsForAdmins(t *testing.T) {
	dir := t.TempDir()
	h := servertest.New(t, func(c *server.Config) { c.BackupEvery, c.BackupDir, c.BackupKeep = 6*time.Hour, dir, 3 })
	const q = `{ backups { database everySeconds keep nextAt files { name bytes madeAt } } }`
	for who, token := range map[string]string{"a leader": h.LeoJWT, "a member": h.MiaJWT, "the admin's read token": h.ReadToken, "the admin's read-write token": h.RWToken} {
		if r := h.Do(token, q, nil); r.Code() != "FORBIDDEN" || string(r.Data) != "null" {
			t.Errorf("%s: %s %s", who, r.Code(), r.Data)
		}
	}
	type answer struct {
		Backups struct {
			Database     string
			EverySeconds *int
			Keep         int
			NextAt       *time.Time
			Files        []struct {
				Name   string
				Bytes  float64
				MadeAt time.Time
			}
		}
	}
	read := func() answer {
		r := h.Do(h.AdaJWT, q, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("the admin: %v", r.Errors)
		}
		var a answer
		if err := json.Unmarshal(r.Data, &a); err != nil {
			t.Fatal(err)
		}
		return a
	}
	if os.Getenv(storetest.EnvURL) != "" {
		if b := read().Backups; b.Database != "POSTGRESQL" || len(b.Files) != 0 {
			t.Fatalf("on PostgreSQL: %+v", b)
		}
		return
	}
	if b := read().Backups; b.Database != "SQLITE" || len(b.Files) != 0 || b.Keep != 3 || b.EverySeconds == nil || *b.EverySeconds != 6*3600 || b.NextAt == nil {
		t.Fatalf("an empty folder: %+v", b)
	}
	older, newer := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC), time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	for _, f := range []struct {
		name string
		size int
	}{{backup.Name(older), 1000}, {backup.Name(newer), 2345}, {"walker-notes.txt", 10}, {backup.Name(newer) + ".partial", 99}} {
		if err := os.WriteFile(filepath.Join(dir, f.name), make([]byte, f.size), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	b := read().Backups
	if len(b.Files) != 2 || b.Files[0].Name != backup.Name(newer) || b.Files[0].Bytes != 2345 || !b.Files[0].MadeAt.Equal(newer) ||
		b.Files[1].Name != backup.Name(older) || b.Files[1].Bytes != 1000 {
		t.Fatalf("the folder's backups, newest first, and nothing else: %+v", b.Files)
	}
	if !b.NextAt.Equal(newer.Add(6 * time.Hour)) {
		t.Errorf("next backup at %v, want the newest's time plus the period", b.NextAt)
	}
}
