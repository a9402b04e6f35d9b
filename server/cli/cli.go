// Package cli is the walker command: it reads the configuration, opens the
// store and runs a command — serving (the only place besides main that starts
// a server), bootstrap, tokens, invitations, keys, the benchmark seed, exports,
// backups and restores (from a file or from the replica), the version and the
// container health check.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"time"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/server"
	"walker/server/auth"
	"walker/server/export"
	"walker/server/seed"
	"walker/server/store"
	"walker/server/tracing"
)

const usage = `Walker: makes customer-centric leadership observable.

Usage:
  walker [serve] [flags]             serve the API and the app (default)
  walker bootstrap [flags] -org NAME -admin-email EMAIL -admin-name NAME [-api-token NAME -scope read|read_write|customers:read,…]
                                     create an organization and its first admin; print a one-time
                                     invitation link and, when asked, an integrator token
  walker token create [flags] -org-id N -name NAME -scope read|read_write|customers:read,… [-days 90 | -no-expiry]
  walker token revoke [flags] -id N
  walker invite [flags] -org-id N -email EMAIL [-role ADMIN|LEADER|MEMBER]
  walker keys rotate [flags]         make a new token-signing key and retire the old ones
  walker seed [flags] [-org NAME]    fill a new organization with reproducible benchmark data (sizes: -h)
  walker export [flags] -org-id N -o FILE [-entities CONVERSATION,CUSTOMER,…]
                                     export an organization's records from one consistent snapshot as
                                     gzipped JSON Lines; print the change-log position to follow from
  walker backup [flags] [-to FILE]   copy the SQLite database while Walker serves, and check the copy
                                     (default FILE: -backup-dir/walker-YYYYMMDDTHHMMSSZ.db; never overwrites);
                                     on PostgreSQL, print the pg_dump command instead and exit 1
  walker restore [flags] FILE        put a backup in place of the SQLite database (refused while any
                                     Walker process has it open); the current one is moved aside
  walker restore [flags] -from-replica [URL]
                                     likewise, with the latest state of the replica at URL
                                     (default: WALKER_REPLICA_URL, which walker serve replicates to)
  walker version                     print the version, commit and Go version of this binary
  walker healthcheck [flags]         exit 0 when the server on -addr answers /healthz (for containers)

Every command takes the store flags (-db, -database-url) and the others of "walker serve -h".
`

// Main runs the walker command with args and returns its exit code.
func Main(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
		if (cmd == "token" || cmd == "keys") && len(args) > 0 {
			cmd, args = cmd+" "+args[0], args[1:]
		}
	}
	cfg := server.DefaultConfig()
	fs := flag.NewFlagSet("walker "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	var c any // a command or a direct one
	switch cmd {
	case "serve":
		c = serve{}
	case "bootstrap":
		c = newBootstrap(fs)
	case "token create":
		c = newTokenCreate(fs)
	case "token revoke":
		c = newTokenRevoke(fs)
	case "invite":
		c = newInvite(fs)
	case "keys rotate":
		c = keysRotate{}
	case "seed":
		c = newSeedCommand(fs, stderr)
	case "export":
		c = newExportCommand(fs, stderr)
	case "backup":
		c = newBackupCommand(fs, stderr)
	case "restore":
		r := newRestoreCommand(fs, stderr)
		if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			r.file, args = args[0], args[1:] // walker restore FILE [flags]
		}
		c = r
	case "version":
		c = versionCommand{}
	case "healthcheck":
		c = nil
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "walker: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err := cfg.Parse(fs, args, getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "walker:", err)
		return 2
	}
	if c == nil {
		return healthcheck(ctx, cfg, stderr)
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	if d, ok := c.(direct); ok {
		if err := d.runDirect(ctx, cfg, fs.Args(), stdout); err != nil {
			fmt.Fprintln(stderr, "walker:", err)
			var usage usageError
			if errors.As(err, &usage) {
				return 2
			}
			return 1
		}
		return 0
	}
	if _, ok := c.(serve); ok && tracing.Enabled(getenv) {
		tp, err := tracing.New(ctx, getenv)
		if err != nil {
			fmt.Fprintln(stderr, "walker:", err)
			return 2
		}
		defer func() {
			// Flush what the batch still holds, within the grace of shutdown.
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.Shutdown)
			defer cancel()
			if err := tp.Shutdown(sctx); err != nil {
				log.Warn("flushing traces", "err", err)
			}
		}()
		cfg.Tracer = tp
		log.Info("tracing to the OTLP endpoint of OTEL_EXPORTER_OTLP_*")
	}
	st, err := store.Open(ctx, cfg.DatabaseURL, cfg.DBPath, store.Tracing(cfg.Tracer))
	if err != nil {
		fmt.Fprintln(stderr, "walker:", err)
		return 1
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		fmt.Fprintln(stderr, "walker:", err)
		return 1
	}
	if err := c.(command).run(ctx, env{cfg: cfg, store: st, log: log, out: stdout}); err != nil {
		fmt.Fprintln(stderr, "walker:", err)
		return 1
	}
	return 0
}

