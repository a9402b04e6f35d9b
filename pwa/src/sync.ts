// Writes go through the outbox: kept on the device at once, sent when the
// server can be reached — on start, when the browser comes back online,
// every 30 seconds and right after each write (Safari has no Background
// Sync, so the app does not rely on it).
import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";
import { GraphQLError, NetworkError, send } from "./api";
import { Outbox, type Entry, type Outcome } from "./outbox";

export const outbox = Outbox.open();

/** newID makes a client id: the outbox key and the server's idempotency key. */
export const newID = (): string => crypto.randomUUID();

/** Codes after which a write waits and is sent again; any other is the person's to fix. */
const transient = new Set(["UNAUTHENTICATED", "RATE_LIMITED", "INTERNAL"]);

/** deliver sends one entry and tells the outbox what came of it. */
export async function deliver(e: Entry): Promise<Outcome> {
  try {
    const data = await send(e.query, e.variables);
    const first = Object.values(data)[0] as { id?: string } | null;
    return { kind: "stored", id: first?.id };
  } catch (err) {
    if (err instanceof NetworkError) return { kind: "retry" };
    if (err instanceof GraphQLError && !transient.has(err.code) && err.status < 500) {
      return { kind: "refused", message: err.message, field: err.field || undefined };
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

/** sync replays the outbox now. */
export async function sync(): Promise<number> {
  const stored = await (await outbox).replay(deliver);
  if (stored > 0) syncedListeners.forEach((fn) => fn());
  return stored;
}

/**
 * write queues a mutation (its variables may hold refs to records still on
 * the device) and tries to send it at once. The id is the client id the
 * mutation carries, so a repeat is stored once.
 */
export async function write<R, V>(id: string, label: string, doc: TadaDocumentNode<R, V>, variables: V, draft?: Record<string, unknown>): Promise<Entry> {
  const e = await (await outbox).add({ id, label, query: print(doc), variables: variables as Record<string, unknown>, draft });
  void sync();
  return e;
}

/**
 * save queues a form's write, or, when the form is fixing a refused one,
 * puts the fixed write in that entry's place (same client id, so the server
 * still stores it once) and replays.
 */
export async function save<R, V>(fixing: Entry | undefined, id: string, label: string, doc: TadaDocumentNode<R, V>, variables: V, draft?: Record<string, unknown>): Promise<void> {
  if (!fixing) {
    await write(id, label, doc, variables, draft);
    return;
  }
  await (await outbox).retry(fixing.id, variables as Record<string, unknown>, { label, draft });
  void sync();
}

let started = false;

/** start replays what an earlier visit left, and keeps replaying. */
export async function start(): Promise<void> {
  if (started) return;
  started = true;
  await (await outbox).recover();
  addEventListener("online", () => void sync());
  document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void sync());
  setInterval(() => void sync(), 30_000);
  await sync();
}
