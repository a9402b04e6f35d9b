import { html } from "htm/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useForm, type Form } from "../form";
import { graphql } from "../graphql";
import { ref, type Entry } from "../outbox";
import { ConversationRow, CustomerRow, FollowUpRow, type Conversation, type Customer, type FollowUp as FollowUpRecord, type Plan } from "../records";
import { lookup } from "../view";
import { fieldError, fieldErrors, trimBlank, type Errors } from "../rules";
import { newID, save, write } from "../sync";
import { Frame, Synced, go, words } from "../ui";
import { PersonField, SearchPick, customerLabel, findCustomers, findPeople, nameOf, useServerCustomers } from "./pickers";

const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { ...CustomerRow } }
`, [CustomerRow]);
const CreateConversation = graphql(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { ...ConversationRow } }
`, [ConversationRow]);
export const CreateFollowUp = graphql(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`, [FollowUpRow]);

export const modes = ["VISIT", "CALL", "VIDEO", "FOCUS_GROUP", "INTERVIEW", "MYSTERY_SHOP", "CALL_LISTENING", "ONLINE_COMMENTS", "EVENT"] as const;
export const sentiments = ["VERY_NEGATIVE", "NEGATIVE", "NEUTRAL", "POSITIVE", "VERY_POSITIVE"] as const;
type Mode = (typeof modes)[number];
type Sentiment = (typeof sentiments)[number];

interface Pick {
  id: string; // a server id, or a ref to a customer added on this device
  name: string;
}
/** FollowUp is a follow-up as a form holds it, before it is sent. */
export interface FollowUp {
  action: string;
  owner: string;
  due: string;
}

/** localInput is a datetime-local value for t in the device's time zone. */
export const localInput = (t: Date): string => new Date(t.getTime() - t.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** text is a typed text as the server stores it: trimmed, null when empty. */
export const text = (v: FormDataEntryValue | string | null): string | null => trimBlank(String(v ?? "")) || null;

/** dueOn is the server's time for a due date typed as YYYY-MM-DD (midday UTC, the same day everywhere). */
export const dueOn = (day: string): string | null => (day ? new Date(day + "T12:00:00Z").toISOString() : null);

/** input is the input of a write, as it sits in the outbox. */
export const inputOf = (e: Entry | undefined): Record<string, unknown> => (e?.variables.input ?? {}) as Record<string, unknown>;

/** serverErrors is a refused write's error, under the field the server named. */
export const serverErrors = (e: Entry | undefined): Errors => (e?.error ? { [e.field ?? ""]: e.error } : {});

/** NewCustomer asks for a customer's name, company and segment, checked with the server's rules. */
export function NewCustomer({ name, initial, server = {}, add, cancel }: {
  name: string; initial?: Record<string, unknown>; server?: Errors;
  add: (input: { name: string; company: string | null; segment: string | null }) => void; cancel?: () => void;
}) {
  const box = useRef<HTMLFieldSetElement>(null);
  const [errors, setErrors] = useState<Errors>(server);
  const value = (k: string) => box.current?.querySelector<HTMLInputElement>(`[name="customer.${k}"]`)?.value ?? "";
  useEffect(() => box.current?.querySelector<HTMLInputElement>(Object.keys(server).length ? '[aria-invalid="true"]' : "input")?.focus(), []);
  function submit() {
    const input = { name: trimBlank(value("name")), company: text(value("company")), segment: text(value("segment")) };
    const found = fieldErrors("Customer", input);
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => box.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    add(input);
  }
  const field = (k: string, label: string, v: unknown) => html`<label>${label}
    <input name=${"customer." + k} defaultValue=${String(v ?? "")} aria-invalid=${errors[k] ? "true" : undefined} aria-describedby=${errors[k] ? "err-customer-" + k : undefined}
      onInput=${() => errors[k] && setErrors(({ [k]: _, ...rest }) => rest)} />
    ${errors[k] && html`<span class="field-error" id=${"err-customer-" + k} data-field=${k}>${errors[k]}</span>`}</label>`;
  const other = Object.entries(errors).filter(([k]) => !["name", "company", "segment"].includes(k));
  // Enter adds the customer rather than submitting the form around it.
  const enter = (ev: KeyboardEvent) => ev.key === "Enter" && (ev.preventDefault(), submit());
  return html`<fieldset class="card" ref=${box} aria-label="New customer" onKeyDown=${enter}>
    <legend>New customer</legend>
    ${field("name", "Name", initial?.name ?? name)}
    ${field("company", "Company (optional)", initial?.company)}
    ${field("segment", "Segment (optional)", initial?.segment)}
    ${other.map(([k, m]) => html`<p class="error" role="alert">${k ? k + ": " : ""}${m}</p>`)}
    <div class="actions">
      <button type="button" onClick=${submit}>Add the customer</button>
      ${cancel && html`<button type="button" class="link" onClick=${cancel}>Cancel</button>`}
    </div>
  </fieldset>`;
}

/** customerEffect is a customer added on this device, as the replica will hold it. */
const customerEffect = (clientID: string, input: { name: string; company: string | null; segment: string | null }) => ({
  store: "customers" as const, op: "put" as const,
  record: { id: ref(clientID), version: 0, clientID, name: input.name, company: input.company, segment: input.segment, erased: false } satisfies Customer,
});

/** CustomerPicker searches every customer of the organization, on the device, and quick-adds one. */
export function CustomerPicker({ picked, setPicked, invalid }: { picked: Pick[]; setPicked: (p: Pick[]) => void; invalid: boolean }) {
  const [adding, setAdding] = useState("");
  // A write opened again may carry ids only: their names come from the device's customers.
  const label = (p: Pick) => p.name || nameOf("customers", p.id, "A customer");
  async function quickAdd(input: { name: string; company: string | null; segment: string | null }) {
    const id = newID();
    await write(id, `New customer ${input.name}`, CreateCustomer, { input: { clientID: id, ...input } }, undefined, customerEffect(id, input));
    setPicked([...picked, { id: ref(id), name: input.name }]);
    setAdding("");
  }
  // One tap adds a new customer by the name typed, when it is a valid name;
  // otherwise the customer's form opens to say what is wrong (company and
  // segment are added later, on the customer).
  function addNamed(term: string) {
    const input = { name: trimBlank(term), company: null, segment: null };
    if (Object.keys(fieldErrors("Customer", input)).length) setAdding(term);
    else void quickAdd(input);
  }
  const find = (term: string, limit: number) => findCustomers(term, limit, picked.length ? (c) => !picked.some((p) => p.id === c.id) : undefined);
  return html`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${picked.map((p) => html`<li><button type="button" class="chip on" aria-label=${"Remove " + label(p)} onClick=${() => setPicked(picked.filter((x) => x.id !== p.id))}>${label(p)} ✕</button></li>`)}
    </ul>
    <${Synced} what="the customers" />
    <${SearchPick} key=${picked.length} label="Find a customer" placeholder="Name or company" find=${find} useRemote=${useServerCustomers} show=${customerLabel} testid="customer-search"
      invalid=${invalid} describedBy=${invalid ? "err-customerIDs" : undefined}
      onPick=${(c: Customer) => (setPicked([...picked, { id: c.id, name: c.name }]), setAdding(""))}
      footer=${(term: string, found: { items: Customer[] }) => !adding && !found.items.some((c) => c.name.toLowerCase() === term.toLowerCase()) &&
        html`<li><button type="button" class="option add" onClick=${() => addNamed(term)}>Add “${term}” as a new customer</button></li>
          <li><button type="button" class="option" onClick=${() => setAdding(term)}>…with a company and segment</button></li>`} />
    ${adding && html`<${NewCustomer} name=${adding} add=${quickAdd} cancel=${() => setAdding("")} />`}
  </fieldset>`;
}

/** conversationEffect is a conversation logged on this device, as the replica will hold it. */
function conversationEffect(clientID: string, me: string, input: Omit<Conversation, "id" | "version" | "leaderID" | "clientID"> & { clientID: string }) {
  const { clientID: _, attendeeIDs: __, ...fields } = input as typeof input & { attendeeIDs?: string[] };
  const record: Conversation = { ...fields, id: ref(clientID), version: 0, clientID, leaderID: me };
  return { store: "conversations" as const, op: "put" as const, record };
}

/** followUpEffect is a follow-up made on this device (promised in a conversation or agreed in a review), as the replica will hold it. */
export function followUpEffect(input: { clientID: string; action: string; ownerID: string; dueOn: string | null; conversationID?: string | null; reviewID?: string | null }) {
  const record: FollowUpRecord = {
    id: ref(input.clientID), version: 0, clientID: input.clientID, action: input.action, ownerID: input.ownerID, dueOn: input.dueOn,
    conversationID: input.conversationID ?? null, reviewID: input.reviewID ?? null, doneAt: null, quickWin: false, newInitiative: false,
  };
  return { store: "followUps" as const, op: "put" as const, record };
}

/** followUpErrors checks a follow-up; prefix names its fields in the form. */
export const followUpErrors = (f: FollowUp, prefix = ""): Errors => {
  const out: Errors = {};
  const action = fieldError("FollowUp", "action", f.action);
  const due = fieldError("FollowUp", "dueOn", dueOn(f.due));
  if (action) out[prefix + "action"] = action;
  if (due) out[prefix + "dueOn"] = due;
  return out;
};

/**
 * FollowUpFields is the i-th follow-up of a form: its action, owner and due
 * date, named followUps.i.* for the form's errors and focus, with its removal.
 */
export function FollowUpFields({ x, i, me, form, label, testid, set, drop }: {
  x: FollowUp; i: number; me: string; form: Form; label: string; testid?: string;
  set: (f: Partial<FollowUp>) => void; drop: () => void;
}) {
  return html`<div class="followup" data-testid=${testid}>
    <label>${label} <input value=${x.action} onInput=${(ev: Event) => set({ action: (ev.target as HTMLInputElement).value })} ...${form.field(`followUps.${i}.action`)} />${form.error(`followUps.${i}.action`)}</label>
    <${PersonField} label="Owner" value=${x.owner} me=${me} onChange=${(v: string) => set({ owner: v })} />
    <div class="row">
      <label>Due <input type="date" value=${x.due} onInput=${(ev: Event) => set({ due: (ev.target as HTMLInputElement).value })} ...${form.field(`followUps.${i}.dueOn`)} />${form.error(`followUps.${i}.dueOn`)}</label>
    </div>
    <button type="button" class="link" onClick=${drop}>Remove this follow-up</button>
  </div>`;
}

/** The modes shown first; the others are one tap away. */
const firstModes: Mode[] = ["VISIT", "CALL", "VIDEO"];

/** modeOfPlan is the mode a plan's conversation is logged as. */
const modeOfPlan = (kind: Plan["kind"]): Mode => (kind === "CALL" ? "CALL" : kind === "VIDEO" ? "VIDEO" : "VISIT");

/** The one-tap times: how long ago it happened. */
const whens = [["Now", 0], ["1 h ago", 60]] as const;
/** The one-tap durations, in minutes. */
const durations = [["30 min", 30], ["1 h", 60]] as const;

/**
 * LogConversation is the log form, made for one thumb: the customer search
 * has the focus, the usual modes, the time and the duration are one tap
 * each, Save stays in reach, and the rest (pain points, how they felt, who
 * else was there) waits under "More details". Opened from a plan (planID),
 * it comes filled in with the plan's customer, mode and time.
 */
export function LogConversation({ me, fix, planID }: { me: string; fix?: Entry; planID?: string }) {
  const initial = inputOf(fix);
  const plan = planID ? lookup("plans", planID) : undefined;
  const [picked, setPicked] = useState<Pick[]>(() =>
    (fix?.draft?.picked as Pick[] | undefined) ?? ((initial.customerIDs as string[] | undefined) ?? (plan?.customerID ? [plan.customerID] : [])).map((id) => ({ id, name: "" })));
  const [mode, setMode] = useState<Mode>((initial.mode as Mode) ?? (plan ? modeOfPlan(plan.kind) : "VISIT"));
  const [allModes, setAllModes] = useState(() => !firstModes.includes(mode));
  const [attendees, setAttendees] = useState<string[]>(() => (initial.attendeeIDs as string[] | undefined) ?? []);
  const [sentiment, setSentiment] = useState<Sentiment | null>((initial.sentiment as Sentiment) ?? null);
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [when, setWhen] = useState(() => {
    const planned = plan && Date.parse(plan.plannedAt) <= Date.now() ? new Date(plan.plannedAt) : null;
    return localInput(initial.occurredAt ? new Date(String(initial.occurredAt)) : planned ?? new Date());
  });
  const [minutes, setMinutes] = useState(String(initial.durationMinutes ?? ""));
  const [busy, setBusy] = useState(false);
  const [focusAction, setFocusAction] = useState(-1);
  const setFollowUp = (i: number, f: Partial<FollowUp>) => setFollowUps(followUps.map((x, j) => (i === j ? { ...x, ...f } : x)));
  const detailed = Boolean(initial.painPoints || initial.sentiment || attendees.length || (fix?.field && ["painPoints", "sentiment", "attendeeIDs"].includes(fix.field)));

  const read = (f: FormData) => {
    const at = new Date(String(f.get("occurredAt") ?? ""));
    const typed = String(f.get("durationMinutes") ?? "").trim();
    return {
      at, minutes: typed,
      input: {
        mode, sentiment, customerIDs: picked.map((p) => p.id), occurredAt: isNaN(at.getTime()) ? "" : at.toISOString(),
        durationMinutes: typed === "" ? null : Number(typed), heard: text(f.get("heard")), painPoints: text(f.get("painPoints")),
      },
    };
  };
  const form = useForm((f) => {
    const { at, minutes, input } = read(f);
    const errors = fieldErrors("Conversation", { occurredAt: input.occurredAt, durationMinutes: input.durationMinutes, heard: input.heard, painPoints: input.painPoints });
    if (picked.length === 0) errors.customerIDs = "Choose at least one customer, or add a new one.";
    if (isNaN(at.getTime())) errors.occurredAt = "Say when it happened: a date and a time.";
    if (minutes !== "" && !errors.durationMinutes && !Number.isInteger(Number(minutes))) errors.durationMinutes = "Minutes: a whole number.";
    followUps.forEach((x, i) => Object.assign(errors, followUpErrors(x, `followUps.${i}.`)));
    return errors;
  }, serverErrors(fix));
  useEffect(() => {
    // The customer search has the focus on open; from a plan, what we heard
    // (all that is left to type); a form opened to fix it focuses what the server refused.
    if (fix) return;
    form.ref.current?.querySelector<HTMLElement>(picked.length === 0 ? '[data-testid="customer-search"] input' : 'textarea[name="heard"]')?.focus();
  }, []);
  useEffect(() => {
    if (focusAction < 0) return;
    form.ref.current?.querySelector<HTMLInputElement>(`[name="followUps.${focusAction}.action"]`)?.focus();
    setFocusAction(-1);
  }, [focusAction]);

  const submit = form.submit(async (f) => {
    setBusy(true);
    const id = fix?.id ?? newID();
    const label = `Conversation with ${picked.map((p) => p.name || nameOf("customers", p.id, "a customer")).join(", ")}`;
    const fromPlan = (initial.planID as string | undefined) ?? planID;
    const input = { clientID: id, ...read(f).input, ...(attendees.length ? { attendeeIDs: attendees } : {}), ...(fromPlan ? { planID: fromPlan } : {}) };
    await save(fix, id, label, CreateConversation, { input }, { picked }, conversationEffect(id, me, input));
    for (const x of followUps) {
      const fid = newID();
      const fu = { clientID: fid, action: trimBlank(x.action), ownerID: x.owner || me, dueOn: dueOn(x.due), conversationID: ref(id) };
      await write(fid, `Follow-up: ${fu.action}`, CreateFollowUp, { input: fu }, undefined, followUpEffect(fu));
    }
    go(fix ? "/pending" : "/conversations?saved=1");
  });
  const e = form.errors;
  const ago = (m: number) => localInput(new Date(Date.now() - m * 60_000));
  const modeChip = (m: Mode) => html`<button type="button" role="radio" aria-checked=${mode === m} class=${mode === m ? "chip small on" : "chip small"} onClick=${() => setMode(m)}>${words(m)}</button>`;
  return html`<${Frame} section=${fix ? "more" : "conversations"}>
    <h1>${fix ? "Fix: log a conversation" : plan ? "Log your plan" : "Log a conversation"}</h1>
    ${fix && html`<p class="muted">The server did not take this conversation. Change what it says, then send it again.</p>`}
    ${plan?.note && html`<p class="muted" data-testid="plan-note">Planned: ${plan.note}</p>`}
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Log a conversation" class="log" novalidate>
      <${CustomerPicker} picked=${picked} setPicked=${setPicked} invalid=${Boolean(e.customerIDs)} />
      ${form.error("customerIDs")}
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${(allModes ? modes : firstModes).map(modeChip)}
          ${!allModes && html`<button type="button" class="chip small" onClick=${() => setAllModes(true)}>Other…</button>`}
        </div>
        ${form.error("mode")}
      </fieldset>
      <div class="row when">
        <label>When <input type="datetime-local" value=${when} onInput=${(ev: Event) => setWhen((ev.target as HTMLInputElement).value)} required ...${form.field("occurredAt")} />${form.error("occurredAt")}</label>
        <label class="minutes">Minutes <input type="number" inputmode="numeric" value=${minutes} onInput=${(ev: Event) => setMinutes((ev.target as HTMLInputElement).value)} ...${form.field("durationMinutes")} />${form.error("durationMinutes")}</label>
      </div>
      <div class="chips quick" aria-label="One-tap times and durations">
        ${whens.map(([l, m]) => html`<button type="button" class="chip small" aria-pressed=${when.slice(0, 15) === ago(m).slice(0, 15)} onClick=${() => setWhen(ago(m))}>${l}</button>`)}
        ${durations.map(([l, m]) => html`<button type="button" class="chip small" aria-pressed=${minutes === String(m)} onClick=${() => setMinutes(String(m))}>${l}</button>`)}
      </div>
      <label>What we heard <textarea rows="2" defaultValue=${String(initial.heard ?? "")} ...${form.field("heard")}></textarea>${form.error("heard")}</label>
      ${fix ? html`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>` : html`<fieldset class="followups"><legend class="sr-only">Follow-ups</legend>
        ${followUps.map((x, i) => html`<${FollowUpFields} x=${x} i=${i} me=${me} form=${form} label="Follow-up"
          set=${(f: Partial<FollowUp>) => setFollowUp(i, f)} drop=${() => setFollowUps(followUps.filter((_, j) => j !== i))} />`)}
      </fieldset>`}
      <details open=${detailed || undefined}>
        <summary>More details: pain points, how they felt, who else was there</summary>
        <label>Pain points <textarea rows="2" defaultValue=${String(initial.painPoints ?? "")} ...${form.field("painPoints")}></textarea>${form.error("painPoints")}</label>
        <fieldset><legend>How did the customer feel?</legend>
          <div class="chips" role="radiogroup" aria-label="Sentiment">
            ${sentiments.map((s) => html`<button type="button" role="radio" aria-checked=${sentiment === s} class=${sentiment === s ? "chip on" : "chip"} onClick=${() => setSentiment(sentiment === s ? null : s)}>${words(s)}</button>`)}
          </div>
          ${form.error("sentiment")}
        </fieldset>
        <fieldset><legend>Who else was there</legend>
          <p class="muted">They are credited with it in their own month too.</p>
          ${attendees.length > 0 && html`<ul class="chips" aria-label="Also there">${attendees.map((a) => html`<li class="chip on">${nameOf("people", a, "someone")}
            <button type="button" class="link" aria-label=${"Remove " + nameOf("people", a, "this person")} onClick=${() => setAttendees(attendees.filter((x) => x !== a))}>×</button></li>`)}</ul>`}
          ${attendees.length < 20 && html`<${SearchPick} label="Add a person" placeholder="Name" testid="attendee-search"
            find=${(term: string, limit: number) => { const f = findPeople(term, limit + attendees.length + 1); const items = f.items.filter((p) => p.id !== me && !attendees.includes(p.id)).slice(0, limit); return { items, total: items.length }; }}
            onPick=${(p: { id: string }) => setAttendees([...attendees, p.id])} />`}
          ${form.error("attendeeIDs")}
        </fieldset>
      </details>
      ${form.others()}
      <div class="save-bar">
        ${!fix && html`<button type="button" class="secondary" onClick=${() => (setFollowUps([...followUps, { action: "", owner: me, due: "" }]), setFocusAction(followUps.length))}>Add a follow-up</button>`}
        <button type="submit" class="big" disabled=${busy}>${fix ? "Send again" : "Save"}</button>
      </div>
    </form>
  </${Frame}>`;
}

/** FollowUpForm is the follow-up of a logged conversation, opened again to fix it. */
export function FollowUpForm({ me, fix }: { me: string; fix: Entry }) {
  const initial = inputOf(fix);
  const [owner, setOwner] = useState(String(initial.ownerID ?? me));
  const read = (f: FormData): FollowUp => ({ action: String(f.get("action") ?? ""), owner, due: String(f.get("dueOn") ?? "") });
  const form = useForm((f) => followUpErrors(read(f)), serverErrors(fix));
  const submit = form.submit(async (f) => {
    const x = read(f);
    const input = { ...(initial as { conversationID?: string }), clientID: fix.id, action: trimBlank(x.action), ownerID: owner, dueOn: dueOn(x.due) };
    await save(fix, fix.id, `Follow-up: ${input.action}`, CreateFollowUp, { input }, undefined, followUpEffect(input));
    go("/pending");
  });
  return html`<${Frame} section="more">
    <h1>Fix: a follow-up</h1>
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Follow-up" novalidate>
      <label>Action <input defaultValue=${String(initial.action ?? "")} ...${form.field("action")} />${form.error("action")}</label>
      <${PersonField} label="Owner" value=${owner} me=${me} onChange=${setOwner} />
      <div class="row">
        <label>Due <input type="date" defaultValue=${initial.dueOn ? String(initial.dueOn).slice(0, 10) : ""} ...${form.field("dueOn")} />${form.error("dueOn")}</label>
      </div>
      ${form.error("ownerID")}
      ${form.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Frame}>`;
}

/** CustomerForm is a customer added on this device, opened again to fix it. */
export function CustomerForm({ fix }: { fix: Entry }) {
  const initial = inputOf(fix);
  async function add(input: { name: string; company: string | null; segment: string | null }) {
    await save(fix, fix.id, `New customer ${input.name}`, CreateCustomer, { input: { ...initial, clientID: fix.id, ...input } }, undefined, customerEffect(fix.id, input));
    go("/pending");
  }
  return html`<${Frame} section="more">
    <h1>Fix: a new customer</h1>
    <${NewCustomer} name="" initial=${initial} server=${serverErrors(fix)} add=${add} />
  </${Frame}>`;
}
