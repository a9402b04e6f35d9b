// Mandates: the commitments an admin sets for everyone, or for a team. Each
// person it applies to holds it among their commitments and cannot remove it.
import { html } from "htm/preact";
import { run } from "../api";
import { graphql } from "../graphql";
import { fieldErrors, trimBlank } from "../rules";
import { State, plural, useRead } from "../ui";
import { behaviours } from "./home";
import { useAct, useOnlineForm } from "./settings";

const MandatesQuery = graphql(`
  query Mandates { mandates(first: 50) { totalCount edges { node { id behaviour target period team commitments(first: 0) { totalCount } } } } }
`);
const CreateMandate = graphql(`mutation CreateMandate($input: CreateMandateInput!) { createMandate(input: $input) { id } }`);
const DeleteMandate = graphql(`mutation DeleteMandate($id: ID!) { deleteMandate(id: $id) }`);

type Behaviour = keyof typeof behaviours;

/** Mandates is the admins' card of the organization's mandated commitments. */
export function Mandates() {
  const r = useRead(MandatesQuery, {});
  const [msg, act] = useAct(r.reload);
  const add = useOnlineForm((f) => {
    const target = Number(f.get("target"));
    const errors = fieldErrors("Mandate", { target, team: String(f.get("team") ?? "") || null });
    if (!errors.target && !Number.isInteger(target)) errors.target = "a whole number";
    return errors;
  }, async (f) => {
    const team = trimBlank(String(f.get("team") ?? "")) || null;
    await run(CreateMandate, { input: { behaviour: String(f.get("behaviour")) as Behaviour, target: Number(f.get("target")), period: String(f.get("period")) as "MONTH", team } });
    return team ? `Mandated for the ${team} team.` : "Mandated for everyone.";
  }, r.reload);
  const list = r.data?.mandates.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const { form } = add;
  return html`<section class="card" aria-label="Mandated commitments">
    <h2>Mandated commitments</h2>
    <p class="muted">Set a commitment for everyone, or for a team: each person it applies to sees it among theirs and cannot remove it. People added later get it too.</p>
    <${State} r=${r} what="the mandates" />
    <ul class="list">${list.map((m) => html`<li data-testid="mandate"><strong>${behaviours[m.behaviour]}: ${m.target} a ${m.period === "QUARTER" ? "quarter" : "month"}</strong>
      <span class="muted"> · ${m.team ? "the " + m.team + " team" : "everyone"} · ${plural(m.commitments.totalCount, "person", "people")}</span>
      <button type="button" class="link" onClick=${() => act(() => run(DeleteMandate, { id: m.id }), "Mandate removed.")}>Remove</button></li>`)}</ul>
    <form onSubmit=${add.submit} onInput=${form.onInput} ref=${form.ref} aria-label="New mandate" novalidate>
      <label>Behaviour <select name="behaviour">${(Object.keys(behaviours) as Behaviour[]).map((b) => html`<option value=${b}>${behaviours[b]}</option>`)}</select></label>
      <div class="row">
        <label>Target <input type="number" inputmode="numeric" defaultValue="5" ...${form.field("target")} />${form.error("target")}</label>
        <label>Per <select name="period"><option value="MONTH">Month</option><option value="QUARTER">Quarter</option></select></label>
      </div>
      <label>Team (optional: empty for everyone) <input autocomplete="off" ...${form.field("team")} />${form.error("team")}</label>
      ${form.others()}
      <button type="submit">Mandate it</button>
      ${(add.msg || msg) && html`<p role="status">${add.msg || msg}</p>`}
    </form>
  </section>`;
}
