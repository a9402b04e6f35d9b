import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { batch, part, split } from "../src/batch";
import { lists, ranges, within } from "../src/lists";

const schema = buildSchema(readFileSync(new URL("../../docs/schema.graphql", import.meta.url), "utf8"));
const scope = { me: "8589934593", admin: true, now: Date.parse("2026-12-15T10:00:00Z") };

describe("batch", () => {
  it("merges every list's page into one query the server's schema accepts, each part's variables apart", () => {
    const parts = lists.map((l, i) => part(l.page, { after: i % 2 ? "cursor" + i : null, where: l.where(scope) as never }));
    const b = batch(parts);
    expect(validate(schema, parse(b.query))).toEqual([]);
    expect(b.fields).toBe(lists.length);
    expect(b.variables.q1_after).toBe("cursor1");
    expect(b.variables.q2_where).toEqual(lists[2].where(scope));
    expect(b.query.match(/fragment CustomerRow /g)).toHaveLength(1);
  });

  it("merges the same query many times (chains of one list side by side)", () => {
    const l = lists.find((x) => x.store === "customers")!;
    const parts = ranges("12884901889", "12884951888", 50_000).map((r) => part(l.page, { after: null, where: within(null, r) as never }));
    const b = batch(parts);
    expect(validate(schema, parse(b.query))).toEqual([]);
    expect(b.fields).toBe(parts.length);
  });

  it("merges the bounds queries (two aliased fields each)", () => {
    const b = batch(lists.map((l) => part(l.bounds, { where: l.where(scope) as never })));
    expect(validate(schema, parse(b.query))).toEqual([]);
    expect(b.fields).toBe(2 * lists.length);
  });

  it("gives each part its own answer back", () => {
    const l = lists[0];
    const parts = [part(l.page, { after: null, where: null as never }), part(l.page, { after: "x", where: null as never })];
    expect(split(parts, { q0_leaders: { edges: [1] }, q1_leaders: { edges: [2] } })).toEqual([{ leaders: { edges: [1] } }, { leaders: { edges: [2] } }]);
  });
});

describe("ranges", () => {
  const covered = (rs: ReturnType<typeof ranges>, id: number) => rs.filter((r) => (r.idGTE === null || id >= Number(r.idGTE)) && (r.idLT === null || id < Number(r.idLT))).length;

  it("cuts a list into parts that cover every id exactly once, beyond the ids seen too", () => {
    const rs = ranges("1000", "50999", 50_000);
    expect(rs).toHaveLength(24);
    expect(rs[0].idGTE).toBeNull();
    expect(rs.at(-1)!.idLT).toBeNull();
    for (const id of [0, 999, 1000, 1001, 25_000, 50_999, 51_000, 10 ** 12]) expect(covered(rs, id)).toBe(1);
  });

  it("reads a small list as one part", () => {
    expect(ranges("5", "900", 300)).toEqual([{ idGTE: null, idLT: null }]);
    expect(ranges("5", "5", 1)).toEqual([{ idGTE: null, idLT: null }]);
  });

  it("narrows a list's filter to a part", () => {
    expect(within({ hasLeaderWith: [{ id: "1" }] }, { idGTE: "10", idLT: null })).toEqual({ hasLeaderWith: [{ id: "1" }], idGTE: "10" });
    expect(within(null, { idGTE: null, idLT: null })).toBeNull();
  });
});

describe("the replica's queries", () => {
  it("are valid against the server's schema (a change's node is any kind: its fields must agree across kinds)", async () => {
    const { ChangesQuery, CursorQuery, WholeConversation } = await import("../src/pull");
    const { print } = await import("@0no-co/graphql.web");
    for (const doc of [ChangesQuery, CursorQuery, WholeConversation, ...lists.flatMap((l) => [l.page, l.bounds])]) {
      expect(validate(schema, parse(print(doc))), print(doc).slice(0, 80)).toEqual([]);
    }
  });
});
