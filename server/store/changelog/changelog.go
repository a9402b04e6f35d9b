// Package changelog writes Walker's change log: every create, update (links
// included) and delete of an organization's records leaves one Change row,
// in the same transaction as the change, written by one ent hook that every
// client of the store carries (store.New installs it), so that no mutation
// path can forget it. The log is what the phone's replica, integrators'
// feeds, webhooks, exports and reminders are built from.
//
// Positions never lie to a reader: in an organization, a change is given its
// position (its id) only while no other transaction can give one — on
// PostgreSQL a transaction-scoped advisory lock per organization, taken just
// before the change is written and held until commit; on SQLite the single
// writer — so positions are handed out in commit order, and a reader that saw
// position P never later finds a change at or below P.
package changelog

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"entgo.io/ent/dialect"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Entities maps the ent types the log records to their entity in it.
var Entities = map[string]change.Entity{
	ent.TypeCustomer:        change.EntityCUSTOMER,
	ent.TypeConversation:    change.EntityCONVERSATION,
	ent.TypeFollowUp:        change.EntityFOLLOW_UP,
	ent.TypeDecision:        change.EntityDECISION,
	ent.TypeNomination:      change.EntityNOMINATION,
	ent.TypeEndorsement:     change.EntityENDORSEMENT,
	ent.TypeFeedbackReview:  change.EntityFEEDBACK_REVIEW,
	ent.TypeCommitment:      change.EntityCOMMITMENT,
	ent.TypeLeader:          change.EntityLEADER,
	ent.TypeOrganization:    change.EntityORGANIZATION,
	ent.TypeWebhookEndpoint: change.EntityWEBHOOK_ENDPOINT,
	ent.TypeExportJob:       change.EntityEXPORT_JOB,
	ent.TypePlan:            change.EntityPLAN,
	ent.TypeMandate:         change.EntityMANDATE,
}

// tables are the tables of the logged types, for reading back what a bulk
// change touched.
var tables = map[string]string{
	ent.TypeCustomer: "customers", ent.TypeConversation: "conversations", ent.TypeFollowUp: "follow_ups",
	ent.TypeDecision: "decisions", ent.TypeNomination: "nominations", ent.TypeEndorsement: "endorsements",
	ent.TypeFeedbackReview: "feedback_reviews", ent.TypeCommitment: "commitments", ent.TypeLeader: "leaders",
	ent.TypeOrganization: "organizations", ent.TypeExportJob: "export_jobs", ent.TypeWebhookEndpoint: "webhook_endpoints",
	ent.TypePlan: "plans", ent.TypeMandate: "mandates",
}

// Bookkeeping are, by logged type, the fields whose updates are not changes
// of the record: an update that sets only these leaves no change and raises
// no version. An export's lease and progress, renewed every second or so
// while it runs, would otherwise bury its changes of status (what a webhook
// tells) under hundreds of updates nobody acts on; they are read from the
// record (exportJob) when wanted.
var Bookkeeping = map[string][]string{
	ent.TypeExportJob: {"updated_at", "lease_expires_at", "records_written", "records_total", "bytes", "chunk_count"},
}

// lockSpace is the first key of the advisory locks that order positions.
const lockSpace = 0x57434847 // "WCHG"

type insideKey struct{}

type purgeKey struct{}

// Purging returns a copy of ctx whose deletes are not logged: the purge of
// records deleted (and logged as such) longer ago than the retention.
func Purging(ctx context.Context) context.Context { return context.WithValue(ctx, purgeKey{}, true) }

// Committed tells the replica's listeners (the webhook deliverer) that
// changes were committed, so that they need not wait for their next look.
type Committed struct {
	mu   sync.Mutex
	subs []chan struct{}
}

// Subscribe returns a channel that receives (at most one pending signal)
// after each commit that wrote changes.
func (c *Committed) Subscribe() <-chan struct{} {
	ch := make(chan struct{}, 1)
	c.mu.Lock()
	c.subs = append(c.subs, ch)
	c.mu.Unlock()
	return ch
}

