// Applying the server's change log to the replica, as pure functions: which
// records a person keeps (their scope), and what one change does to what is
// held. A change is applied once by (id, version): one whose version is not
// above the version held (or the version a record was deleted at) is old
// news; DELETED removes the record; otherwise the change's node is the
// record as it is now, kept when it is in scope and dropped when it left it.
import { normalize, storeOf, type Entity, type Rec, type Records, type StoreName } from "./records";

/** Scope says whose working set the replica holds, and when ("now", ms). */
export interface Scope {
  me: string;
  admin: boolean;
  now: number;
}

/** windows are the starts of the periods kept: a person's conversations of the last 12 months; admins', everyone's of this month and last. */
export function windows(now: number): { mine: string; everyone: string } {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return { mine: new Date(Date.UTC(y, m - 11, 1)).toISOString(), everyone: new Date(Date.UTC(y, m - 1, 1)).toISOString() };
}

/** Held tells what the replica holds: a record, or the version it was deleted at. */
export interface Held {
  get<S extends StoreName>(store: S, id: string): Records[S] | undefined;
  gone(store: StoreName, id: string): number | undefined;
}

const after = (t: string | null | undefined, from: string) => !!t && Date.parse(t) >= Date.parse(from);

/** inScope tells whether a record belongs to the person's working set. */
export function inScope<S extends StoreName>(store: S, rec: Records[S], scope: Scope, held: Pick<Held, "get">): boolean {
  const w = windows(scope.now);
  switch (store) {
    case "conversations": {
      const c = rec as Records["conversations"];
      return (c.leaderID === scope.me && after(c.occurredAt, w.mine)) || (scope.admin && after(c.occurredAt, w.everyone));
    }
    case "followUps": {
      const f = rec as Records["followUps"];
      return f.ownerID === scope.me || (!!f.conversationID && !!held.get("conversations", f.conversationID));
    }
    case "commitments":
      return (rec as Records["commitments"]).leaderID === scope.me;
    case "plans":
      return (rec as Records["plans"]).leaderID === scope.me;
    default:
      return true;
  }
}

/** Change is one entry of the change log, its node as GraphQL answers it. */
export interface Change {
  entity: Entity | string;
  operation: "CREATED" | "UPDATED" | "DELETED";
  id: string;
  version: number;
  node: Record<string, unknown> | null;
}

/** Step is what applying a change does. */
export type Step =
  | { kind: "put"; store: StoreName; record: Rec }
  | { kind: "delete"; store: StoreName; id: string; version: number }
  | { kind: "skip" };

/** decide is what one change does to the replica, given what it holds. */
export function decide(change: Change, scope: Scope, held: Held): Step {
  const store = storeOf[change.entity as Entity];
  if (!store) return { kind: "skip" };
  const rec = held.get(store, change.id);
  const seen = Math.max(rec?.version ?? 0, held.gone(store, change.id) ?? 0);
  if (change.version <= seen) return { kind: "skip" };
  if (change.operation === "DELETED" || !change.node) return { kind: "delete", store, id: change.id, version: change.version };
  const record = normalize(store, change.node);
  if (record.version <= seen) return { kind: "skip" };
  if (!inScope(store, record, scope, held)) return rec ? { kind: "delete", store, id: change.id, version: 0 } : { kind: "skip" };
  return { kind: "put", store, record };
}

/**
 * applyAll decides a page of changes in order, each seeing what the ones
 * before it did (a conversation created, then its follow-up), and returns the
 * steps to write: at most one per record, the last.
 */
export function applyAll(changes: Change[], scope: Scope, held: Held): Step[] {
  const puts = new Map<string, Rec | null>();
  const gone = new Map<string, number>();
  const key = (s: StoreName, id: string) => s + "\n" + id;
  const view: Held = {
    get: (s, id) => {
      const k = key(s, id);
      return puts.has(k) ? ((puts.get(k) ?? undefined) as never) : held.get(s, id);
    },
    gone: (s, id) => gone.get(key(s, id)) ?? held.gone(s, id),
  };
  const steps = new Map<string, Step>();
  for (const c of changes) {
    const step = decide(c, scope, view);
    if (step.kind === "skip") continue;
    const k = key(step.store, step.kind === "put" ? step.record.id : step.id);
    if (step.kind === "put") {
      puts.set(k, step.record);
    } else {
      puts.set(k, null);
      if (step.version) gone.set(k, step.version);
    }
    steps.delete(k); // the last step of a record is the one written, in its place in order
    steps.set(k, step);
  }
  return [...steps.values()];
}

/**
 * stale lists the records that left the working set as time went by
 * (conversations older than the windows) and follow-ups left without their
 * conversation, to drop.
 */
export function stale(scope: Scope, all: { [S in StoreName]?: Iterable<Records[S]> }, held: Pick<Held, "get">): [StoreName, string][] {
  const out: [StoreName, string][] = [];
  const dropped = new Set<string>();
  for (const c of all.conversations ?? []) {
    if (!inScope("conversations", c, scope, held)) {
      out.push(["conversations", c.id]);
      dropped.add(c.id);
    }
  }
  const kept: Pick<Held, "get"> = { get: (s, id) => (s === "conversations" && dropped.has(id) ? undefined : held.get(s, id)) };
  for (const f of all.followUps ?? []) if (!inScope("followUps", f, scope, kept)) out.push(["followUps", f.id]);
  return out;
}
