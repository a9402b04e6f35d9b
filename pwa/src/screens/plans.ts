// Plans: the customer visits, calls and customer days a person plans. Home
// shows what is coming and what was missed; one tap on a plan opens the log
// form filled in from it. A plan counts for nothing until it is logged.
import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { remove } from "../edits";
import { useForm } from "../form";
import { graphql } from "../graphql";
import { ref } from "../outbox";
import type { Shown } from "../overlay";
import { PlanRow, type Plan } from "../records";
import { fieldErrors } from "../rules";
import { newID, write } from "../sync";
import { Frame, fmtDate, fmtTime, go, n, say, useShowMore, words } from "../ui";
import { ready, shown, useView } from "../view";
import { CustomerPicker, localInput, text } from "./log";
import { nameOf } from "./pickers";

const CreatePlan = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) { createPlan(input: $input) { ...PlanRow } }
`, [PlanRow]);

const kinds = ["VISIT", "CALL", "VIDEO", "CUSTOMER_DAY"] as const;
type Kind = (typeof kinds)[number];

/** A plan not logged a day after its time is missed (graph.MissedAfter). */
const MISSED_AFTER = 24 * 3600_000;

/** statusOf is what became of a plan, from the device's copy: logged once a conversation names it. */
export function statusOf(p: Plan, now = Date.now()): "UPCOMING" | "LOGGED" | "MISSED" {
  const mine = new Set([p.id, ...(p.clientID ? [ref(p.clientID)] : [])]);
  if (p.loggedCount > 0 || [...shown("conversations").values()].some((c) => c.planID && mine.has(c.planID))) return "LOGGED";
  return now > Date.parse(p.plannedAt) + MISSED_AFTER ? "MISSED" : "UPCOMING";
}

/** planLabel says what a plan is: "Visit · Zoe · Tue 3 Dec, 10:00". */
export const planLabel = (p: Plan): string =>
  [words(p.kind), p.customerID ? nameOf("customers", p.customerID, "a customer") : null, `${fmtDate(p.plannedAt)}, ${fmtTime(p.plannedAt)}`].filter(Boolean).join(" · ");

/** tomorrowAt is tomorrow at the hour, in the device's time zone. */
const tomorrowAt = (hour: number): Date => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(hour, 0, 0, 0);
  return d;
};

/** PlanForm plans a visit, call or customer day: what, with whom, when, why. */
export function PlanForm({ me }: { me: string }) {
  const [kind, setKind] = useState<Kind>("VISIT");
  const [picked, setPicked] = useState<{ id: string; name: string }[]>([]);
  const [when, setWhen] = useState(() => localInput(tomorrowAt(10)));
  const read = (f: FormData) => {
    const at = new Date(String(f.get("plannedAt") ?? ""));
    return { at, input: { kind, plannedAt: isNaN(at.getTime()) ? "" : at.toISOString(), note: text(f.get("note")), customerID: picked[0]?.id ?? null } };
  };
  const form = useForm((f) => {
    const { at, input } = read(f);
    const errors = fieldErrors("Plan", { plannedAt: input.plannedAt, note: input.note });
    if (isNaN(at.getTime())) errors.plannedAt = "Say when: a date and a time.";
    if (kind !== "CUSTOMER_DAY" && !picked.length) errors.customerIDs = "Choose the customer or prospect, or add a new one.";
    return errors;
  });
  const submit = form.submit(async (f) => {
    const id = newID();
    const { input } = read(f);
    const full = { clientID: id, ...input };
    const record: Plan = { id: ref(id), version: 0, clientID: id, kind, plannedAt: input.plannedAt, note: input.note, customerID: input.customerID, leaderID: me, loggedCount: 0 };
    await write(id, `Plan: ${planLabel(record)}`, CreatePlan, { input: full }, { picked }, { store: "plans", op: "put", record });
    say("Planned. It counts once you log it.");
    go("/");
  });
  const quick = [["Tomorrow 10:00", tomorrowAt(10)], ["Tomorrow 14:00", tomorrowAt(14)]] as const;
  return html`<${Frame} section="">
    <h1>Plan a customer conversation</h1>
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Plan" novalidate>
      <fieldset><legend>What</legend>
        <div class="chips" role="radiogroup" aria-label="What">
          ${kinds.map((k) => html`<button type="button" role="radio" aria-checked=${kind === k} class=${kind === k ? "chip on" : "chip"} onClick=${() => setKind(k)}>${words(k)}</button>`)}
        </div>
      </fieldset>
      <${CustomerPicker} picked=${picked} setPicked=${(p: { id: string; name: string }[]) => setPicked(p.slice(-1))} invalid=${Boolean(form.errors.customerIDs)} />
      ${form.error("customerIDs")}
      <label>When <input type="datetime-local" value=${when} onInput=${(ev: Event) => setWhen((ev.target as HTMLInputElement).value)} ...${form.field("plannedAt")} />${form.error("plannedAt")}</label>
      <div class="chips quick" aria-label="One-tap times">
        ${quick.map(([l, d]) => html`<button type="button" class="chip small" aria-pressed=${when === localInput(d)} onClick=${() => setWhen(localInput(d))}>${l}</button>`)}
      </div>
      <label>What for (optional) <textarea rows="2" ...${form.field("note")}></textarea>${form.error("note")}</label>
      ${form.others()}
      <div class="save-bar"><button type="submit" class="big">Plan it</button></div>
    </form>
  </${Frame}>`;
}

/** PlanItem is one plan on Home: log it with one tap, or cancel it. */
function PlanItem({ p, missed }: { p: Shown<Plan>; missed: boolean }) {
  async function cancel() {
    const undo = await remove("plans", p, `plan: ${planLabel(p)}`);
    say("Plan cancelled.", { label: "Undo", run: undo });
  }
  return html`<li data-testid=${missed ? "missed-plan" : "plan"}>
    <strong>${planLabel(p)}</strong>${p.note && html` <span class="muted">· ${p.note}</span>`}
    <div class="actions">
      <a class="button" href=${"#/log?plan=" + encodeURIComponent(p.id)}>${missed ? "Log it anyway" : "Log it"}</a>
      <button type="button" class="link" onClick=${cancel}>Cancel the plan</button>
    </div>
  </li>`;
}

/** Plans is Home's card of what is coming (and what was missed, the last 30 days), from the device's copy. */
export function Plans({ me }: { me: string }) {
  useView();
  const now = Date.now();
  const mine = [...shown("plans").values()].filter((p) => p.leaderID === me);
  const coming = mine.filter((p) => statusOf(p, now) === "UPCOMING").sort((a, b) => Date.parse(a.plannedAt) - Date.parse(b.plannedAt));
  const missed = mine.filter((p) => statusOf(p, now) === "MISSED" && Date.parse(p.plannedAt) > now - 30 * 86400_000)
    .sort((a, b) => Date.parse(b.plannedAt) - Date.parse(a.plannedAt));
  const [limit, more] = useShowMore(coming.length, 5);
  return html`<section class="card" aria-label="Coming up" data-testid="plans">
    <h2>Coming up</h2>
    ${ready() && coming.length === 0 && html`<p class="muted">Nothing planned. A plan counts for nothing until you log it, but it keeps you on pace.</p>`}
    <ul class="list">${coming.slice(0, limit).map((p) => html`<${PlanItem} key=${p.id} p=${p} missed=${false} />`)}</ul>
    ${more()}
    ${missed.length > 0 && html`<h3>Missed (${n(missed.length)})</h3>
      <ul class="list">${missed.map((p) => html`<${PlanItem} key=${p.id} p=${p} missed=${true} />`)}</ul>`}
    <a href="#/plan" class="button secondary" data-testid="plan-new">Plan a visit or call</a>
  </section>`;
}
