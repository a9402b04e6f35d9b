import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { useForm } from "../form";
import { graphql } from "../graphql";
import type { Entry } from "../outbox";
import { fieldErrors, trimBlank } from "../rules";
import { newID, save, write } from "../sync";
import { Badge, Frame, State, fmtDate, go, pendingOf, usePending, useRead, words } from "../ui";
import { inputOf, serverErrors, text } from "./log";

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
    <${State} r=${r} what=${"the decisions"} />
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

export function NewDecision({ me, fix }: { me: string; fix?: Entry }) {
  const initial = inputOf(fix);
  const evidence = useRead(MyConversations, { me });
  const [chosen, setChosen] = useState<string[]>((initial.evidenceIDs as string[] | undefined) ?? []);
  const read = (f: FormData) => {
    const clv = String(f.get("clvImpact") ?? "").trim();
    const status = String(f.get("status") || "PROPOSED") as Status;
    return {
      clv,
      input: {
        title: trimBlank(String(f.get("title") ?? "")), customerBenefit: trimBlank(String(f.get("customerBenefit") ?? "")), context: text(f.get("context")),
        clvImpact: clv ? Number(clv) : null, status, evidenceIDs: chosen,
      },
    };
  };
  const form = useForm((f) => {
    const { clv, input } = read(f);
    const errors = fieldErrors("Decision", { title: input.title, customerBenefit: input.customerBenefit, context: input.context, clvImpact: input.clvImpact });
    if (clv && !Number.isFinite(Number(clv))) errors.clvImpact = "a number, e.g. 12000 or -500";
    return errors;
  }, serverErrors(fix));
  const submit = form.submit(async (f) => {
    const { input } = read(f);
    const id = fix?.id ?? newID();
    const decidedAt = input.status === "PROPOSED" ? null : ((initial.decidedAt as string | undefined) ?? new Date().toISOString());
    await save(fix, id, `Decision: ${input.title}`, CreateDecision, { input: { clientID: id, ...input, decidedAt } });
    go(fix ? "/pending" : "/decisions");
  });
  return html`<${Frame} section=${fix ? "more" : "decisions"}>
    <h1>${fix ? "Fix: record a decision" : "Record a decision"}</h1>
    ${fix && html`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Record a decision" novalidate>
      <label>Title <input required defaultValue=${String(initial.title ?? "")} ...${form.field("title")} />${form.error("title")}</label>
      <label>What's in it for the customer? (required)
        <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
        <textarea rows="3" required defaultValue=${String(initial.customerBenefit ?? "")} ...${form.field("customerBenefit")}></textarea>
        ${form.error("customerBenefit")}
      </label>
      <label>Context <textarea rows="2" defaultValue=${String(initial.context ?? "")} ...${form.field("context")}></textarea>${form.error("context")}</label>
      <div class="row">
        <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${initial.clvImpact ?? ""} ...${form.field("clvImpact")} />${form.error("clvImpact")}</label>
        <label>Status <select name="status">${statuses.slice(0, 2).map((s) => html`<option value=${s} selected=${(initial.status ?? "PROPOSED") === s}>${words(s)}</option>`)}</select></label>
      </div>
      <fieldset><legend>Evidence: conversations</legend>
        <${State} r=${evidence} what="your conversations" />
        ${evidence.data?.conversations.edges?.map((e) => e?.node && html`<label class="check"><input type="checkbox" checked=${chosen.includes(e.node.id)}
          onChange=${(ev: Event) => { const id = e.node!.id; setChosen((ev.target as HTMLInputElement).checked ? [...chosen, id] : chosen.filter((x) => x !== id)); }} />
          <span>${e.node.customers.edges?.map((c) => c?.node?.name).join(", ")} <span class="muted">· ${fmtDate(e.node.occurredAt)}</span></span></label>`)}
        ${evidence.data && (evidence.data.conversations.edges?.length ?? 0) === 0 && html`<p class="muted">No conversations logged yet.</p>`}
        ${form.error("evidenceIDs")}
      </fieldset>
      ${form.others()}
      <button type="submit" class="big">${fix ? "Send again" : "Save the decision"}</button>
    </form>
  </${Frame}>`;
}
