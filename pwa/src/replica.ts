// The replica: the server's records of a person's working set, kept in
// IndexedDB (database "walker-replica", one store per kind) with the change
// log's cursor beside them, and in memory for the screens. Everything it
// holds came from the server (a list page, a change, a write's answer); what
// the person did that the server does not have yet stays in the outbox and is
// shown on top (overlay.ts). A browser may evict the database: the replica
// then starts empty and is filled again.
import { openDB, unwrap, type IDBPDatabase } from "idb";
import type { Held, Step } from "./apply";
import { storeNames, type Rec, type Records, type StoreName } from "./records";

/** Meta is what the replica knows about itself. */
export interface Meta {
  /** "filling": the lists are being read; "ready": filled, following the log from cursor. */
  state: "filling" | "ready";
  /** Whose working set it is (the person and their role): another one is filled again. */
  scope: string;
  /** The change log's position the replica is at. */
  cursor: string;
  filledAt: number;
  fillMs: number;
  /** How long the fill waited for the person's cost budget, and how many of its requests the budget refused (each sent again). */
  budget?: { waitedMs: number; refused: number };
  /**
   * Where the fill's time went (ms): the cursor and emptying the replica,
   * the bounds, awaiting the pages (the network, the server and reading the
   * answers; waits for the budget included), what was not overlapped of
   * turning them into records and writing them, completing conversations;
   * and how many rounds of pages.
   */
  phases?: { start: number; bounds: number; pages: number; writes: number; complete: number; rounds: number };
  /** The last time the replica was brought up to date, and what it took. */
  syncedAt: number;
  pulled: { changes: number; ms: number };
}

type Tombstone = { key: string; version: number };

const DB = "walker-replica";

/** key names a deleted record in the tombstones store. */
const key = (store: StoreName, id: string) => store + ":" + id;

export class Replica implements Held {
  private db: Promise<IDBPDatabase> | null = null;
  private mem = new Map<StoreName, Map<string, Rec>>();
  private byClient = new Map<StoreName, Map<string, string>>();
  private tombs = new Map<string, number>();
  private listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;
  private revs = new Map<StoreName, number>();
  meta: Meta | null = null;
  /** Raised by every change, so that what was computed from the records can tell it is out of date. */
  rev = 0;

