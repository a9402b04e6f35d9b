import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { graphql } from "../graphql";
import { Badge, Frame, State, fmtDate, useRead } from "../ui";
import { useView } from "../view";
import { endorse, endorsementsOf, mayEndorse, openNominations } from "./champions";

const WinsQuery = graphql(`
  query Wins($after: String) {
    wins(first: 20, after: $after) {
      wins {
        kind at person { id name }
        followUp { id action } decision { id title customerBenefit clvImpact } nomination { id story }
        conversation { id customers(first: 3) { edges { node { id name } } } }
      }
      endCursor hasNextPage
    }
  }
`);

/** nominateLink opens the nomination of the person behind a win, its story and evidence filled in. */
const nominateLink = (nominee: string, what: string, customers: string | undefined, conversation: string | undefined): string => {
  const q = new URLSearchParams({ nomineeID: nominee, story: `${what}${customers ? ` (with ${customers})` : ""}: a win for our customers.` });
  if (conversation) q.set("conversationID", conversation);
  return "#/champions/nominate?" + q.toString();
};

const kindWords: Record<string, string> = { FOLLOW_UP: "Quick win", DECISION: "Decision", CHAMPION: "New champion" };

/**
 * Recognise is what a win offers for the person behind it: one tap to
 * endorse their open nomination (the oldest, on the device), or to nominate
 * them when none is open; nothing where the server would refuse it (their
 * own win, a nomination of or by the viewer, one endorsed already).
 */
function Recognise({ person, me, nominate }: { person: { id: string; name: string }; me: string; nominate: string }) {
  useView();
  if (person.id === me) return null;
  const noms = openNominations().filter((x) => x.nomineeID === person.id);
  if (noms.length === 0) return html`<a href=${nominate}>Nominate ${person.name}</a>`;
  const nom = noms.find((x) => mayEndorse(x, me));
  if (nom) return html`<button type="button" class="secondary" onClick=${() => endorse(nom, me, null)}>Endorse ${person.name}</button>`;
  const mine = noms.flatMap((x) => endorsementsOf(x)).find((e) => e.endorserID === me);
  if (mine) return html`<p class="muted" data-testid="endorsed">You endorsed ${person.name}'s nomination.${mine.pending && html` <${Badge} e=${mine.pending} />`}</p>`;
  return html`<p class="muted">${person.name} is nominated${noms.some((x) => x.nominatorID === me) ? " by you" : ""}: <a href="#/champions">see the open nominations</a>.</p>`;
}

/** Wins is the wall of wins: what was done for customers, by whom, with the customers behind it; older pages on demand. */
export function Wins({ me }: { me: string }) {
  const [after, setAfter] = useState<string[]>([]);
  return html`<${Frame} section="more">
    <h1>Wins</h1>
    <p class="muted">Quick wins, decisions with a customer-lifetime-value impact, and new champions: newest first.</p>
    <${WinsPage} me=${me} after=${null} more=${(c: string) => setAfter([c])} last=${after.length === 0} />
    ${after.map((c, i) => html`<${WinsPage} key=${c} me=${me} after=${c} more=${(n: string) => setAfter([...after.slice(0, i + 1), n])} last=${i === after.length - 1} />`)}
  </${Frame}>`;
}

function WinsPage({ me, after, more, last }: { me: string; after: string | null; more: (cursor: string) => void; last: boolean }) {
  const r = useRead(WinsQuery, { after });
  const p = r.data?.wins;
  return html`<${State} r=${r} what="the wins" />
    ${p && p.wins.length === 0 && after === null && html`<p>No wins yet: mark a follow-up or a decision as a quick win, and it shows here when done.</p>`}
    ${p && html`<ul class="list">${p.wins.map((w) => {
      const customers = w.conversation?.customers.edges?.map((e) => e?.node?.name).filter(Boolean).join(", ");
      const what = w.followUp?.action ?? w.decision?.title ?? w.nomination?.story ?? "";
      return html`<li data-testid="win"><span class="badge">${kindWords[w.kind]}</span> <strong>${what}</strong>
        <br /><span class="muted">${w.person.name} · ${fmtDate(w.at)}${customers ? ` · with ${customers}` : ""}${w.decision?.clvImpact != null ? ` · CLV ${w.decision.clvImpact > 0 ? "+" : ""}${w.decision.clvImpact}` : ""}</span>
        ${w.decision && html`<p class="text">${w.decision.customerBenefit}</p>`}
        ${w.kind !== "CHAMPION" && html`<${Recognise} person=${w.person} me=${me} nominate=${nominateLink(w.person.id, what, customers, w.conversation?.id)} />`}</li>`;
    })}</ul>
    ${last && p.hasNextPage && p.endCursor && html`<button type="button" class="secondary" onClick=${() => more(p.endCursor!)}>Older wins</button>`}`}`;
}
