// Recording a feedback review from the phone: when, the attendees, the
// departments invited, the conversations reviewed, notes and the follow-ups
// agreed. Loaded when first opened (reviews.ts), so that the app's first
// screen does not carry it; the service worker keeps it for offline use.
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { useForm } from "../form";
import { graphql } from "../graphql";
import { ref, type Entry } from "../outbox";
import { ReviewRow, type Review } from "../records";
import { fieldErrors, trimBlank, type Errors } from "../rules";
import { newID, save, write } from "../sync";
import { Frame, Synced, fmtDate, go, n, say } from "../ui";
import { shown, useView } from "../view";
import { customersOf } from "./conversations";
import { CreateFollowUp, FollowUpFields, dueOn, followUpEffect, followUpErrors, inputOf, localInput, serverErrors, text, type FollowUp } from "./log";
import { SearchPick, findPeople, nameOf } from "./pickers";

const CreateFeedbackReview = graphql(`
  mutation CreateFeedbackReview($input: CreateFeedbackReviewInput!) { createFeedbackReview(input: $input) { ...ReviewRow } }
`, [ReviewRow]);

/** Departments offered with one tap; others are typed. */
const usual = ["Product", "Support", "Sales", "Marketing", "Finance", "Operations"];

/** How many of the conversations on the device the form offers at first. */
const RECENT = 12;

/** titleFor is the title a review held at t is given by default: "December feedback review". */
const titleFor = (t: Date): string => t.toLocaleString("en", { month: "long" }) + " feedback review";

/** departmentsOf splits typed departments at commas, trimmed, without repeats (whatever the case). */
export const departmentsOf = (chosen: string[], typed: string): string[] => {
  const out: string[] = [];
  for (const d of [...chosen, ...typed.split(",")].map(trimBlank)) if (d && !out.some((x) => x.toLowerCase() === d.toLowerCase())) out.push(d);
  return out;
};

/** reviewEffect is a review recorded on this device, as the replica will hold it until the server answers. */
const reviewEffect = (id: string, me: string, input: { title: string; heldAt: string; notes: string | null; attendeeIDs: string[]; conversationIDs: string[] }) => ({
  store: "reviews" as const, op: "put" as const,
  record: {
    id: ref(id), version: 0, clientID: id, title: input.title, heldAt: input.heldAt, notes: input.notes, hostID: me,
    attendeeCount: input.attendeeIDs.length, conversationCount: input.conversationIDs.length,
  } satisfies Review,
});

/**
 * RecordReview records a feedback review hosted by me, through the outbox
 * (offline too), the follow-ups agreed after it; with fix, it opens a review
 * the server refused, as it was sent, to change and send again.
 */
