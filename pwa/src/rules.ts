// The field rules the server enforces, from the same file it is generated
// with (ent/rules.json): the app refuses what the server would refuse, with
// the same message, before anything is sent or queued.
import rules from "../../ent/rules.json";
import { benefitError } from "./benefit";

interface Rule {
  required?: boolean;
  maxChars?: number;
  min?: number;
  max?: number;
  email?: boolean;
  benefit?: boolean;
  maxAheadHours?: number;
}

const entities: Record<string, Record<string, Rule>> = rules.entities;
const blank = new RegExp(`^${rules.blank}+|${rules.blank}+$`, "gu");
const email = new RegExp(rules.emailPattern, "u");

const say = (template: string, args: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k]));

/** trimBlank trims what the server trims: the characters of rules.blank, at both ends. */
export const trimBlank = (s: string): string => s.replace(blank, "");

/** ruled tells whether the server has a rule for entity.field. */
export const ruled = (entity: string, field: string): boolean => Boolean(entities[entity]?.[field]);

/**
 * fieldError returns the server's message for value as entity.field (named as
 * in the GraphQL input), or "" when the server would accept it. Text is
 * trimmed first; null, undefined and "" stand for a field left empty.
 */
export function fieldError(entity: string, field: string, value: unknown, now: Date = new Date()): string {
  const rule = entities[entity]?.[field];
  if (!rule) return "";
  const m = rules.messages;
  const text = typeof value === "string" ? trimBlank(value) : value;
  if (text === null || text === undefined || text === "") {
    if (rule.benefit) return benefitError("");
    return rule.required ? m.required : "";
  }
  if (rule.maxAheadHours !== undefined) {
    const t = new Date(text as string | number | Date).getTime();
    const earliest = new Date(rules.earliestDate + "T00:00:00Z").getTime();
    const latest = now.getTime() + rule.maxAheadHours * 3_600_000;
    if (Number.isNaN(t) || t < earliest) return say(m.notBefore, { date: rules.earliestDate });
    if (t > latest) return say(m.notAfter, { date: new Date(latest).toISOString().slice(0, 10) });
    return "";
  }
  if (rule.min !== undefined || rule.max !== undefined) {
    const n = Number(text);
    const min = rule.min ?? -Infinity;
    const max = rule.max ?? Infinity;
    return Number.isFinite(n) && n >= min && n <= max ? "" : say(m.range, { min, max });
  }
  const s = String(text);
  if (rule.maxChars !== undefined && [...s].length > rule.maxChars) return say(m.maxChars, { max: rule.maxChars });
  if (rule.email && !email.test(s)) return m.email;
  if (rule.benefit) return benefitError(s);
  return "";
}

/** Errors are messages by field name; a field without an error is absent. */
export type Errors = Record<string, string>;

/** fieldErrors checks every field of values that entity has a rule for. */
export function fieldErrors(entity: string, values: Record<string, unknown>, now: Date = new Date()): Errors {
  const out: Errors = {};
  for (const [field, v] of Object.entries(values)) {
    const e = fieldError(entity, field, v, now);
    if (e) out[field] = e;
  }
  return out;
}
