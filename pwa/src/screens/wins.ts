import { html } from "htm/preact";
import { useState } from "preact/hooks";
import { graphql, type ResultOf } from "../graphql";
import { Badge, Frame, State, fmtDate, useRead } from "../ui";
import { lookup, shown, useView } from "../view";
import { nameOf } from "./pickers";
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

/** WinItem is one win: what, who, when, with which customers, and what it offers for its person. */
function WinItem({ w, me }: { w: Win; me: string }) {
  const customers = w.conversation?.customers.edges?.map((e) => e?.node?.name).filter(Boolean).join(", ");
  const what = w.followUp?.action ?? w.decision?.title ?? w.nomination?.story ?? "";
  return html`<li data-testid="win"><span class="badge">${kindWords[w.kind]}</span> <strong>${what}</strong>
    <br /><span class="muted">${w.person.name} · ${fmtDate(w.at)}${customers ? ` · with ${customers}` : ""}${w.decision?.clvImpact != null ? ` · CLV ${w.decision.clvImpact > 0 ? "+" : ""}${w.decision.clvImpact}` : ""}</span>
    ${w.decision && html`<p class="text">${w.decision.customerBenefit}</p>`}
    ${w.kind !== "CHAMPION" && html`<${Recognise} person=${w.person} me=${me} nominate=${nominateLink(w.person.id, what, customers, w.conversation?.id)} />`}</li>`;
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

/** Win is one win as the wall shows it, from the server or the device. */
type Win = NonNullable<ResultOf<typeof WinsQuery>["wins"]>["wins"][number];

/**
 * localWins are the wins on the device's copy, newest first, as the server
 * makes them (graph/wins.go): done follow-ups and implemented decisions
 * marked quick wins, decisions with a CLV impact, approved nominations. The
 * wall shows them when the server cannot be reached and was never read.
 */
function localWins(limit: number): Win[] {
  const person = (id: string) => ({ id, name: nameOf("people", id, "Someone") });
  const conv = (id: string | null | undefined) => {
    const c = id ? lookup("conversations", id) : undefined;
    return c ? { id: c.id, customers: { edges: c.customerIDs.slice(0, 3).map((x) => ({ node: { id: x, name: nameOf("customers", x, "a customer") } })) } } : null;
  };
  const out: Win[] = [];
  for (const f of shown("followUps").values()) {
    if (f.quickWin && f.doneAt) out.push({ kind: "FOLLOW_UP", at: f.doneAt, person: person(f.ownerID), followUp: { id: f.id, action: f.action }, decision: null, nomination: null, conversation: conv(f.conversationID) });
  }
  for (const d of shown("decisions").values()) {
    if ((d.quickWin && d.status === "IMPLEMENTED") || d.clvImpact != null) {
      out.push({ kind: "DECISION", at: d.decidedAt ?? d.createdAt, person: person(d.ownerID), followUp: null, nomination: null, conversation: null,
        decision: { id: d.id, title: d.title, customerBenefit: d.customerBenefit, clvImpact: d.clvImpact } });
    }
  }
  for (const x of shown("nominations").values()) {
    if (x.status === "APPROVED") out.push({ kind: "CHAMPION", at: x.decidedAt ?? x.createdAt, person: person(x.nomineeID), followUp: null, decision: null, nomination: { id: x.id, story: x.story }, conversation: conv(x.conversationID) });
  }
  return out.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}

function WinsPage({ me, after, more, last }: { me: string; after: string | null; more: (cursor: string) => void; last: boolean }) {
  const r = useRead(WinsQuery, { after });
  useView();
  // Offline and never read: the wins on the device.
  const local = r.error && !r.data && after === null ? { wins: localWins(50), endCursor: null, hasNextPage: false } : null;
  if (local) {
    return html`<p class="asof" data-testid="wins-offline">Offline: the wins this device holds.</p>
      <ul class="list">${local.wins.map((w) => html`<${WinItem} w=${w} me=${me} />`)}</ul>`;
  }
  const p = r.data?.wins;
  return html`<${State} r=${r} what="the wins" />
    ${p && p.wins.length === 0 && after === null && html`<p>No wins yet: mark a follow-up or a decision as a quick win, and it shows here when done.</p>`}
    ${p && html`<ul class="list">${p.wins.map((w) => html`<${WinItem} w=${w} me=${me} />`)}</ul>
    ${last && p.hasNextPage && p.endCursor && html`<button type="button" class="secondary" onClick=${() => more(p.endCursor!)}>Older wins</button>`}`}`;
}
