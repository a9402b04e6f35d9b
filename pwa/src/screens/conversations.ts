import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { graphql } from "../graphql";
import { newID, write } from "../sync";
import { Badge, Frame, State, fmtDate, fmtTime, pendingOf, usePending, useRead, words } from "../ui";

const ConversationsQuery = graphql(`
  query Conversations($where: ConversationWhereInput) {
    conversations(first: 50, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { edges { node { name } } } } }
    }
  }
`);

const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 20) { edges { node { id name company segment } } }
        followUps(first: 50) { edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`);

const SetDone = graphql(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { id } }
`);

type Where = { hasLeaderWith?: { id: string }[]; or?: ({ heardContainsFold: string } | { painPointsContainsFold: string } | { hasCustomersWith: { nameContainsFold: string }[] })[] };

export function Conversations({ me, admin, saved }: { me: string; admin: boolean; saved: boolean }) {
  const [everyone, setEveryone] = useState(false);
  const [q, setQ] = useState("");
  const where: Where = {};
  if (!everyone) where.hasLeaderWith = [{ id: me }];
  if (q.trim()) where.or = [{ heardContainsFold: q.trim() }, { painPointsContainsFold: q.trim() }, { hasCustomersWith: [{ nameContainsFold: q.trim() }] }];
  const r = useRead(ConversationsQuery, { where });
  const pending = pendingOf(usePending(), "createConversation");
  return html`<${Frame} section="conversations">
    <h1>Conversations</h1>
    ${saved && html`<p class="notice" role="status">Saved${pending.length ? ": it is sent as soon as Walker can reach the server." : "."}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} placeholder="Customer, what we heard, pain points" /></label>
    ${admin && html`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!everyone} class=${everyone ? "chip" : "chip on"} onClick=${() => setEveryone(false)}>Mine</button>
      <button type="button" role="radio" aria-checked=${everyone} class=${everyone ? "chip on" : "chip"} onClick=${() => setEveryone(true)}>Everyone's</button>
    </div>`}
    ${pending.length > 0 && html`<ul class="list" aria-label="Waiting to sync">
      ${pending.map((e) => html`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${Badge} e=${e} /></li>`)}
    </ul>`}
    <${State} r=${r} what="the conversations" />
    ${r.data && html`<p class="muted">${r.data.conversations.totalCount} conversation(s)</p>
      <ul class="list">
        ${r.data.conversations.edges?.map((e) => e?.node && html`<li><a href=${"#/conversations/" + e.node.id}>
          <strong>${e.node.customers.edges?.map((c) => c?.node?.name).join(", ")}</strong>
          <span class="muted"> · ${words(e.node.mode)} · ${fmtDate(e.node.occurredAt)}${everyone ? " · " + e.node.leader.name : ""}</span>
          ${e.node.heard && html`<br /><span class="clip">${e.node.heard}</span>`}
        </a></li>`)}
      </ul>`}
  </${Frame}>`;
}

export function ConversationDetail({ id }: { id: string }) {
  const r = useRead(ConversationQuery, { id });
  const pending = pendingOf(usePending(), "setFollowUpDone");
  const c = r.data?.node && "mode" in r.data.node ? r.data.node : null;
  async function tick(fid: string, done: boolean, action: string) {
    await write(newID(), `${done ? "Done" : "Not done"}: ${action}`, SetDone, { id: fid, done });
  }
  return html`<${Frame} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${State} r=${r} what="this conversation" />
    ${c && html`<h1>${c.customers.edges?.map((e) => e?.node?.name).join(", ")}</h1>
      <p class="muted">${words(c.mode)} · ${fmtTime(c.occurredAt)}${c.durationMinutes ? ` · ${c.durationMinutes} min` : ""} · ${c.leader.name}${c.sentiment ? " · " + words(c.sentiment) : ""}</p>
      ${c.heard && html`<h2>What we heard</h2><p class="text">${c.heard}</p>`}
      ${c.painPoints && html`<h2>Pain points</h2><p class="text">${c.painPoints}</p>`}
      <h2>Follow-ups</h2>
      ${(c.followUps.edges?.length ?? 0) === 0 && html`<p class="muted">None.</p>`}
      <ul class="list">
        ${c.followUps.edges?.map((e) => {
          const f = e?.node;
          if (!f) return null;
          const queued = pending.filter((p) => p.variables.id === f.id).at(-1);
          const done = queued ? Boolean(queued.variables.done) : Boolean(f.doneAt);
          return html`<li><label class="check"><input type="checkbox" checked=${done} onChange=${() => tick(f.id, !done, f.action)} />
            <span>${f.action} <span class="muted">· ${f.owner.name}${f.dueOn ? " · due " + fmtDate(f.dueOn) : ""}</span></span></label>
            ${queued && html`<${Badge} e=${queued} />`}</li>`;
        })}
      </ul>`}
  </${Frame}>`;
}
