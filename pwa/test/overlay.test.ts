import { describe, expect, it } from "vitest";
import type { Entry } from "../src/outbox";
import { overlay, type Effect } from "../src/overlay";
import type { Decision } from "../src/records";

const decision = (id: string, version: number, title: string): Decision => ({
  id, version, clientID: null, createdAt: "2026-12-01T00:00:00Z", title, context: null, customerBenefit: "Customers get refunds sooner",
  clvImpact: null, status: "PROPOSED", decidedAt: null, ownerID: "L1", evidenceCount: 0,
});
let seq = 0;
const entry = (effect: Effect, status: Entry["status"] = "waiting", id = `e${++seq}`): Entry => ({
  id, seq, label: "x", query: "", variables: {}, status, attempts: 0, createdAt: 0, effect,
});

const base = new Map([["D1", decision("D1", 1, "Refunds in ten days")], ["D2", decision("D2", 4, "Open on Sundays")]]);
const nothingStored = () => false;

describe("overlay", () => {
  it("returns the server's records themselves when no write touches them", () => {
    expect(overlay("decisions", base, [entry({ store: "customers", op: "delete", id: "D1" })], nothingStored)).toBe(base);
  });

  it("shows a create, an edit and a delete at once, oldest first, and marks what waits", () => {
    const created = entry({ store: "decisions", op: "put", record: { ...decision("local:c1", 0, "New one"), clientID: "c1" } });
    const edited = entry({ store: "decisions", op: "patch", id: "D1", fields: { title: "Refunds in two days" } });
    const editedAgain = entry({ store: "decisions", op: "patch", id: "D1", fields: { context: "CEO" } });
    const deleted = entry({ store: "decisions", op: "delete", id: "D2" });
    const out = overlay("decisions", base, [created, edited, editedAgain, deleted], nothingStored);
    expect([...out.keys()]).toEqual(["D1", "local:c1"]);
    expect(out.get("D1")).toMatchObject({ title: "Refunds in two days", context: "CEO", version: 1, pending: editedAgain });
    expect(out.get("local:c1")).toMatchObject({ title: "New one", pending: created });
    expect(base.get("D1")!.title).toBe("Refunds in ten days"); // the replica is not changed
  });

  it("does not show a create twice once the server has it (its answer is in the replica)", () => {
    const created = entry({ store: "decisions", op: "put", record: { ...decision("local:c1", 0, "New one"), clientID: "c1" } });
    const stored = new Map([...base, ["D3", { ...decision("D3", 1, "New one"), clientID: "c1" }]]);
    const out = overlay("decisions", stored, [created], (cid) => cid === "c1");
    expect([...out.keys()]).toEqual(["D1", "D2", "D3"]);
  });

  it("rolls back a write the server refused, and marks the record with it", () => {
    const refused = entry({ store: "decisions", op: "patch", id: "D1", fields: { title: "Refunds in two days" } }, "attention");
    const gone = entry({ store: "decisions", op: "delete", id: "D2" }, "attention");
    const out = overlay("decisions", base, [refused, gone], nothingStored);
    expect(out.get("D1")).toMatchObject({ title: "Refunds in ten days", refused });
    expect(out.get("D2")).toMatchObject({ title: "Open on Sundays", refused: gone });
  });

  it("shows a restore (undo of a delete the server has) until the record is back", () => {
    const restore = entry({ store: "decisions", op: "put", record: decision("D9", 3, "Deleted one") });
    expect(overlay("decisions", base, [restore], nothingStored).get("D9")).toMatchObject({ title: "Deleted one", pending: restore });
    const back = new Map([...base, ["D9", decision("D9", 4, "Deleted one")]]);
    expect(overlay("decisions", back, [restore], nothingStored).get("D9")?.version).toBe(4);
  });
});
