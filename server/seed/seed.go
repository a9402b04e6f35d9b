// Package seed fills a new organization with realistic, reproducible data at
// benchmark scale: people, customers, a million conversations with their
// follow-ups, decisions, nominations, feedback reviews and commitments.
//
// ent's one-row-at-a-time creates would take hours for that, so the rows are
// written with multi-row INSERTs through database/sql, in one transaction
// (all or nothing), filling every column the way ent would — the one place
// Walker writes without ent. So they leave no change in the change log: a
// seeded organization is new, read whole from the lists, and followed in the
// log from changesCursor on (as an upgraded database is); and its insights'
// running totals are counted from the rows afterwards (rollup.Rebuild,
// through ent).
package seed

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
	"walker/ent"
	"walker/server/store"
	"walker/server/store/rollup"

	"entgo.io/ent/dialect"
)

// Options say what to seed; the same options give the same data (all but
// the leaders' WebAuthn user handles, random as the app makes them).
type Options struct {
	Organization  string    // name of the organization to create. Default "Benchmark Corp".
	Leaders       int       // people, the first one the admin. Default 2000.
	Customers     int       // Default 50000.
	Conversations int       // Default 1000000.
	Months        int       // the conversations span the months ending at Until. Default 24.
	Decisions     int       // Default 20000.
	Nominations   int       // each with 0-5 endorsements. Default 5000.
	Reviews       int       // feedback reviews. Default 300.
	Seed          uint64    // of the random streams. Default 1.
	Until         time.Time // end of the seeded period. Default: today, 00:00 UTC.
}

// DefaultOptions returns the benchmark size.
func DefaultOptions(now time.Time) Options {
	return Options{
		Organization: "Benchmark Corp", Leaders: 2000, Customers: 50_000, Conversations: 1_000_000,
		Months: 24, Decisions: 20_000, Nominations: 5000, Reviews: 300, Seed: 1,
		Until: now.UTC().Truncate(24 * time.Hour),
	}
}

// ParseUntil reads the end of the seeded period: a date (its 00:00 UTC) or an
// RFC 3339 time; "" is today.
func ParseUntil(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return now.UTC().Truncate(24 * time.Hour), nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("until %q: write a date such as 2026-11-30 or an RFC 3339 time", s)
	}
	return t.UTC(), nil
}

func (o *Options) validate(now time.Time) error {
	o.Organization = strings.TrimSpace(o.Organization)
	switch {
	case o.Organization == "" || utf8.RuneCountInString(o.Organization) > 200:
		return errors.New("organization: a name of 1 to 200 characters")
	case o.Leaders < 2:
		return errors.New("leaders: at least 2 (an admin and someone to nominate)")
	case o.Customers < 1:
		return errors.New("customers: at least 1 (every conversation meets one)")
	case o.Months < 1 || o.Months > 240:
		return errors.New("months: 1 to 240")
	case o.Conversations < 0 || o.Decisions < 0 || o.Nominations < 0 || o.Reviews < 0:
		return errors.New("counts must not be negative")
	case o.Conversations > 1<<31-1 || o.Customers > 1<<31-1 || o.Leaders > 1<<31-1:
		return errors.New("counts: at most 2147483647 of each")
	case o.Until.After(now.Add(24 * time.Hour)):
		return errors.New("until: not in the future (the app refuses conversations more than a day ahead)")
	case o.Until.AddDate(0, -o.Months, 0).Before(time.Date(2001, 2, 1, 0, 0, 0, 0, time.UTC)):
		return errors.New("until and months: the period must start after 2001 (the app refuses earlier dates)")
	}
	return nil
}

// Counts are the rows written, by kind.
type Counts struct {
	Leaders, Customers, Conversations, ConversationCustomers, FollowUps int
	Decisions, Evidence, Nominations, Endorsements, Champions           int
	Reviews, ReviewAttendees, ReviewConversations, Commitments          int
}

// Result is what a seeding made.
type Result struct {
	OrganizationID int
	AdminID        int
	AdminEmail     string
	From, Until    time.Time // the seeded period
	Counts         Counts
	Elapsed        time.Duration
}

// Seeder writes seeded organizations into one database.
type Seeder struct {
	db       *sql.DB
	client   *ent.Client
	dialect  string
	progress io.Writer
	now      func() time.Time
}

