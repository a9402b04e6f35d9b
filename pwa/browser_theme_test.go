package pwa_test

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"walker/server/servertest"
)

// lowContrast lists the page's visible text whose colour against its
// background falls under WCAG AA (4.5:1, 3:1 for large text): the
// background is the nearest opaque one behind the element.
const lowContrast = `(() => {
  const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bg = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length < 4 || c[3] > 0.9) return c.slice(0, 3); } return [255, 255, 255]; };
  const bad = [];
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const r = el.getBoundingClientRect();
    if (!own || r.width === 0 || r.height === 0 || el.closest(".sr-only")) continue;
    const s = getComputedStyle(el);
    if (s.visibility === "hidden" || Number(s.opacity) === 0) continue;
    const a = lum(rgb(s.color)), b = lum(bg(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) bad.push(el.tagName + " " + JSON.stringify(el.textContent.trim().slice(0, 40)) + " " + ratio.toFixed(2));
  }
  return bad;
})()`

// TestBrowserDarkMode: the app follows the system's dark mode, and every
// text of Home, the conversations, Team and Settings keeps WCAG AA contrast
// in both modes.
func TestBrowserDarkMode(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	h.Customer(h.AdaJWT, "Zoe Customer")
	phone := join(t, h, "ola@acme.test", "Ola Admin", "ADMIN")
	for _, mode := range []string{"light", "dark"} {
		if _, err := chromedp.Call(phone, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: mode}},
		}); err != nil {
			t.Fatalf("emulating the system's %s mode: %v", mode, err)
		}
		for _, screen := range []struct{ hash, shows string }{{"#/", "My month"}, {"#/conversations", "Conversations"}, {"#/team", "walkers"}, {"#/settings", "My passkeys"}} {
			route(t, phone, screen.hash)
			servertest.WaitText(t, phone, screen.shows)
			if bad := servertest.JS[[]string](t, phone, lowContrast); len(bad) > 0 {
				t.Errorf("%s mode, %s: text under AA contrast: %q", mode, screen.hash, bad)
			}
		}
		background := servertest.JS[string](t, phone, `getComputedStyle(document.body).backgroundColor`)
		if dark := background == "rgb(14, 20, 18)"; dark != (mode == "dark") {
			t.Errorf("%s mode: the page's background is %s", mode, background)
		}
		servertest.Screenshot(t, phone, "theme-"+mode)
	}
}

// TestBrowserInstallOffer: when the browser offers to install the app
// (beforeinstallprompt), More shows "Install Walker", which asks the browser
// once; on an iPhone, where only Safari's Share menu installs, More says how.
func TestBrowserInstallOffer(t *testing.T) {
	h, _, _ := servertest.BrowserServer(t)
	phone := join(t, h, "ola@acme.test", "Ola Admin", "ADMIN")
	route(t, phone, "#/more")
	servertest.WaitText(t, phone, "Waiting to sync")
	// Headless Chromium may offer a real install itself (the app is
	// installable), before or after the offer made here: the real offer's
	// prompt and answer are replaced too, so that whichever the app keeps,
	// its tap is counted.
	servertest.JS[bool](t, phone, `(() => {
		if (window.BeforeInstallPromptEvent) {
			BeforeInstallPromptEvent.prototype.prompt = function () { window.__prompted = (window.__prompted || 0) + 1; return Promise.resolve(); };
			Object.defineProperty(BeforeInstallPromptEvent.prototype, "userChoice", { get: () => Promise.resolve({ outcome: "accepted" }) });
		}
		const e = new Event("beforeinstallprompt", { cancelable: true });
		e.prompt = () => { window.__prompted = (window.__prompted || 0) + 1; return Promise.resolve(); };
		e.userChoice = Promise.resolve({ outcome: "accepted" });
		dispatchEvent(e);
		return true;
	})()`)
	tap(t, phone, "Install Walker")
	servertest.WaitText(t, phone, "My commitments")
	if n := servertest.JS[int](t, phone, `window.__prompted || 0`); n != 1 {
		t.Fatalf("the browser was asked %d times", n)
	}
	if servertest.JS[bool](t, phone, `!!document.querySelector('[aria-label="Install Walker"] button')`) {
		t.Fatal("the install button is still offered after its prompt")
	}

	iphone := join(t, h, "ivy@acme.test", "Ivy Iphone", "LEADER")
	if _, err := chromedp.Call(iphone, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
		UserAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
	}); err != nil {
		t.Fatal(err)
	}
	servertest.Step(t, iphone, "reloading as an iPhone", chromedp.Reload())
	route(t, iphone, "#/more")
	servertest.WaitText(t, iphone, "tap Share, then Add to Home Screen")
}
