import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { windows } from "../apply";
import { changes, toInput } from "../conflict";
import { edit, mayDelete, mayEdit, remove, UpdateConversation } from "../edits";
import { useForm } from "../form";
import { graphql } from "../graphql";
import { ref } from "../outbox";
import type { Shown } from "../overlay";
import { FollowUpRow, type Conversation, type FollowUp } from "../records";
import { fold } from "../search";
import type { Entry } from "../outbox";
import { fieldErrors, trimBlank } from "../rules";
import { newID, save, write } from "../sync";
import { Badge, Frame, MoreButton, PagesState, State, Synced, fmtDate, fmtTime, go, n, pendingOf, plural, say, usePages, usePending, useRead, useShowMore, words } from "../ui";
import { lookup, ready, shown, useView } from "../view";
import { localInput, modes, sentiments, serverErrors } from "./log";
import { nameOf } from "./pickers";

/** Conversations outside the device's copy (older ones, or everyone's before last month), read from the server a page at a time. */
const ServerConversationsQuery = graphql(`
  query ServerConversations($where: ConversationWhereInput, $after: Cursor) {
    conversations(first: 50, after: $after, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { totalCount edges { node { name } } } } }
    }
  }
`);

const ConversationQuery = graphql(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 100) { edges { node { id name company segment } } }
        followUps(first: 100) { totalCount edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`);

const SetDone = graphql(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { ...FollowUpRow } }
`, [FollowUpRow]);

/** customersOf names a conversation's customers. */
export const customersOf = (c: Pick<Conversation, "customerIDs">): string => c.customerIDs.map((id) => nameOf("customers", id, "A customer")).join(", ");

/** matches tells whether a conversation holds every word of a search, in its customers, what was heard or the pain points. */
const matches = (c: Conversation, q: string): boolean => {
  const text = fold([customersOf(c), c.heard ?? "", c.painPoints ?? ""].join(" "));
  return fold(q).split(/\s+/).filter(Boolean).every((w) => text.includes(w));
};

/** ServerSearch pages conversations the device does not keep, from the server, with the count of all. */
function ServerSearch({ where, everyone }: { where: Record<string, unknown>; everyone: boolean }) {
  const p = usePages(ServerConversationsQuery, { where: where as never }, (r) => r.conversations);
  return html`<section aria-label="On the server" data-testid="server-conversations">
    <${PagesState} p=${p} what="the conversations on the server" count=${(shown: number, total: number) => `${plural(total, "conversation")} on the server, ${n(shown)} shown.`} />
    <ul class="list">${p.items.map((c) => html`<li><a href=${"#/conversations/" + c.id}>
      <strong>${c.customers.edges?.map((x) => x?.node?.name).join(", ")}</strong>
      <span class="muted"> · ${words(c.mode)} · ${fmtDate(c.occurredAt)}${everyone ? " · " + c.leader.name : ""}</span>
      ${c.heard && html`<br /><span class="clip">${c.heard}</span>`}</a></li>`)}</ul>
    <${MoreButton} p=${p} label="Show more from the server" />
  </section>`;
}