// env is what a command runs with.
type env struct {
	cfg   server.Config
	store *store.Store
	log   *slog.Logger
	out   io.Writer
}

type command interface {
	run(ctx context.Context, e env) error
}

// direct is a command that opens the database its own way, or not at all:
// a backup reads it without migrating (the server may be another release),
// a restore must not open it, and the version needs none. args are those
// left after the flags.
type direct interface {
	runDirect(ctx context.Context, cfg server.Config, args []string, out io.Writer) error
}

// usageError is a command used wrongly (exit status 2, as for a bad flag).
type usageError struct{ error }

// asOperator is the context of the CLI's reads and writes: an operator at the
// console acts outside any organization's privacy rules.
func asOperator(ctx context.Context) context.Context { return rule.System(ctx, rule.JobCommand) }

type serve struct{}

func (serve) run(ctx context.Context, e env) error {
	s, err := server.New(ctx, e.cfg, e.store, e.log)
	if err != nil {
		return err
	}
	link, err := auth.FirstRunLink(ctx, e.store.Client, e.cfg.PublicURL)
	if err != nil {
		return err
	}
	if link != "" {
		fmt.Fprintf(e.out, "\nWalker has no admin yet. Open this one-time link to create your organization's first admin with a passkey:\n\n  %s\n\n", link)
	}
	return s.Run(ctx)
}

type bootstrap struct {
	org, email, name, tokenName, scope *string
}

func newBootstrap(fs *flag.FlagSet) *bootstrap {
	return &bootstrap{
		org:       fs.String("org", "", "organization name"),
		email:     fs.String("admin-email", "", "first admin's email"),
		name:      fs.String("admin-name", "", "first admin's name"),
		tokenName: fs.String("api-token", "", "also create an integrator token with this name"),
		scope:     fs.String("scope", "read", "the token's scopes: read, read_write, or scopes such as customers:read (comma-separated)"),
	}
}

