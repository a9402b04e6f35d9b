import { html } from "htm/preact";
import type { VNode } from "preact";
import { useEffect, useState } from "preact/hooks";
import { alsoChanged, defaults, fields, resolve, toInput, type Choice, type Field, type Patch } from "../conflict";
import type { Entry } from "../outbox";
import { outbox, push, sync } from "../sync";
import { Badge, Frame, Install, fmtDate, fmtTime, go, pendingOf, plural, say, usePending, words } from "../ui";
import { EndorsementForm, NominateForm } from "./champions";
import { CommitmentFix } from "./commitments";
import { EditConversation } from "./conversations";
import { EditDecision, NewDecision } from "./decisions";
import { behaviours } from "./home";
import { CustomerForm, FollowUpForm, LogConversation } from "./log";
import { NewReview } from "./reviews";

/** forms are the screens that open a refused write again, by its mutation. */
const forms: [string, (me: string, e: Entry) => VNode][] = [
  ["createConversation", (me, e) => html`<${LogConversation} me=${me} fix=${e} />`],
  ["createFollowUp", (me, e) => html`<${FollowUpForm} me=${me} fix=${e} />`],
  ["createCustomer", (_, e) => html`<${CustomerForm} fix=${e} />`],
  ["createDecision", (me, e) => html`<${NewDecision} me=${me} fix=${e} />`],
  ["updateDecision", (_, e) => html`<${EditDecision} id=${String(e.variables.id)} fix=${e} />`],
  ["updateConversation", (_, e) => html`<${EditConversation} id=${String(e.variables.id)} fix=${e} />`],
  ["createNomination", (me, e) => html`<${NominateForm} me=${me} fix=${e} />`],
  ["createEndorsement", (me, e) => html`<${EndorsementForm} me=${me} fix=${e} />`],
  ["createCommitment", (me, e) => html`<${CommitmentFix} me=${me} fix=${e} />`],
  ["createFeedbackReview", (me, e) => html`<${NewReview} me=${me} fix=${e} />`],
  ["updateCommitment", (me, e) => html`<${CommitmentFix} me=${me} fix=${e} />`],
];

/** The fields an edit may hold, as the person knows them. */
const labels: Record<string, string> = {
  title: "Title", context: "Context", customerBenefit: "What's in it for the customer", clvImpact: "CLV impact", status: "Status",
  decidedAt: "Decided on", target: "Target", period: "Per",
  mode: "How", occurredAt: "When", durationMinutes: "Minutes", heard: "What we heard", painPoints: "Pain points", sentiment: "How they felt",
};

/** shownValue is a field's value as the person reads it. */
function shownValue(name: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return "(empty)";
  if (name === "decidedAt" || name.endsWith("At") || name === "dueOn") return fmtDate(String(v));
  if (name === "status" || name === "period" || name === "behaviour" || name === "mode" || name === "sentiment") return name === "behaviour" ? behaviours[v as keyof typeof behaviours] ?? String(v) : words(String(v));
  return String(v);
}

/**
 * Conflict resolves an edit the server refused because the record changed
 * since the person edited it: field by field, theirs or the server's now;
 * the result goes back in the outbox with the current version.
 */
