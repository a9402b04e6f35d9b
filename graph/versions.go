package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"entgo.io/ent/dialect/sql"

	"walker/ent"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Safe edits: every record has a version, raised by each change. An update
// given expectedVersion changes the record only at that version; otherwise
// it is a CONFLICT carrying the current record, and nothing changes.

// atVersion narrows an update to the version the client edited, when it
// gave one.
func atVersion[P ~func(*sql.Selector)](expected *int) []P {
	if expected == nil {
		return nil
	}
	return []P{P(sql.FieldEQ("version", *expected))}
}

// stale turns an update made against expected that found nothing into a
// CONFLICT when the record is there at another version.
func (r *Resolver) stale(ctx context.Context, err error, id int, expected *int) error {
	if err == nil || expected == nil || !ent.IsNotFound(err) {
		return err
	}
	// A context of the viewer alone: outside the GraphQL field, the whole
	// record is read, not only the fields the mutation asked for.
	node, nerr := r.client.Noder(viewer.NewContext(context.WithoutCancel(context.Background()), viewer.FromContext(ctx)), id)
	if nerr != nil {
		return err // not there at all (or not the viewer's): NOT_FOUND
	}
	current := Record(node)
	return &rule.ConflictError{
		Message: fmt.Sprintf("this record changed since version %d: it is at version %v; merge the edits and send them with that version",
			*expected, current["version"]),
		Current: current,
	}
}

// Record is an ent record's fields under their GraphQL names (its edges and
// sensitive fields left out, ids as strings, __typename added): a CONFLICT's
// extensions.current, and the records of exports and webhook events.
func Record(v any) map[string]any {
	raw, _ := json.Marshal(v)
	var fields map[string]any
	_ = json.Unmarshal(raw, &fields)
	out := make(map[string]any, len(fields)+1)
	for k, f := range fields {
		switch {
		case k == "edges":
		case k == "id" || strings.HasSuffix(k, "_id"):
			if n, ok := f.(float64); ok {
				f = strconv.FormatInt(int64(n), 10) // ids are strings in GraphQL
			}
			out[FieldName(k)] = f
		default:
			out[FieldName(k)] = f
		}
	}
	if rv := reflect.Indirect(reflect.ValueOf(v)); rv.Kind() == reflect.Struct {
		out["__typename"] = rv.Type().Name()
	}
	return out
}