export function RecordReview({ me, fix }: { me: string; fix?: Entry }) {
  useView();
  const initial = inputOf(fix);
  const [when] = useState(() => (initial.heldAt ? new Date(String(initial.heldAt)) : new Date()));
  const [attendees, setAttendees] = useState<string[]>(() => (initial.attendeeIDs as string[] | undefined) ?? []);
  const [reviewed, setReviewed] = useState<string[]>(() => (initial.conversationIDs as string[] | undefined) ?? []);
  const sent = (initial.departmentsInvited as string[] | undefined) ?? [];
  const [departments, setDepartments] = useState<string[]>(() => sent.filter((d) => usual.includes(d)));
  const [agreed, setAgreed] = useState<FollowUp[]>([]);
  const [all, setAll] = useState(false);
  const [focusAction, setFocusAction] = useState(-1);
  const [busy, setBusy] = useState(false);
  const setAgreedAt = (i: number, f: Partial<FollowUp>) => setAgreed(agreed.map((x, j) => (i === j ? { ...x, ...f } : x)));

  const convs = [...shown("conversations").values()].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  // Those chosen stay in view, however old.
  const offered = all ? convs : convs.filter((c, i) => i < RECENT || reviewed.includes(c.id));

  const read = (f: FormData) => {
    const at = new Date(String(f.get("heldAt") ?? ""));
    return {
      at,
      input: {
        title: trimBlank(String(f.get("title") ?? "")), heldAt: isNaN(at.getTime()) ? "" : at.toISOString(),
        departmentsInvited: departmentsOf(departments, String(f.get("otherDepartments") ?? "")),
        notes: text(f.get("notes")), attendeeIDs: attendees, conversationIDs: reviewed,
      },
    };
  };
  const form = useForm((f) => {
    const { at, input } = read(f);
    const errors: Errors = fieldErrors("FeedbackReview", { title: input.title, heldAt: input.heldAt, notes: input.notes });
    if (isNaN(at.getTime())) errors.heldAt = "Say when it was held: a date and a time.";
    if (reviewed.length > 100) errors.conversationIDs = `At most 100 conversations: ${n(reviewed.length)} are chosen.`;
    agreed.forEach((x, i) => Object.assign(errors, followUpErrors(x, `followUps.${i}.`)));
    return errors;
  }, serverErrors(fix));
  useEffect(() => {
    if (focusAction < 0) return;
    form.ref.current?.querySelector<HTMLInputElement>(`[name="followUps.${focusAction}.action"]`)?.focus();
    setFocusAction(-1);
  }, [focusAction]);

  const submit = form.submit(async (f) => {
    setBusy(true);
    const id = fix?.id ?? newID();
    const input = { clientID: id, ...read(f).input };
    await save(fix, id, `Feedback review “${input.title}”`, CreateFeedbackReview, { input }, undefined, reviewEffect(id, me, input));
    for (const x of agreed) {
      const fid = newID();
      const fu = { clientID: fid, action: trimBlank(x.action), ownerID: x.owner || me, dueOn: dueOn(x.due), reviewID: ref(id) };
      await write(fid, `Follow-up: ${fu.action}`, CreateFollowUp, { input: fu }, undefined, followUpEffect(fu));
    }
    if (!fix) say(agreed.length ? `Feedback review saved, with ${agreed.length === 1 ? "its follow-up" : `its ${agreed.length} follow-ups`}.` : "Feedback review saved.");
    go(fix ? "/pending" : "/reviews");
  });

  const toggle = <T>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  const e = form.errors;
  return html`<${Frame} section="more">
    ${!fix && html`<a href="#/reviews">← Feedback reviews</a>`}
    <h1>${fix ? "Fix: a feedback review" : "Record a feedback review"}</h1>
    ${fix ? html`<p class="muted">The server did not take this feedback review. Change what it says, then send it again.</p>`
      : html`<p class="muted">You are its host. It counts for the month it was held in, for you and each attendee.</p>`}
    <form onSubmit=${submit} onInput=${form.onInput} ref=${form.ref} aria-label="Record a feedback review" novalidate>
      <label>Title <input defaultValue=${String(initial.title ?? titleFor(when))} required ...${form.field("title")} />${form.error("title")}</label>
      <label>When <input type="datetime-local" defaultValue=${localInput(when)} required ...${form.field("heldAt")} />${form.error("heldAt")}</label>
      <${Synced} what="the people and the conversations" />
      <fieldset><legend>Who attended</legend>
        ${attendees.length > 0 && html`<ul class="chips" aria-label="Attendees">${attendees.map((a) => html`<li class="chip on">${nameOf("people", a, "someone")}
          <button type="button" class="link" aria-label=${"Remove " + nameOf("people", a, "this person")} onClick=${() => setAttendees(attendees.filter((x) => x !== a))}>×</button></li>`)}</ul>`}
        ${attendees.length < 100 && html`<${SearchPick} label="Add an attendee" placeholder="Name, email or team" testid="review-attendee-search"
          invalid=${Boolean(e.attendeeIDs)} describedBy=${e.attendeeIDs ? "err-attendeeIDs" : undefined}
          find=${(term: string, limit: number) => findPeople(term, limit, (p) => p.id !== me && !p.deactivatedAt && !attendees.includes(p.id))}
          onPick=${(p: { id: string }) => setAttendees([...attendees, p.id])} />`}
        ${form.error("attendeeIDs")}
      </fieldset>
      <fieldset><legend>Departments invited</legend>
        <div class="chips" role="group" aria-label="Departments invited">
          ${usual.map((d) => html`<button type="button" class="chip" aria-pressed=${departments.includes(d)} onClick=${() => setDepartments(toggle(departments, d))}>${d}</button>`)}
        </div>
        <label>Others (separated by commas) <input defaultValue=${sent.filter((d) => !usual.includes(d)).join(", ")} ...${form.field("otherDepartments")} /></label>
        ${form.error("departmentsInvited")}
      </fieldset>
      <fieldset data-testid="reviewed"><legend>Conversations reviewed</legend>
        ${convs.length === 0 ? html`<p class="muted">No conversations on this device yet.</p>` : html`
          <p class="muted">${reviewed.length ? `${n(reviewed.length)} chosen` : "None chosen"}, of the ${n(convs.length)} on this device.</p>
          ${offered.map((c) => html`<label class="check"><input type="checkbox" checked=${reviewed.includes(c.id)} onChange=${() => setReviewed(toggle(reviewed, c.id))}
            aria-invalid=${e.conversationIDs ? "true" : undefined} aria-describedby=${e.conversationIDs ? "err-conversationIDs" : undefined} />
            <span>${customersOf(c)} <span class="muted">· ${nameOf("people", c.leaderID, "someone")} · ${fmtDate(c.occurredAt)}</span></span></label>`)}
          ${!all && offered.length < convs.length && html`<button type="button" class="secondary" onClick=${() => setAll(true)}>Show all ${n(convs.length)}</button>`}`}
        ${form.error("conversationIDs")}
      </fieldset>
      <label>Notes: what was said and agreed <textarea rows="4" defaultValue=${String(initial.notes ?? "")} ...${form.field("notes")}></textarea>${form.error("notes")}</label>
      ${fix ? html`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>` : html`<fieldset><legend>Follow-ups agreed</legend>
        ${agreed.map((x, i) => html`<${FollowUpFields} x=${x} i=${i} me=${me} form=${form} label="Action" testid="agreed"
          set=${(f: Partial<FollowUp>) => setAgreedAt(i, f)} drop=${() => setAgreed(agreed.filter((_, j) => j !== i))} />`)}
        <button type="button" class="secondary" onClick=${() => (setAgreed([...agreed, { action: "", owner: me, due: "" }]), setFocusAction(agreed.length))}>Add a follow-up</button>
      </fieldset>`}
      ${form.others()}
      <button type="submit" class="big" disabled=${busy}>${fix ? "Send again" : "Save the review"}</button>
    </form>
  </${Frame}>`;
}