function Conflict({ e }: { e: Entry }) {
  const current = e.current!;
  const patch = (e.draft?.patch ?? (e.effect?.op === "patch" ? e.effect.fields : {})) as Patch;
  const was = (e.draft?.was ?? {}) as Record<string, unknown>;
  const fs = fields(patch, was, current);
  const [choice, setChoice] = useState<Record<string, Choice>>(() => defaults(fs));
  const others = alsoChanged(patch, was, current, Object.keys(labels));
  async function send() {
    const result = resolve(fs, choice);
    const box = await outbox;
    if (Object.keys(result).length === 0) {
      await box.discard(e.id);
      say("Nothing to send: the server already has what you chose.");
    } else {
      const effect = e.effect?.op === "patch" ? { ...e.effect, fields: result } : e.effect;
      await box.retry(e.id, { ...e.variables, input: toInput(result), expectedVersion: current.version }, { draft: { ...e.draft, patch: result, was: current }, effect });
      void push();
    }
    go("/pending");
  }
  const pick = (f: Field, c: Choice) => setChoice({ ...choice, [f.name]: c });
  return html`<${Frame} section="more">
    <a href="#/pending">← Waiting to sync</a>
    <h1>Resolve: ${e.label}</h1>
    <p>This changed on another device after you edited it. For each field, keep yours or take the one on the server now; nothing is sent until you choose.</p>
    <form class="conflict" aria-label="Resolve the conflict" onSubmit=${(ev: Event) => (ev.preventDefault(), send())}>
      ${fs.map((f) => html`<fieldset class="conflict-field" data-field=${f.name}>
        <legend>${labels[f.name] ?? f.name}</legend>
        ${f.agreed ? html`<p class="muted">The same on both: ${shownValue(f.name, f.mine)}</p>` : html`
          <label class="check"><input type="radio" name=${"keep-" + f.name} value="mine" checked=${choice[f.name] === "mine"} onChange=${() => pick(f, "mine")} />
            <span><strong>Yours:</strong> ${shownValue(f.name, f.mine)}</span></label>
          <label class="check"><input type="radio" name=${"keep-" + f.name} value="theirs" checked=${choice[f.name] === "theirs"} onChange=${() => pick(f, "theirs")} />
            <span><strong>On the server now:</strong> ${shownValue(f.name, f.theirs)}</span></label>
          <p class="muted hint">When you edited it: ${shownValue(f.name, f.was)}</p>`}
      </fieldset>`)}
      ${others.length > 0 && html`<p class="muted">Also changed on the server, and kept: ${others.map((k) => `${labels[k] ?? k} (${shownValue(k, current[k])})`).join(", ")}.</p>`}
      <div class="actions">
        <button type="button" class="secondary" onClick=${() => setChoice(Object.fromEntries(fs.map((f) => [f.name, "mine"])))}>Keep all mine</button>
        <button type="button" class="secondary" onClick=${() => setChoice(Object.fromEntries(fs.map((f) => [f.name, "theirs"])))}>Take all the server's</button>
      </div>
      <button type="submit" class="big">Send the result</button>
    </form>
  </${Frame}>`;
}

/** fixable tells whether a refused write has a form to fix it in. */
const fixable = (e: Entry): boolean => forms.some(([m]) => pendingOf([e], m).length > 0);

/** Fix opens a write the server refused in the form it was made with, as typed, the server's message by its field. */
export function Fix({ id, me }: { id: string; me: string }) {
  // The form keeps what the person types: it opens once, on the entry as it was.
  const [opened, setOpened] = useState<Entry | null | undefined>();
  useEffect(() => {
    outbox.then((box) => box.list()).then((l) => setOpened(l.find((x) => x.id === id) ?? null));
  }, [id]);
  if (opened?.current && opened.status === "attention") return html`<${Conflict} e=${opened} />`;
  const form = opened && forms.find(([m]) => pendingOf([opened], m).length > 0);
  if (opened && form) return form[1](me, opened);
  return html`<${Frame} section="more"><h1>Fix</h1>
    ${opened === undefined ? html`<p class="muted">Loading…</p>` : html`<p>${opened ? "This change cannot be edited: send it again or discard it." : "This change is not waiting any more."}</p><a href="#/pending">Waiting to sync</a>`}
  </${Frame}>`;
}

export function Pending() {
  const entries = usePending();
  const retry = async (e: Entry) => (await (await outbox).retry(e.id), void push());
  const discard = async (e: Entry) => confirm(`Discard “${e.label}”? It will not be saved.`) && (await (await outbox).discard(e.id));
  return html`<${Frame} section="more">
    <h1>Waiting to sync</h1>
    ${entries.length === 0 ? html`<p data-testid="all-synced">Everything you did is on the server.</p>` : html`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${() => sync()}>Sync now</button>
    <ul class="list">
      ${entries.map((e) => html`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${Badge} e=${e} />
        <br /><span class="muted">${fmtTime(e.createdAt)}${e.attempts ? ` · ${plural(e.attempts, "attempt")}` : ""}</span>
        ${e.current && e.status === "attention" ? html`<p class="error" data-testid="conflict">Changed on another device since you edited it: choose what to keep.</p>` : e.error && html`<p class="error">${e.error}</p>`}
        ${e.status === "attention" && html`<div class="actions">
          ${e.current ? html`<a class="button" href=${"#/pending/" + encodeURIComponent(e.id)}>Resolve</a>`
            : fixable(e) && html`<a class="button secondary" href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a>`}
          ${!e.current && html`<button type="button" class="secondary" onClick=${() => retry(e)}>Send again</button>`}
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
      <li><a href="#/wins">Wins</a></li>
      <li><a href="#/commitments">My commitments</a></li>
      <li><a href="#/reviews">Feedback reviews</a></li>
      ${admin && html`<li><a href="#/team">Team dashboard</a></li>`}
      ${admin && html`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${admin ? ": passkeys, people, invitations, API tokens" : ": passkeys, sign out"}</a></li>
    </ul>
    <${Install} />
  </${Frame}>`;
}