// New returns a Seeder over st (already migrated), reporting progress to
// progress (io.Discard for none).
func New(st *store.Store, progress io.Writer) *Seeder {
	return &Seeder{db: st.DB, client: st.Client, dialect: st.Dialect, progress: progress, now: time.Now}
}

// ErrExists is returned when the organization to seed exists already.
var ErrExists = errors.New("organization exists")

// Run seeds a new organization as opts say, in one transaction: on any error,
// including an organization of that name already existing, nothing is changed.
func (s *Seeder) Run(ctx context.Context, opts Options) (Result, error) {
	began := s.now()
	if err := opts.validate(began); err != nil {
		return Result{}, err
	}
	// Checked again inside the transaction; this spares planning in vain.
	if err := refuseExisting(ctx, s.db, s.dialect, opts.Organization); err != nil {
		return Result{}, err
	}
	prog := &progress{w: s.progress, began: began, now: s.now}
	prog.start("planning", 1)
	p := newPlan(opts)
	prog.finish(1)

	conn, err := s.db.Conn(ctx)
	if err != nil {
		return Result{}, fmt.Errorf("connecting: %w", err)
	}
	defer conn.Close()
	if s.dialect != dialect.Postgres {
		// A bigger page cache for the one connection that writes: the
		// indexes of a million rows do not fit SQLite's default 2 MB.
		var was int
		if err := conn.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&was); err == nil {
			if _, err := conn.ExecContext(ctx, "PRAGMA cache_size = -262144"); err == nil {
				defer conn.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf("PRAGMA cache_size = %d", was)) //nolint:errcheck // only a cache size.
			}
		}
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return Result{}, fmt.Errorf("starting the transaction: %w", err)
	}
	w := &writer{tx: tx, dialect: s.dialect, p: p, prog: prog}
	res, err := w.write(ctx)
	if err != nil {
		// A cancelled context has rolled the transaction back already.
		if rb := tx.Rollback(); rb != nil && !errors.Is(rb, sql.ErrTxDone) {
			err = errors.Join(err, rb)
		}
		return Result{}, err
	}
	prog.start("committing", 1)
	if err := tx.Commit(); err != nil {
		return Result{}, fmt.Errorf("committing: %w", err)
	}
	prog.finish(1)
	// The rows were written in SQL, past the hooks that keep the insights'
	// totals: they are counted from them once, through ent.
	prog.start("counting the insights' totals", 1)
	if err := rollup.Rebuild(ctx, s.client, s.dialect, res.OrganizationID); err != nil {
		return Result{}, err
	}
	prog.finish(1)
	prog.start("finishing", 1)
	s.tidy(ctx, conn)
	prog.finish(1)
	res.From, res.Until = time.Unix(p.start, 0).UTC(), time.Unix(p.end, 0).UTC()
	res.Elapsed = s.now().Sub(began)
	return res, nil
}

// seededTables are the tables a seeding writes to.
var seededTables = []string{
	"organizations", "leaders", "customers", "conversations", "conversation_customers", "follow_ups",
	"decisions", "decision_evidence", "nominations", "endorsements", "feedback_reviews",
	"feedback_review_attendees", "feedback_review_conversations", "commitments",
}

// tidy leaves the database as a long-running one would be: PostgreSQL's
// planner statistics cover the new rows (autovacuum would get there in a
// while; benchmarks should not depend on when), and SQLite's write-ahead log
// is folded back into the database file instead of lingering at a gigabyte.
// Failures are harmless and ignored.
func (s *Seeder) tidy(ctx context.Context, conn *sql.Conn) {
	if s.dialect == dialect.Postgres {
		_, _ = conn.ExecContext(ctx, "ANALYZE "+strings.Join(seededTables, ", "))
		return
	}
	_, _ = conn.ExecContext(ctx, "ANALYZE")
	_, _ = conn.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
}

