// Reads, network first: each answer is kept on the device, and when the
// server cannot be reached the last one is shown with the time it was seen.
import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";
import { openDB } from "idb";
import { NetworkError, send } from "./api";

interface Kept {
  key: string;
  data: unknown;
  at: number;
}

let db: ReturnType<typeof open> | null = null;
const open = () =>
  openDB<{ reads: { key: string; value: Kept } }>("walker-reads", 1, {
    upgrade(db) {
      db.createObjectStore("reads", { keyPath: "key" });
    },
  });

/** Read is an answer; asOf is set (ms since epoch) when it comes from the device. */
export interface Read<R> {
  data: R;
  asOf: number | null;
}

/** read runs a query, falling back to the last answer kept on the device when offline. */
export async function read<R, V>(doc: TadaDocumentNode<R, V>, variables: V): Promise<Read<R>> {
  const query = print(doc);
  const key = query + "\n" + JSON.stringify(variables);
  db ??= open();
  try {
    const data = (await send(query, variables)) as R;
    await (await db).put("reads", { key, data, at: Date.now() });
    return { data, asOf: null };
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    const kept = await (await db).get("reads", key);
    if (!kept) throw err;
    return { data: kept.data as R, asOf: kept.at };
  }
}

/** forget drops everything kept, at sign-out. */
export async function forget(): Promise<void> {
  db ??= open();
  await (await db).clear("reads");
}
