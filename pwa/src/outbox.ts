// The outbox: writes made on the phone wait here, in IndexedDB, until the
// server has them. Each carries its client-generated id (the server's
// idempotency key), so replaying one twice stores it once. Entries replay
// oldest first; one the network cannot take waits for the next replay, one the
// server refuses stays for the person to fix or discard — never dropped.
//
// A write may refer to another one still waiting (a conversation with a
// customer added offline) by the string ref(clientID). Once the server has
// stored the first, its id is kept here and put in place of the ref before the
// second is sent; until then the second waits.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Effect } from "./overlay";

export type Status = "waiting" | "sending" | "attention";

export interface Entry {
  /** The client-generated id: the outbox key and the create's clientID. */
  id: string;
  /** Order of creation; replay goes by it. */
  seq: number;
  /** What the person did, for the pending list ("Conversation with Zoe"). */
  label: string;
  query: string;
  variables: Record<string, unknown>;
  status: Status;
  attempts: number;
  error?: string;
  /** The input field the server's error names (extensions.field), e.g. "durationMinutes". */
  field?: string;
  /** What the form showed that the write does not carry (the names of the customers picked), to open it again. */
  draft?: Record<string, unknown>;
  /** What the write does to the replica, shown at once (overlay.ts). */
  effect?: Effect;
  /** For an edit refused as a CONFLICT: the record as it is on the server now (GraphQL field names). */
  current?: Record<string, unknown>;
  createdAt: number;
}

/** What sending one entry came to. */
export type Outcome =
  | { kind: "stored"; id?: string } // id: the server's id for the record, for refs
  | { kind: "retry" } // network down, server busy, session to renew: try later
  | { kind: "refused"; message: string; field?: string; current?: Record<string, unknown> }; // the server said no: the person decides

interface Schema extends DBSchema {
  outbox: { key: string; value: Entry; indexes: { seq: number } };
  /** Server ids of records created through the outbox, by client id. */
  ids: { key: string; value: { clientID: string; id: string } };
}

const REF = "local:";

/** ref stands, in a write's variables, for the server id of the record created with clientID. */
export const ref = (clientID: string): string => REF + clientID;

/** isRef tells whether a value stands for a record still on the device. */
export const isRef = (v: unknown): v is string => typeof v === "string" && v.startsWith(REF);

/** refsIn lists the client ids a value refers to. */
function refsIn(v: unknown, out: string[] = []): string[] {
  if (isRef(v)) out.push(v.slice(REF.length));
  else if (Array.isArray(v)) v.forEach((x) => refsIn(x, out));
  else if (v && typeof v === "object") Object.values(v).forEach((x) => refsIn(x, out));
  return out;
}

/** replaceRefs puts server ids in place of refs. */
function replaceRefs(v: unknown, ids: Map<string, string>): unknown {
  if (isRef(v)) return ids.get(v.slice(REF.length));
  if (Array.isArray(v)) return v.map((x) => replaceRefs(x, ids));
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceRefs(x, ids)]));
  return v;
}

export class Outbox {
  private replaying: Promise<number> | null = null;
  private again = false;
  private listeners = new Set<() => void>();

  private constructor(private db: IDBPDatabase<Schema>) {}

  static async open(name = "walker"): Promise<Outbox> {
    const db = await openDB<Schema>(name, 2, {
      upgrade(db, old) {
        if (old < 1) db.createObjectStore("outbox", { keyPath: "id" }).createIndex("seq", "seq");
        if (old < 2) db.createObjectStore("ids", { keyPath: "clientID" });
      },
    });
    return new Outbox(db);
  }

  /** subscribe calls fn after every change; it returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    this.listeners.forEach((fn) => fn());
  }

  /** serverID is the server's id for a record created through the outbox, once known. */
  async serverID(clientID: string): Promise<string | undefined> {
    return (await this.db.get("ids", clientID))?.id;
  }

  /** add queues a write; adding the same id again changes nothing. */
  async add(e: Pick<Entry, "id" | "label" | "query" | "variables" | "draft" | "effect">): Promise<Entry> {
    const tx = this.db.transaction("outbox", "readwrite");
    const existing = await tx.store.get(e.id);
    if (existing) {
      await tx.done;
      return existing;
    }
    const last = await tx.store.index("seq").openCursor(null, "prev");
    const entry: Entry = { ...e, seq: (last?.value.seq ?? 0) + 1, status: "waiting", attempts: 0, createdAt: Date.now() };
    await tx.store.add(entry);
    await tx.done;
    this.changed();
    return entry;
  }

  /** list returns every entry, oldest first. */
  async list(): Promise<Entry[]> {
    return this.db.getAllFromIndex("outbox", "seq");
  }

  /** discard removes an entry the person gave up on. */
  async discard(id: string): Promise<void> {
    await this.db.delete("outbox", id);
    this.changed();
  }

  /**
   * retry puts an entry that needed attention back in line, in its place and
   * under its id, with what the person fixed (variables, label, draft).
   */
  async retry(id: string, variables?: Record<string, unknown>, fixed: Partial<Pick<Entry, "label" | "draft" | "effect">> = {}): Promise<void> {
    const e = await this.db.get("outbox", id);
    if (!e) return;
    await this.db.put("outbox", {
      ...e, ...fixed, status: "waiting", error: undefined, field: undefined, current: undefined, variables: variables ?? e.variables,
    });
    this.changed();
  }