func (c *Committed) notify() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, ch := range c.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Hook returns the hook that records the changes of the logged types, for a
// store whose SQL dialect is dia, telling committed after each commit. A
// change made outside a transaction is run in one, so that the record and
// its change are committed together.
func Hook(dia string, committed *Committed) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			entity, logged := Entities[m.Type()]
			if !logged || ctx.Value(insideKey{}) != nil || ctx.Value(purgeKey{}) != nil || bookkeeping(m) {
				return next.Mutate(ctx, m)
			}
			if tx, err := txOf(m); err == nil {
				tx.OnCommit(func(next ent.Committer) ent.Committer {
					return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
						err := next.Commit(ctx, tx)
						if err == nil {
							committed.notify()
						}
						return err
					})
				})
				return record(ctx, dia, tx, entity, m, func(ctx context.Context) (ent.Value, error) { return next.Mutate(ctx, m) })
			}
			// Not in a transaction: open one, and run the mutation through it
			// (its hooks again, this one letting it pass; the transaction in
			// the context for the hooks after this one, the rollups').
			tx, err := clientOf(m).Tx(ctx)
			if err != nil {
				return nil, fmt.Errorf("change log: starting a transaction: %w", err)
			}
			v, err := record(ctx, dia, tx, entity, m, func(ctx context.Context) (ent.Value, error) {
				return tx.Client().Mutate(ent.NewTxContext(context.WithValue(ctx, insideKey{}, true), tx), m)
			})
			if err != nil {
				return nil, rollback(tx, err)
			}
			if err := tx.Commit(); err != nil {
				return nil, fmt.Errorf("change log: committing: %w", err)
			}
			committed.notify()
			return unwrap(v), nil
		})
	}
}

// bookkeeping reports whether m is an update of Bookkeeping fields alone.
func bookkeeping(m ent.Mutation) bool {
	quiet, ok := Bookkeeping[m.Type()]
	if !ok || !m.Op().Is(ent.OpUpdate|ent.OpUpdateOne) || len(m.ClearedFields()) > 0 ||
		len(m.AddedEdges()) > 0 || len(m.RemovedEdges()) > 0 || len(m.ClearedEdges()) > 0 {
		return false
	}
	for _, f := range append(m.Fields(), m.AddedFields()...) {
		if !slices.Contains(quiet, f) {
			return false
		}
	}
	return true
}

// touched is one record a change reached, and the record itself when the
// mutation returned it.
type touched struct {
	id, org, version int
	value            ent.Value
	links            map[string][]int // a create's many-to-many links, known without a query
}

// record runs the mutation with mutate and writes its changes in tx.
func record(ctx context.Context, dia string, tx *ent.Tx, entity change.Entity, m ent.Mutation, mutate func(context.Context) (ent.Value, error)) (ent.Value, error) {
	op := m.Op()
	var before []int // the records a bulk change or a delete will reach
	if op.Is(ent.OpUpdate | ent.OpDelete | ent.OpDeleteOne) {
		ids, err := idsOf(ctx, m)
		if err != nil {
			return nil, err
		}
		before = ids
	}
	if op.Is(ent.OpUpdate | ent.OpUpdateOne) { // every logged type has a version
		if err := m.AddField("version", 1); err != nil {
			return nil, fmt.Errorf("change log: raising the version: %w", err)
		}
	}
	var deleted []touched
	if op.Is(ent.OpDelete | ent.OpDeleteOne) {
		var err error
		if deleted, err = read(ctx, dia, tx, m.Type(), before); err != nil {
			return nil, err
		}
		if err := snapshots(ctx, tx, deleted); err != nil { // before they go
			return nil, err
		}
	}
	v, err := mutate(ctx)
	if err != nil {
		return nil, err
	}
	var rows []touched
	operation := change.OperationUPDATED
	switch {
	case op.Is(ent.OpCreate):
		operation = change.OperationCREATED
		rows = []touched{fromValue(m.Type(), v)}
		rows[0].links = createdLinks(m)
	case op.Is(ent.OpUpdateOne):
		rows = []touched{fromValue(m.Type(), v)}
	case op.Is(ent.OpUpdate):
		if rows, err = read(ctx, dia, tx, m.Type(), before); err != nil {
			return nil, err
		}
	default: // a delete: the record's last version, plus one
		operation = change.OperationDELETED
		for _, d := range deleted {
			rows = append(rows, touched{id: d.id, org: d.org, version: d.version + 1, value: d.value})
		}
	}
	if _, set := m.Field("deleted_at"); set {
		operation = change.OperationDELETED
	}
	if !op.Is(ent.OpDelete | ent.OpDeleteOne) {
		if err := snapshots(ctx, tx, rows); err != nil {
			return nil, err
		}
	}
	if err := write(ctx, dia, tx, entity, operation, rows, m.Type()); err != nil {
		return nil, err
	}
	return v, nil
}

