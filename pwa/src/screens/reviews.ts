import { html } from "htm/preact";
import type { FunctionComponent } from "preact";
import { mayDelete, remove } from "../edits";
import type { Entry } from "../outbox";
import type { Shown } from "../overlay";
import type { Review } from "../records";
import { Badge, Failed, Frame, Synced, fmtDate, pendingOf, plural, say, useLazy, usePending, useShowMore } from "../ui";
import { shown, useView } from "../view";
import { nameOf } from "./pickers";

function ReviewItem({ r, me, admin }: { r: Shown<Review>; me: string; admin: boolean }) {
  async function del() {
    const undo = await remove("reviews", r, `feedback review “${r.title}”`);
    say("Feedback review deleted.", { label: "Undo", run: undo });
  }
  return html`<li data-testid="review">
    <strong>${r.title}</strong> <span class="muted">· ${fmtDate(r.heldAt)} · hosted by ${nameOf("people", r.hostID, "someone")}</span>
    ${r.pending && html` <${Badge} e=${r.pending} />`}
    <p class="muted">${plural(r.attendeeCount, "attendee")} · ${plural(r.conversationCount, "conversation")} reviewed</p>
    ${r.notes && html`<p class="text">${r.notes}</p>`}
    ${mayDelete("reviews", r, me, admin) && html`<button type="button" class="link" onClick=${del}>Delete</button>`}
  </li>`;
}

type Props = { me: string; fix?: Entry };

/**
 * NewReview is the form that records a feedback review (review.ts), loaded
 * the first time it opens: the first screen does not carry it, and the
 * service worker keeps it with the app for offline use.
 */
export function NewReview(props: Props) {
  const form = useLazy<FunctionComponent<Props>>(() => import("./review").then((m) => m.RecordReview));
  if (form.C) return html`<${form.C} ...${props} />`;
  return html`<${Frame} section="more"><h1>Record a feedback review</h1>
    ${form.error ? html`<${Failed} what="the form" error=${form.error} retry=${form.retry} />` : html`<p class="muted">Loading…</p>`}
  </${Frame}>`;
}

/** Reviews lists the organization's feedback reviews, newest first; hosts (and admins) delete them. */
export function Reviews({ me, admin }: { me: string; admin: boolean }) {
  useView();
  const all = [...shown("reviews").values()].sort((a, b) => Date.parse(b.heldAt) - Date.parse(a.heldAt));
  const [limit, more] = useShowMore(all.length);
  const refused = pendingOf(usePending(), "createFeedbackReview").filter((e) => e.status === "attention");
  return html`<${Frame} section="more">
    <h1>Feedback reviews</h1>
    <a class="button big" href="#/reviews/new">Record a feedback review</a>
    ${refused.length > 0 && html`<ul class="list" aria-label="Not saved">${refused.map((e) => html`<li class="pending">${e.label} <${Badge} e=${e} />
      ${e.error && html`<p class="error">${e.error}</p>`}<a href=${"#/pending/" + encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${Synced} what="the feedback reviews" />
    <p class="muted">${plural(all.length, "feedback review")}.</p>
    <ul class="list">${all.slice(0, limit).map((r) => html`<${ReviewItem} key=${r.id} r=${r} me=${me} admin=${admin} />`)}</ul>
    ${more()}
  </${Frame}>`;
}
