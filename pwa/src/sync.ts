// Syncing with the server, both ways. Writes go through the outbox: kept on
// the device at once (and shown at once, on top of the replica), sent when
// the server can be reached; the server's answer goes into the replica. The
// replica follows the server's change log. Both run on start, when the
// browser comes back online, when the app is shown or focused, every 30
// seconds, and (writes) right after each write — Safari has no Background
// Sync, so the app does not rely on it.
import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";
import type { Scope } from "./apply";
import { GraphQLError, NetworkError, onCost, send } from "./api";
import { Outbox, type Entry, type Outcome } from "./outbox";
import type { Effect } from "./overlay";
import { Puller } from "./pull";
import { normalize, type Rec } from "./records";
import { Replica } from "./replica";

export const outbox = Outbox.open();
export const replica = new Replica();
export const puller = new Puller(replica, send);
onCost((c) => puller.spent(c));

/** newID makes a client id: the outbox key and the server's idempotency key. */
export const newID = (): string => crypto.randomUUID();

/** Codes after which a write waits and is sent again; any other is the person's to fix. */
const transient = new Set(["UNAUTHENTICATED", "RATE_LIMITED", "INTERNAL"]);

/**
 * stored puts the server's answer to a write into the replica (the record as
 * the server has it now, or its deletion), and moves the person's later edits
 * of that record onto the version it got.
 */
async function stored(f: Effect, answer: unknown, expected: unknown): Promise<void> {
  if (f.op === "delete") {
    const held = replica.get(f.store, f.id);
    await replica.write([{ kind: "delete", store: f.store, id: f.id, version: (held?.version ?? 0) + 1 }]);
    return;
  }
  if (!answer || typeof answer !== "object") return;
  const record = normalize(f.store, answer as Record<string, unknown>) as Rec;
  if (!record.id || typeof record.version !== "number") return;
  await replica.write([{ kind: "put", store: f.store, record }]);
  if (f.op === "patch" && typeof expected === "number") await (await outbox).rebase(f.store, f.id, expected, record.version);
}

/** deliver sends one entry and tells the outbox what came of it. */
export async function deliver(e: Entry): Promise<Outcome> {
  try {
    const data = await send(e.query, e.variables);
    const first = Object.values(data)[0] as { id?: string } | string | null;
    if (e.effect) await stored(e.effect, first, e.variables.expectedVersion).catch(() => {}); // the log brings it anyway
    return { kind: "stored", id: typeof first === "object" ? first?.id : undefined };
  } catch (err) {
    if (err instanceof NetworkError) return { kind: "retry" };
    if (err instanceof GraphQLError && !transient.has(err.code) && err.status < 500) {
      return { kind: "refused", message: err.message, field: err.field || undefined, current: err.current };
    }
    return { kind: "retry" };
  }
}

const syncedListeners = new Set<() => void>();

/** onSynced calls fn whenever a replay stored something; it returns the unsubscribe. */
export function onSynced(fn: () => void): () => void {
  syncedListeners.add(fn);
  return () => syncedListeners.delete(fn);
}

/** push replays the outbox now. */
export async function push(): Promise<number> {
  const n = await (await outbox).replay(deliver);
  if (n > 0) {
    syncedListeners.forEach((fn) => fn());
    void pull(); // what the writes did besides (a champion made by an approval)
  }
  return n;
}

let scope: (() => Scope) | null = null;

/** PullState is how the last attempt to bring the replica up to date went. */
export interface PullState {
  /** The server could not be reached. */
  offline: boolean;
  /** The server answered with an error (shown with a retry). */
  error: string;
}
let pullState: PullState = { offline: false, error: "" };
const pullListeners = new Set<() => void>();

/** lastPull is how the last pull went; onPull calls fn when that changes. */
export const lastPull = (): PullState => pullState;
export function onPull(fn: () => void): () => void {
  pullListeners.add(fn);
  return () => pullListeners.delete(fn);
}

function pulled(s: PullState): void {
  if (s.offline === pullState.offline && s.error === pullState.error) return;
  pullState = s;
  pullListeners.forEach((fn) => fn());
}

/** pull brings the replica up to date (once signed in); offline it waits for the next time. */
export async function pull(): Promise<void> {
  if (!scope) return;
  try {
    await puller.pull(scope);
    pulled({ offline: false, error: "" });
  } catch (err) {
    if (err instanceof NetworkError) pulled({ offline: true, error: "" });
    else pulled({ offline: false, error: err instanceof Error ? err.message : String(err) });
  }
}

/** sync sends what waits, then reads what changed. */
export async function sync(): Promise<number> {
  const n = await push();
  await pull();
  return n;
}

/**
 * write queues a mutation (its variables may hold refs to records still on
 * the device) with what it does to the replica, and tries to send it at
 * once. The id is the client id the mutation carries, so a repeat is stored
 * once.
 */
export async function write<R, V>(id: string, label: string, doc: TadaDocumentNode<R, V>, variables: V, draft?: Record<string, unknown>, effect?: Effect): Promise<Entry> {
  const e = await (await outbox).add({ id, label, query: print(doc), variables: variables as Record<string, unknown>, draft, effect });
  void push();
  return e;
}

/**
 * save queues a form's write, or, when the form is fixing a refused one,
 * puts the fixed write in that entry's place (same client id, so the server
 * still stores it once) and replays.
 */
export async function save<R, V>(fixing: Entry | undefined, id: string, label: string, doc: TadaDocumentNode<R, V>, variables: V, draft?: Record<string, unknown>, effect?: Effect): Promise<void> {
  if (!fixing) {
    await write(id, label, doc, variables, draft, effect);
    return;
  }
  await (await outbox).retry(fixing.id, variables as Record<string, unknown>, { label, draft, ...(effect ? { effect } : {}) });
  void push();
}

/** persist asks the browser to keep Walker's data (not to evict it under storage pressure). */
export async function persist(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) || ((await navigator.storage?.persist?.()) ?? false);
  } catch {
    return false;
  }
}

let started = false;

/** start replays what an earlier visit left, fills or updates the replica for the person, and keeps syncing. */
export async function start(who: () => Scope): Promise<void> {
  scope = who;
  if (started) return;
  started = true;
  await (await outbox).recover();
  const again = () => void sync();
  addEventListener("online", again);
  addEventListener("focus", again);
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && again());
  // The browser took the replica away: fill it again.
  replica.subscribe(() => replica.meta === null && navigator.onLine && again());
  setInterval(again, 30_000);
  await sync();
  void persist();
}

/** forget empties what the device holds of the person: the replica (the outbox is the caller's). */
export async function forget(): Promise<void> {
  scope = null;
  await replica.clear(null);
}
