// The lists the replica is filled from: for each kind kept, a page query
// (first: 100 after a cursor, within a filter) and a bounds query (how many,
// and the lowest and highest id, to read the list as several chains of pages
// at once). Each is typed against the schema by gql.tada. No page asks for
// pageInfo: the server counts the whole list for it on every page; a page of
// fewer than 100 is the last one.
import { windows, type Scope } from "./apply";
import { graphql } from "./graphql";
import type { TadaDocumentNode } from "gql.tada";
import {
  CommitmentRow, ConversationRow, CustomerRow, DecisionRow, EndorsementRow, FollowUpRow, NominationRow, PersonRow, PlanRow, ReviewRow, type StoreName,
} from "./records";

export const PAGE = 100;

type Edges = { edges: ({ cursor: string; node: Record<string, unknown> | null } | null)[] | null };
type Bounds = { totalCount: number; edges: ({ node: { id: string } | null } | null)[] | null };

/** List says how to read one kind's part of the working set. */
export interface List {
  store: StoreName;
  page: TadaDocumentNode<Record<string, Edges>, { after: string | null; where: never }>;
  bounds: TadaDocumentNode<{ low: Bounds; high: Bounds }, { where: never }>;
  /** The working set's filter, as the list's where (null: all of the organization's). */
  where(scope: Scope): Record<string, unknown> | null;
  /** What one page costs, by the server's cost model (docs/API.md §10). */
  cost: number;
}

