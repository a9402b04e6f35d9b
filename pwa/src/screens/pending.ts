import { html } from "htm/preact";
import type { VNode } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Entry } from "../outbox";
import { outbox, sync } from "../sync";
import { Badge, Frame, fmtTime, pendingOf, usePending } from "../ui";
import { EndorsementForm, NominateForm } from "./champions";
import { CommitmentForm } from "./commitments";
import { NewDecision } from "./decisions";
import type { behaviours } from "./home";
import { CustomerForm, FollowUpForm, LogConversation } from "./log";

type Behaviour = keyof typeof behaviours;

/** forms are the screens that open a refused write again, by its mutation. */
const forms: [string, (me: string, e: Entry) => VNode][] = [
  ["createConversation", (me, e) => html`<${LogConversation} me=${me} fix=${e} />`],
  ["createFollowUp", (me, e) => html`<${FollowUpForm} me=${me} fix=${e} />`],
  ["createCustomer", (_, e) => html`<${CustomerForm} fix=${e} />`],
  ["createDecision", (me, e) => html`<${NewDecision} me=${me} fix=${e} />`],
  ["createNomination", (me, e) => html`<${NominateForm} me=${me} fix=${e} />`],
  ["createEndorsement", (_, e) => html`<${EndorsementForm} fix=${e} />`],
  ["createCommitment", (_, e) => {
    const c = e.variables.input as { behaviour: Behaviour; target: number; period: "MONTH" | "QUARTER" };
    return html`<${Frame} section="more"><h1>Fix: a commitment</h1><${CommitmentForm} behaviour=${c.behaviour} target=${c.target} period=${c.period} fix=${e} /></${Frame}>`;
  }],
  ["updateCommitment", (_, e) => {
    const c = e.variables.input as { target: number; period: "MONTH" | "QUARTER" };
    return html`<${Frame} section="more"><h1>Fix: a commitment</h1><${CommitmentForm} id=${String(e.variables.id)} target=${c.target} period=${c.period} fix=${e} /></${Frame}>`;
  }],
];

/** fixable tells whether a refused write has a form to fix it in. */
const fixable = (e: Entry): boolean => forms.some(([m]) => pendingOf([e], m).length > 0);

/** Fix opens a write the server refused in the form it was made with, as typed, the server's message by its field. */
export function Fix({ id, me }: { id: string; me: string }) {
  // The form keeps what the person types: it opens once, on the entry as it was.
  const [opened, setOpened] = useState<Entry | null | undefined>();
  useEffect(() => {
    outbox.then((box) => box.list()).then((l) => setOpened(l.find((x) => x.id === id) ?? null));
  }, [id]);
  const form = opened && forms.find(([m]) => pendingOf([opened], m).length > 0);
  if (opened && form) return form[1](me, opened);
  return html`<${Frame} section="more"><h1>Fix</h1>
    ${opened === undefined ? html`<p class="muted">Loading…</p>` : html`<p>${opened ? "This change cannot be edited: send it again or discard it." : "This change is not waiting any more."}</p><a href="#/pending">Waiting to sync</a>`}
  </${Frame}>`;
}

export function Pending() {
  const entries = usePending();
  const retry = async (e: Entry) => (await (await outbox).retry(e.id), void sync());
  const discard = async (e: Entry) => confirm(`Discard “${e.label}”? It will not be saved.`) && (await (await outbox).discard(e.id));
  return html`<${Frame} section="more">
    <h1>Waiting to sync</h1>
    ${entries.length === 0 ? html`<p data-testid="all-synced">Everything you did is on the server.</p>` : html`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${() => sync()}>Sync now</button>
    <ul class="list">
      ${entries.map((e) => html`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${Badge} e=${e} />
        <br /><span class="muted">${fmtTime(e.createdAt)}${e.attempts ? ` · ${e.attempts} attempt(s)` : ""}</span>
        ${e.error && html`<p class="error">${e.error}</p>`}
        ${e.status === "attention" && html`<div class="actions">
          ${fixable(e) && html`<a class="button secondary" href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a>`}
          <button type="button" class="secondary" onClick=${() => retry(e)}>Send again</button>
          <button type="button" class="link" onClick=${() => discard(e)}>Discard</button>
        </div>`}
      </li>`)}
    </ul>
  </${Frame}>`;
}

export function More({ admin }: { admin: boolean }) {
  return html`<${Frame} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/commitments">My commitments</a></li>
      ${admin && html`<li><a href="#/team">Team dashboard</a></li>`}
      ${admin && html`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${admin ? ": passkeys, people, invitations, API tokens" : ": passkeys, sign out"}</a></li>
    </ul>
  </${Frame}>`;
}