func (b *bootstrap) run(ctx context.Context, e env) error {
	if *b.org == "" || *b.email == "" || *b.name == "" {
		return errors.New("bootstrap needs -org, -admin-email and -admin-name")
	}
	scope, err := parseScope(*b.scope)
	if err != nil {
		return err
	}
	ctx = asOperator(ctx)
	tx, err := e.store.Client.Tx(ctx)
	if err != nil {
		return err
	}
	// Bootstrap takes the place of the first-run setup link.
	if err := auth.VoidSetupLinks(ctx, tx.Client()); err != nil {
		return errors.Join(err, tx.Rollback())
	}
	org, err := tx.Organization.Create().SetName(*b.org).Save(ctx)
	if err != nil {
		return errors.Join(fmt.Errorf("creating organization: %w", err), tx.Rollback())
	}
	admin, err := tx.Leader.Create().SetOrganizationID(org.ID).SetName(*b.name).SetEmail(*b.email).
		SetRole(leader.RoleADMIN).Save(ctx)
	if err != nil {
		return errors.Join(fmt.Errorf("creating admin: %w", err), tx.Rollback())
	}
	_, secret, err := auth.CreateInvitation(ctx, tx.Client(), auth.InvitationSpec{
		OrganizationID: org.ID, Email: admin.Email, Role: invitation.RoleADMIN, LeaderID: &admin.ID,
	}, time.Now())
	if err != nil {
		return errors.Join(fmt.Errorf("creating invitation: %w", err), tx.Rollback())
	}
	var token string
	if *b.tokenName != "" {
		exp, _ := auth.ExpiryFor(time.Now(), nil, false)
		if _, token, err = auth.CreateAPIToken(ctx, tx.Client(), auth.APITokenSpec{
			OrganizationID: org.ID, CreatorID: admin.ID, Name: *b.tokenName, Scopes: scope, ExpiresAt: exp,
		}); err != nil {
			return errors.Join(fmt.Errorf("creating API token: %w", err), tx.Rollback())
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	fmt.Fprintf(e.out, "organization %d %q created with admin %s (leader %d)\n", org.ID, org.Name, admin.Email, admin.ID)
	fmt.Fprintf(e.out, "invitation link (valid 7 days, once): %s\n", auth.InvitationURL(e.cfg.PublicURL, secret))
	if token != "" {
		fmt.Fprintf(e.out, "API token (%s, shown once): %s\n", describeScopes(scope), token)
	}
	return nil
}

// parseScope reads -scope: shorthands (read, read_write) and scopes
// (customers:read), separated by commas.
func parseScope(s string) ([]viewer.Scope, error) {
	scopes, err := viewer.ParseScopes(strings.Split(s, ","))
	if err != nil {
		return nil, fmt.Errorf("-scope %q: %w", s, err)
	}
	return scopes, nil
}

// describeScopes names scopes by their shorthand, when they are one.
func describeScopes(scopes []viewer.Scope) string {
	if s := auth.Shorthand(scopes); s != apitoken.ScopeCUSTOM {
		return s.String()
	}
	return strings.Join(viewer.Names(scopes), ",")
}

type tokenCreate struct {
	org           *int
	name, scope   *string
	days          *int
	noExpiry, set *bool
}

func newTokenCreate(fs *flag.FlagSet) *tokenCreate {
	return &tokenCreate{
		org:      fs.Int("org-id", 0, "organization id"),
		name:     fs.String("name", "", "token name"),
		scope:    fs.String("scope", "read", "read, read_write, or scopes such as customers:read,conversations:write (comma-separated)"),
		days:     fs.Int("days", 90, "days until it expires"),
		noExpiry: fs.Bool("no-expiry", false, "never expires"),
	}
}

func (t *tokenCreate) run(ctx context.Context, e env) error {
	scope, err := parseScope(*t.scope)
	if err != nil {
		return err
	}
	if *t.name == "" {
		return errors.New("token create needs -name")
	}
	days := t.days
	if *t.noExpiry {
		days = nil
	}
	exp, err := auth.ExpiryFor(time.Now(), days, *t.noExpiry)
	if err != nil {
		return err
	}
	ctx = asOperator(ctx)
	admin, err := firstAdmin(ctx, e.store.Client, *t.org)
	if err != nil {
		return fmt.Errorf("organization %d has no active admin to own the token: %w", *t.org, err)
	}
	tok, secret, err := auth.CreateAPIToken(ctx, e.store.Client, auth.APITokenSpec{
		OrganizationID: *t.org, CreatorID: admin.ID, Name: *t.name, Scopes: scope, ExpiresAt: exp,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.out, "API token %d (%s, shown once): %s\n", tok.ID, describeScopes(scope), secret)
	return nil
}

// firstAdmin is the organization's first active admin, on whose behalf the
// console acts.
func firstAdmin(ctx context.Context, c *ent.Client, org int) (*ent.Leader, error) {
	return c.Leader.Query().
		Where(leader.OrganizationID(org), leader.RoleEQ(leader.RoleADMIN), leader.DeactivatedAtIsNil()).
		Order(ent.Asc(leader.FieldID)).First(ctx)
}

type tokenRevoke struct{ id *int }

func newTokenRevoke(fs *flag.FlagSet) *tokenRevoke {
	return &tokenRevoke{id: fs.Int("id", 0, "token id")}
}

func (t *tokenRevoke) run(ctx context.Context, e env) error {
	if err := e.store.Client.APIToken.UpdateOneID(*t.id).SetRevokedAt(time.Now()).Exec(asOperator(ctx)); err != nil {
		return fmt.Errorf("revoking token %d: %w", *t.id, err)
	}
	fmt.Fprintf(e.out, "API token %d revoked: refused from now on, by a running server within a second\n", *t.id)
	return nil
}

type invite struct {
	org         *int
	email, role *string
}

func newInvite(fs *flag.FlagSet) *invite {
	return &invite{
		org:   fs.Int("org-id", 0, "organization id"),
		email: fs.String("email", "", "the person's email"),
		role:  fs.String("role", "LEADER", "ADMIN, LEADER or MEMBER"),
	}
}

func (i *invite) run(ctx context.Context, e env) error {
	role := invitation.Role(strings.ToUpper(*i.role))
	if err := invitation.RoleValidator(role); err != nil {
		return fmt.Errorf("role %q: use ADMIN, LEADER or MEMBER", *i.role)
	}
	_, secret, err := auth.CreateInvitation(asOperator(ctx), e.store.Client, auth.InvitationSpec{
		OrganizationID: *i.org, Email: *i.email, Role: role,
	}, time.Now())
	if err != nil {
		return fmt.Errorf("creating invitation: %w", err)
	}
	fmt.Fprintf(e.out, "invitation link (valid 7 days, once): %s\n", auth.InvitationURL(e.cfg.PublicURL, secret))
	return nil
}

type keysRotate struct{}

func (keysRotate) run(ctx context.Context, e env) error {
	k := auth.NewKeys(e.store.Client, e.cfg.PublicURL, e.cfg.AccessTTL)
	if err := k.Rotate(ctx); err != nil {
		return err
	}
	fmt.Fprintln(e.out, "signing key rotated; running replicas sign with it within a minute, and old tokens verify until they expire")
	return nil
}

// seedCommand fills a new organization with benchmark data; progress goes
// to stderr, and stdout gets only what a script needs next.
type seedCommand struct {
	opts   seed.Options
	until  *string
	stderr io.Writer
}

func newSeedCommand(fs *flag.FlagSet, stderr io.Writer) *seedCommand {
	c := &seedCommand{opts: seed.DefaultOptions(time.Now()), stderr: stderr}
	o := &c.opts
	fs.StringVar(&o.Organization, "org", o.Organization, "name of the organization to create (refused when it exists)")
	fs.IntVar(&o.Leaders, "leaders", o.Leaders, "people: one admin, the rest leaders and members")
	fs.IntVar(&o.Customers, "customers", o.Customers, "customers")
	fs.IntVar(&o.Conversations, "conversations", o.Conversations, "conversations, each with 1-3 customers and 0-3 follow-ups")
	fs.IntVar(&o.Months, "months", o.Months, "months the conversations span, ending at -until")
	fs.IntVar(&o.Decisions, "decisions", o.Decisions, "decisions")
	fs.IntVar(&o.Nominations, "nominations", o.Nominations, "champion nominations, each with 0-5 endorsements")
	fs.IntVar(&o.Reviews, "reviews", o.Reviews, "feedback reviews")
	fs.Uint64Var(&o.Seed, "seed", o.Seed, "random seed: the same flags give the same data")
	c.until = fs.String("until", "", "end of the seeded period: YYYY-MM-DD or RFC 3339 (default today, 00:00 UTC)")
	return c
}

func (c *seedCommand) run(ctx context.Context, e env) error {
	until, err := seed.ParseUntil(*c.until, time.Now())
	if err != nil {
		return err
	}
	c.opts.Until = until
	res, err := seed.New(e.store, c.stderr).Run(ctx, c.opts)
	if err != nil {
		return fmt.Errorf("seeding: %w", err)
	}
	fmt.Fprintln(c.stderr, res.Summary(c.opts.Organization))
	fmt.Fprintf(e.out, "org_id=%d\nadmin_email=%s\n", res.OrganizationID, res.AdminEmail)
	return nil
}

// exportCommand runs a bulk export in the process (the job is recorded as
// any other, under this process's lease: no server replica takes it, and
// one does if this process dies) and writes its file; a summary goes to
// stderr, and stdout gets only what a script needs next.
type exportCommand struct {
	org           *int
	out, entities *string
	stderr        io.Writer
}

func newExportCommand(fs *flag.FlagSet, stderr io.Writer) *exportCommand {
	return &exportCommand{
		org:      fs.Int("org-id", 0, "organization id"),
		out:      fs.String("o", "", "the file to write (gzipped JSON Lines)"),
		entities: fs.String("entities", "", "what to export, comma-separated: ORGANIZATION, LEADER, CUSTOMER, PLAN, CONVERSATION, FOLLOW_UP, DECISION, NOMINATION, ENDORSEMENT, FEEDBACK_REVIEW, MANDATE, COMMITMENT (default all)"),
		stderr:   stderr,
	}
}

func (c *exportCommand) run(ctx context.Context, e env) error {
	if *c.out == "" {
		return errors.New("export needs -o FILE")
	}
	var entities []string
	if *c.entities != "" {
		for _, name := range strings.Split(*c.entities, ",") {
			entities = append(entities, strings.ToUpper(strings.TrimSpace(name)))
		}
	}
	ctx = asOperator(ctx)
	admin, err := firstAdmin(ctx, e.store.Client, *c.org)
	if err != nil {
		return fmt.Errorf("organization %d has no active admin to start the export for: %w", *c.org, err)
	}
	w := export.New(e.store, e.log)
	began := time.Now()
	job, err := w.Start(ctx, *c.org, admin.ID, entities)
	var input *rule.InputError
	var conflict *rule.ConflictError
	switch {
	case errors.As(err, &input):
		return fmt.Errorf("-%s: %s", input.Field, input.Message)
	case errors.As(err, &conflict):
		return errors.New(conflict.Message)
	case err != nil:
		return fmt.Errorf("starting the export: %w", err)
	}
	done, err := w.Execute(ctx, job)
	if err != nil {
		return fmt.Errorf("export job %d: %w", job.ID, err)
	}
	took := time.Since(began)
	f, err := export.Open(ctx, e.store.Client, done.ID, done.DownloadKey, time.Now())
	if err != nil {
		return err
	}
	file, err := os.Create(*c.out)
	if err != nil {
		return err
	}
	if _, err := f.WriteTo(ctx, file, nil); err != nil {
		return errors.Join(err, file.Close())
	}
	if err := file.Close(); err != nil {
		return err
	}
	fmt.Fprintf(c.stderr, "export job %d: %d records (%s) from one snapshot at change-log position %d, %d bytes gzipped, in %s (%.0f records/s)\n",
		done.ID, done.RecordsWritten, describeCounts(done), *done.Position, done.Bytes, took.Round(time.Millisecond),
		float64(done.RecordsWritten)/max(took.Seconds(), 1e-3))
	fmt.Fprintf(e.out, "job_id=%d\nposition=%d\nrecords=%d\nbytes=%d\nfile=%s\n", done.ID, *done.Position, done.RecordsWritten, done.Bytes, *c.out)
	return nil
}

// describeCounts lists an export's counts in its file's order.
func describeCounts(job *ent.ExportJob) string {
	parts := make([]string, 0, len(job.Entities))
	for _, e := range job.Entities {
		parts = append(parts, fmt.Sprintf("%d %s", job.Counts[e], strings.ToLower(e)))
	}
	return strings.Join(parts, ", ")
}

// healthcheck asks the local server's /healthz, for container health checks
// on images without curl.
func healthcheck(ctx context.Context, cfg server.Config, stderr io.Writer) int {
	port := cfg.Addr[strings.LastIndexByte(cfg.Addr, ':')+1:]
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1:"+port+"/healthz", nil)
	if err != nil {
		fmt.Fprintln(stderr, "walker:", err)
		return 1
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(stderr, "walker: unhealthy:", err)
		return 1
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintln(stderr, "walker: unhealthy: status", resp.StatusCode)
		return 1
	}
	return 0
}
