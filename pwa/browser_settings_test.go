package pwa_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"walker/ent/apitoken"
	"walker/server"
	"walker/server/backup"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// graphQLOver posts query to base's /graphql over HTTP with an API token,
// as an integrator does, and returns the data and the errors' codes.
func graphQLOver(t *testing.T, base, token, query string) (json.RawMessage, []string) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	req, err := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatalf("%s: decoding the answer (status %d): %v", query, res.StatusCode, err)
	}
	var codes []string
	for _, e := range out.Errors {
		codes = append(codes, e.Extensions.Code)
	}
	return out.Data, codes
}

// TestBrowserTokenScopes: an admin creates an integrator token in Settings
// choosing its scopes (the server's catalog as checkboxes, the READ and
// READ_WRITE shorthands as quick choices, a write scope bringing its read
// scope, the keyboard working them), the list shows what each token may do,
// and the token, used over HTTP, reads customers and is refused
// conversations.
func TestBrowserTokenScopes(t *testing.T) {
	h, base, _ := servertest.BrowserServer(t)
	h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "ola@acme.test", "Ola Admin", "ADMIN")
	route(t, phone, "#/settings")
	form := `form[aria-label="Integrator API tokens"]`
	box := func(scope string) string { return form + ` input[type="checkbox"][value="` + scope + `"]` }
	servertest.Step(t, phone, "the scopes listed", chromedp.WaitVisible(box("customers:read")))
	// A real click, the checkbox scrolled clear of the sticky header and the tab bar first.
	click := func(sel string) {
		t.Helper()
		servertest.JS[bool](t, phone, `(document.querySelector('`+sel+`').scrollIntoView({ block: "center" }), true)`)
		servertest.Step(t, phone, "clicking "+sel, chromedp.Click(sel))
	}
	checked := func() []string {
		return servertest.JS[[]string](t, phone, `[...document.querySelectorAll('`+form+` input[type="checkbox"]:checked')].map((c) => c.value)`)
	}
	// Every scope of the catalog, each checkbox labelled, in a fieldset with a legend.
	var catalog struct {
		TokenScopes []struct{ Name, Description string }
	}
	h.OK(h.AdaJWT, `{ tokenScopes { name description } }`, nil, &catalog)
	labels := servertest.JS[[]string](t, phone, `[...document.querySelectorAll('`+form+` fieldset input[type="checkbox"]')].map((c) => c.closest("label")?.innerText.replace(/\s+/g, " ").trim() ?? "")`)
	if len(labels) != len(catalog.TokenScopes) {
		t.Fatalf("%d checkboxes for %d scopes", len(labels), len(catalog.TokenScopes))
	}
	for i, s := range catalog.TokenScopes {
		if labels[i] != s.Name+" "+s.Description {
			t.Fatalf("checkbox %d is labelled %q, want %q", i, labels[i], s.Name+" "+s.Description)
		}
	}
	if legend := servertest.JS[string](t, phone, `document.querySelector('[data-testid="token-scopes"] legend')?.innerText ?? ""`); legend != "What the token may do" {
		t.Fatalf("the scopes' legend: %q", legend)
	}

	// No scope: refused on the phone, under the scopes.
	setField(t, phone, form+` input[name="name"]`, "BI export")
	tap(t, phone, "Create token")
	servertest.WaitText(t, phone, "choose at least one scope")

	// The shorthands as quick choices.
	tap(t, phone, "Read everything")
	if got := checked(); len(got) != 10 || slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, ":write") }) {
		t.Fatalf("Read everything checked %v", got)
	}
	servertest.WaitText(t, phone, fmt.Sprintf("10 of %d chosen (Read).", len(catalog.TokenScopes)))
	tap(t, phone, "Read and write everything")
	if got := checked(); len(got) != 16 || slices.Contains(got, "conversations:import") {
		t.Fatalf("Read and write everything checked %v", got)
	}
	servertest.Screenshot(t, phone, "settings-token-scopes")
	tap(t, phone, "None")
	if got := checked(); len(got) != 0 {
		t.Fatalf("None left %v checked", got)
	}
	// A write scope brings its read; unchecking the read takes the write too.
	click(box("customers:write"))
	if got := checked(); !slices.Equal(got, []string{"customers:read", "customers:write"}) {
		t.Fatalf("customers:write checked %v", got)
	}
	click(box("customers:read"))
	if got := checked(); len(got) != 0 {
		t.Fatalf("unchecking customers:read left %v", got)
	}
	// The keyboard: Space on the focused checkbox.
	servertest.Step(t, phone, "customers:read by the keyboard", chromedp.Focus(box("customers:read")), chromedp.KeyEvent(" "))
	if got := checked(); !slices.Equal(got, []string{"customers:read"}) {
		t.Fatalf("after Space on customers:read, checked %v", got)
	}
	tap(t, phone, "Create token")
	servertest.Step(t, phone, "the token shown once", chromedp.WaitVisible(`[data-testid="secret"]`))
	secret := servertest.JS[string](t, phone, `document.querySelector('[data-testid="secret"]').innerText`)
	servertest.Eventually(t, "the token in the list with its scopes", func() bool {
		return servertest.JS[bool](t, phone, `[...document.querySelectorAll('[data-testid="token"]')].some((li) => li.innerText.includes("BI export") && li.querySelector('[data-testid="token-scopes-shown"]').innerText.includes("customers:read"))`)
	})
	tok := h.Store.Client.APIToken.Query().Where(apitoken.Name("BI export")).OnlyX(servertest.System())
	if !slices.Equal(tok.Scopes, []string{"customers:read"}) || tok.Scope != apitoken.ScopeCUSTOM {
		t.Fatalf("the token on the server: scope %s, scopes %v", tok.Scope, tok.Scopes)
	}

	// The token over HTTP: customers yes, conversations FORBIDDEN.
	data, codes := graphQLOver(t, base, secret, `{ customers(first: 5) { totalCount } }`)
	var customers struct{ Customers struct{ TotalCount int } }
	if len(codes) != 0 || json.Unmarshal(data, &customers) != nil || customers.Customers.TotalCount != 1 {
		t.Fatalf("customers with customers:read: %s %v", data, codes)
	}
	if _, codes := graphQLOver(t, base, secret, `{ conversations(first: 5) { totalCount } }`); !slices.Equal(codes, []string{"FORBIDDEN"}) {
		t.Fatalf("conversations with customers:read only: errors %v, want FORBIDDEN", codes)
	}

	// A shorthand token lists as one.
	setField(t, phone, form+` input[name="name"]`, "Nightly backup")
	tap(t, phone, "Read everything")
	tap(t, phone, "Create token")
	servertest.Eventually(t, "the READ token in the list", func() bool {
		return servertest.JS[bool](t, phone, `[...document.querySelectorAll('[data-testid="token"]')].some((li) => li.innerText.includes("Nightly backup") && li.innerText.includes("Read everything"))`)
	})
	servertest.Screenshot(t, phone, "settings-tokens")
}

