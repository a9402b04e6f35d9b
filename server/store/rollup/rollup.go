// Package rollup keeps the insights' running totals (ent/schema/rollup.go)
// exact. One hook, which every client of the store carries inside the change
// log's (store.New installs both), reads what the records a write reaches
// count for — before the write and after it, in its transaction — and adds
// the difference to the totals, in that same transaction. So a create, an
// edit of a conversation's time, mode, minutes or customers, a delete, a
// restore, a customer's merge, deletion or restoration, and a follow-up done
// or moved all leave the totals equal to what the records give, which the
// property test (rollup_test.go) checks against the computed aggregates over
// random writes. Rebuild recomputes them from the records, for the
// migration of a database that has records and no totals.
//
// What counts is what the insights' aggregates always counted: live (not
// deleted) conversations, by the UTC month and day they took place; their
// live customers; live follow-ups by their owner and the month they fall due
// (done on time: done by their due time) or were raised (new initiatives);
// open follow-ups by the day they fall due.
package rollup

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"walker/ent"
	"walker/ent/rollupfollowupday"
	"walker/ent/rollupleadercustomer"
	"walker/ent/rollupleaderday"
	"walker/ent/rollupleadermonth"
	"walker/ent/rolluporgcustomer"
	"walker/ent/rolluporgmode"
	"walker/ent/rolluporgmonth"
	"walker/ent/schema/rule"
	"walker/server/store/changelog"
)

// NoDueDay is the day on which follow-ups without a due date are counted
// open: never overdue.
var NoDueDay = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)

// watch is what, in a write of a type, can change the totals.
type watch struct {
	fields, edges []string
	creates       bool // every create counts (else only one that links)
}

var watched = map[string]watch{
	ent.TypeConversation: {fields: []string{"occurred_at", "mode", "duration_minutes", "deleted_at"}, edges: []string{"customers", "attendees"}, creates: true},
	ent.TypeCustomer:     {fields: []string{"deleted_at"}, edges: []string{"conversations"}},
	ent.TypeFollowUp:     {fields: []string{"owner_id", "due_on", "done_at", "deleted_at", "new_initiative"}, creates: true},
	ent.TypeLeader:       {edges: []string{"joint_conversations"}},
}

// counts reports whether m can change the totals.
func (w watch) counts(m ent.Mutation) bool {
	op := m.Op()
	if op.Is(ent.OpDelete | ent.OpDeleteOne) {
		return true
	}
	if op.Is(ent.OpCreate) && w.creates {
		return true
	}
	for _, list := range [][]string{m.Fields(), m.ClearedFields()} {
		for _, f := range list {
			if slices.Contains(w.fields, f) {
				return true
			}
		}
	}
	for _, list := range [][]string{m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
		for _, e := range list {
			if slices.Contains(w.edges, e) {
				return true
			}
		}
	}
	return false
}

// Hook returns the hook that keeps the totals, for a store whose SQL dialect
// is dia. It runs inside the change log's hook, in the write's transaction.
func Hook(dia string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			w, ok := watched[m.Type()]
			if !ok || !w.counts(m) {
				return next.Mutate(ctx, m)
			}
			tx, err := txOf(ctx, m)
			if err != nil {
				return nil, err
			}
			k := &keeper{dia: dia, tx: tx}
			return k.keep(ctx, m, func(ctx context.Context) (ent.Value, error) { return next.Mutate(ctx, m) })
		})
	}
}

// txOf is the write's transaction: its own, or the one the change log opened
// for it.
func txOf(ctx context.Context, m ent.Mutation) (*ent.Tx, error) {
	if tm, ok := m.(interface{ Tx() (*ent.Tx, error) }); ok {
		if tx, err := tm.Tx(); err == nil {
			return tx, nil
		}
	}
	if tx := ent.TxFromContext(ctx); tx != nil {
		return tx, nil
	}
	return nil, errors.New("rollup: a write of counted records outside a transaction")
}

type keeper struct {
	dia string
	tx  *ent.Tx
}