export function Conversations({ me, admin, saved }: { me: string; admin: boolean; saved: boolean }) {
  const [everyone, setEveryone] = useState(false);
  const [q, setQ] = useState("");
  const [older, setOlder] = useState(false);
  useView();
  const w = windows(Date.now());
  const refused = pendingOf(usePending(), "createConversation").filter((e) => e.status === "attention");
  const all = [...shown("conversations").values()]
    .filter((c) => (everyone ? Date.parse(c.occurredAt) >= Date.parse(w.everyone) : c.leaderID === me))
    .filter((c) => !q.trim() || matches(c, q))
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  const [limit, more] = useShowMore(all.length);
  const waiting = all.filter((c) => c.pending).length;
  const term = q.trim();
  const serverWhere = {
    ...(everyone ? { occurredAtLT: w.everyone } : { hasLeaderWith: [{ id: me }], occurredAtLT: w.mine }),
    ...(term ? { or: [{ heardContainsFold: term }, { painPointsContainsFold: term }, { hasCustomersWith: [{ nameContainsFold: term }] }] } : {}),
  };
  return html`<${Frame} section="conversations">
    <h1>Conversations</h1>
    ${saved && html`<p class="notice" role="status">Saved${waiting ? ": it is sent as soon as Walker can reach the server." : "."}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} placeholder="Customer, what we heard, pain points" /></label>
    ${admin && html`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!everyone} class=${everyone ? "chip" : "chip on"} onClick=${() => setEveryone(false)}>Mine</button>
      <button type="button" role="radio" aria-checked=${everyone} class=${everyone ? "chip on" : "chip"} onClick=${() => setEveryone(true)}>Everyone's</button>
    </div>`}
    ${refused.length > 0 && html`<ul class="list" aria-label="Not saved">
      ${refused.map((e) => html`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${Badge} e=${e} /> <a href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a></li>`)}
    </ul>`}
    <${Synced} what="the conversations" />
    <p class="muted" data-testid="conversation-count">${plural(all.length, "conversation")}${everyone ? " this month and last" : " in the last 12 months"}${waiting ? `, ${waiting} waiting to sync` : ""}</p>
    <ul class="list">
      ${all.slice(0, limit).map((c) => html`<li data-testid="conversation"><a href=${"#/conversations/" + encodeURIComponent(c.id)}>
        <strong>${customersOf(c)}</strong>
        <span class="muted"> · ${words(c.mode)} · ${fmtDate(c.occurredAt)}${everyone ? " · " + nameOf("people", c.leaderID) : ""}</span>
        ${c.pending && html` <${Badge} e=${c.pending} />`}
        ${c.heard && html`<br /><span class="clip">${c.heard}</span>`}
      </a></li>`)}
    </ul>
    ${more()}
    ${older ? html`<${ServerSearch} key=${JSON.stringify(serverWhere)} where=${serverWhere} everyone=${everyone} />`
      : html`<button type="button" class="secondary" onClick=${() => setOlder(true)}>${everyone ? "Older conversations, on the server" : "Older than 12 months, on the server"}</button>`}
  </${Frame}>`;
}

/** FollowUpItem is a follow-up of a conversation: done or not, and deleted by its owner. */
function FollowUpItem({ f, me, admin }: { f: Shown<FollowUp>; me: string; admin: boolean }) {
  const done = Boolean(f.doneAt);
  async function tick() {
    await write(newID(), `${done ? "Not done" : "Done"}: ${f.action}`, SetDone, { id: f.id, done: !done }, undefined,
      { store: "followUps", op: "patch", id: f.id, fields: { doneAt: done ? null : new Date().toISOString() } });
  }
  async function del() {
    const undo = await remove("followUps", f, `follow-up “${f.action}”`);
    say("Follow-up deleted.", { label: "Undo", run: undo });
  }
  return html`<li><label class="check"><input type="checkbox" checked=${done} disabled=${!mayEdit("followUps", f, me, admin)} onChange=${tick} />
      <span>${f.action} <span class="muted">· ${nameOf("people", f.ownerID, "someone")}${f.dueOn ? " · due " + fmtDate(f.dueOn) : ""}</span></span></label>
    ${(f.pending || f.refused) && html`<${Badge} e=${(f.pending ?? f.refused)!} />`}
    ${mayDelete("followUps", f, me, admin) && html`<button type="button" class="link" onClick=${del}>Delete this follow-up</button>`}</li>`;
}

export function ConversationDetail({ id, me, admin }: { id: string; me: string; admin: boolean }) {
  useView();
  const c = lookup("conversations", id);
  if (!c) return html`<${ServerConversation} id=${id} />`;
  const followUps = [...shown("followUps").values()].filter((f) => f.conversationID === c.id || (c.clientID && f.conversationID === ref(c.clientID)));
  async function del() {
    const undo = await remove("conversations", c!, `conversation with ${customersOf(c!)}`);
    go("/conversations");
    say("Conversation deleted.", { label: "Undo", run: undo });
  }
  return html`<${Frame} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <h1>${customersOf(c)}</h1>
    ${c.pending && html`<p><${Badge} e=${c.pending} /> Kept on this device until the server has it.</p>`}
    ${c.refused && html`<p class="error" role="alert">Your change was not saved: ${c.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p class="muted">${words(c.mode)} · ${fmtTime(c.occurredAt)}${c.durationMinutes ? ` · ${c.durationMinutes} min` : ""} · ${nameOf("people", c.leaderID)}${c.sentiment ? " · " + words(c.sentiment) : ""}</p>
    ${c.heard && html`<h2>What we heard</h2><p class="text">${c.heard}</p>`}
    ${c.painPoints && html`<h2>Pain points</h2><p class="text">${c.painPoints}</p>`}
    <h2>Follow-ups</h2>
    ${followUps.length === 0 && html`<p class="muted">None.</p>`}
    <ul class="list">${followUps.map((f) => html`<${FollowUpItem} key=${f.id} f=${f} me=${me} admin=${admin} />`)}</ul>
    ${mayEdit("conversations", c, me, admin) && html`<a class="button secondary" href=${"#/conversations/" + c.id + "/edit"}>Edit the conversation</a>`}
    ${mayDelete("conversations", c, me, admin) && html`<button type="button" class="secondary danger" onClick=${del}>Delete this conversation</button>`}
  </${Frame}>`;
}

/** ServerConversation is a conversation the device does not keep, read from the server. */
function ServerConversation({ id }: { id: string }) {
  const r = useRead(ConversationQuery, { id });
  const c = r.data?.node && "mode" in r.data.node ? r.data.node : null;
  return html`<${Frame} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${State} r=${r} what="this conversation" />
    ${r.data && !c && html`<p>This conversation is not there any more.</p>`}
    ${c && html`<h1>${c.customers.edges?.map((e) => e?.node?.name).join(", ")}</h1>
      <p class="muted">${words(c.mode)} · ${fmtTime(c.occurredAt)}${c.durationMinutes ? ` · ${c.durationMinutes} min` : ""} · ${c.leader.name}${c.sentiment ? " · " + words(c.sentiment) : ""}</p>
      ${c.heard && html`<h2>What we heard</h2><p class="text">${c.heard}</p>`}
      ${c.painPoints && html`<h2>Pain points</h2><p class="text">${c.painPoints}</p>`}
      <h2>Follow-ups</h2>
      <p class="muted">${plural(c.followUps.totalCount, "follow-up")}.</p>
      <ul class="list">${c.followUps.edges?.map((e) => e?.node && html`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn ? " · due " + fmtDate(e.node.dueOn) : ""}${e.node.doneAt ? " · done" : ""}</span></li>`)}</ul>`}
  </${Frame}>`;
}

