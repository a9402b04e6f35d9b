package graph

import (
	"context"
	"fmt"
	"strconv"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/commitment"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/decision"
	"walker/ent/endorsement"
	"walker/ent/exportjob"
	"walker/ent/feedbackreview"
	"walker/ent/followup"
	"walker/ent/leader"
	"walker/ent/mandate"
	"walker/ent/nomination"
	"walker/ent/organization"
	"walker/ent/plan"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/ent/webhookendpoint"
	"walker/graph/model"
)

// maxChanges is the largest page of the change log.
const maxChanges = 100

// changes reads the viewer's organization's change log after a cursor (a
// position; none: from the oldest kept), with the records as they are now.
func (r *Resolver) changes(ctx context.Context, after *string, first *int, entities []model.ChangeEntity) (*model.ChangeConnection, error) {
	from, err := parseChangeCursor(after)
	if err != nil {
		return nil, err
	}
	n := maxChanges
	if first != nil {
		n = *first
	}
	if n < 1 || n > maxChanges {
		return nil, rule.Invalid("first", "must be between 1 and %d", maxChanges)
	}
	if err := r.beyondHorizon(ctx, from); err != nil {
		return nil, err
	}
	kinds, err := readableEntities(ctx, entities)
	if err != nil {
		return nil, err
	}
	q := r.client.Change.Query().Where(change.IDGT(from), change.EntityIn(kinds...)).Order(ent.Asc(change.FieldID)).Limit(n + 1)
	rows, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	conn := &model.ChangeConnection{PageInfo: &model.ChangePageInfo{HasNextPage: len(rows) > n, EndCursor: changeCursor(from)}}
	if len(rows) > n {
		rows = rows[:n]
	}
	nodes, actors, err := r.changeRecords(ctx, rows)
	if err != nil {
		return nil, err
	}
	for _, c := range rows {
		ch := &model.Change{
			Position: changeCursor(c.ID), Entity: model.ChangeEntity(c.Entity), Operation: model.ChangeOperation(c.Operation),
			ID: c.RecordID, Version: c.Version, At: c.At, Node: nodes[c.RecordID],
			Actor: &model.ChangeActor{APITokenID: c.ActorTokenID},
		}
		if c.ActorLeaderID != nil {
			ch.Actor.Leader = actors[*c.ActorLeaderID]
		}
		if c.ActorJob != "" {
			ch.Actor.System = &c.ActorJob
		}
		conn.Edges = append(conn.Edges, &model.ChangeEdge{Cursor: ch.Position, Node: ch})
		conn.PageInfo.EndCursor = ch.Position
	}
	return conn, nil
}

// entityScopes are the read scopes a token needs for each entity's changes:
// those of the entities themselves (their TenantMixin).
var entityScopes = func() map[change.Entity]viewer.Scope {
	m := map[change.Entity]viewer.Scope{}
	for e, s := range viewer.RecordScopes {
		m[change.Entity(e)] = s
	}
	return m
}()

// canRead reports whether v may follow the changes of e: a token with its
// read scope, a person whose role reads it (export jobs and webhook endpoints are for admins).
func canRead(v *viewer.Viewer, e change.Entity) bool {
	if (e == change.EntityEXPORT_JOB || e == change.EntityWEBHOOK_ENDPOINT) && v.TokenID == 0 && !v.IsAdmin() {
		return false
	}
	return v.Can(entityScopes[e])
}

// readableEntities are the entities asked for (none: all) that the viewer
// may read; asking for one a token may not read is refused.
func readableEntities(ctx context.Context, asked []model.ChangeEntity) ([]change.Entity, error) {
	v := viewer.FromContext(ctx)
	var out []change.Entity
	if len(asked) == 0 {
		for _, a := range model.AllChangeEntity {
			if e := change.Entity(a); canRead(v, e) {
				out = append(out, e)
			}
		}
		return out, nil
	}
	for _, a := range asked {
		e := change.Entity(a)
		switch {
		case v.TokenID != 0 && !v.Can(entityScopes[e]):
			return nil, rule.NeedScope(entityScopes[e])
		case !canRead(v, e):
			return nil, fmt.Errorf("%w: the changes of %s are for admins", rule.ErrForbidden, e)
		}
		out = append(out, e)
	}
	return out, nil
}

