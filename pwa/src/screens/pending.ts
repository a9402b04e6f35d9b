import { html } from "htm/preact";
import { useState } from "preact/hooks";
import type { Entry } from "../outbox";
import { isRef } from "../outbox";
import { outbox, sync } from "../sync";
import { Badge, Frame, fmtTime, usePending } from "../ui";

/** Fix lets the person correct the text fields of a write the server refused. */
function Fix({ e, done }: { e: Entry; done: () => void }) {
  const input = (e.variables.input ?? {}) as Record<string, unknown>;
  const fields = Object.entries(input).filter(([k, v]) => typeof v === "string" && !isRef(v) && k !== "clientID" && !k.endsWith("At") && !k.endsWith("On"));
  async function save(ev: Event) {
    ev.preventDefault();
    const f = new FormData(ev.target as HTMLFormElement);
    const fixed = { ...input };
    for (const [k] of fields) fixed[k] = String(f.get(k) ?? "");
    await (await outbox).retry(e.id, { ...e.variables, input: fixed });
    done();
    void sync();
  }
  return html`<form onSubmit=${save} aria-label=${"Fix " + e.label}>
    ${fields.map(([k, v]) => html`<label>${k.replace(/([A-Z])/g, " $1").toLowerCase()} <textarea name=${k} rows="2">${String(v)}</textarea></label>`)}
    <button type="submit">Send again</button>
  </form>`;
}

export function Pending() {
  const entries = usePending();
  const [fixing, setFixing] = useState("");
  const discard = async (e: Entry) => confirm(`Discard “${e.label}”? It will not be saved.`) && (await (await outbox).discard(e.id));
  return html`<${Frame} section="">
    <h1>Waiting to sync</h1>
    ${entries.length === 0 ? html`<p data-testid="all-synced">Everything you did is on the server.</p>` : html`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${() => sync()}>Sync now</button>
    <ul class="list">
      ${entries.map((e) => html`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${Badge} e=${e} />
        <br /><span class="muted">${fmtTime(e.createdAt)}${e.attempts ? ` · ${e.attempts} attempt(s)` : ""}</span>
        ${e.error && html`<p class="error">${e.error}</p>`}
        ${e.status === "attention" && html`<div class="actions">
          <button type="button" class="secondary" onClick=${() => setFixing(fixing === e.id ? "" : e.id)}>Fix</button>
          <button type="button" class="link" onClick=${() => discard(e)}>Discard</button>
        </div>`}
        ${fixing === e.id && html`<${Fix} e=${e} done=${() => setFixing("")} />`}
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