// write adds one change per row, in position order within each organization.
func write(ctx context.Context, dia string, tx *ent.Tx, entity change.Entity, op change.Operation, rows []touched, typ string) error {
	if len(rows) == 0 {
		return nil
	}
	actor := actorOf(ctx) // who made the change, before the log writes it as the system
	ctx = rule.System(ctx, rule.JobChangeLog)
	creates := make([]*ent.ChangeCreate, 0, len(rows))
	locked := map[int]bool{}
	for _, r := range rows {
		if dia == dialect.Postgres && !locked[r.org] {
			if err := Lock(ctx, tx, r.org); err != nil {
				return fmt.Errorf("change log: ordering positions: %w", err)
			}
			locked[r.org] = true
		}
		rec, err := encode(ctx, tx, typ, r)
		if err != nil {
			return err
		}
		creates = append(creates, tx.Change.Create().SetOrganizationID(r.org).SetEntity(entity).SetRecordID(r.id).
			SetOperation(op).SetVersion(r.version).SetNillableActorLeaderID(actor.leader).
			SetNillableActorTokenID(actor.token).SetActorJob(actor.job).SetRecord(rec))
	}
	if err := tx.Change.CreateBulk(creates...).Exec(ctx); err != nil {
		return fmt.Errorf("change log: writing: %w", err)
	}
	return nil
}

// Lock takes, on PostgreSQL, the organization's lock that orders its
// change-log positions, held until tx ends (taking it again in tx is free).
// Whatever else a transaction writes for the organization under this lock
// (the rollups) is written in one order by one transaction at a time, so
// that no two writers wait on each other's rows.
func Lock(ctx context.Context, tx *ent.Tx, org int) error {
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1, $2)", lockSpace, int32(org))
	return err
}

// actor is who made a change.
type actor struct {
	leader, token *int
	job           string
}

func actorOf(ctx context.Context) actor {
	if v := viewer.FromContext(ctx); v != nil {
		if v.TokenID != 0 {
			return actor{token: &v.TokenID} // an integration acts as itself
		}
		return actor{leader: &v.LeaderID}
	}
	return actor{job: string(rule.SystemJobOf(ctx))}
}

// fromValue reads the id, organization and version of the record a create or
// a single update returned.
func fromValue(typ string, v ent.Value) touched {
	e := reflect.Indirect(reflect.ValueOf(v))
	t := touched{id: int(e.FieldByName("ID").Int()), version: int(e.FieldByName("Version").Int()), value: v}
	if typ == ent.TypeOrganization {
		t.org = t.id
	} else {
		t.org = int(e.FieldByName("OrganizationID").Int())
	}
	return t
}

// read reads, in tx, the organization and version of the records ids of typ.
func read(ctx context.Context, dia string, tx *ent.Tx, typ string, ids []int) ([]touched, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	org := "organization_id"
	if typ == ent.TypeOrganization {
		org = "id"
	}
	marks := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		marks[i], args[i] = "?", id
		if dia == dialect.Postgres {
			marks[i] = "$" + strconv.Itoa(i+1)
		}
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, "+org+", version FROM "+tables[typ]+" WHERE id IN ("+strings.Join(marks, ", ")+")", args...)
	if err != nil {
		return nil, fmt.Errorf("change log: reading what changed: %w", err)
	}
	defer rows.Close()
	var out []touched
	for rows.Next() {
		var t touched
		if err := rows.Scan(&t.id, &t.org, &t.version); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b touched) int { return a.id - b.id })
	return out, rows.Err()
}

func idsOf(ctx context.Context, m ent.Mutation) ([]int, error) {
	im, ok := m.(interface {
		IDs(context.Context) ([]int, error)
	})
	if !ok {
		return nil, fmt.Errorf("change log: %T has no ids", m)
	}
	return im.IDs(ctx)
}

func txOf(m ent.Mutation) (*ent.Tx, error) {
	tm, ok := m.(interface{ Tx() (*ent.Tx, error) })
	if !ok {
		return nil, fmt.Errorf("change log: %T has no transaction", m)
	}
	return tm.Tx()
}

func clientOf(m ent.Mutation) *ent.Client {
	return m.(interface{ Client() *ent.Client }).Client()
}

// unwrap returns the record a committed transaction returned, bound to the
// client again (its edges are still to be read).
func unwrap(v ent.Value) ent.Value {
	if u := reflect.ValueOf(v).MethodByName("Unwrap"); u.IsValid() && u.Type().NumIn() == 0 && u.Type().NumOut() == 1 {
		return u.Call(nil)[0].Interface()
	}
	return v
}

func rollback(tx *ent.Tx, err error) error {
	if rerr := tx.Rollback(); rerr != nil && rerr != sql.ErrTxDone {
		return fmt.Errorf("%w (and rolling back: %v)", err, rerr)
	}
	return err
}
