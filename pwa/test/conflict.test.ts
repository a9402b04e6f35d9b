import { describe, expect, it } from "vitest";
import { alsoChanged, changes, defaults, fields, resolve, same, toInput } from "../src/conflict";

// Two phones edited one decision at version 1: the first phone's edit made it
// version 2 (title and context); the second phone's edit, of both, is the
// conflict. extensions.current has the GraphQL names; empty fields are absent.
const was = { title: "Refunds in ten days", context: "Finance asked", customerBenefit: "Customers get their money back sooner", status: "PROPOSED", version: 1 };
const current = { __typename: "Decision", id: "D1", title: "Refunds in five days", context: "Finance and support agreed", customerBenefit: "Customers get their money back sooner", status: "PROPOSED", version: 2 };
const mine = { title: "Refunds in two days", context: "The CEO asked" };

describe("fields", () => {
  it("lists each field of the person's edit with theirs, the server's now, and what it was", () => {
    expect(fields(mine, was, current)).toEqual([
      { name: "title", mine: "Refunds in two days", theirs: "Refunds in five days", was: "Refunds in ten days", agreed: false },
      { name: "context", mine: "The CEO asked", theirs: "Finance and support agreed", was: "Finance asked", agreed: false },
    ]);
  });

  it("marks a field the server has as the person made it already", () => {
    expect(fields({ title: "Refunds in five days" }, was, current)[0].agreed).toBe(true);
  });

  it("reads a field the server left out (empty) as empty", () => {
    const f = fields({ context: null }, was, { ...current, context: undefined });
    expect(f[0]).toMatchObject({ theirs: null, agreed: true });
  });
});

describe("resolve", () => {
  const fs = fields(mine, was, current);

  it("keeps the person's edit whole by default", () => {
    expect(resolve(fs, defaults(fs))).toEqual(mine);
  });

  it("combines: the person's title, the server's context", () => {
    expect(resolve(fs, { title: "mine", context: "theirs" })).toEqual({ title: "Refunds in two days" });
  });

  it("sends nothing when the server's record is taken", () => {
    expect(resolve(fs, { title: "theirs", context: "theirs" })).toEqual({});
  });

  it("sends nothing for a field the server already has as chosen", () => {
    expect(resolve(fields({ title: "Refunds in five days", context: "x" }, was, current), { title: "mine", context: "mine" })).toEqual({ context: "x" });
  });
});

describe("alsoChanged", () => {
  it("names the fields the server changed that the person did not edit: they stay", () => {
    expect(alsoChanged({ title: "x" }, was, current, ["title", "context", "customerBenefit"])).toEqual(["context"]);
  });
});

describe("same, changes and toInput", () => {
  it("compares times by instant and empties as empty", () => {
    expect(same("2026-12-01T10:00:00Z", "2026-12-01T10:00:00.000000Z")).toBe(true);
    expect(same("2026-12-01T10:00:00Z", "2026-12-01T10:00:01Z")).toBe(false);
    expect(same(null, "")).toBe(true);
    expect(same(undefined, null)).toBe(true);
    expect(same("a", null)).toBe(false);
    expect(same(0, null)).toBe(false);
  });

  it("makes an edit of the fields that differ, and its input with clear* for a field emptied", () => {
    const patch = changes(was, { title: "Refunds in ten days", context: null, status: "DECIDED" });
    expect(patch).toEqual({ context: null, status: "DECIDED" });
    expect(toInput(patch)).toEqual({ clearContext: true, status: "DECIDED" });
  });
});
