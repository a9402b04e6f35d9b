// Merging an edit that the server refused as a CONFLICT (the record changed
// since the version the person edited): field by field, their value against
// the server's current one (extensions.current, GraphQL field names), and
// the edit to send again, with the current version, for the choice made.

/** Patch is an edit: the fields changed and their new values (null: cleared). */
export type Patch = Record<string, unknown>;

/** Field is one field of a conflict: what the person made it, what it is now, what it was when they edited it. */
export interface Field {
  name: string;
  mine: unknown;
  theirs: unknown;
  was: unknown;
  /** The server's value is the person's already: nothing to choose. */
  agreed: boolean;
}

export type Choice = "mine" | "theirs";

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/** empty tells whether a value stands for a field left empty (the server leaves such fields out of extensions.current). */
const empty = (v: unknown): boolean => v === null || v === undefined || v === "";

/** same compares two values of a field as the server stores them: times by instant, empty as empty. */
export function same(a: unknown, b: unknown): boolean {
  if (empty(a) || empty(b)) return empty(a) && empty(b);
  if (typeof a === "string" && typeof b === "string" && ISO.test(a) && ISO.test(b)) return Date.parse(a) === Date.parse(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-9);
}

/** fields lists the fields of the person's edit: theirs, the server's now, and the value they edited. */
export function fields(patch: Patch, was: Record<string, unknown>, current: Record<string, unknown>): Field[] {
  return Object.keys(patch).map((name) => ({
    name,
    mine: patch[name],
    theirs: current[name] ?? null,
    was: was[name] ?? null,
    agreed: same(patch[name], current[name]),
  }));
}

/** alsoChanged lists the fields the server changed that the person did not edit: they stay as the server has them. */
export function alsoChanged(patch: Patch, was: Record<string, unknown>, current: Record<string, unknown>, shown: string[]): string[] {
  return shown.filter((k) => !(k in patch) && k in was && !same(was[k], current[k]));
}

/** defaults are the choices a conflict opens with: the person's value wherever the server's differs. */
export const defaults = (fs: Field[]): Record<string, Choice> => Object.fromEntries(fs.map((f) => [f.name, "mine" as Choice]));

/**
 * resolve is the edit to send for the choices made: the fields whose chosen
 * value differs from the server's (none: the server has what was chosen).
 */
export function resolve(fs: Field[], choice: Record<string, Choice>): Patch {
  const out: Patch = {};
  for (const f of fs) if ((choice[f.name] ?? "mine") === "mine" && !same(f.mine, f.theirs)) out[f.name] = f.mine;
  return out;
}

/** toInput turns an edit into an update*'s input: a cleared field as clearX: true. */
export function toInput(patch: Patch): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) out["clear" + k[0].toUpperCase() + k.slice(1)] = true;
    else out[k] = v;
  }
  return out;
}

/** changes is the edit that turns was into now: the fields that differ. */
export function changes(was: Record<string, unknown>, now: Patch): Patch {
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => !same(was[k], v)));
}
