package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"walker/server/cli"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// walker runs the walker command on the test's database and returns what it
// printed and its exit code.
type walker func(args ...string) (out, errs string, code int)

func walkerOn(pgURL, path string) walker {
	dbArgs := []string{"-db", path}
	if pgURL != "" {
		dbArgs = []string{"-database-url", pgURL}
	}
	return func(args ...string) (string, string, int) {
		var out, errs bytes.Buffer
		code := cli.Main(context.Background(), append(args, dbArgs...), func(string) string { return "" }, &out, &errs)
		return out.String(), errs.String(), code
	}
}

// `walker backup` copies and checks the SQLite file while a server has it
// open, never over a file; `walker restore` refuses while a server has it
// open, then puts the backup back, and the next server serves it.
func TestBackupAndRestoreCLI(t *testing.T) {
	pgURL, path := storetest.Location(t, os.Getenv)
	if pgURL != "" {
		t.Skip("SQLite's backup and restore: TestBackupOnPostgreSQL")
	}
	run := walkerOn("", path)
	if _, errs, code := run("backup"); code != 1 || !strings.Contains(errs, "no database") {
		t.Fatalf("a backup of no database: %d %s", code, errs)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("walker backup created the database it had to back up")
	}
	out, errs, code := run("bootstrap", "-org", "Initech", "-admin-email", "peter@initech.test", "-admin-name", "Peter",
		"-api-token", "crm", "-scope", "read_write")
	token := regexp.MustCompile(`wk_[A-Za-z0-9_-]{43}`).FindString(out)
	if code != 0 || token == "" {
		t.Fatalf("bootstrap: %d %s", code, errs)
	}
	h := servertest.Replica(t, "", path) // a server has it open
	h.Customer(token, "Bill")
	out, errs, code = run("backup")
	file := regexp.MustCompile(`(?m)^file=(.+)$`).FindStringSubmatch(out)
	if code != 0 || file == nil {
		t.Fatalf("walker backup: %d %s %s", code, out, errs)
	}
	if dir := filepath.Join(filepath.Dir(path), "backups"); filepath.Dir(file[1]) != dir ||
		!regexp.MustCompile(`^walker-\d{8}T\d{6}Z\.db$`).MatchString(filepath.Base(file[1])) {
		t.Errorf("the default file %s, want walker-YYYYMMDDTHHMMSSZ.db in %s", file[1], dir)
	}
	if !strings.Contains(out, "rows=") || !strings.Contains(errs, "integrity and foreign keys checked") {
		t.Errorf("walker backup printed %q and %q", out, errs)
	}
	if _, errs, code := run("backup", "-to", file[1]); code != 1 || !strings.Contains(errs, "exists") {
		t.Errorf("a backup onto an existing file: %d %s", code, errs)
	}
	h.Customer(token, "Joanna") // after the backup

	if _, errs, code := run("restore", file[1]); code != 1 || !strings.Contains(errs, "has the database open") {
		t.Fatalf("restore while a server has the database open: %d %s", code, errs)
	}
	if _, _, code := run("restore"); code != 2 {
		t.Errorf("restore without a file: exit %d, want 2", code)
	}
	h.Store.Close() // the server stops
	out, errs, code = run("restore", file[1])
	if code != 0 || !strings.Contains(out, ".replaced-") {
		t.Fatalf("walker restore: %d %s %s", code, out, errs)
	}
	again := servertest.Replica(t, "", path)
	var customers struct {
		Customers struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	again.OK(token, `{ customers(first: 10) { edges { node { name } } } }`, nil, &customers)
	if e := customers.Customers.Edges; len(e) != 1 || e[0].Node.Name != "Bill" {
		t.Fatalf("customers after the restore: %+v", customers)
	}
}

// On PostgreSQL, `walker backup` copies nothing: it prints the pg_dump
// command for the database, password hidden, and exits 1 so that no script
// takes the advice for a backup; `walker restore` likewise names pg_restore.
func TestBackupOnPostgreSQL(t *testing.T) {
	url := "postgres://walker:s3cret@db.example:5432/walker?sslmode=disable"
	run := walkerOn(url, "")
	_, errs, code := run("backup")
	if code != 1 || !strings.Contains(errs, "pg_dump --format=custom --file=walker-") ||
		!strings.Contains(errs, "'postgres://walker:***@db.example:5432/walker?sslmode=disable'") || strings.Contains(errs, "s3cret") {
		t.Fatalf("walker backup on PostgreSQL: %d %s", code, errs)
	}
	_, errs, code = run("restore", "walker.dump")
	if code != 1 || !strings.Contains(errs, "pg_restore") || strings.Contains(errs, "s3cret") {
		t.Fatalf("walker restore on PostgreSQL: %d %s", code, errs)
	}
	if pgURL, _ := storetest.Location(t, os.Getenv); pgURL != "" { // and on the real one
		if _, errs, code := walkerOn(pgURL, "")("backup"); code != 1 || !strings.Contains(errs, "pg_dump") || strings.Contains(errs, ":walker@") {
			t.Fatalf("walker backup on the test's PostgreSQL: %d %s", code, errs)
		}
	}
}

// `walker version` says what the binary was built from, Go's version
// included.
func TestVersionCLI(t *testing.T) {
	var out, errs bytes.Buffer
	if code := cli.Main(context.Background(), []string{"version"}, func(string) string { return "" }, &out, &errs); code != 0 {
		t.Fatalf("walker version: %d %s", code, errs.String())
	}
	if !strings.HasPrefix(out.String(), "walker ") || !strings.Contains(out.String(), "\ncommit ") ||
		!strings.Contains(out.String(), runtime.Version()) {
		t.Fatalf("walker version printed %q", out.String())
	}
}

// `walker serve` migrates before it listens: the first answer a fresh
// database's server gives to /readyz is 200, its schema migrated, while
// /healthz answers too.
func TestServeReadyAfterMigration(t *testing.T) {
	addr, stop := serve(t, func(string) string { return "" })
	for _, probe := range []string{"/readyz", "/healthz"} {
		resp, err := http.Get("http://" + addr + probe)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: %d at the first ask", probe, resp.StatusCode)
		}
	}
	if code := stop(); code != 0 {
		t.Fatalf("walker serve exited %d", code)
	}
}

// serve runs `walker serve` on a fresh test database with getenv, on a free
// port, and returns its address once it listens and how to stop it (which
// returns its exit status).
func serve(t *testing.T, getenv func(string) string) (addr string, stop func() int) {
	t.Helper()
	pgURL, path := storetest.Location(t, os.Getenv)
	args := []string{"serve", "-addr", "127.0.0.1:0", "-db", path}
	if pgURL != "" {
		args = []string{"serve", "-addr", "127.0.0.1:0", "-database-url", pgURL}
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	logs, w := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, args, getenv, io.Discard, w)
		w.Close()
	}()
	lines := bufio.NewScanner(logs)
	for addr == "" && lines.Scan() {
		var line struct{ Msg, Addr string }
		if json.Unmarshal(lines.Bytes(), &line) == nil && line.Msg == "walker listening" {
			addr = line.Addr
		}
	}
	go io.Copy(io.Discard, logs) //nolint:errcheck // the rest of the logs
	if addr == "" {
		t.Fatalf("walker serve ended without listening: exit %d", <-done)
	}
	return addr, func() int { cancel(); return <-done }
}
