package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/leader"
	"walker/server/auth"
	"walker/server/cli"
	"walker/server/servertest"
	"walker/server/store"
	"walker/server/store/storetest"
)

// TestBootstrapCLI bootstraps a fresh install from the command line, as the
// README says, and uses the printed token through the API.
func TestBootstrapCLI(t *testing.T) {
	pgURL, path := storetest.Location(t, os.Getenv)
	dbArgs := []string{"-db", path}
	if pgURL != "" {
		dbArgs = []string{"-database-url", pgURL}
	}
	run := func(args ...string) (string, int) {
		var out, errs bytes.Buffer
		code := cli.Main(context.Background(), append(args, dbArgs...), func(string) string { return "" }, &out, &errs)
		if code != 0 {
			t.Logf("walker %v: %s", args, errs.String())
		}
		return out.String(), code
	}
	out, code := run("bootstrap", "-org", "Initech", "-admin-email", "peter@initech.test", "-admin-name", "Peter",
		"-api-token", "bi", "-scope", "read_write")
	if code != 0 {
		t.Fatalf("bootstrap exited %d", code)
	}
	link := regexp.MustCompile(`http://localhost:8080/invite/wi_[A-Za-z0-9_-]{43}`).FindString(out)
	token := regexp.MustCompile(`wk_[A-Za-z0-9_-]{43}`).FindString(out)
	if link == "" || token == "" {
		t.Fatalf("bootstrap printed no invitation link or token:\n%s", out)
	}
	if _, code := run("bootstrap", "-org", "X"); code == 0 {
		t.Fatal("bootstrap without an admin succeeded")
	}
	if _, code := run("token", "create", "-org-id", "1", "-name", "x", "-scope", "admin"); code != 2 && code != 1 {
		t.Fatal("token create with a bad scope succeeded")
	}

	// The printed token works against a server on the same database.
	h := servertest.Replica(t, pgURL, path)
	var me struct {
		Viewer struct {
			Name string
			Role string
		}
		Organization struct{ Name string }
	}
	h.OK(token, `{ viewer { name role } organization { name } }`, nil, &me)
	if me.Viewer.Name != "Peter" || me.Viewer.Role != "ADMIN" || me.Organization.Name != "Initech" {
		t.Fatalf("token acts as %+v", me)
	}
	var created struct{ CreateCustomer struct{ Name string } }
	h.OK(token, `mutation { createCustomer(input: {name: "Bill"}) { name } }`, nil, &created)

	// A second token by CLI, read-only, then revoked.
	out, code = run("token", "create", "-org-id", orgID(t, h, token), "-name", "ro", "-scope", "read", "-days", "30")
	ro := regexp.MustCompile(`wk_[A-Za-z0-9_-]{43}`).FindString(out)
	if code != 0 || ro == "" {
		t.Fatalf("token create: %d %s", code, out)
	}
	h.Fails(ro, `mutation { createCustomer(input: {name: "Nope"}) { name } }`, nil, "FORBIDDEN")
	id := regexp.MustCompile(`API token (\d+)`).FindStringSubmatch(out)[1]
	if _, code := run("token", "revoke", "-id", id); code != 0 {
		t.Fatal("token revoke failed")
	}
	// The command is another process: a running server trusts what it read
	// of the token for at most auth.ViewerTTL (a second; two allowed here).
	for start := time.Now(); ; time.Sleep(20 * time.Millisecond) {
		resp := h.Do(ro, `{ viewer { name } }`, nil)
		if resp.Status == 401 {
			break
		}
		if time.Since(start) > 2*auth.ViewerTTL {
			t.Fatalf("revoked token: status %d after %v", resp.Status, time.Since(start))
		}
	}
	if out, code := run("keys", "rotate"); code != 0 || !strings.Contains(out, "rotated") {
		t.Fatalf("keys rotate: %d %s", code, out)
	}
}

// orgID reads the organization's id through the API.
func orgID(t *testing.T, h *servertest.Harness, token string) string {
	var out struct{ Organization struct{ ID string } }
	h.OK(token, `{ organization { id } }`, nil, &out)
	return out.Organization.ID
}

