package graph

import (
	"context"
	"fmt"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/commitment"
	"walker/ent/endorsement"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// deleted answers a delete (del, the soft delete's error): deleting a record
// that is already deleted is not an error.
func (r *Resolver) deleted(ctx context.Context, id int, del error) (int, error) {
	if ent.IsNotFound(del) {
		if _, err := r.client.Noder(rule.WithDeleted(ctx), id); err == nil {
			return id, nil
		}
	}
	if del != nil {
		return 0, del
	}
	return id, nil
}

// erasedName is what an erased customer is called from then on.
const erasedName = "Erased customer"

// eraseCustomer removes a customer's personal fields for good and records
// who erased whom and when, in one transaction (admins only: the erasure's
// own policy).
func (r *Resolver) eraseCustomer(ctx context.Context, id int) (*ent.Customer, error) {
	ctx = rule.WithDeleted(ctx) // a deleted customer is erased too
	c, err := inTx(ctx, r.client, func(tx *ent.Tx) (*ent.Customer, error) {
		c, err := tx.Customer.UpdateOneID(id).SetName(erasedName).ClearCompany().ClearSegment().ClearPersona().
			SetClientHash("").SetErasedAt(r.now()).Save(ctx)
		if err != nil {
			return nil, err
		}
		// The change log's earlier copies of the customer go too; the
		// erasure's own change keeps the erased record.
		if err := tx.Change.Update().Where(change.EntityEQ(change.EntityCUSTOMER), change.RecordID(id), change.VersionLT(c.Version)).
			ClearRecord().Exec(rule.System(ctx, rule.JobChangeLog)); err != nil {
			return nil, fmt.Errorf("scrubbing the change log: %w", err)
		}
		return c, tx.Erasure.Create().SetCustomerID(id).Exec(ctx) // admins only: its policy
	})
	if err != nil {
		return nil, err
	}
	return c.Unwrap(), nil
}

// createCommitment creates a commitment, or brings back the viewer's
// deleted one of the same behaviour with the new target (a leader commits
// once to a behaviour).
func (r *Resolver) createCommitment(ctx context.Context, input ent.CreateCommitmentInput) (*ent.Commitment, error) {
	old, err := r.client.Commitment.Query().Where(commitment.LeaderID(mustViewer(ctx).LeaderID),
		commitment.BehaviourEQ(input.Behaviour), commitment.DeletedAtNotNil()).Only(rule.WithDeleted(ctx))
	if err == nil {
		u := old.Update().ClearDeletedAt().SetTarget(input.Target)
		if input.Period != nil {
			u.SetPeriod(*input.Period)
		}
		return u.Save(rule.WithDeleted(ctx))
	}
	return r.client.Commitment.Create().SetInput(input).Save(ctx)
}

// undeleteEndorsement brings back the viewer's deleted endorsement of the
// nomination input names, if there is one (a person endorses once).
func (r *Resolver) undeleteEndorsement(ctx context.Context, input ent.CreateEndorsementInput) (*ent.Endorsement, bool, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, false, nil
	}
	old, err := r.client.Endorsement.Query().Where(endorsement.NominationID(input.NominationID),
		endorsement.EndorserID(v.LeaderID), endorsement.DeletedAtNotNil()).Only(rule.WithDeleted(ctx))
	if err != nil {
		return nil, false, nil
	}
	e, err := old.Update().ClearDeletedAt().SetNillableComment(input.Comment).Save(rule.WithDeleted(ctx))
	return e, true, err
}
