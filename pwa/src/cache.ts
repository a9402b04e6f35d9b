// Reads, network first: each answer is kept on the device, and when the
// server cannot be reached the last one is shown with the time it was seen.
import { print } from "@0no-co/graphql.web";
import type { TadaDocumentNode } from "gql.tada";
import { openDB } from "idb";
import { GraphQLError, NetworkError, send } from "./api";

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

/** A screen waits this long at most for the person's cost budget (which a fill may have spent) before it shows the error. */
const BUDGET_WAIT = 5_000;

/** patiently sends a query, again after the wait the server asks for when the budget refuses it, if that is short. */
async function patiently(query: string, variables: unknown): Promise<Record<string, unknown>> {
  for (let waited = 0; ; ) {
    try {
      return await send(query, variables);
    } catch (err) {
      const ms = err instanceof GraphQLError ? err.retryAfter || 1000 : 0;
      if (!(err instanceof GraphQLError && err.code === "RATE_LIMITED") || waited + ms > BUDGET_WAIT) throw err;
      waited += ms;
      await new Promise((ok) => setTimeout(ok, ms));
    }
  }
}

/**
 * read runs a query, falling back to the last answer kept on the device when
 * offline; refused for the budget, it waits a few seconds for it first.
 */
export async function read<R, V>(doc: TadaDocumentNode<R, V>, variables: V): Promise<Read<R>> {
  const query = print(doc);
  const key = query + "\n" + JSON.stringify(variables);
  db ??= open();
  try {
    const data = (await patiently(query, variables)) as R;
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
