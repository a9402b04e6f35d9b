package server_test

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"walker/server"
)

// TestConfigParse: flags win over WALKER_* variables, variables over the
// defaults, and a value that cannot work is refused with a message naming
// it.
func TestConfigParse(t *testing.T) {
	parse := func(args []string, env map[string]string) (server.Config, error) {
		c := server.DefaultConfig()
		fs := flag.NewFlagSet("walker", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		return c, c.Parse(fs, args, func(k string) string { return env[k] })
	}
	c, err := parse([]string{"-cost-limit", "250.5"}, map[string]string{"WALKER_COST_LIMIT": "99", "WALKER_COST_BURST": "20000", "WALKER_RETENTION": "48h"})
	if err != nil {
		t.Fatal(err)
	}
	if c.CostPerSec != 250.5 || c.CostBurst != 20000 || c.Retention != 48*time.Hour {
		t.Fatalf("parsed %+v", c)
	}
	c, err = parse([]string{"-db", "/srv/walker/walker.db"}, map[string]string{"WALKER_BACKUP_EVERY": "24h", "WALKER_BACKUP_KEEP": "14"})
	if err != nil || c.BackupEvery != 24*time.Hour || c.BackupKeep != 14 || c.Backups() != "/srv/walker/backups" {
		t.Fatalf("backup settings: %+v %v", c, err)
	}
	if c, _ = parse([]string{"-backup-dir", "/mnt/safe"}, nil); c.Backups() != "/mnt/safe" || c.BackupEvery != 0 || c.BackupKeep != 7 {
		t.Fatalf("backup folder and defaults: %+v", c)
	}
	c, err = parse([]string{"-replica-sync", "250ms"}, map[string]string{"WALKER_REPLICA_URL": "/mnt/replica/walker/"})
	if err != nil || c.ReplicaURL != "file:///mnt/replica/walker" || c.ReplicaSync != 250*time.Millisecond {
		t.Fatalf("replica settings: %+v %v", c, err)
	}
	if c, _ = parse(nil, nil); c.ReplicaURL != "" || c.ReplicaSync != time.Second {
		t.Fatalf("replication defaults: off, every second: %+v", c)
	}
	d := server.DefaultConfig()
	if d.CostPerSec != 10_000 || d.CostBurst != 100_000 || d.RatePerSec != 20 || d.RateBurst != 40 {
		t.Fatalf("defaults changed without the docs: %+v", d)
	}
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"-cost-burst", "9999"}, nil, "cost budget"},               // below -max-cost
		{nil, map[string]string{"WALKER_COST_LIMIT": "0"}, "cost budget"},   // never restores
		{nil, map[string]string{"WALKER_COST_LIMIT": "fast"}, "cost limit"}, // not a number
		{[]string{"-max-cost", "200000"}, nil, "cost budget"},               // more than the budget holds
		{[]string{"-rate-limit", "0"}, nil, "rate limit"},
		{[]string{"-retention", "30m"}, nil, "retention"},
		{[]string{"-backup-every", "10s"}, nil, "backup interval"},
		{nil, map[string]string{"WALKER_BACKUP_EVERY": "-1h"}, "backup interval"},
		{nil, map[string]string{"WALKER_BACKUP_KEEP": "0"}, "backups kept"},
		{nil, map[string]string{"WALKER_REPLICA_URL": "replica"}, "replica URL \"replica\": a folder must be an absolute path"},
		{[]string{"-replica-url", "sftp://host/walker"}, nil, "the scheme sftp is not one Walker replicates to"},
		{nil, map[string]string{"WALKER_REPLICA_URL": "/srv/replica", "WALKER_DATABASE_URL": "postgres://db/walker"}, "runs on PostgreSQL"},
		{nil, map[string]string{"WALKER_REPLICA_SYNC": "50ms"}, "replica sync interval"},
		{[]string{"-replica-sync", "2h"}, nil, "replica sync interval"},
	} {
		if _, err := parse(tc.args, tc.env); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v %v: want an error about %q, got %v", tc.args, tc.env, tc.want, err)
		}
	}
}
