package graph

import (
	"walker/ent"
	"walker/ent/schema/rule"
)

// Emails are stored normalised (rule.NormalizeEmailAddress); the filters on
// them are normalised the same way, so that Lee@Acme.Test finds lee@acme.test.

func normalizeEmailList(l []string) {
	for i := range l {
		l[i] = rule.NormalizeEmailAddress(l[i])
	}
}

func normalizeEmailPtrs(ps ...*string) {
	for _, p := range ps {
		if p != nil {
			*p = rule.NormalizeEmailAddress(*p)
		}
	}
}

// normalizeLeaderEmails normalises the email predicates of w and of the
// filters it combines.
func normalizeLeaderEmails(w *ent.LeaderWhereInput) {
	if w == nil {
		return
	}
	normalizeEmailPtrs(w.Email, w.EmailNEQ, w.EmailGT, w.EmailGTE, w.EmailLT, w.EmailLTE,
		w.EmailContains, w.EmailHasPrefix, w.EmailHasSuffix, w.EmailEqualFold, w.EmailContainsFold)
	normalizeEmailList(w.EmailIn)
	normalizeEmailList(w.EmailNotIn)
	normalizeLeaderEmails(w.Not)
	for _, x := range append(w.And, w.Or...) {
		normalizeLeaderEmails(x)
	}
}

// normalizeInvitationEmails is normalizeLeaderEmails for invitations.
func normalizeInvitationEmails(w *ent.InvitationWhereInput) {
	if w == nil {
		return
	}
	normalizeEmailPtrs(w.Email, w.EmailNEQ, w.EmailGT, w.EmailGTE, w.EmailLT, w.EmailLTE,
		w.EmailContains, w.EmailHasPrefix, w.EmailHasSuffix, w.EmailEqualFold, w.EmailContainsFold)
	normalizeEmailList(w.EmailIn)
	normalizeEmailList(w.EmailNotIn)
	normalizeInvitationEmails(w.Not)
	for _, x := range append(w.And, w.Or...) {
		normalizeInvitationEmails(x)
	}
}
