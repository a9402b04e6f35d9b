import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { graphql } from "../graphql";
import { newID, write } from "../sync";
import { Badge, Frame, State, fmtDate, go, pendingOf, usePending, useRead } from "../ui";
import { CustomersQuery, PeopleQuery } from "./log";

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
  async function endorse(id: string, name: string) {
    const comment = (document.getElementById("why-" + id) as HTMLInputElement | null)?.value.trim();
    const cid = newID();
    await write(cid, `Endorsement of ${name}`, Endorse, { input: { clientID: cid, nominationID: id, comment: comment || null } });
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
    <${State} r=${r} />
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
              ${!mine && !endorsed && !acted(n.id) && html`<label>Why you endorse (optional) <input id=${"why-" + n.id} /></label><button type="button" class="secondary" onClick=${() => endorse(n.id, n.nominee.name)}>Endorse ${n.nominee.name}</button>`}
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

export function NominateForm({ me }: { me: string }) {
  const people = useRead(PeopleQuery, {});
  const customers = useRead(CustomersQuery, { where: null });
  const convs = useRead(RecentConversations, {});
  const [error, setError] = useState("");
  async function save(ev: Event) {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const nominee = String(f.get("nominee") ?? "");
    const story = String(f.get("story") ?? "").trim();
    if (!nominee) return setError("Choose whom you nominate.");
    if (story.length < 10) return setError("Say what they did for the customer (at least a sentence).");
    const name = people.data?.leaders.edges?.find((e) => e?.node?.id === nominee)?.node?.name ?? "a peer";
    const id = newID();
    await write(id, `Nomination of ${name}`, Nominate, {
      input: { clientID: id, nomineeID: nominee, story, customerID: String(f.get("customer") || "") || null, conversationID: String(f.get("conversation") || "") || null },
    });
    go("/champions");
  }
  return html`<${Frame} section="champions">
    <h1>Nominate a champion</h1>
    <form onSubmit=${save} aria-label="Nominate a champion" novalidate>
      <label>Who <select name="nominee" required>
        <option value="">Choose a person</option>
        ${people.data?.leaders.edges?.map((e) => e?.node && e.node.id !== me && html`<option value=${e.node.id}>${e.node.name}</option>`)}
      </select></label>
      <label>What they did <textarea name="story" rows="4" required></textarea></label>
      <label>For which customer (optional) <select name="customer">
        <option value="">—</option>
        ${customers.data?.customers.edges?.map((e) => e?.node && html`<option value=${e.node.id}>${e.node.name}</option>`)}
      </select></label>
      <label>Evidence: a conversation (optional) <select name="conversation">
        <option value="">—</option>
        ${convs.data?.conversations.edges?.map((e) => e?.node && html`<option value=${e.node.id}>${e.node.customers.edges?.map((c) => c?.node?.name).join(", ")} · ${e.node.leader.name} · ${fmtDate(e.node.occurredAt)}</option>`)}
      </select></label>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="submit" class="big">Nominate</button>
    </form>
  </${Frame}>`;
}
