import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { windows } from "../apply";
import { read, type Read } from "../cache";
import { graphql, type ResultOf } from "../graphql";
import { ConversationRow, normalize, type Conversation } from "../records";
import { fold } from "../search";
import { Chart, Failed, Frame, MoreButton, PagesState, State, Synced, fmtDate, fmtTime, monthName, n, paceWords, plural, thisMonth, usePages, useRead, words } from "../ui";
import { ready, shown, useView } from "../view";
import { customersOf } from "./conversations";
import { nameOf } from "./pickers";

const TeamQuery = graphql(`
  query Team($p: String!, $team: String) {
    dashboard(period: $p, team: $team) {
      leaders walkers notYetWalkers withoutCommitments leadersByPace { pace leaders } customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
  }
`);

const TeamLeaders = graphql(`
  query TeamLeaders($p: String!, $where: LeaderWhereInput, $after: Cursor) {
    leaders(first: 50, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`);

/** A month's conversations the device does not keep (before last month), from the server. */
const MonthConversations = graphql(`
  query MonthConversations($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ConversationRow } }
    }
  }
`, [ConversationRow]);

const OpenFollowUps = graphql(`
  query OpenFollowUps($after: Cursor) {
    followUps(first: 100, after: $after, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);

/** TeamTable is every leader's month, from the server a page at a time, found by name. */
function TeamTable({ p, team }: { p: string; team: string }) {
  const [q, setQ] = useState("");
  const where = { deactivatedAtIsNil: true, ...(q.trim() ? { nameContainsFold: q.trim() } : {}), ...(team ? { teamEqualFold: team } : {}) };
  const leaders = usePages(TeamLeaders, { p, where }, (r) => r.leaders);
  return html`<section class="card" aria-label="Per leader"><h2>Per leader</h2>
    <label>Find a leader <input type="search" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} placeholder="Name" /></label>
    <${PagesState} p=${leaders} what="the leaders" count=${(shown: number, total: number) => `${n(shown)} of ${n(total)} leaders shown.`} />
    <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
      <tbody>${leaders.items.map((l) => {
        const met = l.month.commitments.filter((c) => c.met).length;
        return html`<tr><td>${l.name}</td><td>${l.month.customersMet}</td><td>${l.month.commitments.length === 0 ? "none" : `${met} of ${l.month.commitments.length}${l.month.walker ? " · walker" : ""}`}</td></tr>`;
      })}</tbody></table>
    <${MoreButton} p=${leaders} label="Show more leaders" />
  </section>`;
}

export function Team() {
  const [p, setP] = useState(thisMonth());
  const [team, setTeam] = useState("");
  useView();
  const teams = [...new Set([...shown("people").values()].flatMap((x) => (x.team && !x.deactivatedAt ? [x.team] : [])))].sort();
  const r = useRead(TeamQuery, { p, team: team || null });
  const d = r.data?.dashboard;
  return html`<${Frame} section="more">
    <h1>Team</h1>
    <div class="row">
      <label>Month <input type="month" value=${p} onInput=${(e: Event) => (e.target as HTMLInputElement).value && setP((e.target as HTMLInputElement).value)} /></label>
      <label>Team <select value=${team} onChange=${(e: Event) => setTeam((e.target as HTMLSelectElement).value)} data-testid="team-filter">
        <option value="">Everyone</option>${teams.map((t) => html`<option value=${t}>${t}</option>`)}</select></label>
    </div>
    <${State} r=${r} what=${"the team dashboard"} />
    ${d && html`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${d.walkers}</strong> walkers</li>
          <li><strong>${d.notYetWalkers}</strong> not yet</li>
          <li><strong>${d.withoutCommitments}</strong> without commitments</li>
          ${d.leadersByPace.length > 0 && html`<li data-testid="team-pace">${d.leadersByPace.map((x, i) => html`${i > 0 ? ", " : ""}<strong>${x.leaders}</strong> ${paceWords[x.pace]}`)}</li>`}
          <li data-testid="team-customers"><strong>${d.customersMet}</strong> customers met in ${d.conversations} conversations</li>
          <li><strong>${d.openFollowUps}</strong> open follow-ups, <strong>${d.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${n(d.champions)}</strong> ${d.champions === 1 ? "champion" : "champions"}, ${plural(d.openNominations, "open nomination")}</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${Chart} series=${d.customersMetByMonth} label="Customers met per month, the last 12 months" /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${d.decisionsByStatus.map((s) => html`<li><strong>${s.count}</strong> ${words(s.status).toLowerCase()}</li>`)}</ul>
      </section>
      <${TeamTable} p=${p} team=${team} />
      <a class="button big" href=${"#/team/review?p=" + p}>Monthly feedback review</a>`}
  </${Frame}>`;
}

/**
 * useMonth is a month's conversations, all of them: from the device's copy
 * for this month and last (admins keep everyone's), else from the server,
 * every page.
 */
function useMonth(p: string): { convs: Conversation[]; total: number; asOf: number | null; error: string; retry: () => void; local: boolean } {
  useView();
  const from = new Date(p + "-01T00:00:00Z");
  const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const local = ready() && from.getTime() >= Date.parse(windows(Date.now()).everyone);
  const [state, setState] = useState<{ convs: Conversation[]; total: number; asOf: number | null; error: string }>({ convs: [], total: 0, asOf: null, error: "" });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (local) return;
    let live = true;
    (async () => {
      const convs: Conversation[] = [];
      let after: string | null = null;
      for (;;) {
        const r: Read<ResultOf<typeof MonthConversations>> = await read(MonthConversations, { from: from.toISOString(), to: to.toISOString(), after });
        r.data.conversations.edges?.forEach((e) => e?.node && convs.push(normalize("conversations", e.node)));
        if (!live) return;
        setState({ convs: [...convs], total: r.data.conversations.totalCount, asOf: r.asOf, error: "" });
        if (!r.data.conversations.pageInfo.hasNextPage) break;
        after = r.data.conversations.pageInfo.endCursor ?? null;
      }
    })().catch((err) => live && setState({ convs: [], total: 0, asOf: null, error: String(err.message ?? err) }));
    return () => {
      live = false;
    };
  }, [p, tries, local]);
  const retry = () => (setState({ convs: [], total: 0, asOf: null, error: "" }), setTries((x) => x + 1));
  if (!local) return { ...state, retry, local };
  const convs = [...shown("conversations").values()].filter((c) => Date.parse(c.occurredAt) >= from.getTime() && Date.parse(c.occurredAt) < to.getTime())
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  return { convs, total: convs.length, asOf: null, error: "", retry, local };
}

/** FeedbackReview is what customers said in a month, by customer and by segment, with open follow-ups: printable. */
export function FeedbackReview({ p, org }: { p: string; org: string }) {
  const month = useMonth(p);
  const follow = usePages(OpenFollowUps, {}, (r) => r.followUps);
  const groups = (key: (c: Conversation) => string[]) => {
    const m = new Map<string, Conversation[]>();
    for (const c of month.convs) for (const k of key(c)) m.set(k, [...(m.get(k) ?? []), c]);
    return [...m.entries()].sort((a, b) => b[1].length - a[1].length || fold(a[0]).localeCompare(fold(b[0])));
  };
  const byCustomer = groups((c) => c.customerIDs.map((id) => nameOf("customers", id, "A customer")));
  const bySegment = groups((c) => [...new Set(c.customerIDs.map((id) => shown("customers").get(id)?.segment || "No segment"))]);
  const said = (c: Conversation) => html`<li><span class="muted">${fmtDate(c.occurredAt)} · ${words(c.mode)} · ${nameOf("people", c.leaderID, "someone")}${c.sentiment ? " · " + words(c.sentiment) : ""}</span>
    ${c.heard && html`<p class="text">“${c.heard}”</p>`}${c.painPoints && html`<p class="text"><em>Pain points:</em> ${c.painPoints}</p>`}</li>`;
  return html`<${Frame} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${monthName(p)}</h1>
    <p data-testid="review-heading">${org} · ${monthName(p)} · printed ${fmtDate(new Date().toISOString())}</p>
    ${month.local && html`<${Synced} what="the month's conversations" />`}
    ${month.error && html`<${Failed} what="the month's conversations" error=${month.error} retry=${month.retry} />`}
    ${month.asOf && html`<p class="asof">Offline: as of ${fmtTime(month.asOf)}</p>`}
    <p class="muted" data-testid="review-count">${n(month.convs.length)} of ${plural(month.total, "conversation")} in the month.</p>
    <button type="button" class="secondary noprint" onClick=${() => print()}>Print</button>
    <h2>By customer</h2>
    ${byCustomer.map(([name, cs]) => html`<section class="review"><h3>${name} <span class="muted">(${cs.length})</span></h3><ul class="said">${cs.map(said)}</ul></section>`)}
    <h2>By segment</h2>
    ${bySegment.map(([seg, cs]) => html`<section class="review"><h3>${seg} <span class="muted">(${cs.length})</span></h3>
      <p>${cs.filter((c) => c.painPoints).length} with pain points; sentiment: ${["VERY_POSITIVE", "POSITIVE", "NEUTRAL", "NEGATIVE", "VERY_NEGATIVE"].map((s) => `${words(s).toLowerCase()} ${cs.filter((c) => c.sentiment === s).length}`).join(", ")}</p></section>`)}
    <h2>Open follow-ups</h2>
    <${PagesState} p=${follow} what="the open follow-ups" count=${(shown: number, total: number) => `${n(total)} open, ${n(shown)} shown.`} />
    <ul class="list">
      ${follow.items.map((f) => html`<li>${f.action} <span class="muted">· ${f.owner.name}${f.dueOn ? " · due " + fmtDate(f.dueOn) : ""}${f.conversation ? " · " + f.conversation.customers.edges?.map((c) => c?.node?.name).join(", ") : ""}</span></li>`)}
    </ul>
    <${MoreButton} p=${follow} label="Show more open follow-ups" />
  </${Frame}>`;
}
