package graph

import (
	"context"
	"fmt"
	"slices"
	"time"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/nomination"
	"walker/ent/schema/rule"
	"walker/ent/schema/rule/limit"
	"walker/graph/model"
)

// maxMergeHops bounds the chain of merges upsertCustomer follows from a
// customer merged into another, itself merged later.
const maxMergeHops = 10

// upsertCustomer creates or updates the customer source knows as externalID.
func (r *Resolver) upsertCustomer(ctx context.Context, source, externalID string, input ent.CreateCustomerInput) (*model.UpsertCustomerPayload, error) {
	// Found as they are stored: cleaned as the Normalize hook cleans them.
	source, externalID = limit.Clean(source), limit.Clean(externalID)
	for name, given := range map[string]*string{"source": input.Source, "externalID": input.ExternalID} {
		want := map[string]string{"source": source, "externalID": externalID}[name]
		if given != nil && *given != want {
			return nil, rule.Invalid("input."+name, "must be left out or be the same as the %s argument", name)
		}
	}
	input.Source, input.ExternalID = &source, &externalID
	for attempt := 0; ; attempt++ {
		c, err := r.client.Customer.Query().Where(customer.Source(source), customer.ExternalID(externalID)).Only(rule.WithDeleted(ctx))
		switch {
		case ent.IsNotFound(err):
			created, err := r.client.Customer.Create().SetInput(input).Save(ctx)
			if ent.IsConstraintError(err) && attempt == 0 {
				continue // another upsert of the same account won the race: update it
			}
			if err != nil {
				return nil, err
			}
			return &model.UpsertCustomerPayload{Customer: created, Created: true, Changed: true}, nil
		case err != nil:
			return nil, err
		}
		if c, err = r.survivor(ctx, c); err != nil {
			return nil, err
		}
		return r.patchCustomer(ctx, c, input)
	}
}

// survivor is the customer c was merged into, following merges, or c.
func (r *Resolver) survivor(ctx context.Context, c *ent.Customer) (*ent.Customer, error) {
	for hops := 0; c.MergedIntoID != nil; hops++ {
		if hops == maxMergeHops {
			return nil, fmt.Errorf("customer %d: more than %d merges to follow", c.ID, maxMergeHops)
		}
		next, err := r.client.Customer.Get(rule.WithDeleted(ctx), *c.MergedIntoID)
		if err != nil {
			return nil, err
		}
		c = next
	}
	return c, nil
}

// patchCustomer writes what input gives that c does not hold yet, bringing c
// back if it was deleted; it writes nothing when nothing differs.
func (r *Resolver) patchCustomer(ctx context.Context, c *ent.Customer, input ent.CreateCustomerInput) (*model.UpsertCustomerPayload, error) {
	if c.ErasedAt != nil {
		return nil, &rule.ConflictError{Message: "this customer was erased: it is not filled in again"}
	}
	u := r.client.Customer.UpdateOne(c)
	changed := c.DeletedAt != nil
	if changed {
		u.ClearDeletedAt()
	}
	if input.Name != c.Name {
		u.SetName(input.Name)
		changed = true
	}
	for _, f := range []struct {
		given, held *string
		set         func(string) *ent.CustomerUpdateOne
	}{
		{input.Company, c.Company, u.SetCompany},
		{input.Segment, c.Segment, u.SetSegment},
		{input.Persona, c.Persona, u.SetPersona},
		{input.Source, c.Source, u.SetSource},
		{input.ExternalID, c.ExternalID, u.SetExternalID},
	} {
		if f.given != nil && (f.held == nil || *f.held != *f.given) {
			f.set(*f.given)
			changed = true
		}
	}
	if !changed {
		return &model.UpsertCustomerPayload{Customer: c}, nil
	}
	saved, err := u.Save(rule.WithDeleted(ctx))
	if err != nil {
		return nil, err
	}
	return &model.UpsertCustomerPayload{Customer: saved, Changed: true}, nil
}

