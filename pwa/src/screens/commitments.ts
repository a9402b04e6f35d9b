import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { graphql } from "../graphql";
import { newID, write } from "../sync";
import { Badge, Frame, State, pendingOf, usePending, useRead } from "../ui";
import { behaviours } from "./home";

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

export function Commitments() {
  const r = useRead(MyCommitments, {});
  const pending = usePending();
  const queued = [...pendingOf(pending, "createCommitment"), ...pendingOf(pending, "updateCommitment")];
  const [error, setError] = useState("");
  const mine = r.data?.viewer.commitments.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const open = (Object.keys(behaviours) as Behaviour[]).filter((b) => !mine.some((c) => c.behaviour === b) && !queued.some((e) => (e.variables.input as { behaviour?: string }).behaviour === b));
  function target(v: FormDataEntryValue | null, b: string): number | null {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || (b === "FOLLOW_UPS_ON_TIME" && n > 100) || n > 10000) {
      setError(b === "FOLLOW_UPS_ON_TIME" ? "Target: a percentage from 1 to 100." : "Target: a whole number from 1 to 10,000.");
      return null;
    }
    setError("");
    return n;
  }
  async function add(ev: Event) {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const behaviour = String(f.get("behaviour")) as Behaviour;
    const t = target(f.get("target"), behaviour);
    if (t === null) return;
    await write(newID(), `Commitment: ${behaviours[behaviour]} ${t}`, CreateCommitment, { input: { behaviour, target: t, period: String(f.get("period")) as Period } });
    (ev.target as HTMLFormElement).reset();
  }
  async function update(ev: Event, id: string, b: Behaviour) {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const t = target(f.get("target"), b);
    if (t === null) return;
    await write(newID(), `Commitment: ${behaviours[b]} ${t}`, UpdateCommitment, { id, input: { target: t, period: String(f.get("period")) as Period } });
  }
  const periodSelect = (v: Period) => html`<label>Per <select name="period" value=${v}><option value="MONTH">Month</option><option value="QUARTER">Quarter</option></select></label>`;
  return html`<${Frame} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${State} r=${r} />
    ${queued.length > 0 && html`<ul class="list">${queued.map((e) => html`<li class="pending">${e.label} <${Badge} e=${e} /></li>`)}</ul>`}
    ${mine.map((c) => html`<form class="card" aria-label=${behaviours[c.behaviour]} onSubmit=${(ev: Event) => update(ev, c.id, c.behaviour)}>
      <h2>${behaviours[c.behaviour]}</h2>
      <div class="row"><label>Target <input name="target" type="number" inputmode="numeric" min="1" value=${c.target} /></label>${periodSelect(c.period)}</div>
      <button type="submit" class="secondary">Update</button>
    </form>`)}
    ${open.length > 0 && html`<form class="card" onSubmit=${add} aria-label="New commitment">
      <h2>Commit to more</h2>
      <label>Behaviour <select name="behaviour">${open.map((b) => html`<option value=${b}>${behaviours[b]}</option>`)}</select></label>
      <div class="row"><label>Target <input name="target" type="number" inputmode="numeric" min="1" value=${suggested[open[0]] ?? 1} /></label>${periodSelect("MONTH")}</div>
      <button type="submit">Commit</button>
    </form>`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
  </${Frame}>`;
}
