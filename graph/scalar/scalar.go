// Package scalar reads and writes Walker's GraphQL scalars — ID, Time, UUID
// and the Relay Cursor — for gqlgen (gqlgen.yml binds them here). Bad input
// gets a plain message for people (the error presenter adds the field it came
// in), never a Go decoder's message; times are taken to UTC at microsecond
// precision, as stored, so that the same instant in any offset selects the
// same rows on either database.
package scalar

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/google/uuid"
)

// Error is bad input for a scalar; its message is fit to show.
type Error struct{ Message string }

func (e *Error) Error() string { return e.Message }

func invalid(format string, args ...any) error { return &Error{Message: fmt.Sprintf(format, args...)} }

// MarshalID writes an id as a string of its digits.
func MarshalID(id int) graphql.Marshaler { return graphql.MarshalIntID(id) }

// UnmarshalID reads an id: a string of digits (or, leniently, a number).
func UnmarshalID(v any) (int, error) {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case json.Number:
		s = v.String()
	case int:
		return v, nil
	case int64:
		return int(v), nil
	}
	id, err := strconv.Atoi(s)
	if err != nil || s == "" || id < 0 {
		return 0, invalid("is not an id: use an id Walker returned, such as \"42949672961\"")
	}
	return id, nil
}

// MarshalTime writes a time in RFC 3339 with its fraction, in UTC.
func MarshalTime(t time.Time) graphql.Marshaler {
	if t.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(time.RFC3339Nano)))
	})
}

// UnmarshalTime reads an RFC 3339 time with an offset (Z or ±hh:mm), and
// returns it in UTC at microsecond precision.
func UnmarshalTime(v any) (time.Time, error) {
	s, _ := v.(string)
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, invalid("is not a date and time: use RFC 3339 with an offset, such as \"2026-11-30T09:00:00Z\"")
	}
	return t.UTC().Truncate(time.Microsecond), nil
}

// MarshalUUID writes a UUID.
func MarshalUUID(u uuid.UUID) graphql.Marshaler { return graphql.MarshalUUID(u) }

// UnmarshalUUID reads a UUID in its canonical 36-character form.
func UnmarshalUUID(v any) (uuid.UUID, error) {
	s, _ := v.(string)
	u, err := uuid.Parse(s)
	if err != nil || len(s) != 36 {
		return uuid.Nil, invalid("is not a UUID: use the 36-character form, such as \"1b4e28ba-2fa1-41d2-883f-0016d3cca427\"")
	}
	return u, nil
}

// A Cursor is entgql's cursor (the row's id and order value) followed by a
// fingerprint of the orderBy argument of the connection that returned it: a
// cursor replayed under another ordering would point at an unrelated place,
// so it is refused instead.
const fingerprintSep = "."

// MarshalCursor writes a cursor with the fingerprint of the ordering of the
// connection being answered.
func MarshalCursor(c entgql.Cursor[int]) graphql.ContextMarshaler {
	return graphql.ContextWriterFunc(func(ctx context.Context, w io.Writer) error {
		var b strings.Builder
		c.MarshalGQL(&b) // "<base64>", quoted
		enc := strings.TrimSuffix(b.String(), `"`)
		_, err := io.WriteString(w, enc+fingerprintSep+fingerprint(ctx, connection(graphql.GetFieldContext(ctx)))+`"`)
		return err
	})
}

// UnmarshalCursor reads a cursor given as after or before, refusing one that
// another ordering returned.
func UnmarshalCursor(ctx context.Context, v any) (entgql.Cursor[int], error) {
	var c entgql.Cursor[int]
	s, _ := v.(string)
	enc, fp, ok := strings.Cut(s, fingerprintSep)
	if !ok || c.UnmarshalGQL(enc) != nil {
		return c, invalid("is not a cursor: pass a cursor this list returned (pageInfo.endCursor, startCursor or an edge's cursor), unchanged")
	}
	if fp != fingerprint(ctx, graphql.GetFieldContext(ctx)) {
		return c, invalid("was returned under another orderBy: when you change the order, start again without after or before")
	}
	return c, nil
}

// connection is the connection field a cursor being written belongs to: the
// nearest enclosing field that takes cursor arguments.
func connection(fc *graphql.FieldContext) *graphql.FieldContext {
	for ; fc != nil; fc = fc.Parent {
		if f := fc.Field.Field; f != nil && f.Definition != nil && f.Definition.Arguments.ForName("after") != nil {
			return fc
		}
	}
	return nil
}

// fingerprint is a short hash of the orderBy argument of connection field
// fc, as given in the request (variables resolved, the default direction
// filled in), so that both ends of a cursor compute it alike.
func fingerprint(ctx context.Context, fc *graphql.FieldContext) string {
	var order any
	if fc != nil && fc.Field.Field != nil && graphql.HasOperationContext(ctx) {
		order = fc.Field.ArgumentMap(graphql.GetOperationContext(ctx).Variables)["orderBy"]
	}
	items, ok := order.([]any)
	if !ok && order != nil {
		items = []any{order} // a single value is coerced to a list of one
	}
	canon := make([]string, 0, len(items))
	for _, it := range items {
		m, _ := it.(map[string]any)
		dir, _ := m["direction"].(string)
		if dir == "" {
			dir = "ASC"
		}
		canon = append(canon, fmt.Sprint(m["field"])+" "+dir)
	}
	sum := sha256.Sum256([]byte(strings.Join(canon, ",")))
	return hex.EncodeToString(sum[:4])
}
