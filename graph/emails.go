package graph

import (
	"walker/ent"
	"walker/ent/schema/rule"
)

// Emails are stored normalised (rule.NormalizeEmailAddress); the filters on
// them are normalised the same way, so that Lee@Acme.Test finds lee@acme.test.

// normalizeLeaderEmails normalises the email predicates of w and of the
// filters it combines.
func normalizeLeaderEmails(w *ent.LeaderWhereInput) {
	eachFilter(w, func(w *ent.LeaderWhereInput) (*ent.LeaderWhereInput, []*ent.LeaderWhereInput) {
		normalizeEmails([]*string{w.Email, w.EmailNEQ, w.EmailGT, w.EmailGTE, w.EmailLT, w.EmailLTE,
			w.EmailContains, w.EmailHasPrefix, w.EmailHasSuffix, w.EmailEqualFold, w.EmailContainsFold}, w.EmailIn, w.EmailNotIn)
		return w.Not, append(w.And, w.Or...)
	})
}

// normalizeInvitationEmails is normalizeLeaderEmails for invitations.
func normalizeInvitationEmails(w *ent.InvitationWhereInput) {
	eachFilter(w, func(w *ent.InvitationWhereInput) (*ent.InvitationWhereInput, []*ent.InvitationWhereInput) {
		normalizeEmails([]*string{w.Email, w.EmailNEQ, w.EmailGT, w.EmailGTE, w.EmailLT, w.EmailLTE,
			w.EmailContains, w.EmailHasPrefix, w.EmailHasSuffix, w.EmailEqualFold, w.EmailContainsFold}, w.EmailIn, w.EmailNotIn)
		return w.Not, append(w.And, w.Or...)
	})
}

// eachFilter calls visit on w and on every filter it combines; visit returns
// those (its not, and its and and or lists).
func eachFilter[W any](w *W, visit func(*W) (*W, []*W)) {
	if w == nil {
		return
	}
	not, others := visit(w)
	eachFilter(not, visit)
	for _, x := range others {
		eachFilter(x, visit)
	}
}

func normalizeEmails(values []*string, lists ...[]string) {
	for _, p := range values {
		if p != nil {
			*p = rule.NormalizeEmailAddress(*p)
		}
	}
	for _, l := range lists {
		for i := range l {
			l[i] = rule.NormalizeEmailAddress(l[i])
		}
	}
}
