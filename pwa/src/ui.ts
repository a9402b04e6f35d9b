// Shared pieces of the screens: routing, reading with the device's copy,
// the pending list, connectivity, and the frame around every screen.
import type { TadaDocumentNode } from "gql.tada";
import { html } from "htm/preact";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { read } from "./cache";
import type { Entry } from "./outbox";
import { lastPull, onSynced, puller, replica, sync } from "./sync";
import { pending, ready, useView } from "./view";

/** useRoute follows the hash: "#/decisions/new?x=1" → ["decisions", "new"], params. */
export function useRoute(): [string[], URLSearchParams] {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  return [path.split("/").filter(Boolean).map(decodeURIComponent), new URLSearchParams(query)];
}

export const go = (to: string): void => {
  location.hash = to;
};

export interface Loaded<R> {
  data: R | null;
  asOf: number | null;
  error: string;
  reload: () => void;
}

/** useRead runs a query when its variables change and whenever the outbox stored writes. */
export function useRead<R, V>(doc: TadaDocumentNode<R, V>, variables: V): Loaded<R> {
  const [state, setState] = useState<{ data: R | null; asOf: number | null; error: string }>({ data: null, asOf: null, error: "" });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => onSynced(() => setTick((t) => t + 1)), []);
  useEffect(() => {
    let live = true;
    read(doc, variables).then(
      (r) => live && setState({ data: r.data, asOf: r.asOf, error: "" }),
      // What was shown belongs to other variables or is out of date: an
      // error, never a stale or empty answer.
      (err) => live && setState({ data: null, asOf: null, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = () => {
    setState((s) => (s.error ? { data: null, asOf: null, error: "" } : s));
    setTick((t) => t + 1);
  };
  return { ...state, reload };
}

/** usePending lists the outbox, kept current (empty until it has been read). */
export function usePending(): Entry[] {
  useView();
  return pending() ?? [];
}

/** pendingOf picks the waiting writes of one mutation, e.g. "createConversation". */
export const pendingOf = (entries: Entry[], mutation: string): Entry[] => entries.filter((e) => e.query.includes(` ${mutation}(`));

/** useOnline follows the browser's connectivity. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(navigator.onLine);
    addEventListener("online", on);
    addEventListener("offline", on);
    return () => {
      removeEventListener("online", on);
      removeEventListener("offline", on);
    };
  }, []);
  return online;
}

// One formatter each, made once: toLocaleString with options makes a new
// one on every call, a few milliseconds a screen that shows many dates.
const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
export const fmtDate = (t: string | number): string => dateFormat.format(new Date(t));
export const fmtTime = (t: string | number): string => timeFormat.format(new Date(t));

/** paceWords says where a commitment stands (CommitmentProgress.pace), in words, not only by colour. */
export const paceWords: Record<string, string> = { MET: "met", ON_TRACK: "on track", BEHIND: "behind", AT_RISK: "at risk", MISSED: "missed" };

const monthFormat = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonthFormat = new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" });

/** monthName says a month written YYYY-MM in words: "2026-11" → "November 2026". */
export const monthName = (p: string): string => monthFormat.format(new Date(p + "-01T00:00:00Z"));

/** shortMonth is a month's short name: "2026-11" → "Nov". */
export const shortMonth = (p: string): string => shortMonthFormat.format(new Date(p + "-01T00:00:00Z"));

/** words turns an enum value into words: "FOCUS_GROUP" → "Focus group". */
export const words = (v: string): string => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, " ");

/** thisMonth is the current month, YYYY-MM (UTC, as the server counts). */
export const thisMonth = (): string => new Date().toISOString().slice(0, 7);

/** Failed shows a read that failed: what, why, and a way to try again. */
export function Failed({ what, error, retry }: { what: string; error: string; retry: () => void }) {
  return html`<div class="failed" role="alert" tabindex="-1" data-testid="read-failed">
    <p><strong>Could not load ${what}.</strong> ${error}</p>
    <button type="button" class="secondary" onClick=${retry}>Retry</button>
  </div>`;
}

/** Skeleton stands in for what is being read: grey lines where the text will be, "Loading…" for screen readers. */
export function Skeleton() {
  return html`<div class="skeleton" role="status" aria-live="polite" data-testid="skeleton"><span class="sr-only">Loading…</span>
    <span class="bone" aria-hidden="true"></span><span class="bone short" aria-hidden="true"></span><span class="bone" aria-hidden="true"></span></div>`;
}

/** State shows loading, a failed read with a retry, or the "as of" time of the device's copy. */
export function State<R>({ r, what = "this screen" }: { r: Loaded<R>; what?: string }) {
  if (r.error) return html`<${Failed} what=${what} error=${r.error} retry=${r.reload} />`;
  if (!r.data) return html`<${Skeleton} />`;
  if (r.asOf) return html`<p class="asof" data-testid="as-of">Offline: as of ${fmtTime(r.asOf)}</p>`;
  return null;
}

export const statusWords: Record<Entry["status"], string> = { waiting: "Waiting", sending: "Sending", attention: "Needs attention" };

/**
 * Synced is the state of the device's copy a screen reads: loading while it
 * is first filled, the error of the last attempt to update it (with a retry,
 * above what the device has), or its time when offline.
 */
export function Synced({ what }: { what: string }) {
  useView();
  const p = lastPull();
  const at = replica.meta?.syncedAt;
  if (p.error) {
    return html`<${Failed} what=${what} error=${p.error} retry=${() => void sync()} />${at ? html`<p class="asof">Showing what this device has, as of ${fmtTime(at)}.</p>` : ""}`;
  }
  if (!ready()) {
    return p.offline
      ? html`<p class="asof" data-testid="as-of">Offline: this device has nothing of ${what} yet. It gets them when Walker reaches the server.</p>`
      : html`<${Skeleton} />`;
  }
  if (p.offline && at) return html`<p class="asof" data-testid="as-of">Offline: as of ${fmtTime(at)}</p>`;
  return null;
}

/** Badge shows a pending write's status. */
export const Badge = ({ e }: { e: Entry }) => html`<span class=${"badge " + e.status}>${statusWords[e.status]}</span>`;

const tabs: [string, string, string][] = [
  ["", "Home", "⌂"],
  ["conversations", "Conversations", "☰"],
  ["decisions", "Decisions", "◆"],
  ["champions", "Champions", "★"],
  ["more", "More", "…"],
];

/** syncWords says what waits to be sent: "All synced" only once the outbox was read and holds nothing. */
export function syncWords(entries: Entry[] | null): string {
  if (entries === null) return "Checking…";
  const attention = entries.filter((e) => e.status === "attention").length;
  return (entries.length === 0 ? "All synced" : `${entries.length} waiting to sync`) + (attention ? ` · ${attention} to fix` : "");
}

/** n formats a count: 50,000. */
export const n = (x: number): string => x.toLocaleString("en");

/** plural says a count with its noun, singular for exactly one: "1 champion", "2 champions", "0 follow-ups". */
export const plural = (k: number, one: string, many = one + "s"): string => `${n(k)} ${k === 1 ? one : many}`;

/** Filling says, while the replica is first filled, how far it is. */
function Filling() {
  useView();
  const p = puller.progress;
  if (ready() || !p) return null;
  return html`<p class="notice" role="status" data-testid="filling">Getting your data onto this device: ${n(p.read)} of ${n(p.total)} records…</p>`;
}

/** Toast is a short message with an action (Undo), shown above the tabs. */
interface Toast {
  text: string;
  action?: { label: string; run: () => unknown };
}
let toast: Toast | null = null;
let toastTimer = 0;
const toastListeners = new Set<() => void>();

/** say shows a toast for a while (10 seconds), replacing the one shown. */
export function say(text: string, action?: Toast["action"]): void {
  toast = { text, action };
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => ((toast = null), toastListeners.forEach((fn) => fn())), 10_000);
  toastListeners.forEach((fn) => fn());
}

function ToastBar() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const fn = () => setTick((t) => t + 1);
    toastListeners.add(fn);
    return () => void toastListeners.delete(fn);
  }, []);
  if (!toast) return null;
  const t = toast;
  const act = () => {
    toast = null;
    toastListeners.forEach((fn) => fn());
    void t.action?.run();
  };
  return html`<div class="toast" role="status" data-testid="toast"><span>${t.text}</span>${t.action && html`<button type="button" class="secondary" onClick=${act}>${t.action.label}</button>`}</div>`;
}

