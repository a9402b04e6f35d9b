// The outbox: writes made on the phone wait here, in IndexedDB, until the
// server has them. Each carries its client-generated id (the server's
// idempotency key), so replaying one twice stores it once. Entries replay
// oldest first; one the network cannot take waits for the next replay, one the
// server refuses stays for the person to fix or discard — never dropped.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

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
  createdAt: number;
}

/** What sending one entry came to. */
export type Outcome =
  | { kind: "stored" }
  | { kind: "retry" } // network down, server busy, session to renew: try later
  | { kind: "refused"; message: string }; // the server said no: the person decides

interface Schema extends DBSchema {
  outbox: { key: string; value: Entry; indexes: { seq: number } };
}

export class Outbox {
  private replaying: Promise<number> | null = null;

  private constructor(private db: IDBPDatabase<Schema>) {}

  static async open(name = "walker"): Promise<Outbox> {
    const db = await openDB<Schema>(name, 1, {
      upgrade(db) {
        db.createObjectStore("outbox", { keyPath: "id" }).createIndex("seq", "seq");
      },
    });
    return new Outbox(db);
  }

  /** add queues a write; adding the same id again changes nothing. */
  async add(e: Pick<Entry, "id" | "label" | "query" | "variables">): Promise<Entry> {
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
    return entry;
  }

  /** list returns every entry, oldest first. */
  async list(): Promise<Entry[]> {
    return this.db.getAllFromIndex("outbox", "seq");
  }

  /** discard removes an entry the person gave up on. */
  async discard(id: string): Promise<void> {
    await this.db.delete("outbox", id);
  }

  /** retry puts an entry that needed attention back in line, with new variables if fixed. */
  async retry(id: string, variables?: Record<string, unknown>): Promise<void> {
    const e = await this.db.get("outbox", id);
    if (!e) return;
    await this.db.put("outbox", { ...e, status: "waiting", error: undefined, variables: variables ?? e.variables });
  }

  /**
   * replay sends the waiting entries oldest first and returns how many the
   * server stored. Only one replay runs at a time; a call during one joins it.
   * It stops at the first entry to retry, so that order holds.
   */
  replay(send: (e: Entry) => Promise<Outcome>): Promise<number> {
    this.replaying ??= this.run(send).finally(() => (this.replaying = null));
    return this.replaying;
  }

  private async run(send: (e: Entry) => Promise<Outcome>): Promise<number> {
    let stored = 0;
    for (const e of await this.list()) {
      if (e.status === "attention") continue;
      await this.db.put("outbox", { ...e, status: "sending", attempts: e.attempts + 1 });
      let outcome: Outcome;
      try {
        outcome = await send(e);
      } catch {
        outcome = { kind: "retry" };
      }
      if (outcome.kind === "stored") {
        await this.db.delete("outbox", e.id);
        stored++;
        continue;
      }
      const current = await this.db.get("outbox", e.id);
      if (!current) continue; // discarded meanwhile
      if (outcome.kind === "refused") {
        await this.db.put("outbox", { ...current, status: "attention", error: outcome.message });
        continue;
      }
      await this.db.put("outbox", { ...current, status: "waiting" });
      break;
    }
    return stored;
  }

  /** recover turns entries left "sending" by a closed tab back to waiting. */
  async recover(): Promise<void> {
    for (const e of await this.list()) {
      if (e.status === "sending") await this.db.put("outbox", { ...e, status: "waiting" });
    }
  }
}
