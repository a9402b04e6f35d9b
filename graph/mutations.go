package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/google/uuid"

	"walker/ent"
	"walker/ent/apitoken"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/decision"
	"walker/ent/endorsement"
	"walker/ent/feedbackreview"
	"walker/ent/followup"
	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/ent/nomination"
	"walker/ent/passkey"
	"walker/ent/predicate"
	"walker/ent/schema/rule"
	"walker/ent/schema/rule/limit"
	"walker/ent/schema/viewer"
	"walker/ent/session"
	"walker/graph/model"
)

// mustViewer returns the request's viewer or an UNAUTHENTICATED error value
// that privacy rules would raise anyway; resolvers that need the viewer's ids
// before any query call it.
func mustViewer(ctx context.Context) *viewer.Viewer {
	if v := viewer.FromContext(ctx); v != nil {
		return v
	}
	return &viewer.Viewer{} // ids 0 match nothing; the privacy rules refuse the query.
}

// The finders look a record up by its client id for createOnce, under the
// viewer's privacy rules (so only within their organization), deleted ones
// included: a replay of a create whose record was deleted since is that
// record, not a second one.

func (r *Resolver) findCustomer(ctx context.Context, id uuid.UUID) (*ent.Customer, string, error) {
	c, err := r.client.Customer.Query().Where(customer.ClientID(id)).Only(rule.WithDeleted(ctx))
	return c, hashOf(c, func(c *ent.Customer) string { return c.ClientHash }), err
}

func (r *Resolver) findConversation(ctx context.Context, id uuid.UUID) (*ent.Conversation, string, error) {
	c, err := r.client.Conversation.Query().Where(conversation.ClientID(id)).Only(rule.WithDeleted(ctx))
	return c, hashOf(c, func(c *ent.Conversation) string { return c.ClientHash }), err
}

func (r *Resolver) findFollowUp(ctx context.Context, id uuid.UUID) (*ent.FollowUp, string, error) {
	f, err := r.client.FollowUp.Query().Where(followup.ClientID(id)).Only(rule.WithDeleted(ctx))
	return f, hashOf(f, func(f *ent.FollowUp) string { return f.ClientHash }), err
}

func (r *Resolver) findDecision(ctx context.Context, id uuid.UUID) (*ent.Decision, string, error) {
	d, err := r.client.Decision.Query().Where(decision.ClientID(id)).Only(rule.WithDeleted(ctx))
	return d, hashOf(d, func(d *ent.Decision) string { return d.ClientHash }), err
}

func (r *Resolver) findNomination(ctx context.Context, id uuid.UUID) (*ent.Nomination, string, error) {
	n, err := r.client.Nomination.Query().Where(nomination.ClientID(id)).Only(rule.WithDeleted(ctx))
	return n, hashOf(n, func(n *ent.Nomination) string { return n.ClientHash }), err
}

func (r *Resolver) findEndorsement(ctx context.Context, id uuid.UUID) (*ent.Endorsement, string, error) {
	e, err := r.client.Endorsement.Query().Where(endorsement.ClientID(id)).Only(rule.WithDeleted(ctx))
	return e, hashOf(e, func(e *ent.Endorsement) string { return e.ClientHash }), err
}

func (r *Resolver) findFeedbackReview(ctx context.Context, id uuid.UUID) (*ent.FeedbackReview, string, error) {
	f, err := r.client.FeedbackReview.Query().Where(feedbackreview.ClientID(id)).Only(rule.WithDeleted(ctx))
	return f, hashOf(f, func(f *ent.FeedbackReview) string { return f.ClientHash }), err
}

func hashOf[T any](rec *T, get func(*T) string) string {
	if rec == nil {
		return ""
	}
	return get(rec)
}

// setFollowUpDone marks a follow-up done (keeping the first done time when
// sent again) or not done.
func (r *Resolver) setFollowUpDone(ctx context.Context, id int, done bool) (*ent.FollowUp, error) {
	f, err := r.client.FollowUp.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case done && f.DoneAt == nil:
		return f.Update().SetDoneAt(r.now()).Save(ctx)
	case !done && f.DoneAt != nil:
		return f.Update().ClearDoneAt().Save(ctx)
	}
	return f, nil
}

// decideNomination approves or declines an open nomination; approving makes
// the nominee a champion, in the same transaction. Deciding again the same
// way returns the nomination unchanged; the other way is a CONFLICT.
func (r *Resolver) decideNomination(ctx context.Context, id int, status nomination.Status, note *string) (*ent.Nomination, error) {
	tx, err := r.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("starting transaction: %w", err)
	}
	n, err := func() (*ent.Nomination, error) {
		n, err := tx.Nomination.Get(ctx, id)
		switch {
		case err != nil:
			return nil, err
		case n.Status == status:
			return n, nil
		case n.Status != nomination.StatusOPEN:
			return nil, &rule.ConflictError{Message: fmt.Sprintf("this nomination was already %s", n.Status)}
		}
		n, err = n.Update().SetStatus(status).SetDecidedAt(r.now()).
			SetDecidedByID(mustViewer(ctx).LeaderID).SetNillableDecisionNote(note).Save(ctx)
		if err != nil {
			return nil, err
		}
		if status == nomination.StatusAPPROVED {
			if err := tx.Leader.Update().Where(leader.ID(n.NomineeID)).SetChampion(true).Exec(ctx); err != nil {
				return nil, err
			}
		}
		return n, nil
	}()
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing: %w", err)
	}
	return n.Unwrap(), nil
}