// changeRecords reads, at once, the records of rows as they are now (absent
// when deleted) and the people who made them.
func (r *Resolver) changeRecords(ctx context.Context, rows []*ent.Change) (map[int]ent.Noder, map[int]*ent.Leader, error) {
	var people []int
	for _, c := range rows {
		if c.ActorLeaderID != nil {
			people = append(people, *c.ActorLeaderID)
		}
	}
	nodes, err := r.records(ctx, rows)
	if err != nil {
		return nil, nil, err
	}
	actors := map[int]*ent.Leader{}
	if len(people) > 0 && viewer.FromContext(ctx).Can(viewer.PeopleRead) {
		ls, err := r.client.Leader.Query().Where(leader.IDIn(people...)).All(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, l := range ls {
			actors[l.ID] = l
		}
	}
	return nodes, actors, nil
}

// changesCursor is the log's current position in the viewer's organization.
func (r *Resolver) changesCursor(ctx context.Context) (string, error) {
	last, err := r.client.Change.Query().Order(ent.Desc(change.FieldID)).First(ctx)
	switch {
	case err == nil:
		return changeCursor(last.ID), nil
	case !ent.IsNotFound(err):
		return "", err
	}
	h, err := r.client.ChangeHorizon.Query().First(ctx)
	if ent.IsNotFound(err) {
		return changeCursor(0), nil
	}
	if err != nil {
		return "", err
	}
	return changeCursor(h.PrunedThrough), nil
}

// beyondHorizon refuses a cursor below what was pruned: changes after it are
// gone.
func (r *Resolver) beyondHorizon(ctx context.Context, from int) error {
	h, err := r.client.ChangeHorizon.Query().First(ctx)
	switch {
	case ent.IsNotFound(err):
		return nil
	case err != nil:
		return err
	case from < h.PrunedThrough:
		return userError(CodeResyncRequired, "this cursor is older than the change log keeps: read the lists again, then follow the log from changesCursor",
			map[string]any{"field": "after"})
	}
	return nil
}

func changeCursor(position int) string { return strconv.Itoa(position) }

func parseChangeCursor(s *string) (int, error) {
	if s == nil || *s == "" {
		return 0, nil
	}
	p, err := strconv.Atoi(*s)
	if err != nil || p < 0 {
		return 0, rule.Invalid("after", "is not a change-log cursor: pass one changesCursor or an endCursor returned, unchanged")
	}
	return p, nil
}

// records reads the records of rows as they are now, one query per entity
// (a deleted record is absent: the privacy and deletion filters apply).
func (r *Resolver) records(ctx context.Context, rows []*ent.Change) (map[int]ent.Noder, error) {
	byEntity := map[change.Entity][]int{}
	for _, c := range rows {
		byEntity[c.Entity] = append(byEntity[c.Entity], c.RecordID)
	}
	out := map[int]ent.Noder{}
	for e, ids := range byEntity {
		var err error
		switch e {
		case change.EntityCUSTOMER:
			err = into(out, r.client.Customer.Query().Where(customer.IDIn(ids...)).All, func(x *ent.Customer) int { return x.ID })(ctx)
		case change.EntityCONVERSATION:
			err = into(out, r.client.Conversation.Query().Where(conversation.IDIn(ids...)).All, func(x *ent.Conversation) int { return x.ID })(ctx)
		case change.EntityFOLLOW_UP:
			err = into(out, r.client.FollowUp.Query().Where(followup.IDIn(ids...)).All, func(x *ent.FollowUp) int { return x.ID })(ctx)
		case change.EntityDECISION:
			err = into(out, r.client.Decision.Query().Where(decision.IDIn(ids...)).All, func(x *ent.Decision) int { return x.ID })(ctx)
		case change.EntityNOMINATION:
			err = into(out, r.client.Nomination.Query().Where(nomination.IDIn(ids...)).All, func(x *ent.Nomination) int { return x.ID })(ctx)
		case change.EntityENDORSEMENT:
			err = into(out, r.client.Endorsement.Query().Where(endorsement.IDIn(ids...)).All, func(x *ent.Endorsement) int { return x.ID })(ctx)
		case change.EntityFEEDBACK_REVIEW:
			err = into(out, r.client.FeedbackReview.Query().Where(feedbackreview.IDIn(ids...)).All, func(x *ent.FeedbackReview) int { return x.ID })(ctx)
		case change.EntityCOMMITMENT:
			err = into(out, r.client.Commitment.Query().Where(commitment.IDIn(ids...)).All, func(x *ent.Commitment) int { return x.ID })(ctx)
		case change.EntityLEADER:
			err = into(out, r.client.Leader.Query().Where(leader.IDIn(ids...)).All, func(x *ent.Leader) int { return x.ID })(ctx)
		case change.EntityORGANIZATION:
			err = into(out, r.client.Organization.Query().Where(organization.IDIn(ids...)).All, func(x *ent.Organization) int { return x.ID })(ctx)
		case change.EntityWEBHOOK_ENDPOINT:
			err = into(out, r.client.WebhookEndpoint.Query().Where(webhookendpoint.IDIn(ids...)).All, func(x *ent.WebhookEndpoint) int { return x.ID })(ctx)
		case change.EntityPLAN:
			err = into(out, r.client.Plan.Query().Where(plan.IDIn(ids...)).All, func(x *ent.Plan) int { return x.ID })(ctx)
		case change.EntityMANDATE:
			err = into(out, r.client.Mandate.Query().Where(mandate.IDIn(ids...)).All, func(x *ent.Mandate) int { return x.ID })(ctx)
		case change.EntityEXPORT_JOB:
			err = into(out, r.client.ExportJob.Query().Where(exportjob.IDIn(ids...)).All, func(x *ent.ExportJob) int { return x.ID })(ctx)
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// into returns a reader that puts what all finds into out by id.
func into[T ent.Noder](out map[int]ent.Noder, all func(context.Context) ([]T, error), id func(T) int) func(context.Context) error {
	return func(ctx context.Context) error {
		xs, err := all(ctx)
		for _, x := range xs {
			out[id(x)] = x
		}
		return err
	}
}