/** Frame is the header (connectivity, writes waiting) and the tab bar around a screen. */
export function Frame({ section, children }: { section: string; children: ComponentChildren }) {
  const online = useOnline();
  useView();
  const entries = pending();
  const attention = entries?.some((e) => e.status === "attention");
  return html`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${online ? "net on" : "net off"} data-testid="network">${online ? "Online" : "Offline"}</span>
      <a href="#/pending" class=${attention ? "sync attention" : "sync"} data-testid="pending">${syncWords(entries)}</a>
    </header>
    <${Filling} />
    <div class="screen">${children}</div>
    <${ToastBar} />
    <nav class="tabs" aria-label="Sections">
      ${tabs.map(([to, label, icon]) => html`<a href=${"#/" + to} aria-current=${section === to ? "page" : undefined}><span aria-hidden="true">${icon}</span>${label}</a>`)}
    </nav>`;
}

/** useShowMore shows a long list a page at a time: how many to show, and a button for more (with the count left). */
export function useShowMore(total: number, page = 50): [number, () => unknown] {
  const [shown, setShown] = useState(page);
  const more = () =>
    shown < total
      ? html`<button type="button" class="secondary more" onClick=${() => setShown(shown + page)}>Show ${n(Math.min(page, total - shown))} more (${n(total - shown)} not shown)</button>`
      : null;
  return [shown, more];
}

