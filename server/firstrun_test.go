package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"

	"walker/server/auth"
	"walker/server/cli"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// setupSecret is the secret of a setup link.
func setupSecret(link string) string {
	return strings.TrimSuffix(link[strings.LastIndex(link, "/")+1:], "?setup=1")
}

// The first-run setup link creates nothing until it is used; the person who
// uses it names the organization and themselves, checked as the entities
// check them before any passkey is made, and becomes its first admin.
func TestFirstRunSetupLink(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	h := servertest.Replica(t, pgURL, sqlitePath) // a fresh install: nobody yet
	ctx := servertest.System()
	c := h.Store.Client
	first := func() string {
		t.Helper()
		link, err := auth.FirstRunLink(context.Background(), c, "http://localhost:8080")
		if err != nil || !strings.HasPrefix(link, "http://localhost:8080/invite/ws_") || !strings.HasSuffix(link, "?setup=1") {
			t.Fatalf("setup link %q, %v", link, err)
		}
		return link
	}
	old := first()
	link := first() // a restart replaces it
	if n := c.Organization.Query().CountX(ctx); n != 0 {
		t.Fatalf("the setup link created %d organizations before it was used", n)
	}
	d := servertest.NewDevice(h)
	begin := func(body string) (int, servertest.Response) {
		status, raw := d.Post("/auth/register/begin", body, nil)
		var resp servertest.Response
		_ = json.Unmarshal(raw, &resp)
		return status, resp
	}
	if status, _ := begin(`{"invitation":"` + setupSecret(old) + `","organization":"Acme","name":"Fay","email":"fay@acme.test"}`); status != http.StatusUnauthorized {
		t.Fatalf("the replaced setup link still works: %d", status)
	}
	for _, tc := range []struct{ name, body, field, message string }{
		{"no organization", `{"name":"Fay","email":"fay@acme.test"}`, "organization", "must not be empty"},
		{"an invisible organization", `{"organization":"\u200b\u00a0","name":"Fay","email":"fay@acme.test"}`, "organization", "must not be empty"},
		{"no name", `{"organization":"Acme","email":"fay@acme.test"}`, "name", "must not be empty"},
		{"a name too long", `{"organization":"Acme","name":"` + strings.Repeat("é", 201) + `","email":"fay@acme.test"}`, "name", "must be at most 200 characters"},
		{"no email", `{"organization":"Acme","name":"Fay"}`, "email", "must not be empty"},
		{"an email the entity refuses", `{"organization":"Acme","name":"Fay","email":"fay@localhost"}`, "email", "must be an email address, such as name@example.com"},
		{"a passkey name too long", `{"organization":"Acme","name":"Fay","email":"fay@acme.test","passkeyName":"` + strings.Repeat("x", 121) + `"}`, "passkeyName", "must be at most 120 characters"},
	} {
		body := `{"invitation":"` + setupSecret(link) + `",` + strings.TrimPrefix(tc.body, "{")
		status, resp := begin(body)
		if status != http.StatusBadRequest || resp.Code() != "BAD_USER_INPUT" || resp.Field() != tc.field || resp.Errors[0].Message != tc.message {
			t.Errorf("%s: got %d %+v, want 400 on %s: %q", tc.name, status, resp.Errors, tc.field, tc.message)
		}
	}
	if n := c.Ceremony.Query().CountX(ctx); n != 0 {
		t.Fatalf("refused setups left %d ceremonies (a passkey would have been made)", n)
	}
	// 200 characters of é are 200 characters, however many bytes.
	resp := d.RegisterBegin(`{"invitation":"`+setupSecret(link)+`","organization":"Fay's Bakery","name":"`+strings.Repeat("é", 200)+`","email":" Fay@Bakery.Example "}`, nil)
	access := d.Tokens(d.Post("/auth/register/finish", resp, nil))
	var me struct {
		Viewer       struct{ Name, Email, Role string }
		Organization struct{ Name string }
	}
	h.OK(access, `{ viewer { name email role } organization { name } }`, nil, &me)
	if me.Viewer.Role != "ADMIN" || me.Viewer.Email != "fay@bakery.example" || me.Organization.Name != "Fay's Bakery" || len([]rune(me.Viewer.Name)) != 200 {
		t.Fatalf("first admin: %+v", me)
	}
	if n := c.Organization.Query().CountX(ctx); n != 1 {
		t.Fatalf("%d organizations after setup, want 1", n)
	}
	// Used once: the link is spent, and no new one is made.
	if status, _ := begin(`{"invitation":"` + setupSecret(link) + `","organization":"Again","name":"Gil","email":"gil@acme.test"}`); status != http.StatusUnauthorized {
		t.Fatalf("a used setup link began again: %d", status)
	}
	if again, err := auth.FirstRunLink(context.Background(), c, "http://localhost:8080"); again != "" || err != nil {
		t.Fatalf("a setup link after an admin exists: %q %v", again, err)
	}
}

// walker bootstrap on a fresh install takes the setup link's place: the link
// is void, and the only organization is the one bootstrap made.
func TestFirstRunBootstrapVoidsTheSetupLink(t *testing.T) {
	pgURL, sqlitePath := storetest.Location(t, os.Getenv)
	h := servertest.Replica(t, pgURL, sqlitePath)
	link, err := auth.FirstRunLink(context.Background(), h.Store.Client, "http://localhost:8080")
	if err != nil {
		t.Fatal(err)
	}
	d := servertest.NewDevice(h)
	// A setup begun before bootstrap cannot finish after it either.
	pending := d.RegisterBegin(`{"invitation":"`+setupSecret(link)+`","organization":"Stray","name":"Fay","email":"fay@acme.test"}`, nil)
	args := []string{"bootstrap", "-org", "Acme", "-admin-email", "ada@acme.test", "-admin-name", "Ada"}
	if pgURL != "" {
		args = append(args, "-database-url", pgURL)
	} else {
		args = append(args, "-db", sqlitePath)
	}
	var out, errs bytes.Buffer
	if code := cli.Main(context.Background(), args, func(string) string { return "" }, &out, &errs); code != 0 {
		t.Fatalf("bootstrap: %d %s", code, errs.String())
	}
	if status, _ := d.Post("/auth/register/finish", pending, nil); status != http.StatusUnauthorized {
		t.Fatalf("a setup begun before bootstrap finished after it: %d", status)
	}
	d2 := servertest.NewDevice(h)
	if status, _ := d2.Post("/auth/register/begin", `{"invitation":"`+setupSecret(link)+`","organization":"Stray","name":"Fay","email":"fay@acme.test"}`, nil); status != http.StatusUnauthorized {
		t.Fatalf("the setup link works after bootstrap: %d", status)
	}
	orgs := h.Store.Client.Organization.Query().AllX(servertest.System())
	if len(orgs) != 1 || orgs[0].Name != "Acme" {
		t.Fatalf("organizations after bootstrap: %+v", orgs)
	}
}