// Summary is a one-line account of res.
func (res Result) Summary(org string) string {
	c := res.Counts
	return fmt.Sprintf("seeded %q (organization %d) in %s: %d leaders (%d champions), %d customers, "+
		"%d conversations (%d customer links, %d follow-ups), %d decisions (%d evidence links), "+
		"%d nominations (%d endorsements), %d feedback reviews, %d commitments; %s to %s",
		org, res.OrganizationID, res.Elapsed.Round(100*time.Millisecond), c.Leaders, c.Champions, c.Customers,
		c.Conversations, c.ConversationCustomers, c.FollowUps, c.Decisions, c.Evidence,
		c.Nominations, c.Endorsements, c.Reviews, c.Commitments,
		res.From.Format(time.DateOnly), res.Until.Format(time.DateOnly))
}

// writer writes a plan inside one transaction.
type writer struct {
	tx      *sql.Tx
	dialect string
	p       *plan
	prog    *progress
	org     int
	counts  Counts

	leaderIDs, customerIDs, convIDs, decisionIDs, nominationIDs []int
	followUps                                                   *inserter
	followUpIDs                                                 *ids
}

func (w *writer) ins(table string, cols ...string) *inserter {
	return newInserter(w.tx, w.dialect, table, cols...)
}

func (w *writer) write(ctx context.Context) (Result, error) {
	p := w.p
	if w.dialect == dialect.Postgres {
		// Two seedings of the same name at once would both find it free.
		const lockKey = 0x53454544 // "SEED"
		if _, err := w.tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", lockKey); err != nil {
			return Result{}, err
		}
	}
	if err := refuseExisting(ctx, w.tx, w.dialect, p.opts.Organization); err != nil {
		return Result{}, err
	}
	steps := []func(context.Context) error{
		w.organization, w.leaders, w.customers, w.conversations, w.decisions,
		w.nominations, w.reviews, w.commitments,
	}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return Result{}, err
		}
	}
	if err := w.followUps.close(ctx); err != nil {
		return Result{}, err
	}
	if err := w.followUpIDs.settle(ctx); err != nil {
		return Result{}, err
	}
	w.counts.FollowUps = w.followUps.written
	return Result{OrganizationID: w.org, AdminID: w.leaderIDs[0], AdminEmail: p.leaders[0].email, Counts: w.counts}, nil
}

// refuseExisting returns ErrExists when an organization is named org.
func refuseExisting(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, dia, org string) error {
	query := "SELECT id FROM organizations WHERE name = ?"
	if dia == dialect.Postgres {
		query = "SELECT id FROM organizations WHERE name = $1"
	}
	var id int
	err := q.QueryRowContext(ctx, query, org).Scan(&id)
	switch {
	case err == nil:
		return fmt.Errorf("%w: %q is organization %d; seed a new name (-org) or a fresh database", ErrExists, org, id)
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("looking for the organization: %w", err)
	}
	return nil
}

// allocate takes n new ids of table; the caller settles the returned
// allocator once the rows are written.
func (w *writer) allocate(ctx context.Context, table string, n int) ([]int, *ids, error) {
	a, err := newIDs(ctx, w.tx, w.dialect, table)
	if err != nil {
		return nil, nil, err
	}
	got, err := a.take(ctx, n)
	return got, a, err
}

// at is a stored time: UTC, as ent's Normalize hook keeps them.
func at(unix int64) time.Time { return time.Unix(unix, 0).UTC() }

// optTime is a nullable time column: 0 is NULL.
func optTime(unix int64) any {
	if unix == 0 {
		return nil
	}
	return at(unix)
}

// optString is an optional string column: ent leaves an unset one NULL.
func optString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// optRef is a nullable reference to ids[i]; i < 0 is NULL.
func optRef(ids []int, i int32) any {
	if i < 0 {
		return nil
	}
	return ids[i]
}

func (w *writer) organization(ctx context.Context) error {
	got, a, err := w.allocate(ctx, "organizations", 1)
	if err != nil {
		return err
	}
	w.org = got[0]
	created := at(w.p.orgCreated)
	in := w.ins("organizations", "id", "created_at", "updated_at", "name")
	in.add(w.org, created, created, w.p.opts.Organization)
	if err := in.close(ctx); err != nil {
		return err
	}
	return a.settle(ctx)
}