// keep runs the write with mutate and adds to the totals what it changed.
func (k *keeper) keep(ctx context.Context, m ent.Mutation, mutate func(context.Context) (ent.Value, error)) (ent.Value, error) {
	sys := rule.System(ctx, rule.JobRollup)
	var ids []int // the records whose contribution may change
	if !m.Op().Is(ent.OpCreate) {
		var err error
		if ids, err = idsOf(ctx, m); err != nil {
			return nil, err
		}
	}
	switch lm := m.(type) {
	case *ent.CustomerMutation:
		// A customer counts through its conversations: those linked to it,
		// and those the write links or unlinks.
		linked, err := k.linked(sys, "conversation_customers", "customer_id", ids)
		if err != nil {
			return nil, err
		}
		ids = union(linked, lm.ConversationsIDs(), lm.RemovedConversationsIDs())
	case *ent.LeaderMutation:
		// A person's joint conversations, linked or unlinked from their side.
		linked, err := k.linked(sys, "conversation_attendees", "leader_id", ids)
		if err != nil {
			return nil, err
		}
		ids = union(linked, lm.JointConversationsIDs(), lm.RemovedJointConversationsIDs())
	}
	var d deltas
	if err := k.contribute(sys, m.Type(), ids, &d, -1); err != nil {
		return nil, err
	}
	v, err := mutate(ctx)
	if err != nil {
		return nil, err
	}
	if m.Op().Is(ent.OpCreate) && (m.Type() == ent.TypeConversation || m.Type() == ent.TypeFollowUp) {
		ids = []int{idOf(v)}
	}
	if err := k.contribute(sys, m.Type(), ids, &d, +1); err != nil {
		return nil, err
	}
	if err := d.apply(sys, k.dia, k.tx); err != nil {
		return nil, err
	}
	return v, nil
}

// contribute adds, with sign, what the records ids of the written type
// (conversations for a customer) count for.
func (k *keeper) contribute(ctx context.Context, typ string, ids []int, d *deltas, sign int) error {
	if len(ids) == 0 {
		return nil
	}
	if typ == ent.TypeFollowUp {
		fs, err := readFollowUps(ctx, k.dia, k.tx, "f.id IN ("+marks(k.dia, len(ids), 0)+")", ints(ids))
		for _, f := range fs {
			d.followUp(f, sign)
		}
		return err
	}
	cs, err := readConversations(ctx, k.dia, k.tx, ids)
	for _, c := range cs {
		d.conversation(c, sign)
	}
	return err
}

