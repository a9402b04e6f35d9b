package graph_test

import (
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
)

// Malformed ids, cursors, UUIDs and times are refused with a plain message
// naming the argument or input field, never a Go decoder's message.
func TestScalarsMalformedInput(t *testing.T) {
	h := servertest.New(t)
	c := h.Customer(h.LeoJWT, "Zoe")
	conv := func(in map[string]any) map[string]any {
		base := map[string]any{"mode": "CALL", "occurredAt": servertest.Time(time.Now()), "customerIDs": []string{c}}
		for k, v := range in {
			base[k] = v
		}
		return map[string]any{"in": base}
	}
	for _, tc := range []struct {
		name, query, field, says string
		vars                     map[string]any
	}{
		{"id literal", `{ node(id: "hello") { id } }`, "id", "is not an id", nil},
		{"id variable", `query($id: ID!) { node(id: $id) { id } }`, "id", "is not an id", map[string]any{"id": "12x"}},
		{"id with a sign", `query($id: ID!) { node(id: $id) { id } }`, "id", "is not an id", map[string]any{"id": "-5"}},
		{"id in a list", createConversation, "customerIDs", "is not an id", conv(map[string]any{"customerIDs": []string{c, "abc"}})},
		{"id overflowing", `query($id: ID!) { node(id: $id) { id } }`, "id", "is not an id", map[string]any{"id": "99999999999999999999999"}},
		{"cursor garbage", `{ customers(first: 1, after: "garbage") { totalCount } }`, "after", "is not a cursor", nil},
		{"cursor base64 of nothing", `{ customers(first: 1, before: "AAAA.00000000") { totalCount } }`, "before", "is not a cursor", nil},
		{"uuid", createConversation, "clientID", "is not a UUID", conv(map[string]any{"clientID": "not-a-uuid"})},
		{"uuid without dashes", createConversation, "clientID", "is not a UUID", conv(map[string]any{"clientID": "1b4e28ba2fa141d2883f0016d3cca427"})},
		{"time in words", createConversation, "occurredAt", "is not a date and time", conv(map[string]any{"occurredAt": "yesterday"})},
		{"time without an offset", createConversation, "occurredAt", "is not a date and time", conv(map[string]any{"occurredAt": "2026-11-30T10:00:00"})},
		{"date only", createConversation, "occurredAt", "is not a date and time", conv(map[string]any{"occurredAt": "2026-11-30"})},
		{"time in a filter", `{ conversations(first: 1, where: {occurredAtGT: "soon"}) { totalCount } }`, "occurredAtGT", "is not a date and time", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := servertest.BadInput(t, h, h.LeoJWT, tc.query, tc.vars, tc.field)
			if len(resp.Errors) == 0 {
				return
			}
			msg := resp.Errors[0].Message
			if !strings.HasPrefix(msg, tc.says) {
				t.Errorf("message %q does not say %q", msg, tc.says)
			}
			for _, leak := range []string{"strconv", "Atoi", "syntax", "base64", "msgpack", "uuid:", "parsing time", "illegal", "decode", "cannot"} {
				if strings.Contains(msg, leak) {
					t.Errorf("message %q shows Go internals (%q)", msg, leak)
				}
			}
		})
	}
}

