package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"walker/server"
	"walker/server/backup"
	"walker/server/replicate"
	"walker/server/store"
)

// backupCommand copies the SQLite database while Walker serves and checks
// the copy; on PostgreSQL it copies nothing and says which pg_dump command
// does, exiting 1 so that a script never takes the advice for a backup.
type backupCommand struct {
	to     *string
	stderr io.Writer
}

func newBackupCommand(fs *flag.FlagSet, stderr io.Writer) *backupCommand {
	return &backupCommand{
		to:     fs.String("to", "", "the file to write; refused when it exists (default: -backup-dir/walker-YYYYMMDDTHHMMSSZ.db)"),
		stderr: stderr,
	}
}

func (c *backupCommand) runDirect(ctx context.Context, cfg server.Config, args []string, out io.Writer) error {
	if len(args) > 0 {
		return usageError{fmt.Errorf("backup takes no arguments (the file is -to FILE), got %q", args)}
	}
	now := time.Now()
	if store.IsPostgres(cfg.DatabaseURL) {
		return fmt.Errorf("nothing copied: this Walker runs on PostgreSQL, whose backups are pg_dump's job (of the same major version as the server or newer); for example:\n  %s\n(with the password in place of *** or in PGPASSWORD)",
			backup.PgDumpCommand(cfg.DatabaseURL, now))
	}
	if cfg.DatabaseURL != "" {
		return usageError{errors.New("-database-url: only postgres:// URLs; leave it empty for the SQLite file")}
	}
	if _, err := os.Stat(cfg.DBPath); err != nil {
		return fmt.Errorf("no database to back up: %w", err)
	}
	to := *c.to
	if to == "" {
		to = filepath.Join(cfg.Backups(), backup.Name(now))
	}
	st, err := store.Open(ctx, "", cfg.DBPath)
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := backup.Make(ctx, st.DB, to)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	counts := "the source wrote meanwhile, so its row counts were not compared"
	if r.Exact {
		counts = "row counts equal to the database's as of the copy"
	}
	fmt.Fprintf(c.stderr, "backup %s: %d bytes, %d tables, %d rows, in %s; integrity and foreign keys checked, %s\n",
		r.Path, r.Bytes, len(r.Tables), r.Rows, r.Took.Round(time.Millisecond), counts)
	fmt.Fprintf(out, "file=%s\nbytes=%d\ntables=%d\nrows=%d\n", r.Path, r.Bytes, len(r.Tables), r.Rows)
	return nil
}

// restoreCommand puts a backup, or the latest state of the replica, in
// place of the SQLite database.
type restoreCommand struct {
	file        string
	fromReplica *replicaFlag
	stderr      io.Writer
}

func newRestoreCommand(fs *flag.FlagSet, stderr io.Writer) *restoreCommand {
	c := &restoreCommand{fromReplica: &replicaFlag{}, stderr: stderr}
	fs.Var(c.fromReplica, "from-replica", "restore the latest state of the replica at URL (alone: -replica-url's) instead of a FILE")
	return c
}

// replicaFlag is -from-replica: alone, the configured replica
// (WALKER_REPLICA_URL); given a URL (-from-replica URL or =URL), that one.
type replicaFlag struct {
	set bool
	url string
}

func (f *replicaFlag) String() string { return f.url }

func (f *replicaFlag) Set(v string) error {
	f.set = true
	if v != "true" {
		f.url = v
	}
	return nil
}

// IsBoolFlag lets -from-replica stand alone; a URL after it arrives as the
// command's argument.
func (f *replicaFlag) IsBoolFlag() bool { return true }

