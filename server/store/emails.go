package store

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"walker/ent"
	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/ent/schema/rule"
)

// normalizeEmails brings the emails stored before Walker normalised them
// (trimmed, NFKC, lower case: rule.NormalizeEmailAddress) into that form, so
// that the unique index sees one address however it was typed. When two
// people of one organization would end up with the same address, it changes
// nothing and says who they are: merging people is for an admin to decide.
func (s *Store) normalizeEmails(ctx context.Context) error {
	ctx = rule.System(ctx, rule.JobMigration)
	people, err := s.Client.Leader.Query().Select(leader.FieldOrganizationID, leader.FieldEmail).All(ctx)
	if err != nil {
		return fmt.Errorf("reading emails: %w", err)
	}
	type key struct {
		org   int
		email string
	}
	same := map[key][]*ent.Leader{}
	for _, l := range people {
		k := key{l.OrganizationID, rule.NormalizeEmailAddress(l.Email)}
		same[k] = append(same[k], l)
	}
	var clashes []string
	for k, ls := range same {
		if len(ls) < 2 {
			continue
		}
		var who []string
		for _, l := range ls {
			who = append(who, fmt.Sprintf("leader %d %q", l.ID, l.Email))
		}
		sort.Strings(who)
		clashes = append(clashes, fmt.Sprintf("organization %d, %s: %s", k.org, k.email, strings.Join(who, ", ")))
	}
	if len(clashes) > 0 {
		sort.Strings(clashes)
		return fmt.Errorf("these people have the same email address once case and look-alike characters are set aside, "+
			"and Walker now keeps one person per address; give all but one of each another address (or remove them) and start again:\n  %s",
			strings.Join(clashes, "\n  "))
	}
	for _, l := range people {
		if n := rule.NormalizeEmailAddress(l.Email); n != l.Email {
			if err := s.Client.Leader.UpdateOneID(l.ID).SetEmail(n).Exec(ctx); err != nil {
				return fmt.Errorf("normalising the email of leader %d: %w", l.ID, err)
			}
		}
	}
	invitations, err := s.Client.Invitation.Query().Where(invitation.EmailNEQ("")).Select(invitation.FieldEmail).All(ctx)
	if err != nil {
		return fmt.Errorf("reading invitation emails: %w", err)
	}
	for _, inv := range invitations {
		if n := rule.NormalizeEmailAddress(inv.Email); n != inv.Email {
			if err := s.Client.Invitation.UpdateOneID(inv.ID).SetEmail(n).Exec(ctx); err != nil {
				return fmt.Errorf("normalising the email of invitation %d: %w", inv.ID, err)
			}
		}
	}
	return nil
}
