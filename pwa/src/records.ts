// The records the phone keeps (the replica): for each kind, the fields the
// screens need, as a GraphQL fragment (checked against the schema at build
// time) and as the flat shape stored in IndexedDB, with a record's links as
// ids (leaderID, customerIDs). The same fragments select what a list page, a
// change of the log and a write's answer bring, so that all three store the
// same thing.
import { graphql, type ResultOf } from "./graphql";

export const CustomerRow = graphql(`
  fragment CustomerRow on Customer { id version clientID name company segment erased }
`);
export const PersonRow = graphql(`
  fragment PersonRow on Leader { id version name email jobTitle: title team role champion deactivatedAt managerID }
`);
const ConversationFields = graphql(`
  fragment ConversationFields on Conversation {
    id version clientID mode occurredAt durationMinutes heard painPoints sentiment
    leader { id } plan { id }
  }
`);
export const ConversationRow = graphql(`
  fragment ConversationRow on Conversation {
    ...ConversationFields
    customers(first: 10) { totalCount edges { node { id } } }
  }
`, [ConversationFields]);
/** ConversationWhole is a conversation with all its customers (the server takes at most 100). */
export const ConversationWhole = graphql(`
  fragment ConversationWhole on Conversation {
    ...ConversationFields
    customers(first: 100) { totalCount edges { node { id } } }
  }
`, [ConversationFields]);
export const FollowUpRow = graphql(`
  fragment FollowUpRow on FollowUp { id version clientID action ownerID conversationID reviewID dueOn doneAt quickWin newInitiative }
`);
export const DecisionRow = graphql(`
  fragment DecisionRow on Decision {
    id version clientID createdAt title context customerBenefit clvImpact status decidedAt quickWin
    owner { id }
    evidence(first: 0) { totalCount }
  }
`);
export const NominationRow = graphql(`
  fragment NominationRow on Nomination { id version clientID createdAt decidedAt story nominationStatus: status nomineeID customerID conversationID nominator { id } }
`);
export const EndorsementRow = graphql(`
  fragment EndorsementRow on Endorsement { id version clientID createdAt nominationID comment endorser { id } }
`);
export const ReviewRow = graphql(`
  fragment ReviewRow on FeedbackReview {
    id version clientID title heldAt notes
    host { id }
    attendees(first: 0) { totalCount }
    conversations(first: 0) { totalCount }
  }
`);
export const CommitmentRow = graphql(`
  fragment CommitmentRow on Commitment { id version behaviour target period leader { id } mandate { id team } }
`);
export const PlanRow = graphql(`
  fragment PlanRow on Plan { id version clientID kind plannedAt note customerID leader { id } conversations(first: 0) { totalCount } }
`);

/** How many customers of a conversation a list page brings; a conversation with more is read again whole. */
export const CUSTOMERS_PER_CONVERSATION = 10;

/** Rec is what every kept record has: the server's id (or a ref while it is on the device only) and version. */
export interface Rec {
  id: string;
  version: number;
  clientID?: string | null;
}

export interface Customer extends Rec { name: string; company: string | null; segment: string | null; erased: boolean }
export interface Person extends Rec {
  name: string; email: string; title: string | null; team: string | null; role: "ADMIN" | "LEADER" | "MEMBER";
  champion: boolean; deactivatedAt: string | null;
  /** The person's manager (older copies on the device lack it). */
  managerID?: string | null;
}
export interface Conversation extends Rec {
  mode: ResultOf<typeof ConversationRow>["mode"]; occurredAt: string; durationMinutes: number | null; heard: string | null;
  painPoints: string | null; sentiment: ResultOf<typeof ConversationRow>["sentiment"]; leaderID: string; customerIDs: string[];
  /** The plan it was logged from, if any. */
  planID?: string | null;
  /** The conversation has more customers than a page brought: read it again whole. */
  partial?: boolean;
}
export interface FollowUp extends Rec {
  action: string; ownerID: string; conversationID: string | null; reviewID: string | null; dueOn: string | null; doneAt: string | null;
  quickWin: boolean; newInitiative: boolean;
}
export interface Decision extends Rec {
  createdAt: string; title: string; context: string | null; customerBenefit: string; clvImpact: number | null;
  status: ResultOf<typeof DecisionRow>["status"]; decidedAt: string | null; ownerID: string; evidenceCount: number;
  /** Marked a quick win (older copies on the device lack it). */
  quickWin?: boolean;
}
export interface Nomination extends Rec {
  createdAt: string; story: string; status: ResultOf<typeof NominationRow>["nominationStatus"]; nomineeID: string; nominatorID: string;
  /** When an admin approved or declined it (older copies on the device lack it). */
  decidedAt?: string | null;
  customerID: string | null; conversationID: string | null;
}
export interface Endorsement extends Rec { createdAt: string; nominationID: string; endorserID: string; comment: string | null }
export interface Review extends Rec {
  title: string; heldAt: string; notes: string | null; hostID: string; attendeeCount: number; conversationCount: number;
}
export interface Commitment extends Rec {
  behaviour: ResultOf<typeof CommitmentRow>["behaviour"]; target: number; period: ResultOf<typeof CommitmentRow>["period"]; leaderID: string;
  /** The organization's mandate that set it (its person cannot remove it), and the team it is for (null: everyone). */
  mandateID?: string | null; mandateTeam?: string | null;
}
export interface Plan extends Rec {
  kind: ResultOf<typeof PlanRow>["kind"]; plannedAt: string; note: string | null; customerID: string | null; leaderID: string;
  /** Conversations the server had logged from it when the plan was read. */
  loggedCount: number;
}

