import { describe, expect, it } from "vitest";
import examples from "../../ent/schema/rule/examples.json";
import { fieldError, trimBlank } from "../src/rules";

// The same examples run in Go through the server's GraphQL API, so the app
// and the server accept and refuse the same values with the same messages.
describe("field rules", () => {
  it.each(examples.examples.map((e) => [`${e.entity}.${e.field} ${JSON.stringify(e.value).slice(0, 40)}`, e] as const))("%s", (_, e) => {
    const got = fieldError(e.entity, e.field, e.value);
    if ("errorPrefix" in e && e.errorPrefix) expect(got.startsWith(e.errorPrefix) && got.length > e.errorPrefix.length).toBe(true);
    else expect(got).toBe((e as { error: string }).error);
  });

  it("refuses 5000 minutes with the server's words", () => {
    expect(fieldError("Conversation", "durationMinutes", 5000)).toBe("must be between 0 and 1440");
  });

  it("puts the last accepted day in a date's message", () => {
    const now = new Date("2026-03-10T12:00:00Z");
    expect(fieldError("Conversation", "occurredAt", "2026-03-12T00:00:00Z", now)).toBe("must not be later than 2026-03-11");
    expect(fieldError("Conversation", "occurredAt", "2026-03-11T11:00:00Z", now)).toBe("");
  });

  it("counts characters, not UTF-16 units, and trims blanks first", () => {
    expect(fieldError("Passkey", "name", "😀".repeat(120))).toBe("");
    expect(fieldError("Passkey", "name", "😀".repeat(121))).toBe("must be at most 120 characters");
    expect(trimBlank("\u200b Ada \ufeff")).toBe("Ada");
  });

  it("applies the customer-benefit rule and the email pattern", () => {
    expect(fieldError("Decision", "customerBenefit", "tbd")).toMatch(/^say what the customer gains/);
    expect(fieldError("Decision", "customerBenefit", "")).toMatch(/^say what the customer gains/);
    expect(fieldError("Invitation", "email", "fay@localhost")).toBe("must be an email address, such as name@example.com");
    expect(fieldError("Invitation", "email", "")).toBe("");
  });
});