// linked are the conversations the join table links to the records ids
// (customers or people) by column.
func (k *keeper) linked(ctx context.Context, table, column string, ids []int) ([]int, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := k.tx.QueryContext(ctx, "SELECT t.conversation_id FROM "+table+" t WHERE t."+column+" IN ("+
		marks(k.dia, len(ids), 0)+")", ints(ids)...)
	if err != nil {
		return nil, fmt.Errorf("rollup: reading linked conversations: %w", err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// conversation is what a live conversation counts for.
type conversation struct {
	id, org, leader int
	at              time.Time
	mode            string
	minutes         int
	customers       []int // the live ones
	attendees       []int // the others credited with it (a joint conversation)
}

// credited are the people whose months the conversation counts in: the
// person it is credited to and the others who were there, each once.
func (c conversation) credited() []int {
	out := []int{c.leader}
	for _, a := range c.attendees {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// followUp is what a live follow-up counts for.
type followUp struct {
	id, org, owner int
	due, done      *time.Time
	created        time.Time
	initiative     bool
}

// readConversations reads the live conversations among ids, with their live
// customers.
func readConversations(ctx context.Context, dia string, tx *ent.Tx, ids []int) ([]conversation, error) {
	var out []conversation
	for chunk := range slices.Chunk(ids, 500) {
		// One row per customer and attendee (few of each): one statement.
		rows, err := tx.QueryContext(ctx, `SELECT c.id, c.organization_id, c.leader_id, c.occurred_at, c.mode, c.duration_minutes, cu.id, ca.leader_id
			FROM conversations c
			LEFT JOIN conversation_customers cc ON cc.conversation_id = c.id
			LEFT JOIN customers cu ON cu.id = cc.customer_id AND cu.deleted_at IS NULL
			LEFT JOIN conversation_attendees ca ON ca.conversation_id = c.id
			WHERE c.deleted_at IS NULL AND c.id IN (`+marks(dia, len(chunk), 0)+`) ORDER BY c.id`, ints(chunk)...)
		if err != nil {
			return nil, fmt.Errorf("rollup: reading conversations: %w", err)
		}
		out, err = scanConversations(rows, out)
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// scanConversations appends the conversations of rows (one row per
// customer, in conversation order) to out.
func scanConversations(rows *sql.Rows, out []conversation) ([]conversation, error) {
	defer rows.Close()
	for rows.Next() {
		var c conversation
		var minutes, customer, attendee sql.NullInt64
		if err := rows.Scan(&c.id, &c.org, &c.leader, &c.at, &c.mode, &minutes, &customer, &attendee); err != nil {
			return nil, fmt.Errorf("rollup: reading conversations: %w", err)
		}
		if n := len(out); n == 0 || out[n-1].id != c.id {
			c.minutes = int(minutes.Int64)
			out = append(out, c)
		}
		last := &out[len(out)-1]
		if customer.Valid && !slices.Contains(last.customers, int(customer.Int64)) {
			last.customers = append(last.customers, int(customer.Int64))
		}
		if attendee.Valid && !slices.Contains(last.attendees, int(attendee.Int64)) {
			last.attendees = append(last.attendees, int(attendee.Int64))
		}
	}
	return out, rows.Err()
}

// readFollowUps reads the live follow-ups that match where.
func readFollowUps(ctx context.Context, dia string, tx *ent.Tx, where string, args []any) ([]followUp, error) {
	rows, err := tx.QueryContext(ctx, `SELECT f.id, f.organization_id, f.owner_id, f.due_on, f.done_at, f.created_at, f.new_initiative
		FROM follow_ups f WHERE f.deleted_at IS NULL AND `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("rollup: reading follow-ups: %w", err)
	}
	defer rows.Close()
	var out []followUp
	for rows.Next() {
		var f followUp
		var due, done sql.NullTime
		if err := rows.Scan(&f.id, &f.org, &f.owner, &due, &done, &f.created, &f.initiative); err != nil {
			return nil, fmt.Errorf("rollup: reading follow-ups: %w", err)
		}
		if due.Valid {
			f.due = &due.Time
		}
		if done.Valid {
			f.done = &done.Time
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Month is the first instant (UTC) of t's month.
func Month(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// Day is the first instant (UTC) of t's day.
func Day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func idsOf(ctx context.Context, m ent.Mutation) ([]int, error) {
	im, ok := m.(interface {
		IDs(context.Context) ([]int, error)
	})
	if !ok {
		return nil, fmt.Errorf("rollup: %T has no ids", m)
	}
	return im.IDs(ctx)
}

func idOf(v ent.Value) int { return int(reflect.Indirect(reflect.ValueOf(v)).FieldByName("ID").Int()) }

func union(lists ...[]int) []int {
	var out []int
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func ints(ids []int) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// marks are n placeholders, numbered from after on PostgreSQL.
func marks(dia string, n, after int) string {
	m := make([]string, n)
	for i := range m {
		m[i] = "?"
		if dia == dialect.Postgres {
			m[i] = "$" + strconv.Itoa(after+i+1)
		}
	}
	return strings.Join(m, ", ")
}

// Tables are the rollups' tables, for a look at their size.
var Tables = []string{
	rollupleadermonth.Table, rollupleaderday.Table, rollupleadercustomer.Table,
	rolluporgmonth.Table, rolluporgcustomer.Table, rolluporgmode.Table, rollupfollowupday.Table,
}

// lockOrganizations takes, on PostgreSQL, the change log's lock of each of
// orgs, in order, before their totals are written (see changelog.Lock).
func lockOrganizations(ctx context.Context, dia string, tx *ent.Tx, orgs []int) error {
	if dia != dialect.Postgres {
		return nil
	}
	for _, org := range orgs {
		if err := changelog.Lock(ctx, tx, org); err != nil {
			return fmt.Errorf("rollup: %w", err)
		}
	}
	return nil
}
