package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"time"

	"walker/server"
	"walker/server/backup"
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

// restoreCommand puts a backup in place of the SQLite database.
type restoreCommand struct{ file string }

func (c *restoreCommand) runDirect(ctx context.Context, cfg server.Config, args []string, out io.Writer) error {
	file := c.file
	if file == "" && len(args) > 0 {
		file, args = args[0], args[1:]
	}
	if file == "" || len(args) > 0 {
		return usageError{errors.New("restore takes one file: walker restore [flags] FILE")}
	}
	if store.IsPostgres(cfg.DatabaseURL) {
		return fmt.Errorf("nothing restored: this Walker runs on PostgreSQL; stop every replica and restore a pg_dump file with pg_restore, for example:\n  %s",
			backup.PgRestoreCommand(cfg.DatabaseURL, file))
	}
	if cfg.DatabaseURL != "" {
		return usageError{errors.New("-database-url: only postgres:// URLs; leave it empty for the SQLite file")}
	}
	if err := os.MkdirAll(filepath.Dir(cfg.DBPath), 0o750); err != nil {
		return fmt.Errorf("creating data folder: %w", err)
	}
	r, err := backup.Restore(ctx, cfg.DBPath, file, time.Now())
	if err != nil {
		return fmt.Errorf("restore refused, nothing changed: %w", err)
	}
	fmt.Fprintf(out, "restored %s into %s: %d tables, %d rows, integrity and foreign keys checked\n", file, r.Path, len(r.Tables), r.Rows)
	if r.Aside != "" {
		fmt.Fprintf(out, "the database that was there is now %s\n", r.Aside)
	}
	fmt.Fprintln(out, "the next walker serve migrates it and serves it")
	return nil
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
