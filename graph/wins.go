package graph

import (
	"cmp"
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/decision"
	"walker/ent/followup"
	"walker/ent/nomination"
	"walker/ent/schema/rule"
	"walker/graph/model"
)

// Bounds of Query.wins' pages.
const (
	defaultWins = 20
	maxWins     = 50
)

// winKinds rank the kinds of wins at the same instant: the order of a page.
var winKinds = []model.WinKind{model.WinKindFollowUp, model.WinKindDecision, model.WinKindChampion}

// winCursor is where a page of wins ended: the last win's time, kind and
// record id (newest first; at one time, kinds in winKinds' order, then ids
// descending).
type winCursor struct {
	at   time.Time
	kind int
	id   int
}

func (c winCursor) String() string {
	return base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, "%d:%d:%d", c.at.UnixMicro(), c.kind, c.id))
}

func parseWinCursor(s string) (winCursor, error) {
	bad := rule.Invalid("after", "must be a WinPage.endCursor")
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return winCursor{}, bad
	}
	parts := strings.Split(string(b), ":")
	if len(parts) != 3 {
		return winCursor{}, bad
	}
	var n [3]int64
	for i, p := range parts {
		if n[i], err = strconv.ParseInt(p, 10, 64); err != nil {
			return winCursor{}, bad
		}
	}
	if n[1] < 0 || int(n[1]) >= len(winKinds) {
		return winCursor{}, bad
	}
	return winCursor{at: time.UnixMicro(n[0]).UTC(), kind: int(n[1]), id: int(n[2])}, nil
}

// win is a win with its place in the wall's order.
type win struct {
	w    *model.Win
	kind int
	id   int
}

// wins answers Query.wins: each kind's newest page, read through the
// privacy rules (the organization and the token's scopes), merged newest
// first.
func (r *Resolver) wins(ctx context.Context, first *int, after *string) (*model.WinPage, error) {
	n := defaultWins
	if first != nil {
		n = *first
	}
	if n < 1 || n > maxWins {
		return nil, rule.Invalid("first", "must be between 1 and %d", maxWins)
	}
	var cur *winCursor
	if after != nil {
		c, err := parseWinCursor(*after)
		if err != nil {
			return nil, err
		}
		cur = &c
	}
	var all []win
	// Each kind reads at most n+1 rows after the cursor; the page is the
	// newest n of them all.
	fq := r.client.FollowUp.Query().Where(followup.QuickWin(true), followup.DoneAtNotNil())
	dq := r.client.Decision.Query().
		Where(decision.Or(decision.And(decision.QuickWin(true), decision.StatusEQ(decision.StatusIMPLEMENTED)), decision.ClvImpactNotNil()))
	nq := r.client.Nomination.Query().Where(nomination.StatusEQ(nomination.StatusAPPROVED), nomination.DecidedAtNotNil())
	if cur != nil {
		// The keyset of each kind: older, or as old and after the cursor in
		// the kinds' order (a later kind; the same kind and a lower id).
		switch {
		case cur.kind == 0:
			fq.Where(followup.Or(followup.DoneAtLT(cur.at), followup.And(followup.DoneAt(cur.at), followup.IDLT(cur.id))))
			dq.Where(decision.CreatedAtLTE(cur.at))
			nq.Where(nomination.DecidedAtLTE(cur.at))
		case cur.kind == 1:
			fq.Where(followup.DoneAtLT(cur.at))
			dq.Where(decision.Or(decision.CreatedAtLT(cur.at), decision.And(decision.CreatedAt(cur.at), decision.IDLT(cur.id))))
			nq.Where(nomination.DecidedAtLTE(cur.at))
		default:
			fq.Where(followup.DoneAtLT(cur.at))
			dq.Where(decision.CreatedAtLT(cur.at))
			nq.Where(nomination.Or(nomination.DecidedAtLT(cur.at), nomination.And(nomination.DecidedAt(cur.at), nomination.IDLT(cur.id))))
		}
	}
	fus, err := fq.Order(ent.Desc(followup.FieldDoneAt), ent.Desc(followup.FieldID)).Limit(n + 1).WithOwner().WithConversation().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range fus {
		all = append(all, win{&model.Win{Kind: model.WinKindFollowUp, At: *f.DoneAt, Person: f.Edges.Owner, FollowUp: f, Conversation: f.Edges.Conversation}, 0, f.ID})
	}
	ds, err := dq.Order(ent.Desc(decision.FieldCreatedAt), ent.Desc(decision.FieldID)).Limit(n + 1).WithOwner().
		WithEvidence(func(q *ent.ConversationQuery) { q.Order(ent.Asc(conversation.FieldID)) }).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		var ev *ent.Conversation
		if len(d.Edges.Evidence) > 0 {
			ev = d.Edges.Evidence[0]
		}
		all = append(all, win{&model.Win{Kind: model.WinKindDecision, At: d.CreatedAt, Person: d.Edges.Owner, Decision: d, Conversation: ev}, 1, d.ID})
	}
	ns, err := nq.Order(ent.Desc(nomination.FieldDecidedAt), ent.Desc(nomination.FieldID)).Limit(n + 1).WithNominee().WithConversation().All(ctx)
	if err != nil {
		return nil, err
	}
	for _, x := range ns {
		all = append(all, win{&model.Win{Kind: model.WinKindChampion, At: *x.DecidedAt, Person: x.Edges.Nominee, Nomination: x, Conversation: x.Edges.Conversation}, 2, x.ID})
	}
	slices.SortFunc(all, func(a, b win) int {
		return cmp.Or(b.w.At.Compare(a.w.At), cmp.Compare(a.kind, b.kind), cmp.Compare(b.id, a.id))
	})
	page := &model.WinPage{Wins: []*model.Win{}, HasNextPage: len(all) > n}
	all = all[:min(len(all), n)]
	for _, w := range all {
		page.Wins = append(page.Wins, w.w)
	}
	if len(all) > 0 {
		last := all[len(all)-1]
		c := winCursor{at: last.w.At.UTC().Truncate(time.Microsecond), kind: last.kind, id: last.id}.String()
		page.EndCursor = &c
	}
	return page, nil
}
