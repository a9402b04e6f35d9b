import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { GraphQLError } from "../src/api";
import { Puller, type Send } from "../src/pull";
import { Replica } from "../src/replica";

const scope = { me: "1", admin: true, now: Date.parse("2026-12-15T10:00:00Z") };

/**
 * server answers the fill's requests as Walker does, for an organization of
 * n customers (ids 1000 on) and nothing else: the cursor, the bounds, pages
 * of 100 in id order within each part's range, an empty change log.
 */
function server(n: number) {
  const ids = Array.from({ length: n }, (_, i) => 1000 + i);
  const customer = (id: number) => ({ id: String(id), version: 1, clientID: null, name: "Customer " + id, company: null, segment: "SMB", erased: false });
  return (query: string, variables: unknown): Record<string, unknown> => {
    const vars = variables as Record<string, unknown>;
    if (query.includes("changesCursor")) return { changesCursor: "c1" };
    if (query.includes("changes(")) return { changes: { edges: [], pageInfo: { hasNextPage: false, endCursor: "c1" } } };
    const out: Record<string, unknown> = {};
    for (const [, alias, prefix, field] of query.matchAll(/\b((q\d+_)\w+): (\w+)\(/g)) {
      if (field !== "customers") {
        out[alias] = { totalCount: 0, edges: [] };
        continue;
      }
      if (alias.endsWith("_low") || alias.endsWith("_high")) {
        out[alias] = { totalCount: n, edges: n ? [{ node: { id: String(alias.endsWith("_low") ? ids[0] : ids[n - 1]) } }] : [] };
        continue;
      }
      const where = (vars[prefix + "where"] ?? {}) as { idGTE?: string; idLT?: string };
      const after = vars[prefix + "after"] as string | null;
      const page = ids
        .filter((id) => (!where.idGTE || id >= Number(where.idGTE)) && (!where.idLT || id < Number(where.idLT)) && (!after || id > Number(after)))
        .slice(0, 100);
      out[alias] = { edges: page.map((id) => ({ cursor: String(id), node: customer(id) })) };
    }
    return out;
  };
}

const refusal = (ms: number) => new GraphQLError("the request costs 9000 points and 12 are available", "RATE_LIMITED", 429, "", undefined, ms);

describe("filling under the cost budget", () => {
  it("waits as long as the server says when the budget refuses a request, sends it again, and loses no page", async () => {
    const answer = server(5000);
    let requests = 0;
    const pages: string[] = [];
    const send: Send = async (query, variables) => {
      requests++;
      if (requests % 3 === 0) throw refusal(1200 + requests); // every third request, the budget is spent
      const data = answer(query, variables);
      for (const [k, v] of Object.entries(data)) if (/^q\d+_customers$/.test(k)) pages.push(...(v as { edges: { cursor: string }[] }).edges.map((e) => e.cursor));
      return data;
    };
    const slept: number[] = [];
    const replica = new Replica("walker-replica-budget");
    await new Puller(replica, send, async (ms) => void slept.push(ms)).pull(() => scope);
    expect(replica.counts().customers).toBe(5000);
    expect(new Set(pages).size).toBe(pages.length); // no page read twice into the replica either
    expect(slept.length).toBeGreaterThan(0);
    expect(slept.every((ms, i) => ms === 1200 + 3 * (i + 1))).toBe(true);
    expect(replica.meta).toMatchObject({ state: "ready", budget: { refused: slept.length, waitedMs: slept.reduce((a, b) => a + b, 0) } });
  });

  it("gives up after many refusals (the next sync fills again from the start)", async () => {
    const slept: number[] = [];
    const send: Send = async (query, variables) => (query.includes("changesCursor") ? server(0)(query, variables) : Promise.reject(refusal(500)));
    const replica = new Replica("walker-replica-patience");
    await expect(new Puller(replica, send, async (ms) => void slept.push(ms)).pull(() => scope)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(slept).toHaveLength(19);
    expect(replica.meta?.state).toBe("filling");
  });

  it("paces its rounds by the budget the answers report, leaving a tenth of it for the screens", async () => {
    const answer = server(300);
    const slept: number[] = [];
    const replica = new Replica("walker-replica-pace");
    let puller: Puller;
    const send: Send = async (query, variables) => {
      // Each answer says the budget is spent: nothing available, 10,000 a second.
      puller.spent({ requestedQueryCost: 1, throttleStatus: { maximumAvailable: 100_000, currentlyAvailable: 0, restoreRate: 10_000 } });
      return answer(query, variables);
    };
    puller = new Puller(replica, send, async (ms) => void slept.push(ms));
    await puller.pull(() => scope);
    expect(replica.counts().customers).toBe(300);
    // One chain: three pages of 100 and an empty one, 202 points each; before
    // each, the wait for its cost and the reserve (10,202 points at 10,000 a
    // second, 1,020 ms), less what the budget restored in the real time since
    // the answer: the lower bound leaves a busy machine 120 ms for that.
    expect(slept).toHaveLength(4);
    for (const ms of slept) expect(ms).toBeGreaterThanOrEqual(900);
    for (const ms of slept) expect(ms).toBeLessThanOrEqual(1021);
  });
});