/** The fields of a conversation that its edit changes. */
type ConversationEdit = { mode: string; occurredAt: string; durationMinutes: number | null; heard: string | null; painPoints: string | null; sentiment: string | null };

/**
 * EditConversation edits a conversation on the device — how, when, for how
 * long, what was heard, the pain points, how the customers felt — sent with
 * the version edited (a change made meanwhile elsewhere is a conflict to
 * resolve); with fix, an edit the server refused, as it was typed.
 */
export function EditConversation({ id, fix }: { id: string; fix?: Entry }) {
  useView();
  const c = lookup("conversations", id);
  const typed = { ...(c ?? {}), ...((fix?.draft?.patch as Partial<ConversationEdit> | undefined) ?? {}) } as Partial<ConversationEdit>;
  const read = (f: FormData): ConversationEdit => {
    const at = new Date(String(f.get("occurredAt") ?? ""));
    const minutes = String(f.get("durationMinutes") ?? "").trim();
    const text = (k: string) => trimBlank(String(f.get(k) ?? "")) || null;
    return {
      mode: String(f.get("mode")), occurredAt: isNaN(at.getTime()) ? "" : at.toISOString(),
      durationMinutes: minutes === "" ? null : Number(minutes), heard: text("heard"), painPoints: text("painPoints"),
      sentiment: String(f.get("sentiment") ?? "") || null,
    };
  };
  const form = useForm((f) => {
    const v = read(f);
    const errors = fieldErrors("Conversation", { occurredAt: v.occurredAt, durationMinutes: v.durationMinutes, heard: v.heard ?? "", painPoints: v.painPoints ?? "" });
    if (!v.occurredAt) errors.occurredAt = "Say when it happened: a date and a time.";
    if (v.durationMinutes !== null && !errors.durationMinutes && !Number.isInteger(v.durationMinutes)) errors.durationMinutes = "Minutes: a whole number.";
    return errors;
  }, serverErrors(fix));
  if (!c) {
    return html`<${Frame} section="conversations"><a href="#/conversations">← Conversations</a><${Synced} what="the conversations" />
      ${ready() && html`<p>This conversation is not there any more.</p>`}</${Frame}>`;
  }
  const submit = form.submit(async (f) => {
    const now = read(f);
    const label = `Conversation edited: ${customersOf(c)}`;
    if (fix) {
      const patch = changes(c as unknown as Record<string, unknown>, now);
      await save(fix, fix.id, fix.label, UpdateConversation, { id: c.id, input: toInput(patch), expectedVersion: c.version },
        { ...fix.draft, patch, was: c }, { store: "conversations", op: "patch", id: c.id, fields: patch });
      go("/pending");
      return;
    }
    if (!(await edit("conversations", c, now, label))) say("Nothing changed.");
    go("/conversations/" + c.id);
  });
  return html`<${Frame} section=${fix ? "more" : "conversations"}>
    <a href=${"#/conversations/" + c.id}>← ${customersOf(c)}</a>
    <h1>${fix ? "Fix: edit a conversation" : "Edit the conversation"}</h1>
    ${c.pending && html`<p><${Badge} e=${c.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <form class="card" aria-label="Edit the conversation" onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} novalidate>
      <label>How <select name="mode">${modes.map((m) => html`<option value=${m} selected=${(typed.mode ?? c.mode) === m}>${words(m)}</option>`)}</select></label>
      <label>When <input type="datetime-local" required defaultValue=${localInput(new Date(String(typed.occurredAt ?? c.occurredAt)))} ...${form.field("occurredAt")} />${form.error("occurredAt")}</label>
      <label>Minutes <input type="number" min="0" max="1440" inputmode="numeric" defaultValue=${typed.durationMinutes ?? ""} ...${form.field("durationMinutes")} />${form.error("durationMinutes")}</label>
      <label>What we heard <textarea rows="4" defaultValue=${typed.heard ?? ""} ...${form.field("heard")}></textarea>${form.error("heard")}</label>
      <label>Pain points <textarea rows="3" defaultValue=${typed.painPoints ?? ""} ...${form.field("painPoints")}></textarea>${form.error("painPoints")}</label>
      <label>How they felt <select name="sentiment"><option value="">Not said</option>${sentiments.map((s) => html`<option value=${s} selected=${typed.sentiment === s}>${words(s)}</option>`)}</select></label>
      ${form.others()}
      <button type="submit">${fix ? "Send again" : "Save the changes"}</button>
    </form>
  </${Frame}>`;
}
