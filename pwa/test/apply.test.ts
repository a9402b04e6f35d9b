import { describe, expect, it } from "vitest";
import { applyAll, decide, inScope, stale, windows, type Change, type Held, type Scope } from "../src/apply";
import type { Rec, Records, StoreName } from "../src/records";

const now = Date.parse("2026-12-15T10:00:00Z");
const leo: Scope = { me: "L1", admin: false, now };
const ada: Scope = { me: "A1", admin: true, now };

/** held is a replica in memory: records by store and id, and the versions records were deleted at. */
function held(records: [StoreName, Rec][] = [], gone: [StoreName, string, number][] = []): Held {
  return {
    get: <S extends StoreName>(s: S, id: string) => records.find(([st, r]) => st === s && r.id === id)?.[1] as Records[S] | undefined,
    gone: (s, id) => gone.find(([st, i]) => st === s && i === id)?.[2],
  };
}

const customer = (id: string, version: number, name = "Zoe") => ({ __typename: "Customer", id, version, clientID: null, name, company: null, segment: null, erased: false });
const conversation = (id: string, version: number, leader: string, occurredAt: string) => ({
  __typename: "Conversation", id, version, clientID: null, mode: "VISIT", occurredAt, durationMinutes: 30, heard: "Refunds", painPoints: null, sentiment: null,
  leader: { id: leader }, customers: { totalCount: 1, edges: [{ node: { id: "C1" } }] },
});
const followUp = (id: string, version: number, owner: string, conversationID: string | null) => ({
  __typename: "FollowUp", id, version, clientID: null, action: "Call back", ownerID: owner, conversationID, reviewID: null, dueOn: null, doneAt: null, quickWin: false, newInitiative: false,
});
const change = (entity: string, operation: Change["operation"], id: string, version: number, node: Record<string, unknown> | null): Change => ({ entity, operation, id, version, node });

describe("windows", () => {
  it("keeps a person's 12 months (this one and 11 before) and everyone's this month and last", () => {
    expect(windows(now)).toEqual({ mine: "2026-01-01T00:00:00.000Z", everyone: "2026-11-01T00:00:00.000Z" });
    expect(windows(Date.parse("2026-01-10T00:00:00Z"))).toEqual({ mine: "2025-02-01T00:00:00.000Z", everyone: "2025-12-01T00:00:00.000Z" });
  });
});

describe("decide: applying a change once by (id, version)", () => {
  it("puts a record that is not held, as the change's node has it now", () => {
    const step = decide(change("CUSTOMER", "CREATED", "C1", 1, customer("C1", 2, "Zoe Renamed")), leo, held());
    expect(step).toEqual({ kind: "put", store: "customers", record: { id: "C1", version: 2, clientID: null, name: "Zoe Renamed", company: null, segment: null, erased: false } });
  });

  it("skips a change whose version is not above the one held (a retry, or old news)", () => {
    const h = held([["customers", { id: "C1", version: 3 }]]);
    expect(decide(change("CUSTOMER", "UPDATED", "C1", 3, customer("C1", 3)), leo, h)).toEqual({ kind: "skip" });
    expect(decide(change("CUSTOMER", "UPDATED", "C1", 2, customer("C1", 3)), leo, h)).toEqual({ kind: "skip" });
    expect(decide(change("CUSTOMER", "UPDATED", "C1", 4, customer("C1", 4)), leo, h).kind).toBe("put");
  });

  it("removes a deleted record and remembers the version it was deleted at (a tombstone)", () => {
    const h = held([["customers", { id: "C1", version: 3 }]]);
    expect(decide(change("CUSTOMER", "DELETED", "C1", 4, null), leo, h)).toEqual({ kind: "delete", store: "customers", id: "C1", version: 4 });
    // A change of a record deleted since: its node is null now.
    expect(decide(change("CUSTOMER", "UPDATED", "C1", 4, null), leo, h)).toEqual({ kind: "delete", store: "customers", id: "C1", version: 4 });
  });

  it("does not bring back a record deleted at a later version than the change (the tombstone wins)", () => {
    const h = held([], [["customers", "C1", 5]]);
    expect(decide(change("CUSTOMER", "UPDATED", "C1", 4, customer("C1", 4)), leo, h)).toEqual({ kind: "skip" });
    // Restored after: a later version comes back.
    expect(decide(change("CUSTOMER", "UPDATED", "C1", 6, customer("C1", 6)), leo, h).kind).toBe("put");
  });

  it("keeps only the records of the person's working set, and drops one that left it", () => {
    const mine = conversation("V1", 1, "L1", "2026-12-01T09:00:00Z");
    const others = conversation("V2", 1, "M1", "2026-12-01T09:00:00Z");
    const old = conversation("V3", 2, "L1", "2025-10-01T09:00:00Z");
    expect(decide(change("CONVERSATION", "CREATED", "V1", 1, mine), leo, held()).kind).toBe("put");
    expect(decide(change("CONVERSATION", "CREATED", "V2", 1, others), leo, held()).kind).toBe("skip");
    expect(decide(change("CONVERSATION", "CREATED", "V2", 1, others), ada, held()).kind).toBe("put"); // admins: everyone's, this month and last
    // Edited to more than a year ago: out of the working set, and out of the replica.
    expect(decide(change("CONVERSATION", "UPDATED", "V3", 2, old), leo, held([["conversations", { id: "V3", version: 1 }]]))).toEqual({ kind: "delete", store: "conversations", id: "V3", version: 0 });
  });

  it("skips entities the replica does not keep", () => {
    expect(decide(change("ORGANIZATION", "UPDATED", "O1", 2, { __typename: "Organization", id: "O1", version: 2 }), leo, held())).toEqual({ kind: "skip" });
  });
});