// TestBrowserBackups: an admin's Settings list the backup folder's files,
// newest first, each with its size and age, under the schedule; a leader's
// Settings have no such card (and the server refuses them the query).
func TestBrowserBackups(t *testing.T) {
	if os.Getenv(storetest.EnvURL) != "" {
		t.Skip("the folder of backups is SQLite's (TestBackupsForAdmins checks PostgreSQL's answer)")
	}
	dir := t.TempDir()
	h, _, _ := servertest.BrowserServer(t, func(c *server.Config) { c.BackupEvery, c.BackupDir, c.BackupKeep = 24*time.Hour, dir, 5 })
	now := time.Now().UTC()
	newest, older := now.Add(-2*time.Hour).Truncate(time.Second), now.Add(-3*24*time.Hour).Truncate(time.Second)
	for name, size := range map[string]int{backup.Name(newest): 2_500_000, backup.Name(older): 1_200_000} {
		if err := os.WriteFile(filepath.Join(dir, name), make([]byte, size), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	admin := join(t, h, "ola@acme.test", "Ola Admin", "ADMIN")
	route(t, admin, "#/settings")
	servertest.Step(t, admin, "the backups listed", chromedp.WaitVisible(`[data-testid="backup"]`))
	rows := servertest.JS[[]string](t, admin, `[...document.querySelectorAll('[data-testid="backup"]')].map((li) => li.innerText.replace(/\s+/g, " ").trim())`)
	want := []string{backup.Name(newest) + " 2.5 MB · 2 hours ago", backup.Name(older) + " 1.2 MB · 3 days ago"}
	if !slices.Equal(rows, want) {
		t.Fatalf("the backups shown: %q, want %q", rows, want)
	}
	servertest.WaitText(t, admin, "A backup is made every 1 day; the newest 5 are kept.")
	servertest.Screenshot(t, admin, "settings-backups")

	leader := join(t, h, "lou@acme.test", "Lou Leader", "LEADER")
	route(t, leader, "#/settings")
	servertest.WaitText(t, leader, "My passkeys")
	if n := servertest.JS[int](t, leader, `document.querySelectorAll('[data-testid="backups"]').length`); n != 0 {
		t.Fatalf("a leader's Settings show %d backup cards", n)
	}
}

// TestBrowserRenameOrganization: an admin renames the organization in
// Settings; the app says so at once, the server has the new name, a name
// the rules refuse is refused on the phone; a leader has no such form.
func TestBrowserRenameOrganization(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	admin := join(t, h, "ola@acme.test", "Ola Admin", "ADMIN")
	route(t, admin, "#/settings")
	form := `form[aria-label="Organization"]`
	servertest.Step(t, admin, "the organization's form", chromedp.WaitVisible(form+` input[name="name"]`))
	if v := servertest.JS[string](t, admin, `document.querySelector('`+form+` input[name="name"]').value`); v != "Acme" {
		t.Fatalf("the name field holds %q", v)
	}
	setField(t, admin, form+` input[name="name"]`, "   ")
	servertest.Step(t, admin, "renaming", chromedp.Click(form+` button[type="submit"]`))
	servertest.WaitText(t, admin, "must not be empty")
	setField(t, admin, form+` input[name="name"]`, "Acme Group")
	servertest.Step(t, admin, "renaming", chromedp.Click(form+` button[type="submit"]`))
	servertest.WaitText(t, admin, "Organization renamed.")
	servertest.WaitText(t, admin, "Signed in to Acme Group")
	if got := h.Store.Client.Organization.GetX(servertest.System(), h.Acme.ID).Name; got != "Acme Group" {
		t.Fatalf("the server has %q", got)
	}
	leader := join(t, h, "lou@acme.test", "Lou Leader", "LEADER")
	route(t, leader, "#/settings")
	servertest.WaitText(t, leader, "Signed in to Acme Group")
	if n := servertest.JS[int](t, leader, `document.querySelectorAll('`+form+`').length`); n != 0 {
		t.Fatalf("a leader's Settings have %d organization forms", n)
	}
}