/** Connection is a server list page: its items, how many there are, and where the next page starts. */
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges?: ({ node?: T | null } | null)[] | null;
}

export interface Pages<T> {
  items: T[];
  total: number;
  /** null while the first page loads. */
  loaded: boolean;
  error: string;
  asOf: number | null;
  /** more asks for the next page, when there is one. */
  more: (() => void) | null;
  reload: () => void;
}

/**
 * usePages reads a list from the server a page at a time, for lists the
 * device does not keep (the team's month, open follow-ups, tokens): the
 * pages asked for so far, the count of all, and a way to the next page.
 */
export function usePages<R, V, T>(doc: TadaDocumentNode<R, V & { after: string | null }>, variables: V, conn: (r: R) => Connection<T>): Pages<T> {
  const key = JSON.stringify(variables);
  const [wanted, setWanted] = useState(1);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ key: string; pages: Connection<T>[]; error: string; asOf: number | null }>({ key, pages: [], error: "", asOf: null });
  useEffect(() => onSynced(() => setTick((t) => t + 1)), []);
  useEffect(() => setWanted(1), [key]);
  useEffect(() => {
    let live = true;
    (async () => {
      const pages: Connection<T>[] = [];
      let asOf: number | null = null;
      let after: string | null = null;
      for (let i = 0; i < wanted; i++) {
        const r = await read(doc, { ...variables, after } as V & { after: string | null });
        if (!live) return;
        const c = conn(r.data);
        pages.push(c);
        asOf = r.asOf ?? asOf;
        setState({ key, pages: [...pages], error: "", asOf });
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor ?? null;
      }
    })().catch((err) => live && setState({ key, pages: [], error: err instanceof Error ? err.message : String(err), asOf: null }));
    return () => {
      live = false;
    };
  }, [key, wanted, tick]);
  const pages = state.key === key ? state.pages : [];
  const last = pages.at(-1);
  return {
    items: pages.flatMap((p) => (p.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))),
    total: last?.totalCount ?? 0,
    loaded: pages.length > 0,
    error: state.key === key ? state.error : "",
    asOf: state.asOf,
    more: last?.pageInfo.hasNextPage && pages.length === wanted ? () => setWanted(wanted + 1) : null,
    reload: () => setTick((t) => t + 1),
  };
}

/** PagesState shows a server list's loading, failure (with a retry) or offline copy, and its count. */
export function PagesState<T>({ p, what, count }: { p: Pages<T>; what: string; count?: (shown: number, total: number) => string }) {
  if (p.error) return html`<${Failed} what=${what} error=${p.error} retry=${p.reload} />`;
  if (!p.loaded) return html`<${Skeleton} />`;
  return html`${p.asOf && html`<p class="asof" data-testid="as-of">Offline: as of ${fmtTime(p.asOf)}</p>`}
    <p class="muted">${count ? count(p.items.length, p.total) : `${n(p.items.length)} of ${n(p.total)} shown.`}</p>`;
}

