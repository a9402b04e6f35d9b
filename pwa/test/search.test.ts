import { describe, expect, it } from "vitest";
import { Index } from "../src/search";

const people = ["Zoë Adams", "Adam Zane", "Mia Member", "Leo Leader", "Madam Ada", "Zoe Zimmer"].map((name, i) => ({ id: String(i), name, company: i === 2 ? "Acme" : null }));
const index = new Index(people, (p) => p.name, (p) => p.name + (p.company ? ` (${p.company})` : ""));

describe("Index", () => {
  it("finds by any word, words starting with the term first, in name order, with the count of all", () => {
    const found = index.find("ada", 10);
    expect(found.items.map((p) => p.name)).toEqual(["Adam Zane", "Madam Ada", "Zoë Adams"]);
    expect(found.total).toBe(3);
    expect(index.find("dam", 10).items.map((p) => p.name)).toEqual(["Adam Zane", "Madam Ada", "Zoë Adams"]); // inside words
    expect(index.find("zim", 10).items.map((p) => p.name)).toEqual(["Zoe Zimmer"]);
  });

  it("ignores case and accents", () => {
    expect(index.find("ZOE", 10).items.map((p) => p.name)).toEqual(["Zoë Adams", "Zoe Zimmer"]);
  });

  it("finds by company and keeps the count when it shows fewer", () => {
    expect(index.find("acme", 10).items.map((p) => p.name)).toEqual(["Mia Member"]);
    const few = index.find("a", 2);
    expect(few.items).toHaveLength(2);
    expect(few.total).toBe(5); // all but Zoe Zimmer
  });

  it("counts only what keep keeps, and still puts word matches first when the first ones fill the limit", () => {
    const kept = index.find("a", 10, (p) => p.name !== "Adam Zane");
    expect(kept.items.map((p) => p.name)).toEqual(["Madam Ada", "Mia Member", "Zoë Adams", "Leo Leader"]) // "Leader" has it inside a word: last;
    expect(kept.total).toBe(4);
    expect(index.find("ada", 1).items.map((p) => p.name)).toEqual(["Adam Zane"]);
    expect(index.find("dam", 1)).toEqual({ items: [people[1]], total: 3 });
  });

  it("searches 50,000 records in well under a keystroke", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: String(i), name: `Customer ${i} ${i % 7 ? "Smith" : "Jones"}` }));
    const big = new Index(many, (c) => c.name);
    const t0 = performance.now();
    const found = big.find("49999", 8);
    const ms = performance.now() - t0;
    expect(found.items.map((c) => c.name)).toEqual(["Customer 49999 Smith"]);
    expect(ms).toBeLessThan(200); // a generous bound for a shared test machine; the browser test measures it
  });
});
