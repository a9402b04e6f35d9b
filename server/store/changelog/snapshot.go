package changelog

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/decision"
	"walker/ent/feedbackreview"
	"walker/ent/schema/rule"
)

// snapshots fills in the records of rows that the mutation did not return
// (a bulk update, a delete), read in tx as they are now.
func snapshots(ctx context.Context, tx *ent.Tx, rows []touched) error {
	ctx = rule.WithDeleted(rule.System(ctx, rule.JobChangeLog))
	for i := range rows {
		if rows[i].value != nil {
			continue
		}
		n, err := tx.Client().Noder(ctx, rows[i].id)
		if err != nil {
			return fmt.Errorf("change log: reading record %d: %w", rows[i].id, err)
		}
		rows[i].value = n
	}
	return nil
}

// linkEdges are the many-to-many edges of each type, with the name the
// change's record gives their ids.
var linkEdges = map[string]map[string]string{
	ent.TypeConversation:   {"customers": "customer_ids"},
	ent.TypeDecision:       {"evidence": "evidence_ids"},
	ent.TypeFeedbackReview: {"attendees": "attendee_ids", "conversations": "conversation_ids"},
}

// createdLinks are the links a create made: all its record has (no query).
func createdLinks(m ent.Mutation) map[string][]int {
	out := map[string][]int{}
	for edge, key := range linkEdges[m.Type()] {
		ids := []int{}
		for _, v := range m.AddedIDs(edge) {
			if id, ok := v.(int); ok {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		out[key] = ids
	}
	return out
}

// relations reads a record's links that are not fields of its own (many to
// many), under their ent names, for the change's copy of the record.
var relations = map[string]func(ctx context.Context, c *ent.Client, id int) (map[string][]int, error){
	ent.TypeConversation: func(ctx context.Context, c *ent.Client, id int) (map[string][]int, error) {
		ids, err := c.Conversation.Query().Where(conversation.ID(id)).QueryCustomers().IDs(ctx)
		return map[string][]int{"customer_ids": ids}, err
	},
	ent.TypeDecision: func(ctx context.Context, c *ent.Client, id int) (map[string][]int, error) {
		ids, err := c.Decision.Query().Where(decision.ID(id)).QueryEvidence().IDs(ctx)
		return map[string][]int{"evidence_ids": ids}, err
	},
	ent.TypeFeedbackReview: func(ctx context.Context, c *ent.Client, id int) (map[string][]int, error) {
		q := c.FeedbackReview.Query().Where(feedbackreview.ID(id))
		attendees, err := q.Clone().QueryAttendees().IDs(ctx)
		if err != nil {
			return nil, err
		}
		convs, err := q.QueryConversations().IDs(ctx)
		return map[string][]int{"attendee_ids": attendees, "conversation_ids": convs}, err
	},
}

// encode is the record of r as the change keeps it: its fields under their
// ent JSON names, zero values included (ent's omitempty would drop a false),
// without its loaded edges or sensitive fields (json:"-"), and with its
// many-to-many links as id lists.
func encode(ctx context.Context, tx *ent.Tx, typ string, r touched) (json.RawMessage, error) {
	fields := fieldsOf(r.value)
	if r.links != nil {
		for k, ids := range r.links {
			fields[k] = ids
		}
	} else if rel, ok := relations[typ]; ok {
		links, err := rel(rule.WithDeleted(rule.System(ctx, rule.JobChangeLog)), tx.Client(), r.id)
		if err != nil {
			return nil, fmt.Errorf("change log: reading the links of record %d: %w", r.id, err)
		}
		for k, ids := range links {
			fields[k] = ids
		}
	}
	raw, err := json.Marshal(fields)
	if err != nil {
		return nil, fmt.Errorf("change log: encoding record %d: %w", r.id, err)
	}
	return raw, nil
}

// fieldsOf reads the JSON-named fields of an ent record.
func fieldsOf(v any) map[string]any {
	rv := reflect.Indirect(reflect.ValueOf(v))
	out := map[string]any{}
	if rv.Kind() != reflect.Struct {
		return out
	}
	t := rv.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "" || name == "-" || name == "edges" {
			continue
		}
		out[name] = rv.Field(i).Interface()
	}
	return out
}
