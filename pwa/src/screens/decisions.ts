import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { benefitError } from "../benefit";
import { graphql } from "../graphql";
import { newID, write } from "../sync";
import { Badge, Frame, State, fmtDate, go, pendingOf, usePending, useRead, words } from "../ui";

const statuses = ["PROPOSED", "DECIDED", "IMPLEMENTED", "REVERSED"] as const;
type Status = (typeof statuses)[number];

const DecisionsQuery = graphql(`
  query Decisions($where: DecisionWhereInput) {
    decisions(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      edges { node { id title customerBenefit status clvImpact decidedAt owner { id name } evidence(first: 5) { totalCount } } }
    }
  }
`);

const MyConversations = graphql(`
  query EvidenceChoices($me: ID!) {
    conversations(first: 20, where: { hasLeaderWith: [{ id: $me }] }, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      edges { node { id occurredAt customers(first: 3) { edges { node { name } } } } }
    }
  }
`);

const CreateDecision = graphql(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { id } }
`);
const SetStatus = graphql(`
  mutation SetDecisionStatus($id: ID!, $input: UpdateDecisionInput!) { updateDecision(id: $id, input: $input) { id } }
`);

export function Decisions({ me, admin }: { me: string; admin: boolean }) {
  const [status, setStatus] = useState<Status | "">("");
  const r = useRead(DecisionsQuery, { where: status ? { status } : null });
  const pending = usePending();
  const queued = pendingOf(pending, "createDecision");
  const changes = pendingOf(pending, "updateDecision");
  async function change(id: string, title: string, s: Status) {
    await write(newID(), `${title}: ${words(s).toLowerCase()}`, SetStatus, { id, input: { status: s, decidedAt: s === "DECIDED" ? new Date().toISOString() : undefined } });
  }
  return html`<${Frame} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${(["", ...statuses] as const).map((s) => html`<button type="button" role="radio" aria-checked=${status === s} class=${status === s ? "chip on" : "chip"} onClick=${() => setStatus(s)}>${s ? words(s) : "All"}</button>`)}
    </div>
    ${queued.length > 0 && html`<ul class="list" aria-label="Waiting to sync">${queued.map((e) => html`<li class="pending" data-testid="pending-decision">${e.label} <${Badge} e=${e} /></li>`)}</ul>`}
    <${State} r=${r} />
    <ul class="list">
      ${r.data?.decisions.edges?.map((e) => {
        const d = e?.node;
        if (!d) return null;
        const q = changes.filter((c) => c.variables.id === d.id).at(-1);
        const shown = (q ? (q.variables.input as { status: Status }).status : d.status) as Status;
        const mine = d.owner.id === me || admin;
        return html`<li class="decision">
          <strong>${d.title}</strong> <span class=${"status " + shown.toLowerCase()}>${words(shown)}</span> ${q && html`<${Badge} e=${q} />`}
          <p><span class="muted">For the customer:</span> ${d.customerBenefit}</p>
          <p class="muted">${d.owner.name}${d.decidedAt ? " · decided " + fmtDate(d.decidedAt) : ""}${d.clvImpact != null ? ` · CLV ${d.clvImpact > 0 ? "+" : ""}${d.clvImpact}` : ""} · ${d.evidence.totalCount} conversation(s) as evidence</p>
          ${mine && html`<label>Status <select value=${shown} onChange=${(ev: Event) => change(d.id, d.title, (ev.target as HTMLSelectElement).value as Status)}>
            ${statuses.map((s) => html`<option value=${s}>${words(s)}</option>`)}
          </select></label>`}
        </li>`;
      })}
    </ul>
  </${Frame}>`;
}

export function NewDecision({ me }: { me: string }) {
  const evidence = useRead(MyConversations, { me });
  const [benefit, setBenefit] = useState("");
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const benefitProblem = benefitError(benefit);
  async function save(ev: Event) {
    ev.preventDefault();
    setTouched(true);
    const f = new FormData(ev.target as HTMLFormElement);
    const title = String(f.get("title") ?? "").trim();
    if (!title) return setError("Give the decision a title.");
    if (benefitProblem) return setError("What's in it for the customer: " + benefitProblem + ".");
    const clv = String(f.get("clv") ?? "").trim();
    if (clv && !Number.isFinite(Number(clv))) return setError("CLV impact: a number, e.g. 12000 or -500.");
    const status = String(f.get("status")) as Status;
    const id = newID();
    await write(id, `Decision: ${title}`, CreateDecision, {
      input: {
        clientID: id, title, customerBenefit: benefit.trim(), context: String(f.get("context") ?? "").trim() || null,
        clvImpact: clv ? Number(clv) : null, status, decidedAt: status === "PROPOSED" ? null : new Date().toISOString(), evidenceIDs: chosen,
      },
    });
    go("/decisions");
  }
  return html`<${Frame} section="decisions">
    <h1>Record a decision</h1>
    <form onSubmit=${save} aria-label="Record a decision" novalidate>
      <label>Title <input name="title" required maxlength="200" /></label>
      <label>What's in it for the customer? (required)
        <textarea name="customerBenefit" rows="3" required aria-invalid=${touched && benefitProblem ? "true" : "false"} aria-describedby="benefit-help"
          onInput=${(e: Event) => setBenefit((e.target as HTMLTextAreaElement).value)} onBlur=${() => setTouched(true)}></textarea>
      </label>
      <p id="benefit-help" class=${touched && benefitProblem ? "error" : "muted"}>${touched && benefitProblem ? benefitProblem : "Say what the customer gains, in their terms."}</p>
      <label>Context <textarea name="context" rows="2"></textarea></label>
      <div class="row">
        <label>CLV impact <input name="clv" inputmode="decimal" placeholder="e.g. 12000" /></label>
        <label>Status <select name="status">${statuses.slice(0, 2).map((s) => html`<option value=${s}>${words(s)}</option>`)}</select></label>
      </div>
      <fieldset><legend>Evidence: conversations</legend>
        ${evidence.data?.conversations.edges?.map((e) => e?.node && html`<label class="check"><input type="checkbox" checked=${chosen.includes(e.node.id)}
          onChange=${(ev: Event) => { const id = e.node!.id; setChosen((ev.target as HTMLInputElement).checked ? [...chosen, id] : chosen.filter((x) => x !== id)); }} />
          <span>${e.node.customers.edges?.map((c) => c?.node?.name).join(", ")} <span class="muted">· ${fmtDate(e.node.occurredAt)}</span></span></label>`)}
        ${evidence.data && (evidence.data.conversations.edges?.length ?? 0) === 0 && html`<p class="muted">No conversations logged yet.</p>`}
      </fieldset>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="submit" class="big">Save the decision</button>
    </form>
  </${Frame}>`;
}