const CustomersPage = graphql(`
  query CustomersPage($after: Cursor, $where: CustomerWhereInput) { customers(first: 100, after: $after, where: $where) { edges { cursor node { ...CustomerRow } } } }
`, [CustomerRow]);
const CustomersBounds = graphql(`
  query CustomersBounds($where: CustomerWhereInput) {
    low: customers(first: 1, where: $where) { totalCount edges { node { id } } }
    high: customers(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const PeoplePage = graphql(`
  query PeoplePage($after: Cursor, $where: LeaderWhereInput) { leaders(first: 100, after: $after, where: $where) { edges { cursor node { ...PersonRow } } } }
`, [PersonRow]);
const PeopleBounds = graphql(`
  query PeopleBounds($where: LeaderWhereInput) {
    low: leaders(first: 1, where: $where) { totalCount edges { node { id } } }
    high: leaders(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const ConversationsPage = graphql(`
  query ConversationsPage($after: Cursor, $where: ConversationWhereInput) { conversations(first: 100, after: $after, where: $where) { edges { cursor node { ...ConversationRow } } } }
`, [ConversationRow]);
const ConversationsBounds = graphql(`
  query ConversationsBounds($where: ConversationWhereInput) {
    low: conversations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: conversations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const FollowUpsPage = graphql(`
  query FollowUpsPage($after: Cursor, $where: FollowUpWhereInput) { followUps(first: 100, after: $after, where: $where) { edges { cursor node { ...FollowUpRow } } } }
`, [FollowUpRow]);
const FollowUpsBounds = graphql(`
  query FollowUpsBounds($where: FollowUpWhereInput) {
    low: followUps(first: 1, where: $where) { totalCount edges { node { id } } }
    high: followUps(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const DecisionsPage = graphql(`
  query DecisionsPage($after: Cursor, $where: DecisionWhereInput) { decisions(first: 100, after: $after, where: $where) { edges { cursor node { ...DecisionRow } } } }
`, [DecisionRow]);
const DecisionsBounds = graphql(`
  query DecisionsBounds($where: DecisionWhereInput) {
    low: decisions(first: 1, where: $where) { totalCount edges { node { id } } }
    high: decisions(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const NominationsPage = graphql(`
  query NominationsPage($after: Cursor, $where: NominationWhereInput) { nominations(first: 100, after: $after, where: $where) { edges { cursor node { ...NominationRow } } } }
`, [NominationRow]);
const NominationsBounds = graphql(`
  query NominationsBounds($where: NominationWhereInput) {
    low: nominations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: nominations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const EndorsementsPage = graphql(`
  query EndorsementsPage($after: Cursor, $where: EndorsementWhereInput) { endorsements(first: 100, after: $after, where: $where) { edges { cursor node { ...EndorsementRow } } } }
`, [EndorsementRow]);
const EndorsementsBounds = graphql(`
  query EndorsementsBounds($where: EndorsementWhereInput) {
    low: endorsements(first: 1, where: $where) { totalCount edges { node { id } } }
    high: endorsements(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const ReviewsPage = graphql(`
  query ReviewsPage($after: Cursor, $where: FeedbackReviewWhereInput) { feedbackReviews(first: 100, after: $after, where: $where) { edges { cursor node { ...ReviewRow } } } }
`, [ReviewRow]);
const ReviewsBounds = graphql(`
  query ReviewsBounds($where: FeedbackReviewWhereInput) {
    low: feedbackReviews(first: 1, where: $where) { totalCount edges { node { id } } }
    high: feedbackReviews(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);
const CommitmentsPage = graphql(`
  query CommitmentsPage($after: Cursor, $where: CommitmentWhereInput) { commitments(first: 100, after: $after, where: $where) { edges { cursor node { ...CommitmentRow } } } }
`, [CommitmentRow]);
const CommitmentsBounds = graphql(`
  query CommitmentsBounds($where: CommitmentWhereInput) {
    low: commitments(first: 1, where: $where) { totalCount edges { node { id } } }
    high: commitments(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);

const PlansPage = graphql(`
  query PlansPage($after: Cursor, $where: PlanWhereInput) { plans(first: 100, after: $after, where: $where) { edges { cursor node { ...PlanRow } } } }
`, [PlanRow]);
const PlansBounds = graphql(`
  query PlansBounds($where: PlanWhereInput) {
    low: plans(first: 1, where: $where) { totalCount edges { node { id } } }
    high: plans(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`);

/** mineOrRecent is the conversations kept: one's own of 12 months; for admins, everyone's of this month and last. */
const conversationsKept = (s: Scope) => {
  const w = windows(s.now);
  const mine = { hasLeaderWith: [{ id: s.me }], occurredAtGTE: w.mine };
  return s.admin ? { or: [mine, { occurredAtGTE: w.everyone }] } : mine;
};

const all = () => null;
const as = (l: { store: StoreName; page: unknown; bounds: unknown; where: List["where"]; cost: number }) => l as List;

/** lists are the lists read to fill the replica, in the order they are read. */
export const lists: List[] = [
  as({ store: "people", page: PeoplePage, bounds: PeopleBounds, where: all, cost: 202 }),
  as({ store: "plans", page: PlansPage, bounds: PlansBounds, where: (s) => ({ hasLeaderWith: [{ id: s.me }], plannedAtGTE: windows(s.now).mine }), cost: 302 }),
  as({ store: "commitments", page: CommitmentsPage, bounds: CommitmentsBounds, where: (s) => ({ hasLeaderWith: [{ id: s.me }] }), cost: 302 }),
  as({ store: "conversations", page: ConversationsPage, bounds: ConversationsBounds, where: conversationsKept, cost: 2502 }),
  as({
    store: "followUps", page: FollowUpsPage, bounds: FollowUpsBounds, cost: 202,
    where: (s) => ({ or: [{ hasOwnerWith: [{ id: s.me }] }, { hasConversationWith: [conversationsKept(s)] }] }),
  }),
  as({ store: "decisions", page: DecisionsPage, bounds: DecisionsBounds, where: all, cost: 502 }),
  as({ store: "nominations", page: NominationsPage, bounds: NominationsBounds, where: all, cost: 302 }),
  as({ store: "endorsements", page: EndorsementsPage, bounds: EndorsementsBounds, where: all, cost: 302 }),
  as({ store: "reviews", page: ReviewsPage, bounds: ReviewsBounds, where: all, cost: 702 }),
  as({ store: "customers", page: CustomersPage, bounds: CustomersBounds, where: all, cost: 202 }),
];

/** Range is a part of a list, by id: from (inclusive) to below to (null: no end). */
export interface Range {
  idGTE: string | null;
  idLT: string | null;
}

/**
 * ranges cuts the ids from low to high into about one part for every
 * perChain records, at most max, so that the parts are read side by side.
 * The parts cover every id, whatever their spread: the first has no lower
 * end, the last no upper one.
 */
export function ranges(low: string, high: string, total: number, perChain = 2000, max = 24): Range[] {
  const lo = Number(low);
  const hi = Number(high);
  const n = Math.max(1, Math.min(max, Math.ceil(total / perChain), hi - lo + 1 || 1));
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || n === 1) return [{ idGTE: null, idLT: null }];
  const step = (hi - lo + 1) / n;
  const cuts = Array.from({ length: n - 1 }, (_, i) => String(Math.floor(lo + step * (i + 1))));
  const out: Range[] = cuts.map((c, i) => ({ idGTE: i === 0 ? null : cuts[i - 1], idLT: c }));
  return [...out, { idGTE: cuts[n - 2], idLT: null }];
}

/** within narrows a list's filter to a range. */
export function within(where: Record<string, unknown> | null, r: Range): Record<string, unknown> | null {
  const out: Record<string, unknown> = { ...(where ?? {}) };
  if (r.idGTE !== null) out.idGTE = r.idGTE;
  if (r.idLT !== null) out.idLT = r.idLT;
  return Object.keys(out).length ? out : null;
}
