// What the screens read: the replica with the outbox on top (overlay.ts),
// kept current as either changes, and the writes waiting, as one state that
// every screen shares (so that a screen opening does not show "All synced"
// before it has read the outbox).
import { useEffect, useState } from "preact/hooks";
import { isRef, type Entry } from "./outbox";
import { overlay, type Shown } from "./overlay";
import type { Records, StoreName } from "./records";
import { onPull, outbox, puller, replica } from "./sync";

let entries: Entry[] | null = null; // null: the outbox is not read yet
let pendingRev = 0;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((fn) => fn());

void outbox.then((box) => {
  const load = () =>
    box.list().then((l) => {
      entries = l;
      pendingRev++;
      notify();
    });
  box.subscribe(load);
  void load();
});
replica.subscribe(notify);
puller.onProgress(notify);
onPull(notify);
void replica.load();

/** pending is the outbox, oldest first, or null until it has been read. */
export const pending = (): Entry[] | null => entries;

const memo = new Map<StoreName, { key: string; map: Map<string, unknown> }>();

/** viewKey changes whenever what shown(store) returns may have. */
export const viewKey = (store: StoreName): string => replica.storeRev(store) + ":" + pendingRev;

/** shown is every record of a kind as the person sees it: the server's, with their writes on top. */
export function shown<S extends StoreName>(store: S): Map<string, Shown<Records[S]>> {
  const key = viewKey(store);
  const hit = memo.get(store);
  if (hit?.key === key) return hit.map as Map<string, Shown<Records[S]>>;
  const map = overlay(store, replica.all(store), entries ?? [], (clientID) => !!replica.idOfClient(store, clientID));
  memo.set(store, { key, map });
  return map;
}

/** lookup finds a record by id, or by the ref of a record created on this device (once stored, under its server id). */
export function lookup<S extends StoreName>(store: S, id: string | null | undefined): Shown<Records[S]> | undefined {
  if (!id) return undefined;
  const map = shown(store);
  const r = map.get(id);
  if (r || !isRef(id)) return r;
  const stored = replica.idOfClient(store, id.slice(id.indexOf(":") + 1));
  return stored ? map.get(stored) : undefined;
}

/** ready tells whether the replica has been filled (for the person signed in). */
export const ready = (): boolean => replica.meta?.state === "ready";

/** useView re-renders a screen whenever the replica, the outbox or a fill's progress changes. */
export function useView(): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const fn = () => setTick((t) => t + 1);
    listeners.add(fn);
    return () => void listeners.delete(fn);
  }, []);
}
