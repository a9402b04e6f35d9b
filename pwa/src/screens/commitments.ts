import { html } from "htm/preact";
import { toInput, changes } from "../conflict";
import { edit, remove, UpdateCommitment } from "../edits";
import { useForm } from "../form";
import { graphql } from "../graphql";
import { ref, type Entry } from "../outbox";
import type { Shown } from "../overlay";
import { CommitmentRow, type Commitment } from "../records";
import { fieldErrors } from "../rules";
import { newID, save } from "../sync";
import { Badge, Frame, Synced, go, pendingOf, say, usePending } from "../ui";
import { lookup, shown, useView } from "../view";
import { behaviours } from "./home";
import { serverErrors } from "./log";

const CreateCommitment = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { ...CommitmentRow } }
`, [CommitmentRow]);

type Behaviour = keyof typeof behaviours;
type Period = "MONTH" | "QUARTER";

/** Suggested targets, from PRODUCT.md's examples (at least 5 customers a month, ...). */
const suggested: Partial<Record<Behaviour, number>> = { CUSTOMERS_MET: 5, DAYS_WITH_CUSTOMERS: 2, FOLLOW_UPS_ON_TIME: 90, MINUTES_WITH_CUSTOMERS: 240 };

const periodSelect = (v: Period) => html`<label>Per <select name="period">
  <option value="MONTH" selected=${v === "MONTH"}>Month</option><option value="QUARTER" selected=${v === "QUARTER"}>Quarter</option></select></label>`;

/**
 * CommitmentForm makes a commitment (choices: the behaviours still open),
 * changes one (id), or fixes one the server refused (fix).
 */
export function CommitmentForm({ me, c, behaviour, target, period, choices, fix }: {
  me: string; c?: Shown<Commitment>; behaviour?: Behaviour; target: number; period: Period; choices?: Behaviour[]; fix?: Entry;
}) {
  const read = (f: FormData) => ({ behaviour: (String(f.get("behaviour") ?? "") || behaviour) as Behaviour, target: Number(f.get("target")), period: String(f.get("period")) as Period });
  const form = useForm((f) => {
    const c = read(f);
    const errors = fieldErrors("Commitment", { target: c.target });
    if (!errors.target && !Number.isInteger(c.target)) errors.target = "a whole number";
    if (!errors.target && c.behaviour === "FOLLOW_UPS_ON_TIME" && c.target > 100) errors.target = "a percentage: at most 100";
    return errors;
  }, serverErrors(fix));
  const submit = form.submit(async (f) => {
    const v = read(f);
    const label = v.behaviour ? `Commitment: ${behaviours[v.behaviour]} ${v.target}` : fix?.label ?? "Commitment";
    const now = { target: v.target, period: v.period };
    if (c && fix) {
      const patch = changes(c as unknown as Record<string, unknown>, now);
      await save(fix, fix.id, label, UpdateCommitment, { id: c.id, input: toInput(patch), expectedVersion: c.version }, { ...fix.draft, patch, was: c },
        { store: "commitments", op: "patch", id: c.id, fields: patch });
    } else if (c) {
      await edit("commitments", c, now, label);
    } else {
      const id = fix?.id ?? newID();
      const record: Commitment = { id: ref(id), version: 0, clientID: id, behaviour: v.behaviour, target: v.target, period: v.period, leaderID: me };
      await save(fix, id, label, CreateCommitment, { input: { behaviour: v.behaviour, target: v.target, period: v.period } }, undefined,
        { store: "commitments", op: "put", record });
    }
    if (fix) go("/pending");
    else if (!c) form.ref.current?.reset();
  });
  async function del() {
    if (!c) return;
    const undo = await remove("commitments", c, `commitment “${behaviours[c.behaviour]}”`);
    say("Commitment deleted.", { label: "Undo", run: undo });
  }
  const title = choices ? "Commit to more" : behaviour ? behaviours[behaviour] : fix?.label ?? "";
  return html`<form class="card" aria-label=${choices ? "New commitment" : title} onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} novalidate>
    <h2>${title}</h2>
    ${choices && html`<label>Behaviour <select name="behaviour">${choices.map((b) => html`<option value=${b}>${behaviours[b]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${target} ...${form.field("target")} />${form.error("target")}</label>${periodSelect(period)}</div>
    ${form.others()}
    ${c?.pending && html`<p><${Badge} e=${c.pending} /></p>`}
    ${c?.refused && html`<p class="error">Your change was not saved: ${c.refused.current ? "it changed on another device." : c.refused.error} <a href=${"#/pending/" + encodeURIComponent(c.refused.id)}>Resolve</a></p>`}
    <div class="actions">
      <button type="submit" class=${choices ? "" : "secondary"}>${fix ? "Send again" : choices ? "Commit" : "Update"}</button>
      ${c && !fix && html`<button type="button" class="link" onClick=${del}>Delete this commitment</button>`}
    </div>
  </form>`;
}

export function Commitments({ me }: { me: string }) {
  useView();
  const refused = [...pendingOf(usePending(), "createCommitment")].filter((e) => e.status === "attention");
  const mine = [...shown("commitments").values()].filter((c) => c.leaderID === me);
  const open = (Object.keys(behaviours) as Behaviour[]).filter((b) => !mine.some((c) => c.behaviour === b));
  return html`<${Frame} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${Synced} what="your commitments" />
    ${refused.length > 0 && html`<ul class="list" aria-label="Not saved">${refused.map((e) => html`<li class="pending">${e.label} <${Badge} e=${e} /> <a href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    ${mine.filter((c) => c.mandateID).map((c) => html`<section class="card" aria-label=${behaviours[c.behaviour]} data-testid="mandated">
      <h2>${behaviours[c.behaviour]}</h2>
      <p><strong>${c.target}</strong> a ${c.period === "QUARTER" ? "quarter" : "month"}: set by your organization for ${c.mandateTeam ? "the " + c.mandateTeam + " team" : "everyone"}. It stays; an admin changes it.</p>
    </section>`)}
    ${mine.filter((c) => !c.mandateID).map((c) => html`<${CommitmentForm} key=${c.id + ":" + c.version + ":" + (c.pending?.id ?? "")} me=${me} c=${c} behaviour=${c.behaviour} target=${c.target} period=${c.period} />`)}
    ${open.length > 0 && html`<${CommitmentForm} key=${open.join()} me=${me} choices=${open} target=${suggested[open[0]] ?? 1} period="MONTH" />`}
  </${Frame}>`;
}

/** CommitmentFix opens a refused commitment write again. */
export function CommitmentFix({ me, fix }: { me: string; fix: Entry }) {
  useView();
  const input = fix.variables.input as { behaviour?: Behaviour; target: number; period: Period };
  const c = fix.effect?.op === "patch" ? lookup("commitments", fix.effect.id) : undefined;
  const patch = (fix.draft?.patch ?? {}) as { target?: number; period?: Period };
  return html`<${Frame} section="more"><h1>Fix: a commitment</h1>
    ${fix.effect?.op === "patch" && !c ? html`<p>This commitment is not there any more.</p>`
      : html`<${CommitmentForm} me=${me} c=${c} behaviour=${c?.behaviour ?? input.behaviour} target=${patch.target ?? c?.target ?? input.target} period=${patch.period ?? c?.period ?? input.period} fix=${fix} />`}
  </${Frame}>`;
}