  constructor(private name = DB) {
    for (const s of storeNames) this.mem.set(s, new Map());
  }

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(this.name, 3, {
      // Whatever the database held (nothing, or an empty one another page
      // made): every store it lacks.
      upgrade(db) {
        const has = (s: string) => db.objectStoreNames.contains(s);
        for (const s of storeNames) if (!has(s)) db.createObjectStore(s, { keyPath: "id" });
        if (!has("tombstones")) db.createObjectStore("tombstones", { keyPath: "key" });
        if (!has("meta")) db.createObjectStore("meta");
      },
      // Another tab upgrades or deletes the database (as clearing the site's
      // data does): let it, and start again empty.
      blocking: () => this.evicted(),
      terminated: () => this.evicted(),
    }).then((db) => {
      db.addEventListener("close", () => this.evicted());
      return db;
    });
    return this.db;
  }

  /** evicted forgets the database the browser took away: the next read opens it again, empty, and the sync fills it. */
  private evicted(): void {
    const db = this.db;
    this.db = null;
    this.loading = null;
    db?.then((d) => d.close(), () => {});
    this.reset();
    this.meta = null;
    this.changed();
  }

  private reset(): void {
    for (const s of storeNames) {
      this.mem.set(s, new Map());
      this.touch(s);
    }
    this.byClient.clear();
    this.tombs.clear();
  }

  /** load reads what the device holds into memory (once; again after an eviction). */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const db = await this.open();
      const tx = db.transaction([...storeNames, "tombstones", "meta"]);
      const [meta, tombs, ...all] = await Promise.all([
        tx.objectStore("meta").get("meta") as Promise<Meta | undefined>,
        tx.objectStore("tombstones").getAll() as Promise<Tombstone[]>,
        ...storeNames.map((s) => tx.objectStore(s).getAll() as Promise<Rec[]>),
      ]);
      this.reset();
      storeNames.forEach((s, i) => all[i].forEach((r) => this.keep(s, r)));
      tombs.forEach((t) => this.tombs.set(t.key, t.version));
      this.meta = meta ?? null;
      this.changed();
    })();
    return this.loading;
  }

  /** storeRev is raised by every change of one kind's records. */
  storeRev(store: StoreName): number {
    return this.revs.get(store) ?? 0;
  }

  private touch(store: StoreName): void {
    this.revs.set(store, this.storeRev(store) + 1);
  }

  private keep(store: StoreName, r: Rec): void {
    this.mem.get(store)!.set(r.id, r);
    if (r.clientID) {
      let m = this.byClient.get(store);
      if (!m) this.byClient.set(store, (m = new Map()));
      m.set(r.clientID, r.id);
    }
  }

  private drop(store: StoreName, id: string): void {
    const r = this.mem.get(store)!.get(id);
    this.mem.get(store)!.delete(id);
    if (r?.clientID) this.byClient.get(store)?.delete(r.clientID);
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    this.rev++;
    this.listeners.forEach((fn) => fn());
  }

  get<S extends StoreName>(store: S, id: string): Records[S] | undefined {
    return this.mem.get(store)!.get(id) as Records[S] | undefined;
  }

  gone(store: StoreName, id: string): number | undefined {
    return this.tombs.get(key(store, id));
  }

  /** all is every record of a kind, by id (do not change it). */
  all<S extends StoreName>(store: S): Map<string, Records[S]> {
    return this.mem.get(store)! as Map<string, Records[S]>;
  }

  /** idOfClient is the server's id of the record created with clientID, once the replica has it. */
  idOfClient(store: StoreName, clientID: string): string | undefined {
    return this.byClient.get(store)?.get(clientID);
  }

  /**
   * write applies steps (and meta): in memory at once, then in one
   * transaction. A record older than the one held (or than its deletion) is
   * not put: writes decided from different reads (the log, a write's answer)
   * may arrive in any order, and the newest wins. Memory changes before the
   * first await, so that two writes see each other.
   */
  async write(steps: Step[], meta?: Partial<Meta>): Promise<void> {
    const kept: Step[] = [];
    const untombed = new Set<Step>();
    for (const s of steps) {
      if (s.kind === "put") {
        const held = this.get(s.store, s.record.id);
        if ((held && held.version > s.record.version) || (this.gone(s.store, s.record.id) ?? 0) >= s.record.version) continue;
        this.keep(s.store, s.record);
        if (this.tombs.delete(key(s.store, s.record.id))) untombed.add(s);
      } else if (s.kind === "delete") {
        this.drop(s.store, s.id);
        if (s.version) this.tombs.set(key(s.store, s.id), Math.max(s.version, this.gone(s.store, s.id) ?? 0));
      } else continue;
      this.touch(s.store);
      kept.push(s);
    }
    const next = meta ? ({ ...this.meta, ...meta } as Meta) : null;
    if (next) this.meta = next;
    if (kept.length || next) this.changed();
    const db = await this.open();
    const tx = db.transaction([...storeNames, "tombstones", "meta"], "readwrite");
    // The plain IndexedDB stores, without a promise per request (a fill puts
    // 50,000 records; idb's wrapping of each was most of the page's script
    // time): a request that fails aborts the transaction, and tx.done says so.
    const stores = new Map<string, IDBObjectStore>();
    const store = (name: string) => {
      let st = stores.get(name);
      if (!st) stores.set(name, (st = unwrap(tx.objectStore(name as StoreName))));
      return st;
    };
    for (const s of kept) {
      if (s.kind === "put") {
        store(s.store).put(s.record);
        if (untombed.has(s)) store("tombstones").delete(key(s.store, s.record.id));
      } else if (s.kind === "delete") {
        store(s.store).delete(s.id);
        const v = this.gone(s.store, s.id);
        if (v) store("tombstones").put({ key: key(s.store, s.id), version: v });
      }
    }
    if (next) store("meta").put(next, "meta");
    await tx.done;
  }

  /** clear empties the replica (a new fill, or signing out) and sets meta (none: no meta). */
  async clear(meta: Meta | null): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([...storeNames, "tombstones", "meta"], "readwrite");
    await Promise.all([...storeNames.map((s) => tx.objectStore(s).clear()), tx.objectStore("tombstones").clear(),
      meta ? tx.objectStore("meta").put(meta, "meta") : tx.objectStore("meta").clear(), tx.done]);
    this.reset();
    this.meta = meta;
    this.changed();
  }

  /** counts are the records held, by kind. */
  counts(): Record<StoreName, number> {
    return Object.fromEntries(storeNames.map((s) => [s, this.mem.get(s)!.size])) as Record<StoreName, number>;
  }
}
