import { html } from "htm/preact";
import { graphql, type ResultOf } from "../graphql";
import { Chart, Frame, State, n, paceWords, pendingOf, plural, usePending, useRead, useShowMore } from "../ui";
import { ready, useView } from "../view";
import { endorsementsOf, openNominations } from "./champions";
import { nameOf } from "./pickers";
import { Plans } from "./plans";

export const MeQuery = graphql(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period pace }
        customersMetByMonth { period count }
      }
    }
    organization { name }
  }
`);
export type Me = ResultOf<typeof MeQuery>["viewer"];


export const behaviours = {
  CUSTOMERS_MET: "Customers met",
  DAYS_WITH_CUSTOMERS: "Days with customers",
  MINUTES_WITH_CUSTOMERS: "Minutes with customers",
  DECISIONS_WITH_BENEFIT: "Decisions with a customer benefit",
  CLV_DECISIONS: "Decisions with a CLV impact",
  FEEDBACK_REVIEWS: "Feedback reviews",
  ONLINE_COMMENTS: "Online comments answered",
  CALL_LISTENING: "Calls listened to",
  RECOGNITIONS: "Champions recognised",
  NEW_INITIATIVES: "New initiatives",
  FOLLOW_UPS_ON_TIME: "Follow-ups on time (%)",
} as const;

const ReportsQuery = graphql(`
  query Reports($p: String!) {
    viewer { reports(first: 50) { totalCount edges { node { id name month(period: $p) { customersMet walker commitments { behaviour target actual pace } } } } } }
  }
`);

/** Reports is a manager's card: each of the people who report to them, their month and where they stand. */
function Reports({ month }: { month: string }) {
  const r = useRead(ReportsQuery, { p: month });
  const people = r.data?.viewer.reports.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  if (people.length === 0) return null;
  return html`<section class="card" aria-label="My reports" data-testid="reports">
    <h2>My reports</h2>
    <ul class="list">${people.map((x) => {
      const worst = x.month.commitments.find((c) => c.pace === "MISSED" || c.pace === "AT_RISK") ?? x.month.commitments.find((c) => c.pace === "BEHIND");
      return html`<li data-testid="report"><strong>${x.name}</strong> · ${plural(x.month.customersMet, "customer")} met ·
        ${x.month.commitments.length === 0 ? "no commitments" : x.month.walker ? "walker" : worst ? `${behaviours[worst.behaviour].toLowerCase()} ${worst.actual} of ${worst.target}, ${paceWords[worst.pace]}` : "on track"}</li>`;
    })}</ul>
  </section>`;
}

/** AdminNominations are the open nominations an admin decides on, from the device's copy. */
function AdminNominations() {
  useView();
  const open = openNominations();
  const [limit, more] = useShowMore(open.length, 10);
  if (!ready() || open.length === 0) return null;
  return html`<section class="card" aria-label="Nominations waiting for you" data-testid="waiting-nominations">
    <h2>${n(open.length)} nomination${open.length === 1 ? "" : "s"} waiting for you</h2>
    <ul class="list">
      ${open.slice(0, limit).map((x) => html`<li><a href="#/champions"><strong>${nameOf("people", x.nomineeID, "Someone")}</strong>, by ${nameOf("people", x.nominatorID, "someone")} · ${plural(endorsementsOf(x).length, "endorsement")}</a></li>`)}
    </ul>
    ${more()}
  </section>`;
}

export function Home({ month, admin, me: myID }: { month: string; admin: boolean; me: string }) {
  const r = useRead(MeQuery, { p: month });
  const pending = usePending();
  const me = r.data?.viewer;
  const m = me?.month;
  const logged = pendingOf(pending, "createConversation").length;
  return html`<${Frame} section="">
    <${State} r=${r} what="your month" />
    ${me && m && html`
      <h1>Hello, ${me.name}</h1>
      <p class="muted">${r.data?.organization.name} · ${me.role.toLowerCase()}${me.champion ? " · ★ champion" : ""}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <${Plans} me=${myID} />
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${m.commitments.length === 0 ? "Make a commitment to see whether you walk the talk." : m.walker ? "Walker: you meet every commitment." : "Not yet a walker this month."}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${m.customersMet}</strong> ${m.customersMet === 1 ? "customer" : "customers"} met${logged ? html` <span class="muted">(+${logged} conversation${logged === 1 ? "" : "s"} waiting to sync)</span>` : ""}</li>
          <li><strong>${n(m.daysWithCustomers)}</strong> ${m.daysWithCustomers === 1 ? "day" : "days"} with customers</li>
          <li><strong>${n(m.decisionsWithCustomerBenefit)}</strong> ${m.decisionsWithCustomerBenefit === 1 ? "decision" : "decisions"} with a customer benefit</li>
          <li data-testid="streak"><strong>${me.weekStreak}</strong> week${me.weekStreak === 1 ? "" : "s"} in a row with customers</li>
        </ul>
        ${m.commitments.length > 0 && html`<ul class="commitments">
          ${m.commitments.map((c) => html`<li class=${c.met ? "met" : "short"} data-testid="commitment">${behaviours[c.behaviour]}: ${c.actual} of ${c.target}${c.period === "QUARTER" ? " this quarter" : ""} <span class=${"pace " + c.pace.toLowerCase()}>${paceWords[c.pace]}</span></li>`)}
        </ul>`}
        <a href="#/commitments">${m.commitments.length ? "Change my commitments" : "Make a commitment"}</a>
      </section>
      <section class="card" aria-label="My customers met, 12 months">
        <h2>Customers met, 12 months</h2>
        <${Chart} series=${m.customersMetByMonth} label="Customers I met per month, the last 12 months" />
      </section>
`}
    ${me && html`<${Reports} month=${month} />`}
    ${admin && html`<${AdminNominations} />`}
  </${Frame}>`;
}
