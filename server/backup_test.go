package server_test

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strconv"
	"testing"
	"time"

	"walker/server"
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