// `walker invite` for someone who already has an account links the
// invitation to them (recovery: a new passkey for the same person), as
// createInvitation does, instead of leading to a second person.
func TestInviteCLIExistingPerson(t *testing.T) {
	pgURL, path := storetest.Location(t, os.Getenv)
	dbArgs := []string{"-db", path}
	if pgURL != "" {
		dbArgs = []string{"-database-url", pgURL}
	}
	run := func(args ...string) string {
		var out, errs bytes.Buffer
		if code := cli.Main(context.Background(), append(args, dbArgs...), func(string) string { return "" }, &out, &errs); code != 0 {
			t.Fatalf("walker %v exited %d: %s", args, code, errs.String())
		}
		return out.String()
	}
	org := regexp.MustCompile(`organization (\d+)`).FindStringSubmatch(run("bootstrap", "-org", "Initech", "-admin-email", "peter@initech.test", "-admin-name", "Peter"))
	if org == nil {
		t.Fatal("bootstrap printed no organization id")
	}
	run("invite", "-org-id", org[1], "-email", "peter@initech.test", "-role", "ADMIN")
	run("invite", "-org-id", org[1], "-email", "newcomer@initech.test")
	st, err := store.Open(context.Background(), pgURL, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := servertest.System()
	peter := st.Client.Leader.Query().Where(leader.Email("peter@initech.test")).OnlyX(ctx)
	for _, inv := range st.Client.Invitation.Query().AllX(ctx) {
		switch {
		case inv.Email == "peter@initech.test" && (inv.LeaderID == nil || *inv.LeaderID != peter.ID):
			t.Errorf("Peter's invitation is not linked to Peter: %+v", inv.LeaderID)
		case inv.Email == "newcomer@initech.test" && inv.LeaderID != nil:
			t.Errorf("a newcomer's invitation is linked to leader %d", *inv.LeaderID)
		}
	}
}

// `walker export` writes an organization's records from one snapshot to a
// file and prints the change-log position to follow from; it refuses what
// it cannot export.
func TestExportCLI(t *testing.T) {
	pgURL, path := storetest.Location(t, os.Getenv)
	dbArgs := []string{"-db", path}
	if pgURL != "" {
		dbArgs = []string{"-database-url", pgURL}
	}
	run := func(args ...string) (string, string, int) {
		var out, errs bytes.Buffer
		code := cli.Main(context.Background(), append(args, dbArgs...), func(string) string { return "" }, &out, &errs)
		return out.String(), errs.String(), code
	}
	out, _, code := run("bootstrap", "-org", "Initech", "-admin-email", "peter@initech.test", "-admin-name", "Peter",
		"-api-token", "crm", "-scope", "read_write")
	token := regexp.MustCompile(`wk_[A-Za-z0-9_-]{43}`).FindString(out)
	if code != 0 || token == "" {
		t.Fatalf("bootstrap: %d %s", code, out)
	}
	h := servertest.Replica(t, pgURL, path)
	org := orgID(t, h, token)
	for _, name := range []string{"Bill", "Joanna"} {
		h.Customer(token, name)
	}
	file := filepath.Join(t.TempDir(), "initech.jsonl.gz")
	out, errs, code := run("export", "-org-id", org, "-entities", "customer,leader", "-o", file)
	if code != 0 {
		t.Fatalf("walker export exited %d: %s", code, errs)
	}
	got := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		k, v, _ := strings.Cut(line, "=")
		got[k] = v
	}
	if got["records"] != "3" || got["file"] != file || got["position"] == "" || got["job_id"] == "" {
		t.Fatalf("walker export printed %q", out)
	}
	if !strings.Contains(errs, "3 records (1 leader, 2 customer)") {
		t.Errorf("the summary: %s", errs)
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := servertest.ExportLines(t, raw)
	if len(lines) != 3 || lines[0].Record["__typename"] != "Leader" || lines[1].Record["name"] != "Bill" || lines[2].Record["name"] != "Joanna" {
		t.Fatalf("the file: %+v", lines)
	}
	// From the position, the log has nothing of what the file holds.
	for _, c := range h.Changes(token, got["position"]) {
		if c.Entity == "CUSTOMER" || c.Entity == "LEADER" {
			t.Errorf("a change after the position: %+v", c)
		}
	}
	// The export is a job like any other, completed.
	admin := h.JWT(firstAdmin(t, h))
	if j := h.ExportJob(admin, got["job_id"]); j.Status != "COMPLETED" || j.RecordsWritten != 3 {
		t.Errorf("the job: %+v", j)
	}
	for _, bad := range [][]string{
		{"export", "-org-id", org, "-entities", "customer,export_job", "-o", file},
		{"export", "-org-id", org, "-entities", "customer,customer", "-o", file},
		{"export", "-org-id", org},
		{"export", "-org-id", "12345", "-o", file},
	} {
		if _, errs, code := run(bad...); code != 1 || errs == "" {
			t.Errorf("walker %v: exit %d, %q", bad, code, errs)
		}
	}
}

func firstAdmin(t *testing.T, h *servertest.Harness) *ent.Leader {
	t.Helper()
	l, err := h.Store.Client.Leader.Query().Where(leader.RoleEQ(leader.RoleADMIN)).First(servertest.System())
	if err != nil {
		t.Fatal(err)
	}
	return l
}
