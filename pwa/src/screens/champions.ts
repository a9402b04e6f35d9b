import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { useForm } from "../form";
import { graphql } from "../graphql";
import type { Entry } from "../outbox";
import { fieldError, fieldErrors, trimBlank } from "../rules";
import { newID, save, write } from "../sync";
import { Badge, Frame, State, fmtDate, go, pendingOf, usePending, useRead } from "../ui";
import { CustomersQuery, PeopleQuery, inputOf, serverErrors, text } from "./log";

const NominationsQuery = graphql(`
  query Nominations {
    champions: leaders(first: 100, where: { champion: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name title } }
    }
    nominations(first: 50, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      edges { node { id story status createdAt nominee { id name } nominator { id name } customer { name }
        endorsements(first: 20) { totalCount edges { node { endorser { id name } comment } } } } }
    }
  }
`);

const RecentConversations = graphql(`
  query NominationEvidence {
    conversations(first: 20, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      edges { node { id occurredAt leader { name } customers(first: 3) { edges { node { name } } } } }
    }
  }
`);

const Nominate = graphql(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { id } }
`);
const Endorse = graphql(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { id } }
`);
const Approve = graphql(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { id } }
`);
const Decline = graphql(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { id } }
`);

export function Champions({ me, admin }: { me: string; admin: boolean }) {
  const r = useRead(NominationsQuery, {});
  const pending = usePending();
  const queued = [...pendingOf(pending, "createNomination"), ...pendingOf(pending, "createEndorsement"), ...pendingOf(pending, "approveNomination"), ...pendingOf(pending, "declineNomination")];
  const acted = (id: string) => queued.some((e) => e.variables.id === id || (e.variables.input as { nominationID?: string } | undefined)?.nominationID === id);
  const [why, setWhy] = useState<Record<string, string>>({});
  async function endorse(id: string, name: string) {
    const field = document.getElementById("why-" + id) as HTMLInputElement | null;
    const problem = fieldError("Endorsement", "comment", field?.value ?? "");
    setWhy({ ...why, [id]: problem });
    if (problem) return field?.focus();
    const cid = newID();
    await write(cid, `Endorsement of ${name}`, Endorse, { input: { clientID: cid, nominationID: id, comment: text(field?.value ?? "") } });
  }
  async function decide(id: string, name: string, approve: boolean) {
    if (approve) await write(newID(), `Approve ${name}`, Approve, { id, note: null });
    else await write(newID(), `Decline ${name}`, Decline, { id, note: null });
  }
  const open = r.data?.nominations.edges?.filter((e) => e?.node?.status === "OPEN") ?? [];
  return html`<${Frame} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${queued.length > 0 && html`<ul class="list" aria-label="Waiting to sync">${queued.map((e) => html`<li class="pending">${e.label} <${Badge} e=${e} /></li>`)}</ul>`}
    <${State} r=${r} what="the champions" />
    ${r.data && html`
      <h2>Open nominations</h2>
      ${open.length === 0 && html`<p class="muted">None open.</p>`}
      <ul class="list">
        ${open.map((e) => {
          const n = e!.node!;
          const mine = n.nominee.id === me || n.nominator.id === me;
          const endorsed = n.endorsements.edges?.some((x) => x?.node?.endorser.id === me);
          return html`<li class="nomination" data-testid="nomination">
            <strong>${n.nominee.name}</strong> <span class="muted">nominated by ${n.nominator.name}, ${fmtDate(n.createdAt)}</span>
            <p>${n.story}${n.customer ? html` <span class="muted">(for ${n.customer.name})</span>` : ""}</p>
            <p class="muted">${n.endorsements.totalCount} endorsement(s)${n.endorsements.edges?.length ? ": " + n.endorsements.edges.map((x) => x?.node?.endorser.name).join(", ") : ""}</p>
            <div class="actions">
              ${!mine && !endorsed && !acted(n.id) && html`<label>Why you endorse (optional) <input id=${"why-" + n.id}
                aria-invalid=${why[n.id] ? "true" : undefined} aria-describedby=${why[n.id] ? "err-why-" + n.id : undefined} />
                ${why[n.id] && html`<span class="field-error" id=${"err-why-" + n.id}>${why[n.id]}</span>`}</label><button type="button" class="secondary" onClick=${() => endorse(n.id, n.nominee.name)}>Endorse ${n.nominee.name}</button>`}
              ${admin && !acted(n.id) && html`<button type="button" onClick=${() => decide(n.id, n.nominee.name, true)}>Approve</button>
                <button type="button" class="secondary" onClick=${() => decide(n.id, n.nominee.name, false)}>Decline</button>`}
            </div>
          </li>`;
        })}
      </ul>
      <h2>Champions</h2>
      ${(r.data.champions.edges?.length ?? 0) === 0 && html`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`}
      <ul class="list" data-testid="champions">
        ${r.data.champions.edges?.map((e) => e?.node && html`<li>★ <strong>${e.node.name}</strong>${e.node.title ? html` <span class="muted">${e.node.title}</span>` : ""}</li>`)}
      </ul>`}
  </${Frame}>`;
}

