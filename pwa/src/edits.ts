// The writes that change a record already on the server: edits (sent with
// the version the person edited, so that a change made meanwhile elsewhere is
// a conflict to resolve, never overwritten) and deletes, with their undo (a
// delete not sent yet is taken back; one sent is restored).
import type { TadaDocumentNode } from "gql.tada";
import { graphql } from "./graphql";
import { changes, toInput, type Patch } from "./conflict";
import type { Shown } from "./overlay";
import {
  CommitmentRow, ConversationRow, DecisionRow, EndorsementRow, FollowUpRow, NominationRow, PlanRow, ReviewRow, type Rec, type StoreName,
} from "./records";
import { newID, outbox, write } from "./sync";

export const UpdateDecision = graphql(`
  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!, $expectedVersion: Int) {
    updateDecision(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DecisionRow }
  }
`, [DecisionRow]);
export const UpdateCommitment = graphql(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!, $expectedVersion: Int) {
    updateCommitment(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CommitmentRow }
  }
`, [CommitmentRow]);

export const UpdateConversation = graphql(`
  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!, $expectedVersion: Int) {
    updateConversation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ConversationRow }
  }
`, [ConversationRow]);

/** The kinds an edit is made to, with its mutation. */
export const updates = { decisions: UpdateDecision, commitments: UpdateCommitment, conversations: UpdateConversation } as const;
export type Editable = keyof typeof updates;

const deletes = {
  conversations: graphql(`mutation DeleteConversation($id: ID!) { deleteConversation(id: $id) }`),
  followUps: graphql(`mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) }`),
  decisions: graphql(`mutation DeleteDecision($id: ID!) { deleteDecision(id: $id) }`),
  nominations: graphql(`mutation DeleteNomination($id: ID!) { deleteNomination(id: $id) }`),
  endorsements: graphql(`mutation DeleteEndorsement($id: ID!) { deleteEndorsement(id: $id) }`),
  reviews: graphql(`mutation DeleteFeedbackReview($id: ID!) { deleteFeedbackReview(id: $id) }`),
  commitments: graphql(`mutation DeleteCommitment($id: ID!) { deleteCommitment(id: $id) }`),
  plans: graphql(`mutation DeletePlan($id: ID!) { deletePlan(id: $id) }`),
};
const restores = {
  conversations: graphql(`mutation RestoreConversation($id: ID!) { restoreConversation(id: $id) { ...ConversationRow } }`, [ConversationRow]),
  followUps: graphql(`mutation RestoreFollowUp($id: ID!) { restoreFollowUp(id: $id) { ...FollowUpRow } }`, [FollowUpRow]),
  decisions: graphql(`mutation RestoreDecision($id: ID!) { restoreDecision(id: $id) { ...DecisionRow } }`, [DecisionRow]),
  nominations: graphql(`mutation RestoreNomination($id: ID!) { restoreNomination(id: $id) { ...NominationRow } }`, [NominationRow]),
  endorsements: graphql(`mutation RestoreEndorsement($id: ID!) { restoreEndorsement(id: $id) { ...EndorsementRow } }`, [EndorsementRow]),
  reviews: graphql(`mutation RestoreFeedbackReview($id: ID!) { restoreFeedbackReview(id: $id) { ...ReviewRow } }`, [ReviewRow]),
  commitments: graphql(`mutation RestoreCommitment($id: ID!) { restoreCommitment(id: $id) { ...CommitmentRow } }`, [CommitmentRow]),
  plans: graphql(`mutation RestorePlan($id: ID!) { restorePlan(id: $id) { ...PlanRow } }`, [PlanRow]),
};
export type Deletable = keyof typeof deletes;

/** plain is a record shown without the marks the screen added. */
export function plain<R extends Rec>(r: Shown<R>): R {
  const { pending: _p, refused: _r, ...rest } = r;
  return rest as unknown as R;
}

/**
 * edit queues an edit of a record: the fields that differ from what the
 * person edited, sent with its version (they edited the record as shown,
 * with their own edits still waiting on it: those are sent first, and this
 * one moves onto the version they get). Nothing changed, nothing is sent.
 */
export async function edit<S extends Editable>(store: S, r: Shown<Rec>, now: Patch, label: string, draft: Record<string, unknown> = {}): Promise<boolean> {
  const was = plain(r) as unknown as Record<string, unknown>;
  const patch = changes(was, now);
  if (Object.keys(patch).length === 0) return false;
  const id = newID();
  const vars = { id: r.id, input: toInput(patch), expectedVersion: r.version };
  await write(id, label, updates[store] as TadaDocumentNode<unknown, typeof vars>, vars, { ...draft, patch, was }, { store, op: "patch", id: r.id, fields: patch });
  return true;
}

/** remove queues the delete of a record and returns its undo. */
export async function remove(store: Deletable, r: Shown<Rec>, label: string): Promise<() => Promise<void>> {
  const record = plain(r);
  const e = await write(newID(), `Delete: ${label}`, deletes[store] as TadaDocumentNode<unknown, { id: string }>, { id: r.id }, { record }, { store, op: "delete", id: r.id });
  return async () => {
    if (await (await outbox).cancel(e.id)) return; // not sent: nothing to undo on the server
    await write(newID(), `Restore: ${label}`, restores[store] as TadaDocumentNode<unknown, { id: string }>, { id: r.id }, { record }, { store, op: "put", record });
  };
}

/** ownerOf is the person a record belongs to, who may change and delete it. */
function ownerOf(store: StoreName, r: Rec): unknown {
  const x = r as unknown as Record<string, unknown>;
  return { conversations: x.leaderID, followUps: x.ownerID, decisions: x.ownerID, nominations: x.nominatorID, endorsements: x.endorserID,
    reviews: x.hostID, commitments: x.mandateID ? null : x.leaderID, plans: x.leaderID, customers: null, people: null }[store];
}

/** mayDelete tells whether the person may delete (and restore) a record: theirs, or any for an admin. */
export const mayDelete = (store: StoreName, r: Rec, me: string, admin: boolean): boolean =>
  !(store === "commitments" && (r as { mandateID?: string | null }).mandateID) && (admin || ownerOf(store, r) === me);

/** mayEdit tells whether the person may edit a record: theirs (admins edit others' follow-ups only). */
export const mayEdit = (store: StoreName, r: Rec, me: string, admin: boolean): boolean => ownerOf(store, r) === me || (admin && store === "followUps");
