// What a screen shows is the server's records (the replica) with the writes
// still in the outbox on top, oldest first: a create adds its record, an edit
// changes its fields, a delete hides the record. When the server has a write
// its answer is in the replica and the entry is gone; a write the server
// refused is not applied any more (rolled back), and the record it touched
// is marked with it so that the screen can say so.
import type { Entry } from "./outbox";
import type { Rec, StoreName } from "./records";

/** Effect is what a write does to the replica, as the person sees it before the server answers. */
export type Effect =
  | { store: StoreName; op: "put"; record: Rec } // a create, or a restore: the record
  | { store: StoreName; op: "patch"; id: string; fields: Record<string, unknown> } // an edit: the fields changed
  | { store: StoreName; op: "delete"; id: string };

/** Marks are set on a record shown: the write waiting on it, or the one the server refused. */
export interface Marks {
  pending?: Entry;
  refused?: Entry;
}

export type Shown<R> = R & Marks;

const target = (f: Effect): string => (f.op === "put" ? f.record.id : f.id);

/**
 * overlay returns base with the entries' effects on store applied; stored
 * tells whether the server already has the record created with a client id
 * (its answer is in base). base itself is returned when nothing applies.
 */
export function overlay<R extends Rec>(store: StoreName, base: Map<string, R>, entries: Entry[], stored: (clientID: string) => boolean): Map<string, Shown<R>> {
  let out: Map<string, Shown<R>> = base;
  let copied = false;
  const edit = () => {
    if (!copied) out = new Map(base);
    copied = true;
    return out;
  };
  for (const e of entries) {
    const f = e.effect;
    if (!f || f.store !== store) continue;
    const id = target(f);
    if (e.status === "attention") {
      const r = out.get(id);
      if (r) edit().set(id, { ...r, refused: e });
      continue;
    }
    switch (f.op) {
      case "put":
        // Stored already: the server's record is in base.
        if ((f.record.clientID && stored(f.record.clientID)) || base.has(id)) break;
        edit().set(id, { ...(f.record as R), pending: e });
        break;
      case "patch": {
        const r = out.get(id);
        if (r) edit().set(id, { ...r, ...f.fields, pending: e });
        break;
      }
      case "delete":
        if (out.has(id)) edit().delete(id);
        break;
    }
  }
  return out;
}
