import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The browser's localStorage, for the session flag api.ts keeps.
const store = new Map<string, string>();
vi.stubGlobal("localStorage", {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => store.set(k, v),
  removeItem: (k: string) => store.delete(k),
});

const { deliver } = await import("../src/sync");
const { GraphQLError, onCost, refresh, send } = await import("../src/api");
import type { Entry } from "../src/outbox";

const entry: Entry = {
  id: "c1", seq: 1, label: "Conversation with Zoe", status: "sending", attempts: 1, createdAt: 0,
  query: "mutation M($input: CreateConversationInput!) { createConversation(input: $input) { id } }",
  variables: { input: { clientID: "c1" } },
};

/** A token that expires in an hour. */
const token = (): string => "h." + btoa(JSON.stringify({ exp: Date.now() / 1000 + 3600 })) + ".s";

type Answer = { status: number; body: unknown; headers?: Record<string, string> } | "offline";
let answers: Answer[] = [];
let calls: string[] = [];

beforeEach(() => {
  answers = [];
  calls = [];
  store.set("walker.session", "1");
  vi.stubGlobal("fetch", async (path: string) => {
    calls.push(path);
    const a = answers.shift();
    if (!a || a === "offline") throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { "Content-Type": "application/json", ...a.headers } });
  });
});

const signedIn = async () => {
  answers.push({ status: 200, body: { accessToken: token() } });
  expect(await refresh()).toBe(true);
  calls = [];
};

describe("deliver", () => {
  it("reports the server's id when the write is stored", async () => {
    await signedIn();
    answers.push({ status: 200, body: { data: { createConversation: { id: "42" } } } });
    expect(await deliver(entry)).toEqual({ kind: "stored", id: "42" });
    expect(calls).toEqual(["/graphql"]);
  });

  it("retries when the network is down", async () => {
    await signedIn();
    answers.push("offline");
    expect(await deliver(entry)).toEqual({ kind: "retry" });
  });

  it("retries when the server is busy or failing", async () => {
    await signedIn();
    answers.push({ status: 429, body: { errors: [{ message: "slow down", extensions: { code: "RATE_LIMITED" } }] } });
    expect(await deliver(entry)).toEqual({ kind: "retry" });
    answers.push({ status: 502, body: "bad gateway" });
    expect(await deliver(entry)).toEqual({ kind: "retry" });
    answers.push({ status: 200, body: { errors: [{ message: "internal error", extensions: { code: "INTERNAL" } }] } });
    expect(await deliver(entry)).toEqual({ kind: "retry" });
  });

  it("hands a refused write to the person, with the server's message", async () => {
    await signedIn();
    for (const code of ["BAD_USER_INPUT", "FORBIDDEN", "CONFLICT", "NOT_FOUND"]) {
      answers.push({ status: 200, body: { errors: [{ message: `${code}: no`, extensions: { code } }] } });
      expect(await deliver(entry)).toEqual({ kind: "refused", message: `${code}: no` });
    }
  });

  it("renews an expired session, then sends", async () => {
    await signedIn();
    answers.push({ status: 401, body: { errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] } });
    answers.push({ status: 200, body: { accessToken: token() } });
    answers.push({ status: 200, body: { data: { createConversation: { id: "7" } } } });
    expect(await deliver(entry)).toEqual({ kind: "stored", id: "7" });
    expect(calls).toEqual(["/graphql", "/auth/refresh", "/graphql"]);
  });

  it("waits (never drops the write) when the session cannot be renewed", async () => {
    await signedIn();
    answers.push({ status: 401, body: { errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] } });
    answers.push({ status: 401, body: {} }); // refresh refused: signed out elsewhere
    answers.push({ status: 401, body: { errors: [{ message: "expired", extensions: { code: "UNAUTHENTICATED" } }] } });
    expect(await deliver(entry)).toEqual({ kind: "retry" });
  });

  it("renews the session before sending when it holds no token (after a restart offline)", async () => {
    answers.push({ status: 401, body: {} }); // no valid token yet: refresh first
    await refresh();
    calls = [];
    answers.push({ status: 200, body: { accessToken: token() } });
    answers.push({ status: 200, body: { data: { createConversation: { id: "8" } } } });
    store.set("walker.session", "1");
    expect(await deliver(entry)).toEqual({ kind: "stored", id: "8" });
    expect(calls).toEqual(["/auth/refresh", "/graphql"]);
  });

  it("shares one refresh between concurrent callers (a rotated token is never presented twice)", async () => {
    answers.push({ status: 200, body: { accessToken: token() } });
    const [a, b] = await Promise.all([refresh(), refresh()]);
    expect([a, b]).toEqual([true, true]);
    expect(calls).toEqual(["/auth/refresh"]);
  });
});

describe("the cost budget", () => {
  const refused = (extensions: Record<string, unknown>, headers?: Record<string, string>): Answer =>
    ({ status: 429, headers, body: { errors: [{ message: "the request costs 9000 points", extensions: { code: "RATE_LIMITED", ...extensions } }] } });

  it("says how long a refused request must wait: exactly, by the budget the refusal reports; else by Retry-After", async () => {
    await signedIn();
    const wait = async () => ((await send("{ a }", {}).catch((e: unknown) => e)) as InstanceType<typeof GraphQLError>);
    answers.push(refused({ cost: { requestedQueryCost: 9000, throttleStatus: { maximumAvailable: 100_000, currentlyAvailable: 4000, restoreRate: 10_000 } }, retryAfter: 1 }, { "Retry-After": "1" }));
    expect(await wait()).toMatchObject({ code: "RATE_LIMITED", status: 429, retryAfter: 550 }); // 5,000 points at 10,000 a second, and 50 ms to spare
    answers.push(refused({ retryAfter: 3 }));
    expect((await wait()).retryAfter).toBe(3000);
    answers.push(refused({}, { "Retry-After": "2" })); // the request ceiling's refusal
    expect((await wait()).retryAfter).toBe(2000);
  });

  it("tells every answer's cost to whoever listens (the fill paces itself by it)", async () => {
    await signedIn();
    const seen: unknown[] = [];
    const stop = onCost((c) => seen.push(c));
    const cost = { requestedQueryCost: 202, actualQueryCost: 40, throttleStatus: { maximumAvailable: 100_000, currentlyAvailable: 99_960, restoreRate: 10_000 } };
    answers.push({ status: 200, body: { data: { a: 1 }, extensions: { cost } } });
    await send("{ a }", {});
    stop();
    expect(seen).toEqual([cost]);
  });
});