func (w *writer) leaders(ctx context.Context) error {
	ls := w.p.leaders
	w.prog.start("leaders", len(ls))
	got, a, err := w.allocate(ctx, "leaders", len(ls))
	if err != nil {
		return err
	}
	w.leaderIDs = got
	in := w.ins("leaders", "id", "created_at", "updated_at", "name", "email", "title", "team", "role",
		"champion", "user_handle", "deactivated_at", "organization_id")
	for i, l := range ls {
		// The WebAuthn user handle is random, as the app makes it: it is
		// unique across organizations and must not be guessable.
		handle := make([]byte, 32)
		_, _ = rand.Read(handle) // crypto/rand.Read never fails on supported platforms.
		in.add(w.leaderIDs[i], at(l.joined), at(l.updated), l.name, l.email, optString(l.title), optString(l.team),
			l.role, l.champion, handle, optTime(l.left), w.org)
		if l.champion {
			w.counts.Champions++
		}
		if err := in.flush(ctx, false); err != nil {
			return err
		}
	}
	if err := in.close(ctx); err != nil {
		return err
	}
	w.counts.Leaders = in.written
	w.prog.finish(len(ls))
	return a.settle(ctx)
}

func (w *writer) customers(ctx context.Context) error {
	cs := w.p.customers
	w.prog.start("customers", len(cs))
	got, a, err := w.allocate(ctx, "customers", len(cs))
	if err != nil {
		return err
	}
	w.customerIDs = got
	in := w.ins("customers", "id", "created_at", "updated_at", "name", "company", "segment", "persona",
		"organization_id", "created_by_id")
	for i, c := range cs {
		in.add(w.customerIDs[i], at(c.created), at(c.created), c.name, optString(c.company), optString(c.segment),
			optString(c.persona), w.org, optRef(w.leaderIDs, c.createdBy))
		if err := in.flush(ctx, false); err != nil {
			return err
		}
		w.prog.tick(i + 1)
	}
	if err := in.close(ctx); err != nil {
		return err
	}
	w.counts.Customers = in.written
	w.prog.finish(len(cs))
	return a.settle(ctx)
}

// mode is a conversation mode, how often leaders log it, and how long it
// lasts (minutes, from-to).
type mode struct {
	name     string
	weight   float64
	from, to int
}

var modes = []mode{
	{"VISIT", 22, 30, 180}, {"CALL", 25, 10, 60}, {"VIDEO", 24, 15, 60}, {"FOCUS_GROUP", 2, 60, 180},
	{"INTERVIEW", 6, 30, 90}, {"MYSTERY_SHOP", 2, 20, 90}, {"CALL_LISTENING", 8, 10, 60},
	{"ONLINE_COMMENTS", 8, 5, 30}, {"EVENT", 3, 60, 300},
}

var sentiments = []string{"", "VERY_NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE", "VERY_POSITIVE"}

var sentimentWeights = []float64{6, 4, 12, 30, 38, 10}