// createInvitation stores an invitation and returns its one-time link.
func (r *Resolver) createInvitation(ctx context.Context, input model.CreateInvitationInput) (*model.InvitationPayload, error) {
	if limit.Clean(input.Email) == "" {
		return nil, rule.Invalid("email", "must not be empty")
	}
	inv, url, err := r.creds.Invite(ctx, input.Email, invitationRole(input.Role))
	if err != nil {
		return nil, err
	}
	return &model.InvitationPayload{Invitation: inv, URL: url}, nil
}

// createAPIToken stores an integrator token and returns its secret, once.
func (r *Resolver) createAPIToken(ctx context.Context, input model.CreateAPITokenInput) (*model.APITokenPayload, error) {
	names := input.Scopes
	if input.Scope != nil {
		names = append(names, strings.ToLower(input.Scope.String()))
	}
	scopes, err := viewer.ParseScopes(names)
	if err != nil || (input.Scope != nil && *input.Scope == apitoken.ScopeCUSTOM) {
		return nil, rule.Invalid("scopes", "%s", cmp.Or(err, errors.New("CUSTOM is not a shorthand: list the scopes")).Error())
	}
	t, secret, err := r.creds.MintAPIToken(ctx, input.Name, scopes, input.ExpiresInDays, input.NoExpiry != nil && *input.NoExpiry)
	if err != nil {
		return nil, err
	}
	return &model.APITokenPayload{APIToken: t, Token: secret}, nil
}

// createConversation logs a conversation, credited to leaderID when given
// (rule.CreditTo decides who may); the credit is part of what a clientID
// replay must repeat.
func (r *Resolver) createConversation(ctx context.Context, input ent.CreateConversationInput, leaderID *int) (*ent.Conversation, error) {
	request := any(input)
	if leaderID != nil {
		request = struct {
			Input    ent.CreateConversationInput
			LeaderID int
		}{input, *leaderID}
	}
	return createOnce(ctx, input.ClientID, request, r.findConversation, func(ctx context.Context, hash string) (*ent.Conversation, error) {
		c := r.client.Conversation.Create().SetInput(input).SetClientHash(hash)
		if leaderID != nil {
			c.SetLeaderID(*leaderID)
		}
		return c.Save(ctx)
	})
}

// tokenScopes is the catalog of viewer.Catalog.
func tokenScopes() []*model.TokenScope {
	out := make([]*model.TokenScope, len(viewer.Catalog))
	for i, c := range viewer.Catalog {
		out[i] = &model.TokenScope{Name: string(c.Scope), Description: c.Description,
			InRead: slices.Contains(viewer.ReadScopes, c.Scope), InReadWrite: slices.Contains(viewer.ReadWriteScopes, c.Scope)}
	}
	return out
}

func invitationRole(r *invitation.Role) invitation.Role {
	if r == nil {
		return invitation.RoleLEADER
	}
	return *r
}

// updateFeedbackReview applies input; appendDepartmentsInvited is applied
// here because entgql v0.7.0's generated SetInput drops it (ent/contrib#639).
func (r *Resolver) updateFeedbackReview(ctx context.Context, id int, input ent.UpdateFeedbackReviewInput, expectedVersion *int) (*ent.FeedbackReview, error) {
	appendDeps := input.AppendDepartmentsInvited
	input.AppendDepartmentsInvited = nil
	u := r.client.FeedbackReview.UpdateOneID(id).SetInput(input).Where(atVersion[predicate.FeedbackReview](expectedVersion)...)
	if appendDeps != nil {
		u.AppendDepartmentsInvited(appendDeps)
	}
	return u.Save(ctx)
}

// deletePasskey deletes one of the viewer's passkeys, never the last.
func (r *Resolver) deletePasskey(ctx context.Context, id int) (int, error) {
	pk, err := r.client.Passkey.Get(ctx, id)
	if err != nil {
		return 0, err
	}
	n, err := r.client.Passkey.Query().Where(passkey.LeaderID(pk.LeaderID)).Count(ctx)
	if err != nil {
		return 0, err
	}
	if n <= 1 {
		return 0, rule.Invalid("id", "this is your last passkey: add another before deleting it")
	}
	return id, r.client.Passkey.DeleteOneID(id).Exec(ctx)
}

// revokeAccess deactivates a person, ends their sessions and removes their
// passkeys, in one transaction; the privacy rules let only admins do it.
func (r *Resolver) revokeAccess(ctx context.Context, leaderID int) (*ent.Leader, error) {
	if leaderID == mustViewer(ctx).LeaderID {
		return nil, rule.Invalid("leader_id", "you cannot revoke your own access")
	}
	tx, err := r.client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("starting transaction: %w", err)
	}
	l, err := func() (*ent.Leader, error) {
		l, err := tx.Leader.UpdateOneID(leaderID).SetDeactivatedAt(r.now()).Save(ctx)
		if err != nil {
			return nil, err
		}
		if _, err := tx.Session.Update().Where(session.LeaderID(leaderID), session.RevokedAtIsNil()).
			SetRevokedAt(r.now()).Save(ctx); err != nil {
			return nil, err
		}
		if _, err := tx.Passkey.Delete().Where(passkey.LeaderID(leaderID)).Exec(ctx); err != nil {
			return nil, err
		}
		return l, nil
	}()
	if err != nil {
		_ = tx.Rollback()
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing: %w", err)
	}
	return l.Unwrap(), nil
}