/** MoreButton asks a server list for its next page. */
export const MoreButton = ({ p, label = "Show more" }: { p: Pages<unknown>; label?: string }) =>
  p.more ? html`<button type="button" class="secondary more" onClick=${p.more}>${label} (${n(p.total - p.items.length)} not shown)</button>` : null;

/** Chart draws a 12-month series as labelled bars — month names, the year under each January and the
 * first month, each value above its bar, a baseline and the scale's top — with the figures as a table for
 * screen readers. */
export function Chart({ series, label }: { series: { period: string; count: number }[]; label: string }) {
  const max = Math.max(1, ...series.map((s) => s.count));
  const w = 30;
  const top = 20, base = 104;
  return html`<figure class="chart">
    <svg viewBox=${`0 0 ${series.length * w + 28} 140`} role="img" aria-label=${label}>
      <line class="axis" x1="26" y1=${base} x2=${series.length * w + 28} y2=${base} />
      <line class="axis" x1="26" y1=${top} x2="26" y2=${base} />
      <text class="tick" x="22" y=${top + 4} text-anchor="end">${n(max)}</text>
      <text class="tick" x="22" y=${base} text-anchor="end">0</text>
      ${series.map((s, i) => {
        const h = (s.count / max) * (base - top);
        const x = 28 + i * w;
        const [y, m] = s.period.split("-");
        const year = i === 0 || m === "01";
        return html`<rect x=${x + 4} y=${base - h} width=${w - 8} height=${h} rx="2"><title>${monthName(s.period)}: ${n(s.count)}</title></rect>
          <text class="value" x=${x + w / 2} y=${base - h - 3} text-anchor="middle">${n(s.count)}</text>
          <text x=${x + w / 2} y=${base + 14} text-anchor="middle">${shortMonth(s.period)}</text>
          ${year && html`<text class="year" x=${x + w / 2} y=${base + 29} text-anchor="middle">${y}</text>`}`;
      })}
    </svg>
    <table class="sr-only"><caption>${label}</caption>
      <tbody>${series.map((s) => html`<tr><th scope="row">${monthName(s.period)}</th><td>${s.count}</td></tr>`)}</tbody></table>
  </figure>`;
}

/** The browser's offer to install the app (beforeinstallprompt), kept until used. */
type InstallPrompt = Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> };
let installOffer: InstallPrompt | null = null;
const installListeners = new Set<() => void>();
globalThis.addEventListener?.("beforeinstallprompt", (e) => {
  e.preventDefault(); // offered in More, when the person chooses
  installOffer = e as InstallPrompt;
  installListeners.forEach((f) => f());
});
globalThis.addEventListener?.("appinstalled", () => ((installOffer = null), installListeners.forEach((f) => f())));

/** standalone says whether the app already runs installed. */
export const standalone = (): boolean =>
  matchMedia("(display-mode: standalone)").matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;

/** Install offers to install Walker where the browser allows it, and says how on iOS, where only Safari's Share menu can. */
export function Install() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const f = () => setTick((t) => t + 1);
    installListeners.add(f);
    return () => void installListeners.delete(f);
  }, []);
  if (standalone()) return null;
  if (/iphone|ipad|ipod/i.test(navigator.userAgent)) {
    return html`<section class="card" aria-label="Install Walker" data-testid="ios-install"><h2>Install Walker</h2>
      <p>In Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>. On iPhone and iPad, Walker can remind you only once it is installed this way.</p></section>`;
  }
  if (installOffer) {
    const offer = installOffer;
    return html`<section class="card" aria-label="Install Walker"><h2>Install Walker</h2>
      <p>Open Walker from your home screen like any app, offline too.</p>
      <button type="button" onClick=${async () => { await offer.prompt(); await offer.userChoice.catch(() => null); installOffer = null; setTick((t) => t + 1); }}>Install Walker</button></section>`;
  }
  return null;
}

/**
 * useLazy loads a part of the app the first screen does not carry (a
 * dynamic import), once, with a retry when it could not be fetched; the
 * service worker keeps such parts with the app for offline use.
 */
export function useLazy<C>(load: () => Promise<C>): { C?: C; error?: string; retry: () => void } {
  const [got, setGot] = useState<{ C?: C; error?: string }>({});
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    load().then((C) => setGot({ C }), (err: unknown) => setGot({ error: err instanceof Error ? err.message : String(err) }));
  }, [attempt]);
  return { ...got, retry: () => (setGot({}), setAttempt((a) => a + 1)) };
}