// conversations writes the conversations with their customers and
// follow-ups. Their details are generated here, as they are written, to keep
// a million of them out of memory. A conversation's customers and follow-ups
// are written after the conversation itself (the foreign keys are checked
// statement by statement), so they are flushed only after a batch of
// conversations.
func (w *writer) conversations(ctx context.Context) error {
	p := w.p
	n := len(p.convAt)
	w.prog.start("conversations", n)
	got, a, err := w.allocate(ctx, "conversations", n)
	if err != nil {
		return err
	}
	w.convIDs = got
	if w.followUpIDs, err = newIDs(ctx, w.tx, w.dialect, "follow_ups"); err != nil {
		return err
	}
	conv := w.ins("conversations", "id", "created_at", "updated_at", "mode", "occurred_at", "duration_minutes",
		"heard", "pain_points", "sentiment", "organization_id", "leader_id")
	links := w.ins("conversation_customers", "conversation_id", "customer_id")
	w.followUps = w.ins("follow_ups", "id", "created_at", "updated_at", "action", "due_on", "done_at",
		"quick_win", "new_initiative", "conversation_id", "review_id", "organization_id", "owner_id")

	r := rng(p.opts.Seed, "conversation details")
	weights := make([]float64, len(modes))
	for i, m := range modes {
		weights[i] = m.weight
	}
	byMode, bySentiment := newPicker(weights), newPicker(sentimentWeights)
	howMany := newPicker([]float64{0.58, 0.29, 0.13})
	followUps := newPicker([]float64{0.25, 0.40, 0.23, 0.12})
	met := make([]int32, 0, 3)
	for i := range n {
		l, occurred := p.convLeader[i], p.convAt[i]
		m := modes[byMode.pick(r)]
		minutes := m.minutes(r)
		k := 1 + howMany.pick(r)
		if m.name == "FOCUS_GROUP" || m.name == "EVENT" {
			k = 3
		}
		met = p.customersMet(r, met[:0], l, occurred, k)
		company, area := p.companyOf(met[0]), pick(r, areas)
		heard, pain := conversationTexts(r, area)
		logged := p.loggedAt(r, m, occurred)
		id := w.convIDs[i]
		conv.add(id, at(logged), at(logged), m.name, at(occurred), minutes, optString(heard), optString(pain),
			optString(sentiments[bySentiment.pick(r)]), w.org, w.leaderIDs[l])
		for _, c := range met {
			links.add(id, w.customerIDs[c])
		}
		for range followUps.pick(r) {
			owner := l
			if r.Float64() >= 0.75 {
				owner = p.activeLeader(r, p.byWeight, logged)
			}
			if err := w.followUp(ctx, p.followUp(r, owner, logged, company, area), id, nil); err != nil {
				return err
			}
		}
		if conv.pending() == conv.perStmt {
			for _, in := range []*inserter{conv, links, w.followUps} {
				if err := in.flush(ctx, in == conv); err != nil {
					return err
				}
			}
		}
		w.prog.tick(i + 1)
	}
	for _, in := range []*inserter{conv, links} {
		if err := in.close(ctx); err != nil {
			return err
		}
	}
	if err := w.followUps.flush(ctx, true); err != nil {
		return err
	}
	w.counts.Conversations, w.counts.ConversationCustomers = conv.written, links.written
	w.prog.finish(n)
	return a.settle(ctx)
}

func containsInt32(xs []int32, x int32) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// followUp buffers a follow-up of a conversation or a review.
func (w *writer) followUp(ctx context.Context, f followUpPlan, conversation, review any) error {
	id, err := w.followUpIDs.one(ctx)
	if err != nil {
		return err
	}
	updated := max(f.created, f.done)
	w.followUps.add(id, at(f.created), at(updated), f.action, optTime(f.due), optTime(f.done),
		f.quickWin, f.newInitiative, conversation, review, w.org, w.leaderIDs[f.owner])
	return nil
}

func (w *writer) decisions(ctx context.Context) error {
	ds := w.p.decisions
	w.prog.start("decisions", len(ds))
	got, a, err := w.allocate(ctx, "decisions", len(ds))
	if err != nil {
		return err
	}
	w.decisionIDs = got
	in := w.ins("decisions", "id", "created_at", "updated_at", "title", "context", "customer_benefit",
		"clv_impact", "options_considered", "status", "decided_at", "review_on", "realised_impact",
		"quick_win", "new_initiative", "organization_id", "decision_supersedes", "owner_id")
	evidence := w.ins("decision_evidence", "decision_id", "conversation_id")
	for i, d := range ds {
		var clv any
		if d.hasCLV {
			clv = d.clv
		}
		in.add(w.decisionIDs[i], at(d.created), at(d.updated), d.title, optString(d.context), d.benefit, clv,
			optString(d.options), d.status, optTime(d.decided), optTime(d.reviewOn), optString(d.realised),
			d.quickWin, d.newInitiative, w.org, optRef(w.decisionIDs, d.supersedes), w.leaderIDs[d.owner])
		for _, c := range d.evidence {
			evidence.add(w.decisionIDs[i], w.convIDs[c])
		}
		if in.pending() == in.perStmt {
			if err := in.flush(ctx, true); err != nil {
				return err
			}
			if err := evidence.flush(ctx, false); err != nil {
				return err
			}
		}
		w.prog.tick(i + 1)
	}
	for _, in := range []*inserter{in, evidence} {
		if err := in.close(ctx); err != nil {
			return err
		}
	}
	w.counts.Decisions, w.counts.Evidence = in.written, evidence.written
	w.prog.finish(len(ds))
	return a.settle(ctx)
}

