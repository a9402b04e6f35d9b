package pwa_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"walker/server/servertest"
)

// walkerCSP is the policy every Walker page gets, GraphiQL's included.
const walkerCSP = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

// TestBrowserGraphiQL opens GraphiQL as Walker serves it, puts an access
// token in the headers editor, runs { viewer { name } } and sees the answer,
// with no Content-Security-Policy violation and no request to another origin.
func TestBrowserGraphiQL(t *testing.T) {
	h, base, _ := servertest.BrowserServer(t)
	ctx := servertest.Browser(t)

	var (
		mu       sync.Mutex
		foreign  []string
		failures []string
	)
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			if !strings.HasPrefix(e.Request.URL, base+"/") {
				foreign = append(foreign, e.Request.URL)
			}
		case *runtime.EventExceptionThrown:
			failures = append(failures, e.ExceptionDetails.Text)
		}
	}); err != nil {
		t.Fatal(err)
	}
	// Violations are reported to the page as events; a script added by the
	// browser (not the page) collects them, whatever the page's CSP.
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__violations = []; document.addEventListener("securitypolicyviolation",
			(e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sourceFile || "") + ":" + e.lineNumber), true);`,
	}); err != nil {
		t.Fatal(err)
	}

	// The app's service worker precaches its shell, and GraphiQL is no part of it.
	servertest.Step(t, ctx, "opening the app", chromedp.Navigate(base+"/"))
	shell := servertest.JS[[]string](t, ctx, `navigator.serviceWorker.ready.then(async () => {
		for (let i = 0; i < 100 && !(await caches.keys()).length; i++) await new Promise((ok) => setTimeout(ok, 50));
		const urls = [];
		for (const k of await caches.keys()) for (const r of await (await caches.open(k)).keys()) urls.push(new URL(r.url).pathname);
		return urls })`)
	if len(shell) == 0 {
		t.Fatal("the service worker cached nothing")
	}
	for _, u := range shell {
		if strings.Contains(u, "graphiql") || strings.Contains(u, "codemirror") {
			t.Fatalf("GraphiQL is in the app shell: %q", shell)
		}
	}

	servertest.Step(t, ctx, "opening GraphiQL", chromedp.Navigate(base+"/graphiql"),
		chromedp.WaitVisible(`section.graphiql-editor-tool[aria-label="Headers"] .CodeMirror`))
	if csp := servertest.JS[string](t, ctx, `fetch("/graphiql").then((r) => r.headers.get("Content-Security-Policy"))`); csp != walkerCSP {
		t.Fatalf("GraphiQL is served with CSP %q, want %q", csp, walkerCSP)
	}
	if hint := servertest.PageText(t, ctx); !strings.Contains(hint, `{"Authorization": "Bearer wk_…"}`) {
		t.Fatalf("no hint about the Authorization header on the page:\n%s", hint)
	}
	servertest.Screenshot(t, ctx, "graphiql-1-open")

	// The editors are CodeMirror 5, which keeps its editor on its element.
	editor := func(selector string) string {
		return fmt.Sprintf(`document.querySelector(%q).CodeMirror`, selector)
	}
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(%s.setValue(%q), true)`, editor(`section[aria-label="Headers"] .graphiql-editor:not(.hidden) .CodeMirror`),
		`{"Authorization": "Bearer `+h.AdaJWT+`"}`))
	servertest.JS[bool](t, ctx, fmt.Sprintf(`(%s.setValue("{ viewer { name } }"), true)`, editor(`section.graphiql-query-editor .CodeMirror`)))
	servertest.Step(t, ctx, "running the query", chromedp.Click(`button.graphiql-execute-button`))
	response := editor(`.graphiql-response .CodeMirror`)
	var got string
	for i := 0; i < 200 && !strings.Contains(got, "Ada Admin"); i++ {
		got = servertest.JS[string](t, ctx, `new Promise((ok) => setTimeout(() => ok(`+response+`.getValue()), 100))`)
	}
	if !strings.Contains(got, `"name": "Ada Admin"`) {
		t.Fatalf("GraphiQL's answer: %s", got)
	}
	servertest.Screenshot(t, ctx, "graphiql-2-answer")

	// A dialog locks the page's scroll with a stylesheet of its own.
	servertest.Step(t, ctx, "opening GraphiQL's settings", chromedp.Click(`button[aria-label="Open settings dialog"]`),
		chromedp.WaitVisible(`.graphiql-dialog`))
	if overflow := servertest.JS[string](t, ctx, `getComputedStyle(document.body).overflow`); overflow != "hidden" {
		t.Fatalf("with a dialog open the page scrolls (overflow %q)", overflow)
	}
	servertest.Screenshot(t, ctx, "graphiql-3-settings")

	violations := servertest.JS[[]string](t, ctx, `window.__violations`)
	mu.Lock()
	defer mu.Unlock()
	if len(violations) > 0 {
		t.Errorf("Content-Security-Policy violations: %q", violations)
	}
	if len(foreign) > 0 {
		t.Errorf("requests to other origins: %q", foreign)
	}
	if len(failures) > 0 {
		t.Errorf("uncaught exceptions in the page: %q", failures)
	}
}