func (c *restoreCommand) runDirect(ctx context.Context, cfg server.Config, args []string, out io.Writer) error {
	if c.fromReplica.set {
		return c.restoreReplica(ctx, cfg, args, out)
	}
	file := c.file
	if file == "" && len(args) > 0 {
		file, args = args[0], args[1:]
	}
	if file == "" || len(args) > 0 {
		return usageError{errors.New("restore takes one file: walker restore [flags] FILE, or walker restore -from-replica [URL]")}
	}
	if store.IsPostgres(cfg.DatabaseURL) {
		return fmt.Errorf("nothing restored: this Walker runs on PostgreSQL; stop every replica and restore a pg_dump file with pg_restore, for example:\n  %s",
			backup.PgRestoreCommand(cfg.DatabaseURL, file))
	}
	if err := c.sqliteOnly(cfg); err != nil {
		return err
	}
	r, err := backup.Restore(ctx, cfg.DBPath, file, time.Now())
	if err != nil {
		return fmt.Errorf("restore refused, nothing changed: %w", err)
	}
	fmt.Fprintf(out, "restored %s into %s: %d tables, %d rows, integrity and foreign keys checked\n", file, r.Path, len(r.Tables), r.Rows)
	printAside(out, r)
	return nil
}

// restoreReplica is walker restore -from-replica [URL].
func (c *restoreCommand) restoreReplica(ctx context.Context, cfg server.Config, args []string, out io.Writer) error {
	url := c.fromReplica.url
	if url == "" && len(args) > 0 {
		url, args = args[0], args[1:]
	}
	switch {
	case c.file != "":
		return usageError{errors.New("restore takes a FILE or -from-replica [URL], not both")}
	case len(args) > 0:
		return usageError{errors.New("-from-replica takes one URL, after the other flags: walker restore [flags] -from-replica [URL]")}
	case store.IsPostgres(cfg.DatabaseURL):
		return errors.New("nothing restored: this Walker runs on PostgreSQL, which Walker does not replicate; restore with PostgreSQL's own tools (pg_restore, or your provider's point-in-time recovery)")
	case url == "":
		url = cfg.ReplicaURL
	}
	if url == "" {
		return usageError{errors.New("-from-replica: give the replica's URL (walker restore -from-replica file:///folder), or set WALKER_REPLICA_URL")}
	}
	if _, err := replicate.ParseURL(url); err != nil {
		return usageError{fmt.Errorf("-from-replica: %w", err)}
	}
	if err := c.sqliteOnly(cfg); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(c.stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	r, err := replicate.Restore(ctx, cfg.DBPath, url, time.Now(), log)
	if err != nil {
		return fmt.Errorf("restore refused, nothing changed: %w", err)
	}
	fmt.Fprintf(out, "restored the replica %s into %s: transaction %d, replicated %s; %d tables, %d rows, integrity and foreign keys checked, in %s\n",
		url, r.Path, r.TXID, r.At.UTC().Format("2006-01-02T15:04:05.000Z"), len(r.Tables), r.Rows, r.Took.Round(time.Millisecond))
	printAside(out, r.Restored)
	return nil
}

// sqliteOnly refuses a database URL that is not PostgreSQL's, and makes
// the SQLite file's folder.
func (c *restoreCommand) sqliteOnly(cfg server.Config) error {
	if cfg.DatabaseURL != "" {
		return usageError{errors.New("-database-url: only postgres:// URLs; leave it empty for the SQLite file")}
	}
	if err := os.MkdirAll(filepath.Dir(cfg.DBPath), 0o750); err != nil {
		return fmt.Errorf("creating data folder: %w", err)
	}
	return nil
}

// printAside says where the database that was in place went.
func printAside(out io.Writer, r backup.Restored) {
	if r.Aside != "" {
		fmt.Fprintf(out, "the database that was there is now %s\n", r.Aside)
	}
	if r.StateAside != "" {
		fmt.Fprintf(out, "its replication state is now %s\n", r.StateAside)
	}
	fmt.Fprintln(out, "the next walker serve migrates it and serves it")
}

// versionCommand prints what the binary was built from.
type versionCommand struct{}

func (versionCommand) runDirect(_ context.Context, _ server.Config, _ []string, out io.Writer) error {
	fmt.Fprint(out, Version())
	return nil
}

// Version describes the binary from its build information: the module's
// version, the commit (and whether the tree had uncommitted changes) and Go.
func Version() string {
	version, commit, modified, goVersion := "(unknown)", "(unknown: built without version control information)", "", runtime.Version()
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		goVersion = bi.GoVersion
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = " (modified: built with uncommitted changes)"
				}
			}
		}
	}
	return fmt.Sprintf("walker %s\ncommit %s%s\ngo %s %s/%s\n", version, commit, modified, goVersion, runtime.GOOS, runtime.GOARCH)
}
