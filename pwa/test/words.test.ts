import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { age } from "../src/screens/settings";
import { paceWords, plural } from "../src/ui";

describe("plural", () => {
  it("says one thing in the singular and any other count in the plural", () => {
    expect(plural(1, "champion")).toBe("1 champion");
    expect(plural(0, "champion")).toBe("0 champions");
    expect(plural(2, "follow-up")).toBe("2 follow-ups");
    expect(plural(1234, "conversation")).toBe("1,234 conversations");
    expect(plural(3, "person", "people")).toBe("3 people");
  });
});

describe("age", () => {
  const now = Date.parse("2026-12-01T12:00:00Z");
  it("says how long ago, in the unit that reads best", () => {
    expect(age("2026-12-01T11:59:30Z", now)).toBe("30 seconds ago");
    expect(age("2026-12-01T11:59:59Z", now)).toBe("1 second ago");
    expect(age("2026-12-01T11:00:00Z", now)).toBe("60 minutes ago");
    expect(age("2026-12-01T10:00:00Z", now)).toBe("2 hours ago");
    expect(age("2026-11-28T12:00:00Z", now)).toBe("3 days ago");
    expect(age("2026-12-01T12:00:05Z", now)).toBe("0 seconds ago"); // a clock a little ahead
  });
});

describe("paceWords", () => {
  it("names every pace in words", () => {
    expect(Object.keys(paceWords).sort()).toEqual(["AT_RISK", "BEHIND", "MET", "MISSED", "ON_TRACK"]);
  });
});
