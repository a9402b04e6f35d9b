import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { Outbox, ref, type Entry, type Outcome } from "../src/outbox";

let n = 0;
const fresh = () => Outbox.open(`walker-test-${n++}`);
const write = (id: string) => ({ id, label: `write ${id}`, query: "mutation { x }", variables: { id } });

describe("outbox", () => {
  it("replays oldest first and empties on success", async () => {
    const box = await fresh();
    for (const id of ["a", "b", "c"]) await box.add(write(id));
    const sent: string[] = [];
    const stored = await box.replay(async (e) => (sent.push(e.id), { kind: "stored" }));
    expect(sent).toEqual(["a", "b", "c"]);
    expect(stored).toBe(3);
    expect(await box.list()).toEqual([]);
  });

  it("keeps everything, in order, when the network is down, and retries later", async () => {
    const box = await fresh();
    for (const id of ["a", "b"]) await box.add(write(id));
    const sent: string[] = [];
    expect(await box.replay(async (e) => (sent.push(e.id), { kind: "retry" }))).toBe(0);
    expect(sent).toEqual(["a"]); // stops at the first failure: order holds
    expect((await box.list()).map((e) => [e.id, e.status, e.attempts])).toEqual([["a", "waiting", 1], ["b", "waiting", 0]]);
    await box.replay(async () => ({ kind: "stored" }));
    expect(await box.list()).toEqual([]);
  });

  it("treats a thrown error as a retry", async () => {
    const box = await fresh();
    await box.add(write("a"));
    await box.replay(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect((await box.list())[0].status).toBe("waiting");
  });

  it("keeps a refused write for the person, and goes on with the next", async () => {
    const box = await fresh();
    for (const id of ["bad", "good"]) await box.add(write(id));
    const send = async (e: Entry): Promise<Outcome> =>
      e.id === "bad" ? { kind: "refused", message: "customerBenefit: say what the customer gains" } : { kind: "stored" };
    expect(await box.replay(send)).toBe(1);
    const left = await box.list();
    expect(left.map((e) => [e.id, e.status, e.error])).toEqual([["bad", "attention", "customerBenefit: say what the customer gains"]]);
    // A later replay does not resend it until the person retries it.
    const sent: string[] = [];
    await box.replay(async (e) => (sent.push(e.id), { kind: "stored" }));
    expect(sent).toEqual([]);
    await box.retry("bad", { id: "bad", fixed: true });
    await box.replay(async (e) => (sent.push(JSON.stringify(e.variables)), { kind: "stored" }));
    expect(sent).toEqual(['{"id":"bad","fixed":true}']);
    expect(await box.list()).toEqual([]);
  });

  it("keeps the field a refusal names, and a fix replaces the entry in its place, under its id", async () => {
    const box = await fresh();
    for (const id of ["bad", "next"]) await box.add(write(id));
    await box.replay(async (e) => (e.id === "bad" ? { kind: "refused", message: "must be between 0 and 1440", field: "durationMinutes" } : { kind: "retry" }));
    const [bad] = await box.list();
    expect([bad.status, bad.error, bad.field]).toEqual(["attention", "must be between 0 and 1440", "durationMinutes"]);
    await box.retry("bad", { id: "bad", minutes: 45 }, { label: "fixed", draft: { picked: [] } });
    const [fixed, next] = await box.list();
    expect([fixed.id, fixed.seq, fixed.label, fixed.status, fixed.error, fixed.field, fixed.draft]).toEqual(["bad", bad.seq, "fixed", "waiting", undefined, undefined, { picked: [] }]);
    expect(next.id).toBe("next");
    const sent: string[] = [];
    await box.replay(async (e) => (sent.push(e.id), { kind: "stored" }));
    expect(sent).toEqual(["bad", "next"]);
  });

  it("can discard a refused write", async () => {
    const box = await fresh();
    await box.add(write("bad"));
    await box.replay(async () => ({ kind: "refused", message: "no" }));
    await box.discard("bad");
    expect(await box.list()).toEqual([]);
  });

  it("never sends an entry twice when replays overlap", async () => {
    const box = await fresh();
    for (const id of ["a", "b", "c"]) await box.add(write(id));
    const sent: string[] = [];
    const slow = async (e: Entry): Promise<Outcome> => {
      sent.push(e.id);
      await new Promise((r) => setTimeout(r, 5));
      return { kind: "stored" };
    };
    const [x, y, z] = await Promise.all([box.replay(slow), box.replay(slow), box.replay(slow)]);
    expect(sent).toEqual(["a", "b", "c"]);
    expect([x, y, z]).toEqual([3, 3, 3]);
  });

  it("adds the same client id once", async () => {
    const box = await fresh();
    await box.add(write("a"));
    await box.add({ ...write("a"), label: "again" });
    const list = await box.list();
    expect(list).toHaveLength(1);
    expect(list[0].label).toBe("write a");
  });

  it("survives a reopen, and recovers entries a closed tab left sending", async () => {
    const name = `walker-test-${n++}`;
    const box = await Outbox.open(name);
    await box.add(write("a"));
    let release!: () => void;
    const hung = box.replay(() => new Promise<Outcome>((r) => (release = () => r({ kind: "retry" }))));
    await new Promise((r) => setTimeout(r, 5));
    const reopened = await Outbox.open(name);
    expect((await reopened.list())[0].status).toBe("sending");
    await reopened.recover();
    expect((await reopened.list())[0].status).toBe("waiting");
    release();
    await hung;
  });

  it("sends a write referring to one made offline with the server's id, after it", async () => {
    const box = await fresh();
    await box.add({ id: "cust", label: "New customer Zoe", query: "createCustomer", variables: { input: { clientID: "cust", name: "Zoe" } } });
    await box.add({ id: "conv", label: "Conversation", query: "createConversation", variables: { input: { clientID: "conv", customerIDs: ["42", ref("cust")] } } });
    const sent: unknown[] = [];
    await box.replay(async (e) => (sent.push(e.variables), { kind: "stored", id: e.id === "cust" ? "99" : "100" }));
    expect(sent[1]).toEqual({ input: { clientID: "conv", customerIDs: ["42", "99"] } });
    expect(await box.serverID("cust")).toBe("99");
    expect(await box.list()).toEqual([]);
    // The entry keeps its ref: what is stored on the device is what the person typed.
  });

  it("holds a write whose customer the server refused, until that is fixed", async () => {
    const box = await fresh();
    await box.add({ id: "cust", label: "New customer", query: "createCustomer", variables: { input: { name: "" } } });
    await box.add({ id: "conv", label: "Conversation", query: "createConversation", variables: { input: { customerIDs: [ref("cust")] } } });
    await box.add(write("other"));
    const sent: string[] = [];
    const send = async (e: Entry): Promise<Outcome> => {
      sent.push(e.id);
      return e.id === "cust" && !(e.variables.input as { name: string }).name ? { kind: "refused", message: "name: required" } : { kind: "stored", id: `s-${e.id}` };
    };
    expect(await box.replay(send)).toBe(1);
    expect(sent).toEqual(["cust", "other"]); // the conversation waits; it is not sent without its customer
    expect((await box.list()).map((e) => [e.id, e.status])).toEqual([["cust", "attention"], ["conv", "waiting"]]);
    await box.retry("cust", { input: { name: "Zoe" } });
    expect(await box.replay(send)).toBe(2);
    expect(sent).toEqual(["cust", "other", "cust", "conv"]);
    expect(await box.list()).toEqual([]);
  });

  it("asks the person about a write whose referred record was discarded", async () => {
    const box = await fresh();
    await box.add({ id: "cust", label: "New customer", query: "createCustomer", variables: {} });
    await box.add({ id: "conv", label: "Conversation", query: "createConversation", variables: { input: { customerIDs: [ref("cust")] } } });
    await box.discard("cust");
    let calls = 0;
    await box.replay(async () => (calls++, { kind: "stored" }));
    expect(calls).toBe(0);
    const [conv] = await box.list();
    expect(conv.status).toBe("attention");
    expect(conv.error).toMatch(/discarded/);
  });

  it("tells subscribers about changes", async () => {
    const box = await fresh();
    let changes = 0;
    const stop = box.subscribe(() => changes++);
    await box.add(write("a"));
    expect(changes).toBe(1);
    await box.replay(async () => ({ kind: "stored" }));
    expect(changes).toBeGreaterThanOrEqual(3); // sending, then done
    stop();
    const before = changes;
    await box.add(write("b"));
    expect(changes).toBe(before);
  });

  it("sends a write added while a replay runs, in that replay", async () => {
    const box = await fresh();
    await box.add(write("a"));
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async (e: Entry): Promise<Outcome> => {
      sent.push(e.id);
      if (e.id === "a") await gate;
      return { kind: "stored" };
    };
    const first = box.replay(slow);
    await new Promise((r) => setTimeout(r, 5));
    await box.add(write("b")); // added while "a" is on its way
    const joined = box.replay(slow);
    release();
    expect(await first).toBe(2);
    expect(await joined).toBe(2);
    expect(sent).toEqual(["a", "b"]);
    expect(await box.list()).toEqual([]);
  });
});
