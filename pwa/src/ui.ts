// Shared pieces of the screens: routing, reading with the device's copy,
// the pending list, connectivity, and the frame around every screen.
import type { TadaDocumentNode } from "gql.tada";
import { html } from "htm/preact";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { read } from "./cache";
import type { Entry } from "./outbox";
import { onSynced, outbox } from "./sync";

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

/** usePending lists the outbox, kept current. */
export function usePending(): Entry[] {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    outbox.then((box) => {
      const load = () => box.list().then((l) => live && setEntries(l));
      stop = box.subscribe(load);
      load();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return entries;
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

export const fmtDate = (t: string | number): string =>
  new Date(t).toLocaleDateString(undefined, { day: "numeric", month: "short", year: "numeric" });
export const fmtTime = (t: string | number): string =>
  new Date(t).toLocaleString(undefined, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

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

/** State shows loading, a failed read with a retry, or the "as of" time of the device's copy. */
export function State<R>({ r, what = "this screen" }: { r: Loaded<R>; what?: string }) {
  if (r.error) return html`<${Failed} what=${what} error=${r.error} retry=${r.reload} />`;
  if (!r.data) return html`<p class="muted" aria-live="polite">Loading…</p>`;
  if (r.asOf) return html`<p class="asof" data-testid="as-of">Offline: as of ${fmtTime(r.asOf)}</p>`;
  return null;
}

export const statusWords: Record<Entry["status"], string> = { waiting: "Waiting", sending: "Sending", attention: "Needs attention" };

/** Badge shows a pending write's status. */
export const Badge = ({ e }: { e: Entry }) => html`<span class=${"badge " + e.status}>${statusWords[e.status]}</span>`;

const tabs: [string, string, string][] = [
  ["", "Home", "⌂"],
  ["conversations", "Conversations", "☰"],
  ["decisions", "Decisions", "◆"],
  ["champions", "Champions", "★"],
  ["more", "More", "…"],
];

/** Frame is the header (connectivity, writes waiting) and the tab bar around a screen. */
export function Frame({ section, children }: { section: string; children: ComponentChildren }) {
  const online = useOnline();
  const pending = usePending();
  const waiting = pending.length;
  const attention = pending.filter((e) => e.status === "attention").length;
  return html`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${online ? "net on" : "net off"} data-testid="network">${online ? "Online" : "Offline"}</span>
      <a href="#/pending" class=${attention ? "sync attention" : "sync"} data-testid="pending">${waiting === 0 ? "All synced" : `${waiting} waiting to sync`}${attention ? ` · ${attention} to fix` : ""}</a>
    </header>
    <div class="screen">${children}</div>
    <nav class="tabs" aria-label="Sections">
      ${tabs.map(([to, label, icon]) => html`<a href=${"#/" + to} aria-current=${section === to ? "page" : undefined}><span aria-hidden="true">${icon}</span>${label}</a>`)}
    </nav>`;
}
