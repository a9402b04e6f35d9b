import { describe, expect, it } from "vitest";
import { benefitError, benefitExamples } from "../src/benefit";

// The same examples run in Go (ent/schema/rule/validate_test.go), so the app
// and the server agree on every one of them.
describe("customer benefit", () => {
  it.each(benefitExamples.accepted)("accepts %j", (s) => expect(benefitError(s)).toBe(""));
  it.each(benefitExamples.refused)("refuses %j with the server's message", (s) => {
    expect(benefitError(s)).toMatch(/^say what the customer gains from this decision, in at least 15 characters/);
  });
});
