package cli_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"walker/server/cli"
	"walker/server/store/storetest"
)

// `walker serve` refuses, at once and saying what to give, a replica URL
// that cannot work, and replication on PostgreSQL.
func TestServeRefusesABadReplica(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"WALKER_REPLICA_URL": "replica"}, "a folder must be an absolute path"},
		{map[string]string{"WALKER_REPLICA_URL": "file://replica"}, "three slashes"},
		{map[string]string{"WALKER_REPLICA_URL": "gs://bucket/walker"}, "the scheme gs is not one Walker replicates to"},
		{map[string]string{"WALKER_REPLICA_URL": "s3://"}, "no bucket"},
		{map[string]string{"WALKER_REPLICA_URL": "/srv/replica", "WALKER_REPLICA_SYNC": "10ms"}, "replica sync interval 10ms: from 100ms to 1h0m0s"},
		{map[string]string{"WALKER_REPLICA_URL": "/srv/replica", "WALKER_DATABASE_URL": "postgres://walker@db.example/walker"}, "this Walker runs on PostgreSQL"},
	} {
		var out, errs bytes.Buffer
		code := cli.Main(context.Background(), []string{"serve", "-addr", "127.0.0.1:0", "-db", filepath.Join(t.TempDir(), "walker.db")},
			func(k string) string { return tc.env[k] }, &out, &errs)
		if code != 2 || !strings.Contains(errs.String(), tc.want) {
			t.Errorf("walker serve with %v: exit %d, %q; want 2 and %q", tc.env, code, errs.String(), tc.want)
		}
	}
}

// `walker serve` with WALKER_REPLICA_URL replicates from its start and, on
// shutdown, ships the last changes and stops; `walker restore -from-replica`
// then brings the database back from that folder. Used wrongly, restore
// says how to use it.
func TestServeReplicatesAndRestoreFromReplica(t *testing.T) {
	pgURL, path := storetest.Location(t, os.Getenv)
	if pgURL != "" {
		t.Skip("replication copies the SQLite file")
	}
	replica := t.TempDir()
	env := map[string]string{"WALKER_REPLICA_URL": replica, "WALKER_REPLICA_SYNC": "100ms"}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	logs, w := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- cli.Main(ctx, []string{"serve", "-addr", "127.0.0.1:0", "-db", path}, func(k string) string { return env[k] }, io.Discard, w)
		w.Close()
	}()
	var (
		mu   sync.Mutex
		msgs []string
	)
	listening := make(chan struct{})
	go func() {
		lines := bufio.NewScanner(logs)
		for lines.Scan() {
			var line struct{ Msg string }
			if json.Unmarshal(lines.Bytes(), &line) == nil {
				mu.Lock()
				msgs = append(msgs, line.Msg)
				mu.Unlock()
				if line.Msg == "walker listening" {
					close(listening)
				}
			}
		}
	}()
	select {
	case <-listening:
	case code := <-done:
		t.Fatalf("walker serve ended without listening: exit %d", code)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("walker serve exited %d", code)
	}
	mu.Lock()
	seen := slices.Clone(msgs)
	mu.Unlock()
	got := strings.Join(seen, " | ")
	// Replicating before listening, stopped at the end; the background jobs'
	// own lines (a retention run) may come between.
	if i, j := slices.Index(seen, "replicating"), slices.Index(seen, "walker listening"); i < 0 || j < i || !slices.Contains(seen, "replication stopped") {
		t.Fatalf("walker serve logged: %s", got)
	}

	run := walkerOn("", path)
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"restore", "-from-replica"}, 2, "give the replica's URL"},
		{[]string{"restore", "-from-replica=replica"}, 2, "absolute path"},
		{[]string{"restore", "backup.db", "-from-replica=" + replica}, 2, "not both"},
		{[]string{"restore", "-from-replica=" + t.TempDir()}, 1, "holds no database"},
	} {
		if _, errs, code := run(tc.args...); code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("walker %v: exit %d, %q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
	out, errs, code := run("restore", "-from-replica=file://"+replica)
	if code != 0 || !strings.Contains(out, "restored the replica file://"+replica+" into "+path) || !strings.Contains(out, ".replaced-") {
		t.Fatalf("walker restore -from-replica: %d %s %s", code, out, errs)
	}
	if _, errs, code := run("backup", "-to", filepath.Join(t.TempDir(), "check.db")); code != 0 {
		t.Fatalf("the restored database does not back up: %d %s", code, errs)
	}
}
