import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { html } from "htm/preact";
import { AuthError, login, logout, refresh, register, run } from "./api";
import { graphql, type ResultOf } from "./graphql";

const MeQuery = graphql(`
  query Me($p: String!) {
    viewer { name email role month(period: $p) {
      customersMet daysWithCustomers decisionsWithCustomerBenefit walker
      commitments { behaviour target actual met } } }
    organization { name }
  }
`);
type Me = ResultOf<typeof MeQuery>;

const thisMonth = () => new Date().toISOString().slice(0, 7);

const behaviours: Record<string, string> = {
  CUSTOMERS_MET: "Customers met", DAYS_WITH_CUSTOMERS: "Days with customers", MINUTES_WITH_CUSTOMERS: "Minutes with customers",
  DECISIONS_WITH_BENEFIT: "Decisions with a customer benefit", CLV_DECISIONS: "Decisions with a CLV impact",
  FEEDBACK_REVIEWS: "Feedback reviews", ONLINE_COMMENTS: "Online comments answered", CALL_LISTENING: "Calls listened to",
  RECOGNITIONS: "Champions recognised", NEW_INITIATIVES: "New initiatives", FOLLOW_UPS_ON_TIME: "Follow-ups on time (%)",
};

function errorText(e: unknown): string {
  if (e instanceof AuthError) return e.message;
  if (e instanceof DOMException && e.name === "NotAllowedError") return "The passkey request was cancelled.";
  return "Something went wrong. Try again.";
}

function Invite({ token, done }: { token: string; done: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const setup = new URLSearchParams(location.search).has("setup");
  async function submit(e: Event) {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    setBusy(true);
    setError("");
    try {
      await register(token, String(f.get("name") ?? ""), String(f.get("email") ?? ""), String(f.get("passkeyName") ?? ""));
      history.replaceState(null, "", "/");
      done();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return html`<h1>Welcome to Walker</h1>
    <p class="muted">You were invited. Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${submit} aria-label="Create a passkey">
      <label>Your name <input name="name" autocomplete="name" /></label>
      ${setup && html`<label>Your email <input name="email" type="email" autocomplete="email" required /></label>`}
      <label>Name this passkey <input name="passkeyName" value="This phone" /></label>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="submit" disabled=${busy}>Create a passkey</button>
    </form>`;
}

function SignIn({ done }: { done: () => void }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [autofill] = useState(() => new AbortController());
  useEffect(() => {
    // Passkey autofill where the browser offers it.
    PublicKeyCredential.isConditionalMediationAvailable?.().then((ok) => {
      if (ok) login(autofill.signal, true).then(done, () => {});
    });
    return () => autofill.abort();
  }, []);
  async function click() {
    autofill.abort();
    setBusy(true);
    setError("");
    try {
      await login();
      done();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }
  return html`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="button" onClick=${click} disabled=${busy}>Sign in with a passkey</button>
    </div>`;
}

function Home({ me, signedOut }: { me: Me; signedOut: () => void }) {
  async function out(everywhere: boolean) {
    await logout(everywhere);
    signedOut();
  }
  const m = me.viewer.month;
  return html`<h1>Hello, ${me.viewer.name}</h1>
    <section class="card" aria-label="My month">
      <h2>My month</h2>
      <p class="verdict">${m.commitments.length === 0 ? "Make a commitment to see whether you walk the talk." : m.walker ? "Walker: you meet every commitment." : "Not yet a walker this month."}</p>
      <ul class="stats">
        <li><strong>${m.customersMet}</strong> customers met</li>
        <li><strong>${m.daysWithCustomers}</strong> days with customers</li>
        <li><strong>${m.decisionsWithCustomerBenefit}</strong> decisions with a customer benefit</li>
      </ul>
      ${m.commitments.length > 0 && html`<ul class="commitments">
        ${m.commitments.map((c) => html`<li class=${c.met ? "met" : "short"}>${behaviours[c.behaviour] ?? c.behaviour}: ${c.actual} of ${c.target}</li>`)}
      </ul>`}
    </section>
    <div class="card">
      <p data-testid="signed-in">Signed in to <strong>${me.organization.name}</strong> as ${me.viewer.email} (${me.viewer.role.toLowerCase()}).</p>
      <button type="button" class="secondary" onClick=${() => out(false)}>Sign out</button>
      <button type="button" class="secondary" onClick=${() => out(true)}>Sign out everywhere</button>
    </div>`;
}

function App() {
  const [state, setState] = useState<"loading" | "out" | "in">("loading");
  const [me, setMe] = useState<Me | null>(null);
  const invite = location.pathname.match(/^\/invite\/(wi_[\w-]+)$/)?.[1];
  async function load() {
    setMe(await run(MeQuery, { p: thisMonth() }));
    setState("in");
  }
  useEffect(() => {
    refresh().then((ok) => (ok ? load() : setState("out")), () => setState("out"));
  }, []);
  if (state === "loading") return html`<p class="muted">Loading Walker…</p>`;
  if (state === "in" && me) return html`<${Home} me=${me} signedOut=${() => setState("out")} />`;
  if (invite) return html`<${Invite} token=${invite} done=${load} />`;
  return html`<${SignIn} done=${load} />`;
}

render(html`<${App} />`, document.getElementById("app")!);

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {
    // Without a service worker the app still works online.
  });
}