// restoreCustomer brings back a deleted customer, unless it was merged into
// another (its links are there now).
func (r *Resolver) restoreCustomer(ctx context.Context, id int) (*ent.Customer, error) {
	ctx = rule.WithDeleted(ctx)
	c, err := r.client.Customer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if c.MergedIntoID != nil {
		return nil, &rule.ConflictError{Message: fmt.Sprintf("this customer was merged into customer %d: its conversations are there", *c.MergedIntoID)}
	}
	return r.client.Customer.UpdateOneID(id).ClearDeletedAt().Save(ctx)
}

// mergeCustomers moves every link of the customers from to into and deletes
// them, in one transaction (admins only).
func (r *Resolver) mergeCustomers(ctx context.Context, into int, from []int) (*ent.Customer, error) {
	if !mustViewer(ctx).IsAdmin() {
		return nil, fmt.Errorf("%w: only admins merge customers", rule.ErrForbidden)
	}
	switch slices.Sort(from); {
	case len(from) == 0 || len(from) > maxChanges:
		return nil, rule.Invalid("from", "must hold 1 to %d customers", maxChanges)
	case len(slices.Compact(slices.Clone(from))) != len(from):
		return nil, rule.Invalid("from", "names a customer twice")
	case slices.Contains(from, into):
		return nil, rule.Invalid("from", "must not hold the customer kept (into)")
	}
	tx, err := r.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("starting transaction: %w", err)
	}
	kept, err := merge(rule.Relink(ctx), tx.Client(), into, from, r.now)
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing: %w", err)
	}
	return kept.Unwrap(), nil
}

// merge is mergeCustomers within a transaction's client.
func merge(ctx context.Context, client *ent.Client, into int, from []int, now func() time.Time) (*ent.Customer, error) {
	kept, err := client.Customer.Get(ctx, into)
	if err != nil {
		return nil, rule.Invalid("into", "is not a customer of yours")
	}
	gone, err := client.Customer.Query().Where(customer.IDIn(from...)).All(ctx)
	if err != nil {
		return nil, err
	}
	if len(gone) != len(from) {
		return nil, rule.Invalid("from", "names a customer that does not exist or is deleted")
	}
	if kept.ErasedAt != nil || slices.ContainsFunc(gone, func(c *ent.Customer) bool { return c.ErasedAt != nil }) {
		return nil, &rule.ConflictError{Message: "an erased customer is not merged"}
	}
	convs, err := client.Conversation.Query().Where(conversation.HasCustomersWith(customer.IDIn(from...))).
		WithCustomers(func(q *ent.CustomerQuery) { q.Select(customer.FieldID) }).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, c := range convs {
		u := client.Conversation.UpdateOne(c).RemoveCustomerIDs(from...)
		if !slices.ContainsFunc(c.Edges.Customers, func(x *ent.Customer) bool { return x.ID == into }) {
			u.AddCustomerIDs(into)
		}
		if err := u.Exec(ctx); err != nil {
			return nil, fmt.Errorf("moving conversation %d: %w", c.ID, err)
		}
	}
	if err := client.Nomination.Update().Where(nomination.CustomerIDIn(from...)).SetCustomerID(into).Exec(ctx); err != nil {
		return nil, fmt.Errorf("moving nominations: %w", err)
	}
	keep := client.Customer.UpdateOne(kept)
	for _, g := range gone {
		del := client.Customer.UpdateOne(g).SetDeletedAt(now()).SetMergedIntoID(into)
		if g.ExternalID != nil && kept.ExternalID == nil {
			// The first one known elsewhere gives into its id there.
			del.ClearExternalID().ClearSource()
			keep.SetNillableSource(g.Source).SetExternalID(*g.ExternalID)
			kept.ExternalID = g.ExternalID
		}
		if err := del.Exec(ctx); err != nil {
			return nil, fmt.Errorf("deleting customer %d: %w", g.ID, err)
		}
	}
	return keep.Save(ctx) // its version grows: the merge shows on it too
}
