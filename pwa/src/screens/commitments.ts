import { html } from "htm/preact";
import { useForm } from "../form";
import { graphql } from "../graphql";
import type { Entry } from "../outbox";
import { fieldErrors } from "../rules";
import { newID, save } from "../sync";
import { Badge, Frame, State, go, pendingOf, usePending, useRead } from "../ui";
import { behaviours } from "./home";
import { serverErrors } from "./log";

const MyCommitments = graphql(`
  query MyCommitments {
    viewer { id commitments(first: 20) { edges { node { id behaviour target period } } } }
  }
`);
const CreateCommitment = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }
`);
const UpdateCommitment = graphql(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $input) { id } }
`);

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
export function CommitmentForm({ id, behaviour, target, period, choices, fix }: {
  id?: string; behaviour?: Behaviour; target: number; period: Period; choices?: Behaviour[]; fix?: Entry;
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
    const c = read(f);
    const label = c.behaviour ? `Commitment: ${behaviours[c.behaviour]} ${c.target}` : fix?.label ?? "Commitment";
    if (id) await save(fix, fix?.id ?? newID(), label, UpdateCommitment, { id, input: { target: c.target, period: c.period } });
    else await save(fix, fix?.id ?? newID(), label, CreateCommitment, { input: { behaviour: c.behaviour, target: c.target, period: c.period } });
    if (fix) go("/pending");
    else if (!id) form.ref.current?.reset();
  });
  const title = choices ? "Commit to more" : behaviour ? behaviours[behaviour] : fix?.label ?? "";
  return html`<form class="card" aria-label=${choices ? "New commitment" : title} onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} novalidate>
    <h2>${title}</h2>
    ${choices && html`<label>Behaviour <select name="behaviour">${choices.map((b) => html`<option value=${b}>${behaviours[b]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${target} ...${form.field("target")} />${form.error("target")}</label>${periodSelect(period)}</div>
    ${form.others()}
    <button type="submit" class=${choices ? "" : "secondary"}>${fix ? "Send again" : choices ? "Commit" : "Update"}</button>
  </form>`;
}

export function Commitments() {
  const r = useRead(MyCommitments, {});
  const pending = usePending();
  const queued = [...pendingOf(pending, "createCommitment"), ...pendingOf(pending, "updateCommitment")];
  const mine = r.data?.viewer.commitments.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const open = (Object.keys(behaviours) as Behaviour[]).filter((b) => !mine.some((c) => c.behaviour === b) && !queued.some((e) => (e.variables.input as { behaviour?: string }).behaviour === b));
  return html`<${Frame} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${State} r=${r} what="your commitments" />
    ${queued.length > 0 && html`<ul class="list">${queued.map((e) => html`<li class="pending">${e.label} <${Badge} e=${e} /></li>`)}</ul>`}
    ${mine.map((c) => html`<${CommitmentForm} key=${c.id} id=${c.id} behaviour=${c.behaviour} target=${c.target} period=${c.period} />`)}
    ${r.data && open.length > 0 && html`<${CommitmentForm} key=${open.join()} choices=${open} target=${suggested[open[0]] ?? 1} period="MONTH" />`}
  </${Frame}>`;
}