// A cursor carries the ordering it was taken under: replayed under another
// orderBy it is refused rather than answering an unrelated page.
func TestScalarsCursorTiedToOrder(t *testing.T) {
	h := servertest.New(t)
	for _, n := range []string{"Bea", "Abe", "Cid", "Dot", "Eve"} {
		h.Customer(h.LeoJWT, n)
	}
	type page struct {
		Customers struct {
			Edges    []struct{ Node struct{ Name string } }
			PageInfo struct {
				EndCursor   string
				HasNextPage bool
			}
		}
	}
	const q = `query($after: Cursor, $order: [CustomerOrder!]) {
		customers(first: 2, after: $after, orderBy: $order) { edges { node { name } } pageInfo { endCursor hasNextPage } } }`
	byName := []map[string]any{{"field": "NAME"}}
	var first page
	h.OK(h.LeoJWT, q, map[string]any{"order": byName}, &first)
	cursor := first.Customers.PageInfo.EndCursor
	// The same ordering, written with the default direction spelt out, pages on.
	var next page
	h.OK(h.LeoJWT, q, map[string]any{"order": []map[string]any{{"field": "NAME", "direction": "ASC"}}, "after": cursor}, &next)
	if len(next.Customers.Edges) != 2 || next.Customers.Edges[0].Node.Name != "Cid" {
		t.Fatalf("second page by name: %+v", next)
	}
	for _, other := range []any{
		nil, // the default order (by id)
		[]map[string]any{{"field": "NAME", "direction": "DESC"}},
		[]map[string]any{{"field": "CREATED_AT"}},
		[]map[string]any{{"field": "NAME"}, {"field": "SEGMENT"}},
	} {
		resp := servertest.BadInput(t, h, h.LeoJWT, q, map[string]any{"order": other, "after": cursor}, "after")
		if len(resp.Errors) > 0 && !strings.Contains(resp.Errors[0].Message, "another orderBy") {
			t.Errorf("order %v: %q", other, resp.Errors[0].Message)
		}
	}
	// Nested connections are tied to their own ordering too.
	var nested struct {
		Viewer struct {
			Conversations struct{ PageInfo struct{ EndCursor string } }
		}
	}
	h.Conversation(h.LeoJWT, time.Now(), h.Customer(h.LeoJWT, "Fay"))
	h.OK(h.LeoJWT, `{ viewer { conversations(first: 1, orderBy: [{field: OCCURRED_AT, direction: DESC}]) { edges { cursor } pageInfo { endCursor } } } }`, nil, &nested)
	servertest.BadInput(t, h, h.LeoJWT, `query($a: Cursor) { viewer { conversations(first: 1, after: $a) { totalCount } } }`,
		map[string]any{"a": nested.Viewer.Conversations.PageInfo.EndCursor}, "after")
	h.OK(h.LeoJWT, `query($a: Cursor) { viewer { conversations(first: 1, after: $a, orderBy: [{field: OCCURRED_AT, direction: DESC}]) { totalCount } } }`,
		map[string]any{"a": nested.Viewer.Conversations.PageInfo.EndCursor}, nil)
}

// The same instant written in any offset, with any fraction, selects the same
// rows: times are taken to UTC before they reach SQL.
func TestScalarsTimeFiltersAnyOffset(t *testing.T) {
	h := servertest.New(t)
	c := h.Customer(h.LeoJWT, "Zoe")
	t0 := time.Date(2026, 11, 10, 12, 0, 0, 123456000, time.UTC)
	for i := range 3 {
		h.OK(h.LeoJWT, createConversation, map[string]any{"in": map[string]any{
			"mode": "CALL", "occurredAt": servertest.Time(t0.Add(time.Duration(i) * time.Hour)), "customerIDs": []string{c}}}, nil)
	}
	t1 := t0.Add(time.Hour)
	spellings := []string{
		t1.Format(time.RFC3339Nano),
		t1.In(time.FixedZone("", 2*3600)).Format(time.RFC3339Nano),
		t1.In(time.FixedZone("", -5*3600)).Format(time.RFC3339Nano),
		t1.In(time.FixedZone("", 14*3600)).Format("2006-01-02T15:04:05.000000000Z07:00"),
		t1.In(time.FixedZone("", -(9*3600 + 30*60))).Format("2006-01-02T15:04:05.0000000Z07:00"),
	}
	count := func(where string, at string) int {
		var out struct{ Conversations struct{ TotalCount int } }
		h.OK(h.LeoJWT, `query($t: Time!) { conversations(first: 1, where: {`+where+`: $t}) { totalCount } }`, map[string]any{"t": at}, &out)
		return out.Conversations.TotalCount
	}
	for _, s := range spellings {
		for where, want := range map[string]int{"occurredAt": 1, "occurredAtGT": 1, "occurredAtGTE": 2, "occurredAtLT": 1, "occurredAtLTE": 2, "occurredAtNEQ": 2} {
			if got := count(where, s); got != want {
				t.Errorf("%s %s: %d rows, want %d", where, s, got, want)
			}
		}
	}
	// A watermark on updatedAt in a far offset selects the same rows as in UTC.
	since := time.Now().Add(-time.Hour)
	utc := count("updatedAtGT", since.UTC().Format(time.RFC3339Nano))
	if utc != 3 {
		t.Fatalf("updatedAtGT an hour ago: %d", utc)
	}
	for _, z := range []int{-12, -5, 2, 14} {
		if got := count("updatedAtGT", since.In(time.FixedZone("", z*3600)).Format(time.RFC3339Nano)); got != utc {
			t.Errorf("updatedAtGT in offset %+d: %d rows, want %d", z, got, utc)
		}
	}
}
