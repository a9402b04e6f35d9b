import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { html } from "htm/preact";
import { logout, refresh } from "./api";
import { forget as forgetReads, read } from "./cache";
import { Invite, SignIn } from "./screens/auth";
import { Champions, NominateForm } from "./screens/champions";
import { Commitments } from "./screens/commitments";
import { ConversationDetail, Conversations, EditConversation } from "./screens/conversations";
import { Decisions, EditDecision, NewDecision } from "./screens/decisions";
import { Home, MeQuery, type Me } from "./screens/home";
import { LogConversation } from "./screens/log";
import { Fix, More, Pending } from "./screens/pending";
import { PlanForm } from "./screens/plans";
import { NewReview, Reviews } from "./screens/reviews";
import { Settings } from "./screens/settings";
import { FeedbackReview, Team } from "./screens/team";
import { Wins } from "./screens/wins";
import { forget, outbox, start, sync } from "./sync";
import { plural, thisMonth, useRoute } from "./ui";

function Signed({ me, org, signOut, renamed }: { me: Me; org: string; signOut: (everywhere: boolean) => void; renamed: (name: string) => void }) {
  const [path, params] = useRoute();
  const admin = me.role === "ADMIN";
  const [a, b] = path;
  // Each screen opened brings the device's copy up to date (one request when nothing changed).
  useEffect(() => (scrollTo(0, 0), void sync()), [a, b]);
  switch (a) {
    case "log":
      return html`<${LogConversation} me=${me.id} planID=${params.get("plan") ?? undefined} key=${params.get("plan") ?? "log"} />`;
    case "plan":
      return html`<${PlanForm} me=${me.id} />`;
    case "conversations":
      if (b && path[2] === "edit") return html`<${EditConversation} id=${b} key=${b} />`;
      return b ? html`<${ConversationDetail} id=${b} me=${me.id} admin=${admin} />` : html`<${Conversations} me=${me.id} admin=${admin} saved=${params.has("saved")} />`;
    case "decisions":
      if (b === "new") return html`<${NewDecision} me=${me.id} />`;
      return b ? html`<${EditDecision} id=${b} key=${b} />` : html`<${Decisions} me=${me.id} admin=${admin} />`;
    case "champions":
      if (b === "nominate") {
        // From a win: the person behind it, the story and its conversation filled in.
        const prefill = Object.fromEntries(["nomineeID", "story", "conversationID"].flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
        return html`<${NominateForm} me=${me.id} prefill=${prefill} />`;
      }
      return html`<${Champions} me=${me.id} admin=${admin} />`;
    case "commitments":
      return html`<${Commitments} me=${me.id} />`;
    case "reviews":
      return b === "new" ? html`<${NewReview} me=${me.id} />` : html`<${Reviews} me=${me.id} admin=${admin} />`;
    case "team":
      if (!admin) break;
      return b === "review" ? html`<${FeedbackReview} p=${params.get("p") ?? thisMonth()} org=${org} />` : html`<${Team} />`;
    case "pending":
      return b ? html`<${Fix} id=${b} me=${me.id} key=${b} />` : html`<${Pending} />`;
    case "wins":
      return html`<${Wins} me=${me.id} />`;
    case "more":
      return html`<${More} admin=${admin} />`;
    case "settings":
      return html`<${Settings} me=${me.id} admin=${admin} email=${me.email} org=${org} signOut=${signOut} renamed=${renamed} />`;
  }
  return html`<${Home} month=${thisMonth()} admin=${admin} me=${me.id} />`;
}

function App() {
  const [state, setState] = useState<"loading" | "out" | "in" | "offline">("loading");
  const [me, setMe] = useState<{ me: Me; org: string } | null>(null);
  const invite = location.pathname.match(/^\/invite\/(w[is]_[\w-]+)$/)?.[1];
  async function load() {
    // From the server, or the device's copy when offline.
    const r = await read(MeQuery, { p: thisMonth() });
    const viewer = r.data.viewer;
    setMe({ me: viewer, org: r.data.organization.name });
    setState("in");
    void start(() => ({ me: viewer.id, admin: viewer.role === "ADMIN", now: Date.now() }));
  }
  async function signOut(everywhere: boolean) {
    const box = await outbox;
    const waiting = (await box.list()).length;
    if (waiting && !confirm(`${plural(waiting, "change")} ${waiting === 1 ? "is" : "are"} not on the server yet and will be lost. Sign out anyway?`)) return;
    try {
      await logout(everywhere);
    } catch {
      alert("Signing out needs a connection: try again when online.");
      return;
    }
    await forgetReads();
    await forget();
    for (const e of await box.list()) await box.discard(e.id);
    location.hash = "";
    setState("out");
  }
  useEffect(() => {
    refresh().then(
      (ok) => (ok ? load() : setState("out")),
      () => load().catch(() => setState("offline")), // offline: open with what the device has
    );
  }, []);
  if (state === "loading") return html`<p class="muted">Loading Walker…</p>`;
  if (state === "offline") return html`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`;
  const renamed = (name: string) => setMe((m) => m && { ...m, org: name });
  if (state === "in" && me) return html`<${Signed} me=${me.me} org=${me.org} signOut=${signOut} renamed=${renamed} />`;
  if (invite) return html`<${Invite} token=${invite} done=${load} />`;
  return html`<${SignIn} done=${load} />`;
}

render(html`<${App} />`, document.getElementById("app")!);

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {
    // Without a service worker the app still works online.
  });
}
