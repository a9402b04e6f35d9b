package store_test

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"walker/server/servertest"
	"walker/server/store/storetest"
)

// releaseFixture is a database written by the released Walker (9441fd2),
// described in testdata/release-9441fd2.md.
const releaseFixture = "testdata/release-9441fd2"

// loadRelease puts the release's database where storetest would put a fresh
// one (a copy of the SQLite file, or the PostgreSQL dump loaded into a schema
// of the test's own), and returns the location and the fixture's API token.
func loadRelease(t *testing.T) (pgURL, sqlitePath, token string) {
	t.Helper()
	notes, err := os.ReadFile(releaseFixture + ".md")
	if err != nil {
		t.Fatal(err)
	}
	tokens := regexp.MustCompile(`(SQLite|PostgreSQL): (wk_[A-Za-z0-9_-]+)`).FindAllStringSubmatch(string(notes), -1)
	pgURL, sqlitePath = storetest.Location(t, os.Getenv)
	if pgURL == "" {
		src, err := os.Open(releaseFixture + ".db")
		if err != nil {
			t.Fatal(err)
		}
		defer src.Close()
		dst, err := os.Create(sqlitePath)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(dst, src); err != nil {
			t.Fatal(err)
		}
		if err := dst.Close(); err != nil {
			t.Fatal(err)
		}
		return "", sqlitePath, tokens[0][2]
	}
	dump, err := os.ReadFile(releaseFixture + ".sql")
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(pgURL)
	schema := u.Query().Get("search_path")
	text := strings.ReplaceAll(string(dump), "public.", `"`+schema+`".`)
	text = strings.ReplaceAll(text, "SELECT pg_catalog.set_config('search_path', '', false);", "")
	db, err := sql.Open("pgx", pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(text); err != nil {
		t.Fatalf("loading the release's dump: %v", err)
	}
	return pgURL, "", tokens[1][2]
}

// A database written by the released Walker upgrades in place on the first
// start of this one: nothing is lost, every record starts at version 1, the
// change log starts empty at the current position and follows from there, the
// emails are normalised, and the outbox writes a phone queued then replay as
// the records they made, not as new ones.
func TestUpgradeFromTheRelease(t *testing.T) {
	pgURL, sqlitePath, token := loadRelease(t)
	h := servertest.Replica(t, pgURL, sqlitePath) // opens, migrates, serves
	bearer := "Bearer " + token
	counts := servertest.Counts(t, h)
	for table, want := range map[string]int{"customers": 61, "conversations": 301, "decisions": 41, "leaders": 13, "organizations": 2, "changes": 0} {
		if counts[table] != want {
			t.Errorf("%s: %d rows after the upgrade, want %d", table, counts[table], want)
		}
	}
	for _, table := range []string{"customers", "conversations", "decisions", "follow_ups", "nominations", "endorsements", "feedback_reviews", "commitments", "leaders", "organizations"} {
		if n := servertest.Count(t, h, "SELECT COUNT(*) FROM "+table+" WHERE version <> 1"); n != 0 {
			t.Errorf("%s: %d records not at version 1", table, n)
		}
	}
	// The insights' running totals were counted from the records the release left.
	live := servertest.Count(t, h, "SELECT COUNT(*) FROM conversations WHERE deleted_at IS NULL")
	if counted := servertest.Count(t, h, "SELECT COALESCE(SUM(conversations), 0) FROM rollup_leader_months"); live == 0 || counted != live {
		t.Errorf("the running totals count %d live conversations, the records %d", counted, live)
	}
	open := servertest.Count(t, h, "SELECT COUNT(*) FROM follow_ups WHERE deleted_at IS NULL AND done_at IS NULL")
	if counted := servertest.Count(t, h, "SELECT COALESCE(SUM(open), 0) FROM rollup_follow_up_days"); counted != open {
		t.Errorf("the running totals count %d open follow-ups, the records %d", counted, open)
	}
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM invitations WHERE email = 'lee@acme.test'"); n != 1 {
		t.Errorf("the invitation's email was not normalised")
	}
	// The release's READ_WRITE token was given that shorthand's scopes.
	if n := servertest.Count(t, h, "SELECT COUNT(*) FROM api_tokens WHERE scopes IS NULL"); n != 0 {
		t.Errorf("%d API tokens without scopes", n)
	}
	// The API token of the release still works, and the log follows from now.
	var start struct{ ChangesCursor string }
	h.OK(token, `{ changesCursor }`, nil, &start)
	// The outbox bodies of the fixture replay as the records they made.
	var cust struct {
		Customers struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	h.OK(token, `{ customers(first: 1, where: {name: "Zoe Outbox"}) { edges { node { id } } } }`, nil, &cust)
	if len(cust.Customers.Edges) != 1 {
		t.Fatalf("the outbox's customer: %+v", cust)
	}
	zoe := cust.Customers.Edges[0].Node.ID
	before := servertest.Counts(t, h)
	for _, body := range outboxBodies(t, zoe) {
		resp, err := h.Post(bearer, body)
		if err != nil || len(resp.Errors) > 0 {
			t.Fatalf("replaying %v: %v %+v", body, err, resp.Errors)
		}
	}
	servertest.SameCounts(t, before, servertest.Counts(t, h))
	// A change after the upgrade is in the log.
	h.OK(token, `mutation($id: ID!) { updateCustomer(id: $id, input: {segment: "Enterprise"}, expectedVersion: 1) { version } }`, map[string]any{"id": zoe}, nil)
	var changes struct {
		Changes struct {
			Edges []struct {
				Node struct {
					ID, Operation string
					Version       int
				}
			}
		}
	}
	h.OK(token, `query($a: String) { changes(after: $a) { edges { node { id operation version } } } }`, map[string]any{"a": start.ChangesCursor}, &changes)
	if e := changes.Changes.Edges; len(e) != 1 || e[0].Node.ID != zoe || e[0].Node.Operation != "UPDATED" || e[0].Node.Version != 2 {
		t.Fatalf("the log after the upgrade: %+v", changes)
	}
}

// outboxBodies are the writes the fixture's phone sent, as it would send them
// again (testdata/release-9441fd2.md).
func outboxBodies(t *testing.T, customer string) []map[string]any {
	t.Helper()
	notes, err := os.ReadFile(releaseFixture + ".md")
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, line := range strings.Split(string(notes), "\n") {
		if !strings.HasPrefix(line, `'{"query"`) {
			continue
		}
		raw := line[1 : strings.LastIndex(line, "}'")+1]
		raw = strings.ReplaceAll(raw, `"'$CUST'"`, `"`+customer+`"`)
		var body map[string]any
		if err := json.Unmarshal([]byte(raw), &body); err != nil {
			t.Fatalf("an outbox body %q: %v", raw, err)
		}
		out = append(out, body)
	}
	if len(out) != 3 {
		t.Fatalf("%d outbox bodies in the notes", len(out))
	}
	return out
}