  /**
   * cancel takes back an entry not sent yet (waiting, or refused) and tells
   * whether it did; one being sent, or sent, is the server's already.
   */
  async cancel(id: string): Promise<boolean> {
    const tx = this.db.transaction("outbox", "readwrite");
    const e = await tx.store.get(id);
    const taken = !!e && e.status !== "sending";
    if (taken) await tx.store.delete(id);
    await tx.done;
    if (taken) this.changed();
    return taken;
  }

  /**
   * rebase moves the later edits of a record, made on top of an edit the
   * server has just stored, from the version that edit expected to the one
   * the server gave it: the person made them on what they saw, which is that.
   */
  async rebase(store: string, id: string, from: number, to: number): Promise<void> {
    const tx = this.db.transaction("outbox", "readwrite");
    for (const e of await tx.store.getAll()) {
      if (e.status === "sending" || e.effect?.store !== store || e.effect.op !== "patch" || e.effect.id !== id) continue;
      if (e.variables.expectedVersion !== from) continue;
      await tx.store.put({ ...e, variables: { ...e.variables, expectedVersion: to } });
    }
    await tx.done;
  }

  /** claim marks an entry as being sent, as it is now (it may have been fixed or discarded since the list was read). */
  private async claim(id: string): Promise<Entry | null> {
    const tx = this.db.transaction("outbox", "readwrite");
    const e = await tx.store.get(id);
    if (!e || e.status === "attention") {
      await tx.done;
      return null;
    }
    const claimed: Entry = { ...e, status: "sending", attempts: e.attempts + 1 };
    await tx.store.put(claimed);
    await tx.done;
    return claimed;
  }

  /**
   * replay sends the waiting entries oldest first and returns how many the
   * server stored. Only one replay runs at a time; a call during one joins it
   * (and makes it go round once more for what was added meanwhile).
   * It stops at the first entry to retry, so that order holds.
   */
  replay(send: (e: Entry) => Promise<Outcome>): Promise<number> {
    if (this.replaying) {
      // The running replay read the list before this call: it goes round
      // once more, so that a write added meanwhile is not left for the timer.
      this.again = true;
      return this.replaying;
    }
    this.replaying = (async () => {
      let stored = 0;
      do {
        this.again = false;
        stored += await this.run(send);
      } while (this.again);
      return stored;
    })().finally(() => (this.replaying = null));
    return this.replaying;
  }

  private async run(send: (e: Entry) => Promise<Outcome>): Promise<number> {
    let stored = 0;
    try {
      for (const listed of await this.list()) {
        if (listed.status === "attention") continue;
        const e = await this.claim(listed.id);
        if (!e) continue; // discarded, or refused, meanwhile
        const variables = await this.resolve(e);
        if (!variables) {
          // refers to a write not stored yet: it waits
          const now = await this.db.get("outbox", e.id);
          if (now?.status === "sending") await this.db.put("outbox", { ...now, status: "waiting", attempts: e.attempts - 1 });
          continue;
        }
        this.changed();
        let outcome: Outcome;
        try {
          outcome = await send({ ...e, variables });
        } catch {
          outcome = { kind: "retry" };
        }
        if (outcome.kind === "stored") {
          const tx = this.db.transaction(["outbox", "ids"], "readwrite");
          if (outcome.id) await tx.objectStore("ids").put({ clientID: e.id, id: outcome.id });
          await tx.objectStore("outbox").delete(e.id);
          await tx.done;
          stored++;
          continue;
        }
        const current = await this.db.get("outbox", e.id);
        if (!current) continue; // discarded meanwhile
        if (outcome.kind === "refused") {
          await this.db.put("outbox", { ...current, status: "attention", error: outcome.message, field: outcome.field, current: outcome.current });
          continue;
        }
        await this.db.put("outbox", { ...current, status: "waiting" });
        break;
      }
    } finally {
      this.changed();
    }
    return stored;
  }

  /**
   * resolve returns e's variables with server ids in place of refs, or null
   * while a record it refers to is still waiting in the outbox. A ref to a
   * record that was discarded leaves e needing attention.
   */
  private async resolve(e: Entry): Promise<Record<string, unknown> | null> {
    const refs = refsIn(e.variables);
    if (refs.length === 0) return e.variables;
    const ids = new Map<string, string>();
    for (const clientID of refs) {
      const id = await this.serverID(clientID);
      if (id) {
        ids.set(clientID, id);
        continue;
      }
      const waiting = await this.db.get("outbox", clientID);
      if (!waiting) {
        await this.db.put("outbox", { ...e, status: "attention", error: "It refers to something that was discarded: change it or discard it." });
      }
      return null;
    }
    return replaceRefs(e.variables, ids) as Record<string, unknown>;
  }

  /** recover turns entries left "sending" by a closed tab back to waiting. */
  async recover(): Promise<void> {
    for (const e of await this.list()) {
      if (e.status === "sending") await this.db.put("outbox", { ...e, status: "waiting" });
    }
    this.changed();
  }
}