/** Records are the kept kinds, by store name. */
export interface Records {
  customers: Customer;
  people: Person;
  conversations: Conversation;
  followUps: FollowUp;
  decisions: Decision;
  nominations: Nomination;
  endorsements: Endorsement;
  reviews: Review;
  commitments: Commitment;
  plans: Plan;
}
export type StoreName = keyof Records;
export const storeNames: StoreName[] = ["customers", "people", "conversations", "followUps", "decisions", "nominations", "endorsements", "reviews", "commitments", "plans"];

/** The change log's entity of each kind kept. */
export const entityOf = {
  customers: "CUSTOMER", people: "LEADER", conversations: "CONVERSATION", followUps: "FOLLOW_UP", decisions: "DECISION",
  nominations: "NOMINATION", endorsements: "ENDORSEMENT", reviews: "FEEDBACK_REVIEW", commitments: "COMMITMENT", plans: "PLAN",
} as const satisfies Record<StoreName, string>;
export type Entity = (typeof entityOf)[StoreName];
export const storeOf = Object.fromEntries(Object.entries(entityOf).map(([s, e]) => [e, s])) as Record<Entity, StoreName>;

/** The GraphQL type of each kind, as a change's node names it (__typename). */
export const typeOf: Record<StoreName, string> = {
  customers: "Customer", people: "Leader", conversations: "Conversation", followUps: "FollowUp", decisions: "Decision",
  nominations: "Nomination", endorsements: "Endorsement", reviews: "FeedbackReview", commitments: "Commitment", plans: "Plan",
};

type Raw = Record<string, unknown>;
const idOf = (v: unknown): string => String((v as { id?: unknown } | null)?.id ?? "");
const ids = (v: unknown): string[] => ((v as { edges?: ({ node?: { id: string } | null } | null)[] } | null)?.edges ?? []).flatMap((e) => (e?.node ? [e.node.id] : []));
const count = (v: unknown): number => Number((v as { totalCount?: number } | null)?.totalCount ?? 0);

/**
 * normalize turns a record as GraphQL answers it (a fragment above) into the
 * shape kept: its links as ids, and its own names for the fields the
 * fragments alias (a change's node is any kind, and a field of one name must
 * have one type across them: a person's title is optional, a decision's not).
 */
export function normalize<S extends StoreName>(store: S, node: Raw): Records[S] {
  const { __typename: _, ...r } = node;
  switch (store) {
    case "conversations": {
      const { leader, customers, plan, ...rest } = r;
      const customerIDs = ids(customers);
      const out: Conversation = { ...(rest as Omit<Conversation, "leaderID" | "customerIDs">), leaderID: idOf(leader), customerIDs, planID: idOf(plan) || null };
      if (count(customers) > customerIDs.length) out.partial = true;
      return out as Records[S];
    }
    case "decisions": {
      const { owner, evidence, ...rest } = r;
      return { ...rest, ownerID: idOf(owner), evidenceCount: count(evidence) } as Records[S];
    }
    case "nominations": {
      const { nominator, nominationStatus, ...rest } = r;
      return { ...rest, status: nominationStatus, nominatorID: idOf(nominator) } as Records[S];
    }
    case "people": {
      const { jobTitle, ...rest } = r;
      return { ...rest, title: jobTitle ?? null } as Records[S];
    }
    case "endorsements": {
      const { endorser, ...rest } = r;
      return { ...rest, endorserID: idOf(endorser) } as Records[S];
    }
    case "reviews": {
      const { host, attendees, conversations, ...rest } = r;
      return { ...rest, hostID: idOf(host), attendeeCount: count(attendees), conversationCount: count(conversations) } as Records[S];
    }
    case "commitments": {
      const { leader, mandate, ...rest } = r;
      const m = mandate as { id: string; team: string | null } | null | undefined;
      return { ...rest, leaderID: idOf(leader), mandateID: m?.id ?? null, mandateTeam: m?.team ?? null } as Records[S];
    }
    case "plans": {
      const { leader, conversations, ...rest } = r;
      return { ...rest, leaderID: idOf(leader), loggedCount: count(conversations) } as Records[S];
    }
    default:
      return r as unknown as Records[S];
  }
}

/** storeOfNode names the kind of a record by its __typename, or null for one not kept. */
export function storeOfNode(node: Raw | null | undefined): StoreName | null {
  const t = node?.__typename;
  return (storeNames.find((s) => typeOf[s] === t) as StoreName | undefined) ?? null;
}
