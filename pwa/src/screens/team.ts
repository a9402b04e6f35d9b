import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import { read, type Read } from "../cache";
import { graphql, type ResultOf } from "../graphql";
import { Failed, Frame, State, fmtDate, fmtTime, thisMonth, useRead, words } from "../ui";

const TeamQuery = graphql(`
  query Team($p: String!) {
    dashboard(period: $p) {
      leaders walkers notYetWalkers withoutCommitments customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
    leaders(first: 100, where: { deactivatedAtIsNil: true }, orderBy: [{ field: NAME, direction: ASC }]) {
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`);

const ReviewQuery = graphql(`
  query FeedbackReview($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id occurredAt mode heard painPoints sentiment leader { name }
        customers(first: 10) { edges { node { id name segment company } } } } }
    }
    followUps(first: 100, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);

/** Chart draws the 12-month series as bars, with the figures as a table for screen readers. */
function Chart({ series }: { series: { period: string; count: number }[] }) {
  const max = Math.max(1, ...series.map((s) => s.count));
  const w = 24;
  return html`<figure class="chart">
    <svg viewBox=${`0 0 ${series.length * w} 110`} role="img" aria-label="Customers met per month, last 12 months" preserveAspectRatio="none">
      ${series.map((s, i) => {
        const h = (s.count / max) * 90;
        return html`<rect x=${i * w + 3} y=${95 - h} width=${w - 6} height=${h} rx="2"><title>${s.period}: ${s.count}</title></rect>
          <text x=${i * w + w / 2} y="108" text-anchor="middle">${s.period.slice(5)}</text>`;
      })}
    </svg>
    <table class="sr-only"><caption>Customers met per month</caption>
      <tbody>${series.map((s) => html`<tr><th scope="row">${s.period}</th><td>${s.count}</td></tr>`)}</tbody></table>
  </figure>`;
}

export function Team() {
  const [p, setP] = useState(thisMonth());
  const r = useRead(TeamQuery, { p });
  const d = r.data?.dashboard;
  return html`<${Frame} section="more">
    <h1>Team</h1>
    <label>Month <input type="month" value=${p} onInput=${(e: Event) => (e.target as HTMLInputElement).value && setP((e.target as HTMLInputElement).value)} /></label>
    <${State} r=${r} what=${"the team dashboard"} />
    ${d && html`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${d.walkers}</strong> walkers</li>
          <li><strong>${d.notYetWalkers}</strong> not yet</li>
          <li><strong>${d.withoutCommitments}</strong> without commitments</li>
          <li data-testid="team-customers"><strong>${d.customersMet}</strong> customers met in ${d.conversations} conversations</li>
          <li><strong>${d.openFollowUps}</strong> open follow-ups, <strong>${d.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${d.champions}</strong> champions, ${d.openNominations} open nomination(s)</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${Chart} series=${d.customersMetByMonth} /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${d.decisionsByStatus.map((s) => html`<li><strong>${s.count}</strong> ${words(s.status).toLowerCase()}</li>`)}</ul>
      </section>
      <section class="card"><h2>Per leader</h2>
        <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
          <tbody>${r.data?.leaders.edges?.map((e) => {
            const l = e?.node;
            if (!l) return null;
            const met = l.month.commitments.filter((c) => c.met).length;
            return html`<tr><td>${l.name}</td><td>${l.month.customersMet}</td><td>${l.month.commitments.length === 0 ? "none" : `${met} of ${l.month.commitments.length}${l.month.walker ? " · walker" : ""}`}</td></tr>`;
          })}</tbody></table>
      </section>
      <a class="button big" href=${"#/team/review?p=" + p}>Monthly feedback review</a>`}
  </${Frame}>`;
}

type Review = ResultOf<typeof ReviewQuery>;
type Conv = NonNullable<NonNullable<NonNullable<Review["conversations"]["edges"]>[number]>["node"]>;

/** FeedbackReview is what customers said in a month, by customer and by segment, with open follow-ups: printable. */
export function FeedbackReview({ p }: { p: string }) {
  const [state, setState] = useState<{ convs: Conv[]; total: number; follow: Review["followUps"] | null; asOf: number | null; error: string }>({ convs: [], total: 0, follow: null, asOf: null, error: "" });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let live = true;
    const from = new Date(p + "-01T00:00:00Z");
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    (async () => {
      const convs: Conv[] = [];
      let after: string | null = null;
      // Up to 10 pages (1,000 conversations): the review is read by people.
      for (let page = 0; page < 10; page++) {
        const r: Read<Review> = await read(ReviewQuery, { from: from.toISOString(), to: to.toISOString(), after });
        r.data.conversations.edges?.forEach((e) => e?.node && convs.push(e.node));
        if (!live) return;
        setState({ convs: [...convs], total: r.data.conversations.totalCount, follow: r.data.followUps, asOf: r.asOf, error: "" });
        if (!r.data.conversations.pageInfo.hasNextPage) break;
        after = r.data.conversations.pageInfo.endCursor ?? null;
      }
    })().catch((err) => live && setState({ convs: [], total: 0, follow: null, asOf: null, error: String(err.message ?? err) }));
    return () => {
      live = false;
    };
  }, [p, tries]);
  const retry = () => (setState({ convs: [], total: 0, follow: null, asOf: null, error: "" }), setTries((n) => n + 1));
  const groups = (key: (c: Conv) => string[]) => {
    const m = new Map<string, Conv[]>();
    for (const c of state.convs) for (const k of key(c)) m.set(k, [...(m.get(k) ?? []), c]);
    return [...m.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  };
  const byCustomer = groups((c) => c.customers.edges?.flatMap((e) => (e?.node ? [e.node.name] : [])) ?? []);
  const bySegment = groups((c) => [...new Set(c.customers.edges?.map((e) => e?.node?.segment || "No segment"))]);
  const said = (c: Conv) => html`<li><span class="muted">${fmtDate(c.occurredAt)} · ${words(c.mode)} · ${c.leader.name}${c.sentiment ? " · " + words(c.sentiment) : ""}</span>
    ${c.heard && html`<p class="text">“${c.heard}”</p>`}${c.painPoints && html`<p class="text"><em>Pain points:</em> ${c.painPoints}</p>`}</li>`;
  return html`<${Frame} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${p}</h1>
    ${state.error && html`<${Failed} what="the month's conversations" error=${state.error} retry=${retry} />`}
    ${state.asOf && html`<p class="asof">Offline: as of ${fmtTime(state.asOf)}</p>`}
    <p class="muted">${state.convs.length} of ${state.total} conversation(s) in the month.</p>
    <button type="button" class="secondary noprint" onClick=${() => print()}>Print</button>
    <h2>By customer</h2>
    ${byCustomer.map(([name, cs]) => html`<section class="review"><h3>${name} <span class="muted">(${cs.length})</span></h3><ul class="said">${cs.map(said)}</ul></section>`)}
    <h2>By segment</h2>
    ${bySegment.map(([seg, cs]) => html`<section class="review"><h3>${seg} <span class="muted">(${cs.length})</span></h3>
      <p>${cs.filter((c) => c.painPoints).length} with pain points; sentiment: ${["VERY_POSITIVE", "POSITIVE", "NEUTRAL", "NEGATIVE", "VERY_NEGATIVE"].map((s) => `${words(s).toLowerCase()} ${cs.filter((c) => c.sentiment === s).length}`).join(", ")}</p></section>`)}
    <h2>Open follow-ups</h2>
    ${state.follow && html`<p class="muted">${state.follow.totalCount} open.</p><ul class="list">
      ${state.follow.edges?.map((e) => e?.node && html`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn ? " · due " + fmtDate(e.node.dueOn) : ""}${e.node.conversation ? " · " + e.node.conversation.customers.edges?.map((c) => c?.node?.name).join(", ") : ""}</span></li>`)}
    </ul>`}
  </${Frame}>`;
}