func (w *writer) nominations(ctx context.Context) error {
	ns := w.p.nominations
	w.prog.start("nominations", len(ns))
	got, a, err := w.allocate(ctx, "nominations", len(ns))
	if err != nil {
		return err
	}
	w.nominationIDs = got
	in := w.ins("nominations", "id", "created_at", "updated_at", "story", "status", "decided_at", "decision_note",
		"nominee_id", "nominator_id", "organization_id", "customer_id", "conversation_id", "decided_by_id")
	for i, m := range ns {
		in.add(w.nominationIDs[i], at(m.created), at(m.updated), m.story, m.status, optTime(m.decided),
			optString(m.note), w.leaderIDs[m.nominee], w.leaderIDs[m.nominator], w.org,
			optRef(w.customerIDs, m.customer), optRef(w.convIDs, m.conversation), optRef(w.leaderIDs, m.decidedBy))
		if err := in.flush(ctx, false); err != nil {
			return err
		}
	}
	if err := in.close(ctx); err != nil {
		return err
	}
	if err := a.settle(ctx); err != nil {
		return err
	}
	es := w.p.endorsed
	eids, ea, err := w.allocate(ctx, "endorsements", len(es))
	if err != nil {
		return err
	}
	endorsements := w.ins("endorsements", "id", "created_at", "updated_at", "comment", "organization_id",
		"endorser_id", "nomination_id")
	for i, e := range es {
		endorsements.add(eids[i], at(e.created), at(e.created), optString(e.comment), w.org,
			w.leaderIDs[e.endorser], w.nominationIDs[e.nomination])
		if err := endorsements.flush(ctx, false); err != nil {
			return err
		}
	}
	if err := endorsements.close(ctx); err != nil {
		return err
	}
	w.counts.Nominations, w.counts.Endorsements = in.written, endorsements.written
	w.prog.finish(len(ns))
	return ea.settle(ctx)
}

func (w *writer) reviews(ctx context.Context) error {
	rs := w.p.reviews
	w.prog.start("feedback reviews", len(rs))
	got, a, err := w.allocate(ctx, "feedback_reviews", len(rs))
	if err != nil {
		return err
	}
	in := w.ins("feedback_reviews", "id", "created_at", "updated_at", "title", "held_at", "departments_invited",
		"notes", "organization_id", "host_id")
	attendees := w.ins("feedback_review_attendees", "feedback_review_id", "leader_id")
	reviewed := w.ins("feedback_review_conversations", "feedback_review_id", "conversation_id")
	for i, v := range rs {
		var depts any
		if len(v.departments) > 0 {
			b, err := json.Marshal(v.departments)
			if err != nil {
				return err
			}
			depts = json.RawMessage(b) // as ent stores a JSON field
		}
		in.add(got[i], at(v.created), at(v.created), v.title, at(v.held), depts, optString(v.notes), w.org, w.leaderIDs[v.host])
		for _, l := range v.attendees {
			attendees.add(got[i], w.leaderIDs[l])
		}
		for _, c := range v.conversations {
			reviewed.add(got[i], w.convIDs[c])
		}
		for _, f := range v.followUps {
			if err := w.followUp(ctx, f, nil, got[i]); err != nil {
				return err
			}
		}
	}
	// The reviews are few: write them, then what refers to them.
	for _, in := range []*inserter{in, attendees, reviewed} {
		if err := in.close(ctx); err != nil {
			return err
		}
	}
	if err := w.followUps.flush(ctx, true); err != nil {
		return err
	}
	w.counts.Reviews, w.counts.ReviewAttendees, w.counts.ReviewConversations = in.written, attendees.written, reviewed.written
	w.prog.finish(len(rs))
	return a.settle(ctx)
}

func (w *writer) commitments(ctx context.Context) error {
	cs := w.p.commitments
	w.prog.start("commitments", len(cs))
	got, a, err := w.allocate(ctx, "commitments", len(cs))
	if err != nil {
		return err
	}
	in := w.ins("commitments", "id", "created_at", "updated_at", "behaviour", "target", "period",
		"organization_id", "leader_id")
	for i, c := range cs {
		in.add(got[i], at(c.created), at(c.created), c.behaviour, c.target, c.period, w.org, w.leaderIDs[c.leader])
		if err := in.flush(ctx, false); err != nil {
			return err
		}
	}
	if err := in.close(ctx); err != nil {
		return err
	}
	w.counts.Commitments = in.written
	w.prog.finish(len(cs))
	return a.settle(ctx)
}
