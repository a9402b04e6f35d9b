import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { edit, mayDelete, mayEdit, remove, UpdateDecision } from "../edits";
import { changes, toInput } from "../conflict";
import { useForm } from "../form";
import { graphql } from "../graphql";
import { isRef, ref, type Entry } from "../outbox";
import type { Shown } from "../overlay";
import { DecisionRow, type Conversation, type Decision } from "../records";
import { fieldErrors, trimBlank } from "../rules";
import { newID, replica, save } from "../sync";
import { Badge, Frame, Synced, fmtDate, go, n, pendingOf, plural, say, usePending, useShowMore, words } from "../ui";
import { lookup, shown, useView } from "../view";
import { customersOf } from "./conversations";
import { inputOf, serverErrors, text } from "./log";
import { nameOf } from "./pickers";

const statuses = ["PROPOSED", "DECIDED", "IMPLEMENTED", "REVERSED"] as const;
type Status = (typeof statuses)[number];

const CreateDecision = graphql(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { ...DecisionRow } }
`, [DecisionRow]);

/** decidedAt is when a decision moving to status was decided: kept if it was, now if it is decided now. */
const decidedAt = (status: Status, was: string | null | undefined): string | null => (status === "PROPOSED" ? null : (was ?? new Date().toISOString()));

function DecisionItem({ d, me, admin }: { d: Shown<Decision>; me: string; admin: boolean }) {
  async function status(s: Status) {
    await edit("decisions", d, { status: s, decidedAt: decidedAt(s, d.decidedAt) }, `${d.title}: ${words(s).toLowerCase()}`);
  }
  async function del() {
    const undo = await remove("decisions", d, `decision “${d.title}”`);
    say("Decision deleted.", { label: "Undo", run: undo });
  }
  const editable = mayEdit("decisions", d, me, admin);
  return html`<li class="decision" data-testid="decision">
    <strong>${d.title}</strong> <span class=${"status " + d.status.toLowerCase()}>${words(d.status)}</span> ${d.pending && html`<${Badge} e=${d.pending} />`}
    ${d.refused && html`<p class="error">Your change was not saved: ${d.refused.current ? "it changed on another device." : d.refused.error} <a href=${"#/pending/" + encodeURIComponent(d.refused.id)}>Resolve</a></p>`}
    <p><span class="muted">For the customer:</span> ${d.customerBenefit}</p>
    ${d.context && html`<p class="muted">${d.context}</p>`}
    <p class="muted">${nameOf("people", d.ownerID, "Someone")}${d.decidedAt ? " · decided " + fmtDate(d.decidedAt) : ""}${d.clvImpact != null ? ` · CLV ${d.clvImpact > 0 ? "+" : ""}${d.clvImpact}` : ""} · ${plural(d.evidenceCount, "conversation")} as evidence</p>
    <div class="actions">
      ${editable && html`<label>Status <select value=${d.status} onChange=${(ev: Event) => status((ev.target as HTMLSelectElement).value as Status)}>
        ${statuses.map((s) => html`<option value=${s}>${words(s)}</option>`)}
      </select></label>`}
      ${editable && html`<a class="button secondary" href=${"#/decisions/" + encodeURIComponent(d.id)}>Edit</a>`}
      ${mayDelete("decisions", d, me, admin) && html`<button type="button" class="link" onClick=${del}>Delete</button>`}
    </div>
  </li>`;
}

export function Decisions({ me, admin }: { me: string; admin: boolean }) {
  const [status, setStatus] = useState<Status | "">("");
  useView();
  const refused = pendingOf(usePending(), "createDecision").filter((e) => e.status === "attention");
  const all = [...shown("decisions").values()].filter((d) => !status || d.status === status).sort((a, b) => Date.parse(b.createdAt || "") - Date.parse(a.createdAt || "") || (a.pending ? -1 : 0));
  const [limit, more] = useShowMore(all.length);
  return html`<${Frame} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${(["", ...statuses] as const).map((s) => html`<button type="button" role="radio" aria-checked=${status === s} class=${status === s ? "chip on" : "chip"} onClick=${() => setStatus(s)}>${s ? words(s) : "All"}</button>`)}
    </div>
    ${refused.length > 0 && html`<ul class="list" aria-label="Not saved">${refused.map((e) => html`<li class="pending" data-testid="pending-decision">${e.label} <${Badge} e=${e} /> <a href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${Synced} what="the decisions" />
    <p class="muted" data-testid="decision-count">${plural(all.length, "decision")}${status ? " " + words(status).toLowerCase() : ""}</p>
    <ul class="list">${all.slice(0, limit).map((d) => html`<${DecisionItem} key=${d.id} d=${d} me=${me} admin=${admin} />`)}</ul>
    ${more()}
  </${Frame}>`;
}

/** myConversations are the person's conversations on the device, newest first. */
const myConversations = (me: string): Conversation[] =>
  [...shown("conversations").values()].filter((c) => c.leaderID === me && !isRef(c.id)).sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));

/** Values are what the decision form edits. */
interface Values {
  title: string;
  customerBenefit: string;
  context: string | null;
  clvImpact: number | null;
  status: Status;
}

/** Evidence lists the person's conversations to choose as a decision's evidence, newest first, a page at a time. */
function Evidence({ me, chosen, setChosen }: { me: string; chosen: string[]; setChosen: (ids: string[]) => void }) {
  useView();
  const convs = myConversations(me);
  const [limit, more] = useShowMore(convs.length, 20);
  return html`<fieldset><legend>Evidence: conversations</legend>
    <${Synced} what="your conversations" />
    ${convs.slice(0, limit).map((c) => html`<label class="check"><input type="checkbox" checked=${chosen.includes(c.id)}
      onChange=${(ev: Event) => setChosen((ev.target as HTMLInputElement).checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
      <span>${customersOf(c)} <span class="muted">· ${fmtDate(c.occurredAt)}</span></span></label>`)}
    ${more()}
    ${convs.length === 0 && html`<p class="muted">No conversations logged yet.</p>`}
  </fieldset>`;
}

/**
 * DecisionForm is a decision's fields, checked with the server's rules:
 * recording one (with its evidence) or editing one.
 */
function DecisionForm({ label, initial, choices, server, evidence, submitLabel, onSave }: {
  label: string; initial: Partial<Values>; choices: readonly Status[]; server: Record<string, string>; evidence?: preact.ComponentChildren;
  submitLabel: string; onSave: (v: Values) => Promise<void>;
}) {
  const read = (f: FormData) => {
    const clv = String(f.get("clvImpact") ?? "").trim();
    const values: Values = {
      title: trimBlank(String(f.get("title") ?? "")), customerBenefit: trimBlank(String(f.get("customerBenefit") ?? "")), context: text(f.get("context")),
      clvImpact: clv ? Number(clv) : null, status: String(f.get("status") || "PROPOSED") as Status,
    };
    return { clv, values };
  };
  const form = useForm((f) => {
    const { clv, values } = read(f);
    const errors = fieldErrors("Decision", { title: values.title, customerBenefit: values.customerBenefit, context: values.context, clvImpact: values.clvImpact });
    if (clv && !Number.isFinite(Number(clv))) errors.clvImpact = "a number, e.g. 12000 or -500";
    return errors;
  }, server);
  const submit = form.submit((f) => onSave(read(f).values));
  return html`<form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label=${label} novalidate>
    <label>Title <input required defaultValue=${String(initial.title ?? "")} ...${form.field("title")} />${form.error("title")}</label>
    <label>What's in it for the customer? (required)
      <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
      <textarea rows="3" required defaultValue=${String(initial.customerBenefit ?? "")} ...${form.field("customerBenefit")}></textarea>
      ${form.error("customerBenefit")}
    </label>
    <label>Context <textarea rows="2" defaultValue=${String(initial.context ?? "")} ...${form.field("context")}></textarea>${form.error("context")}</label>
    <div class="row">
      <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${initial.clvImpact ?? ""} ...${form.field("clvImpact")} />${form.error("clvImpact")}</label>
      <label>Status <select name="status">${choices.map((s) => html`<option value=${s} selected=${(initial.status ?? "PROPOSED") === s}>${words(s)}</option>`)}</select></label>
    </div>
    ${evidence}
    ${form.error("evidenceIDs")}
    ${form.others()}
    <button type="submit" class="big">${submitLabel}</button>
  </form>`;
}

export function NewDecision({ me, fix }: { me: string; fix?: Entry }) {
  const initial = inputOf(fix) as Partial<Values> & { evidenceIDs?: string[]; decidedAt?: string };
  const [chosen, setChosen] = useState<string[]>(initial.evidenceIDs ?? []);
  async function onSave(v: Values) {
    const id = fix?.id ?? newID();
    const input = { clientID: id, ...v, evidenceIDs: chosen, decidedAt: decidedAt(v.status, initial.decidedAt) };
    const record: Decision = {
      id: ref(id), version: 0, clientID: id, createdAt: new Date().toISOString(), title: v.title, context: v.context, customerBenefit: v.customerBenefit,
      clvImpact: v.clvImpact, status: v.status, decidedAt: input.decidedAt, ownerID: me, evidenceCount: chosen.length,
    };
    await save(fix, id, `Decision: ${v.title}`, CreateDecision, { input }, undefined, { store: "decisions", op: "put", record });
    go(fix ? "/pending" : "/decisions");
  }
  return html`<${Frame} section=${fix ? "more" : "decisions"}>
    <h1>${fix ? "Fix: record a decision" : "Record a decision"}</h1>
    ${fix && html`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <${DecisionForm} label="Record a decision" initial=${initial} choices=${statuses.slice(0, 2)} server=${serverErrors(fix)}
      evidence=${html`<${Evidence} me=${me} chosen=${chosen} setChosen=${setChosen} />`} submitLabel=${fix ? "Send again" : "Save the decision"} onSave=${onSave} />
  </${Frame}>`;
}

/**
 * EditDecision edits a decision on the device (sent with the version
 * edited), or, with fix, an edit the server refused, as it was typed.
 */
export function EditDecision({ id, fix }: { id: string; fix?: Entry }) {
  useView();
  const d = lookup("decisions", id);
  if (!d) {
    return html`<${Frame} section="decisions"><a href="#/decisions">← Decisions</a><${Synced} what="the decisions" />
      ${replica.meta?.state === "ready" && html`<p>This decision is not there any more.</p>`}</${Frame}>`;
  }
  const typed = { ...d, ...((fix?.draft?.patch as Partial<Values> | undefined) ?? {}) };
  async function onSave(v: Values) {
    const now = { ...v, decidedAt: decidedAt(v.status, d!.decidedAt) };
    if (fix) {
      const patch = changes(d as unknown as Record<string, unknown>, now);
      await save(fix, fix.id, fix.label, UpdateDecision, { id: d!.id, input: toInput(patch), expectedVersion: d!.version },
        { ...fix.draft, patch, was: d }, { store: "decisions", op: "patch", id: d!.id, fields: patch });
      go("/pending");
      return;
    }
    await edit("decisions", d!, now, `Decision edited: ${v.title}`);
    go("/decisions");
  }
  return html`<${Frame} section=${fix ? "more" : "decisions"}>
    <a href="#/decisions">← Decisions</a>
    <h1>${fix ? "Fix: edit a decision" : "Edit a decision"}</h1>
    ${d.pending && html`<p><${Badge} e=${d.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <${DecisionForm} key=${d.id} label="Edit a decision" initial=${typed} choices=${statuses} server=${serverErrors(fix)}
      submitLabel=${fix ? "Send again" : "Save the changes"} onSave=${onSave} />
  </${Frame}>`;
}
