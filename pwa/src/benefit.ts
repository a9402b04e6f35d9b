// The customer-benefit rule, the same file the server embeds
// (ent/schema/rule/benefit.json): the app refuses what the server would,
// with the same message, before anything is sent.
import rule from "../../ent/schema/rule/benefit.json";

const placeholders = new Set(rule.placeholders);

/** benefitError returns the server's message when s would be refused, else "". */
export function benefitError(s: string): string {
  const t = s.trim();
  if ([...t].length < rule.minLength) return rule.message;
  const lower = t.toLowerCase();
  const key = [...lower].filter((r) => /[\p{L}\p{Nd}]/u.test(r)).join("");
  const letters = [...lower].filter((r) => /\p{L}/u.test(r));
  if (placeholders.has(key) || letters.length < rule.minLetters || new Set(letters).size < rule.minDistinctLetters) return rule.message;
  return "";
}

export const benefitExamples = rule.examples;
