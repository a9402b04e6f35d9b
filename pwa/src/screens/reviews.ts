import { html } from "htm/preact";
import { mayDelete, remove } from "../edits";
import type { Shown } from "../overlay";
import type { Review } from "../records";
import { Badge, Frame, Synced, fmtDate, n, plural, say, useShowMore } from "../ui";
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

/** Reviews lists the organization's feedback reviews, newest first; hosts (and admins) delete them. */
export function Reviews({ me, admin }: { me: string; admin: boolean }) {
  useView();
  const all = [...shown("reviews").values()].sort((a, b) => Date.parse(b.heldAt) - Date.parse(a.heldAt));
  const [limit, more] = useShowMore(all.length);
  return html`<${Frame} section="more">
    <h1>Feedback reviews</h1>
    <${Synced} what="the feedback reviews" />
    <p class="muted">${plural(all.length, "feedback review")}.</p>
    <ul class="list">${all.slice(0, limit).map((r) => html`<${ReviewItem} key=${r.id} r=${r} me=${me} admin=${admin} />`)}</ul>
    ${more()}
  </${Frame}>`;
}