export function NominateForm({ me, fix }: { me: string; fix?: Entry }) {
  const initial = inputOf(fix);
  const people = useRead(PeopleQuery, {});
  const customers = useRead(CustomersQuery, { where: null });
  const convs = useRead(RecentConversations, {});
  const read = (f: FormData) => ({
    nomineeID: String(f.get("nomineeID") ?? ""), story: trimBlank(String(f.get("story") ?? "")),
    customerID: String(f.get("customerID") || "") || null, conversationID: String(f.get("conversationID") || "") || null,
  });
  const form = useForm((f) => {
    const input = read(f);
    const errors = fieldErrors("Nomination", { story: input.story });
    if (!input.nomineeID) errors.nomineeID = "Choose whom you nominate.";
    return errors;
  }, serverErrors(fix));
  const submit = form.submit(async (f) => {
    const input = read(f);
    const name = people.data?.leaders.edges?.find((e) => e?.node?.id === input.nomineeID)?.node?.name ?? "a peer";
    const id = fix?.id ?? newID();
    await save(fix, id, `Nomination of ${name}`, Nominate, { input: { clientID: id, ...input } });
    go(fix ? "/pending" : "/champions");
  });
  // Options load after the form: each one says whether it was the one chosen.
  const chosen = (k: string, v: string) => initial[k] === v;
  return html`<${Frame} section=${fix ? "more" : "champions"}>
    <h1>${fix ? "Fix: nominate a champion" : "Nominate a champion"}</h1>
    ${fix && html`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Nominate a champion" novalidate>
      <label>Who <select required ...${form.field("nomineeID")}>
        <option value="">Choose a person</option>
        ${people.data?.leaders.edges?.map((e) => e?.node && e.node.id !== me && html`<option value=${e.node.id} selected=${chosen("nomineeID", e.node.id)}>${e.node.name}</option>`)}
      </select>${form.error("nomineeID")}</label>
      <${State} r=${people} what="the people" />
      <label>What they did <textarea rows="4" required defaultValue=${String(initial.story ?? "")} ...${form.field("story")}></textarea>${form.error("story")}</label>
      <label>For which customer (optional) <select ...${form.field("customerID")}>
        <option value="">—</option>
        ${customers.data?.customers.edges?.map((e) => e?.node && html`<option value=${e.node.id} selected=${chosen("customerID", e.node.id)}>${e.node.name}</option>`)}
      </select>${form.error("customerID")}</label>
      ${customers.error && html`<${State} r=${customers} what="the customers" />`}
      <label>Evidence: a conversation (optional) <select ...${form.field("conversationID")}>
        <option value="">—</option>
        ${convs.data?.conversations.edges?.map((e) => e?.node && html`<option value=${e.node.id} selected=${chosen("conversationID", e.node.id)}>${e.node.customers.edges?.map((c) => c?.node?.name).join(", ")} · ${e.node.leader.name} · ${fmtDate(e.node.occurredAt)}</option>`)}
      </select>${form.error("conversationID")}</label>
      ${convs.error && html`<${State} r=${convs} what="the conversations" />`}
      ${form.others()}
      <button type="submit" class="big">${fix ? "Send again" : "Nominate"}</button>
    </form>
  </${Frame}>`;
}

/** EndorsementForm is an endorsement opened again to fix its comment. */
export function EndorsementForm({ fix }: { fix: Entry }) {
  const initial = inputOf(fix);
  const form = useForm((f) => fieldErrors("Endorsement", { comment: String(f.get("comment") ?? "") }), serverErrors(fix));
  const submit = form.submit(async (f) => {
    await save(fix, fix.id, fix.label, Endorse, { input: { ...(initial as { nominationID: string }), clientID: fix.id, comment: text(f.get("comment")) } });
    go("/pending");
  });
  return html`<${Frame} section="more">
    <h1>Fix: ${fix.label}</h1>
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(initial.comment ?? "")} ...${form.field("comment")}></textarea>${form.error("comment")}</label>
      ${form.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Frame}>`;
}