describe("applyAll: a page of changes in order", () => {
  it("sees what the changes before did: a follow-up of a conversation created in the same page is kept", () => {
    const steps = applyAll([
      change("CONVERSATION", "CREATED", "V1", 1, conversation("V1", 1, "L1", "2026-12-01T09:00:00Z")),
      change("FOLLOW_UP", "CREATED", "F1", 1, followUp("F1", 1, "M1", "V1")),
      change("FOLLOW_UP", "CREATED", "F2", 1, followUp("F2", 1, "M1", "V9")), // someone else's, of a conversation not kept
    ], leo, held());
    expect(steps.map((s) => [s.kind, s.kind === "put" ? s.record.id : ""])).toEqual([["put", "V1"], ["put", "F1"]]);
  });

  it("writes one step per record, the last, and applies a record changed twice once", () => {
    const steps = applyAll([
      change("CUSTOMER", "CREATED", "C1", 1, customer("C1", 3)),
      change("CUSTOMER", "UPDATED", "C1", 2, customer("C1", 3)),
      change("CUSTOMER", "UPDATED", "C1", 3, customer("C1", 3)),
    ], leo, held());
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: "put", record: { id: "C1", version: 3 } });
  });

  it("is harmless when a page comes twice (a retry)", () => {
    const page = [change("CUSTOMER", "UPDATED", "C1", 2, customer("C1", 2)), change("CUSTOMER", "DELETED", "C2", 5, null)];
    const h = held([["customers", { id: "C1", version: 2 }]], [["customers", "C2", 5]]);
    expect(applyAll(page, leo, h)).toEqual([]);
  });

  it("deletes then restores a record in one page: it is there at the restored version", () => {
    const steps = applyAll([
      change("CUSTOMER", "DELETED", "C1", 2, customer("C1", 3)),
      change("CUSTOMER", "UPDATED", "C1", 3, customer("C1", 3)),
    ], leo, held([["customers", { id: "C1", version: 1 }]]));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ kind: "put", record: { id: "C1", version: 3 } });
  });
});

describe("inScope and stale", () => {
  it("keeps follow-ups a person owns, and those of their conversations", () => {
    const f = (owner: string, conv: string | null) => ({ id: "F", version: 1, action: "x", ownerID: owner, conversationID: conv, reviewID: null, dueOn: null, doneAt: null, quickWin: false, newInitiative: false });
    const h = held([["conversations", { id: "V1", version: 1 }]]);
    expect(inScope("followUps", f("L1", null), leo, h)).toBe(true);
    expect(inScope("followUps", f("M1", "V1"), leo, h)).toBe(true);
    expect(inScope("followUps", f("M1", "V2"), leo, h)).toBe(false);
  });

  it("drops conversations that grew older than the window, with the follow-ups that only they kept", () => {
    const c = (id: string, at: string) => ({ id, version: 1, mode: "VISIT" as const, occurredAt: at, durationMinutes: null, heard: null, painPoints: null, sentiment: null, leaderID: "L1", customerIDs: [] });
    const f = (id: string, owner: string, conv: string) => ({ id, version: 1, action: "x", ownerID: owner, conversationID: conv, reviewID: null, dueOn: null, doneAt: null, quickWin: false, newInitiative: false });
    const convs = [c("V1", "2026-12-01T00:00:00Z"), c("V2", "2025-12-31T23:00:00Z")];
    const fus = [f("F1", "M1", "V2"), f("F2", "L1", "V2"), f("F3", "M1", "V1")];
    const h = held(convs.map((x) => ["conversations", x] as [StoreName, Rec]));
    expect(stale(leo, { conversations: convs, followUps: fus }, h)).toEqual([["conversations", "V2"], ["followUps", "F1"]]);
  });
});
