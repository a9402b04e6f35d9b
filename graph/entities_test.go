package graph_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
)

// This file walks every entity served at the root through its life in the
// API: created by its mutation, read back by node id and in its connection,
// filtered with where, ordered with orderBy, paginated both ways, and changed
// by its update mutation where there is one.

// connPage is one page of a connection.
type connPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   map[string]any
	}
}

// ids returns the id of every node of the page.
func (p connPage) ids() []string {
	out := make([]string, len(p.Edges))
	for i, e := range p.Edges {
		out[i], _ = e.Node["id"].(string)
	}
	return out
}

// values returns field of every node of the page.
func (p connPage) values(field string) []any {
	out := make([]any, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node[field]
	}
	return out
}

// connection reads one page of the root connection root (of type typ) with args
// (first, last, after, before, where, orderBy), selecting fields on each node.
func connection(t *testing.T, h *servertest.Harness, token, root, typ, fields string, args map[string]any) connPage {
	t.Helper()
	q := fmt.Sprintf(`query($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: %[2]sWhereInput, $orderBy: [%[2]sOrder!]) {
		%[1]s(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			edges { cursor node { id %[3]s } } } }`, root, typ, fields)
	var out map[string]connPage
	h.As(t).OK(token, q, args, &out)
	return out[root]
}

// matching returns the ids of root's records matching where, in orderBy order
// (id order when nil), and checks totalCount agrees.
func matching(t *testing.T, h *servertest.Harness, token, root, typ string, where, orderBy any) []string {
	t.Helper()
	p := connection(t, h, token, root, typ, "", map[string]any{"first": 100, "where": where, "orderBy": orderBy})
	if p.TotalCount != len(p.Edges) {
		t.Errorf("%s where %v: totalCount %d, %d edges", root, where, p.TotalCount, len(p.Edges))
	}
	return p.ids()
}

// sameIDs fails when got and want hold different ids (order ignored).
func sameIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// exactIDs fails when got and want differ, order included.
func exactIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// paginate pages through root (where, orderBy) two at a time forwards and
// backwards and checks the pages against the whole list, which must be want
// (in order) when want is not nil.
func paginate(t *testing.T, h *servertest.Harness, token, root, typ string, where, orderBy any, want []string) {
	t.Helper()
	full := connection(t, h, token, root, typ, "", map[string]any{"first": 100, "where": where, "orderBy": orderBy})
	all := full.ids()
	if want != nil {
		exactIDs(t, root+" full list", all, want)
	}
	n := len(all)
	if full.TotalCount != n || full.PageInfo.HasNextPage {
		t.Errorf("%s full list: totalCount %d, hasNextPage %v, %d edges", root, full.TotalCount, full.PageInfo.HasNextPage, n)
	}
	if n < 3 {
		t.Fatalf("%s: paginate needs at least 3 records, have %d", root, n)
	}
	// Forwards: first 2, after endCursor.
	var got []string
	var after any
	for page := 0; page <= n; page++ {
		p := connection(t, h, token, root, typ, "", map[string]any{"first": 2, "after": after, "where": where, "orderBy": orderBy})
		if p.TotalCount != n {
			t.Errorf("%s page %d: totalCount %d, want %d", root, page, p.TotalCount, n)
		}
		if len(p.Edges) == 0 || len(p.Edges) > 2 {
			t.Fatalf("%s page %d: %d edges", root, page, len(p.Edges))
		}
		if p.PageInfo.StartCursor == nil || *p.PageInfo.StartCursor != p.Edges[0].Cursor ||
			p.PageInfo.EndCursor == nil || *p.PageInfo.EndCursor != p.Edges[len(p.Edges)-1].Cursor {
			t.Errorf("%s page %d: pageInfo cursors do not match the edges", root, page)
		}
		if page > 0 && !p.PageInfo.HasPreviousPage {
			t.Errorf("%s page %d: hasPreviousPage false after a cursor", root, page)
		}
		got = append(got, p.ids()...)
		if want := len(got) < n; p.PageInfo.HasNextPage != want {
			t.Errorf("%s page %d: hasNextPage %v with %d of %d seen", root, page, p.PageInfo.HasNextPage, len(got), n)
		}
		if !p.PageInfo.HasNextPage {
			break
		}
		after = *p.PageInfo.EndCursor
	}
	exactIDs(t, root+" forward pages", got, all)
	// Backwards: last 2, before startCursor.
	var back []string
	var before any
	for page := 0; page <= n; page++ {
		p := connection(t, h, token, root, typ, "", map[string]any{"last": 2, "before": before, "where": where, "orderBy": orderBy})
		if p.TotalCount != n {
			t.Errorf("%s backward page %d: totalCount %d, want %d", root, page, p.TotalCount, n)
		}
		if len(p.Edges) == 0 || len(p.Edges) > 2 {
			t.Fatalf("%s backward page %d: %d edges", root, page, len(p.Edges))
		}
		if page > 0 && !p.PageInfo.HasNextPage {
			t.Errorf("%s backward page %d: hasNextPage false before a cursor", root, page)
		}
		back = append(p.ids(), back...)
		if want := len(back) < n; p.PageInfo.HasPreviousPage != want {
			t.Errorf("%s backward page %d: hasPreviousPage %v with %d of %d seen", root, page, p.PageInfo.HasPreviousPage, len(back), n)
		}
		if !p.PageInfo.HasPreviousPage {
			break
		}
		before = *p.PageInfo.StartCursor
	}
	exactIDs(t, root+" backward pages", back, all)
	// One edge's cursor leads to the next record.
	p := connection(t, h, token, root, typ, "", map[string]any{"first": 1, "after": full.Edges[0].Cursor, "where": where, "orderBy": orderBy})
	exactIDs(t, root+" after the first edge's cursor", p.ids(), all[1:2])
}

// readNode reads a record by id as token, with fields of typ.
func readNode(t *testing.T, h *servertest.Harness, token, id, typ, fields string) map[string]any {
	t.Helper()
	var out struct{ Node map[string]any }
	h.As(t).OK(token, fmt.Sprintf(`query($id: ID!) { node(id: $id) { __typename id ... on %s { %s } } }`, typ, fields),
		map[string]any{"id": id}, &out)
	if out.Node == nil {
		t.Fatalf("node %s not found", id)
	}
	if out.Node["__typename"] != typ {
		t.Fatalf("node %s is a %v, want %s", id, out.Node["__typename"], typ)
	}
	return out.Node
}

// readNodes reads records with nodes(ids:) and returns their ids in order.
func readNodes(t *testing.T, h *servertest.Harness, token string, ids []string) []string {
	t.Helper()
	var out struct{ Nodes []*struct{ ID string } }
	h.As(t).OK(token, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &out)
	got := make([]string, len(out.Nodes))
	for i, n := range out.Nodes {
		if n != nil {
			got[i] = n.ID
		}
	}
	return got
}

// compact is v as compact JSON, to compare nested values.
func compact(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// dig reads a nested value: dig(m, "owner", "id").
func dig(m map[string]any, keys ...string) any {
	var v any = m
	for _, k := range keys {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = mm[k]
	}
	return v
}

// parseTime parses a Time value read back.
func parseTime(t *testing.T, v any) time.Time {
	t.Helper()
	s, ok := v.(string)
	if !ok {
		t.Fatalf("not a time: %v", v)
	}
	tm, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatalf("parsing time %q: %v", s, err)
	}
	return tm
}

// desc orders by field, descending.
func desc(field string) []map[string]any {
	return []map[string]any{{"field": field, "direction": "DESC"}}
}

// asc orders by field, ascending.
func asc(field string) []map[string]any {
	return []map[string]any{{"field": field, "direction": "ASC"}}
}

// cleared tells whether a cleared optional field reads back as cleared.
// Optional fields that are not Nillable in the ent schema read back as their
// zero value ("" or 0) rather than null; both count as cleared here (the
// where filters, e.g. segmentIsNil, see them as NULL).
func cleared(v any) bool { return v == nil || v == "" || v == float64(0) }

func TestEntityCustomers(t *testing.T) {
	h := servertest.New(t)
	type cust struct{ name, company, segment string }
	rows := []cust{{"Ann Shop", "Ann Ltd", "SMB"}, {"Bob Bakery", "Bob Ltd", "Enterprise"}, {"Cid Shop", "", "SMB"},
		{"Dee Garage", "Dee Ltd", "Enterprise"}, {"Eve Shop", "Eve Ltd", "Public"}}
	ids := make([]string, len(rows))
	for i, r := range rows {
		in := map[string]any{"name": r.name, "segment": r.segment, "persona": "Owner"}
		if r.company != "" {
			in["company"] = r.company
		}
		var out map[string]any
		servertest.Data(t, h, h.LeoJWT, `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name company segment persona createdBy { id } } }`,
			map[string]any{"in": in}, &out)
		if out["name"] != r.name || out["segment"] != r.segment || out["persona"] != "Owner" || dig(out, "createdBy", "id") != servertest.ID(h.Leo.ID) {
			t.Fatalf("createCustomer returned %v", out)
		}
		ids[i] = out["id"].(string)
	}
	ann, bob, cid, dee, eve := ids[0], ids[1], ids[2], ids[3], ids[4]

	n := readNode(t, h, h.MiaJWT, bob, "Customer", "name company segment persona createdBy { name } createdAt updatedAt")
	if n["name"] != "Bob Bakery" || n["company"] != "Bob Ltd" || n["segment"] != "Enterprise" || dig(n, "createdBy", "name") != "Leo Leader" {
		t.Fatalf("node read back %v", n)
	}
	if time.Since(parseTime(t, n["createdAt"])) > time.Minute {
		t.Errorf("createdAt %v", n["createdAt"])
	}
	exactIDs(t, "nodes", readNodes(t, h, h.LeoJWT, []string{eve, ann}), []string{eve, ann})
	sameIDs(t, "all customers", matching(t, h, h.ReadToken, "customers", "Customer", nil, nil), ids)

	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"nameContains", map[string]any{"nameContains": "Shop"}, []string{ann, cid, eve}},
		{"segment", map[string]any{"segment": "Enterprise"}, []string{bob, dee}},
		{"segmentIn", map[string]any{"segmentIn": []string{"Public", "SMB"}}, []string{ann, cid, eve}},
		{"nameHasPrefix", map[string]any{"nameHasPrefix": "Dee"}, []string{dee}},
		{"companyIsNil", map[string]any{"companyIsNil": true}, []string{cid}},
		{"or", map[string]any{"or": []map[string]any{{"segment": "Public"}, {"name": "Bob Bakery"}}}, []string{bob, eve}},
		{"and not", map[string]any{"nameContains": "Shop", "not": map[string]any{"segment": "SMB"}}, []string{eve}},
		{"id", map[string]any{"idIn": []string{ann, dee}}, []string{ann, dee}},
		{"hasCreatedByWith", map[string]any{"hasCreatedByWith": []map[string]any{{"name": "Leo Leader"}}}, ids},
		{"no match", map[string]any{"name": "Nobody"}, nil},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "customers", "Customer", c.where, nil), c.want)
		})
	}
	exactIDs(t, "NAME DESC", matching(t, h, h.LeoJWT, "customers", "Customer", nil, desc("NAME")), []string{eve, dee, cid, bob, ann})
	exactIDs(t, "NAME ASC", matching(t, h, h.LeoJWT, "customers", "Customer", nil, asc("NAME")), ids)
	exactIDs(t, "SEGMENT ASC, NAME DESC", matching(t, h, h.LeoJWT, "customers", "Customer", nil,
		[]map[string]any{{"field": "SEGMENT", "direction": "ASC"}, {"field": "NAME", "direction": "DESC"}}),
		[]string{dee, bob, eve, cid, ann})
	paginate(t, h, h.LeoJWT, "customers", "Customer", nil, asc("NAME"), ids)
	paginate(t, h, h.LeoJWT, "customers", "Customer", nil, desc("NAME"), []string{eve, dee, cid, bob, ann})
	paginate(t, h, h.LeoJWT, "customers", "Customer", nil,
		[]map[string]any{{"field": "SEGMENT", "direction": "ASC"}, {"field": "NAME", "direction": "DESC"}}, []string{dee, bob, eve, cid, ann})
	paginate(t, h, h.LeoJWT, "customers", "Customer", nil, nil, nil)

	// Update.
	var upd map[string]any
	servertest.Data(t, h, h.LeoJWT, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Ann Store", clearSegment: true, persona: "Buyer", company: "Ann plc"}) { id name segment persona company updatedAt } }`,
		map[string]any{"id": ann}, &upd)
	if upd["id"] != ann || upd["name"] != "Ann Store" || !cleared(upd["segment"]) || upd["persona"] != "Buyer" || upd["company"] != "Ann plc" {
		t.Fatalf("updateCustomer returned %v", upd)
	}
	n = readNode(t, h, h.AdaJWT, ann, "Customer", "name segment persona company")
	if n["name"] != "Ann Store" || !cleared(n["segment"]) || n["persona"] != "Buyer" {
		t.Fatalf("updated customer read back %v", n)
	}
	sameIDs(t, "segmentIsNil after update", matching(t, h, h.LeoJWT, "customers", "Customer", map[string]any{"segmentIsNil": true}, nil), []string{ann})
	sameIDs(t, "nameContains Shop after update", matching(t, h, h.LeoJWT, "customers", "Customer", map[string]any{"nameContains": "Shop"}, nil), []string{cid, eve})
	// hasConversations follows the edge.
	h.Conversation(h.MiaJWT, time.Now().Add(-time.Hour), bob, dee)
	sameIDs(t, "hasConversations", matching(t, h, h.LeoJWT, "customers", "Customer", map[string]any{"hasConversations": true}, nil), []string{bob, dee})
	if servertest.Rows(t, h, "customers") != 5 {
		t.Fatalf("customers stored: %d", servertest.Rows(t, h, "customers"))
	}
}

func TestEntityConversations(t *testing.T) {
	h := servertest.New(t)
	ann := h.Customer(h.LeoJWT, "Ann Shop")
	bob := h.Customer(h.LeoJWT, "Bob Bakery")
	now := time.Now().UTC().Truncate(time.Second)
	type conv struct {
		mode     string
		daysAgo  int
		minutes  int
		cust     []string
		sentimen string
	}
	rows := []conv{
		{"VISIT", 5, 30, []string{ann}, "POSITIVE"},
		{"CALL", 4, 10, []string{bob}, "NEGATIVE"},
		{"CALL", 3, 45, []string{ann, bob}, "NEUTRAL"},
		{"VIDEO", 2, 20, []string{bob}, "VERY_POSITIVE"},
		{"ONLINE_COMMENTS", 1, 5, []string{ann}, "VERY_NEGATIVE"},
	}
	ids := make([]string, len(rows))
	for i, r := range rows {
		at := now.AddDate(0, 0, -r.daysAgo)
		var out map[string]any
		servertest.Data(t, h, h.LeoJWT, `mutation($in: CreateConversationInput!) { createConversation(input: $in) {
			id mode occurredAt durationMinutes heard painPoints sentiment leader { id } customers(first: 10) { totalCount } } }`,
			map[string]any{"in": map[string]any{"mode": r.mode, "occurredAt": servertest.Time(at), "durationMinutes": r.minutes,
				"heard": fmt.Sprintf("Heard %d", i), "painPoints": "Slow refunds", "sentiment": r.sentimen, "customerIDs": r.cust}}, &out)
		if out["mode"] != r.mode || !parseTime(t, out["occurredAt"]).Equal(at) || out["durationMinutes"] != float64(r.minutes) ||
			out["sentiment"] != r.sentimen || dig(out, "leader", "id") != servertest.ID(h.Leo.ID) ||
			dig(out, "customers", "totalCount") != float64(len(r.cust)) {
			t.Fatalf("createConversation returned %v", out)
		}
		ids[i] = out["id"].(string)
	}
	n := readNode(t, h, h.AdaJWT, ids[2], "Conversation",
		`mode occurredAt durationMinutes heard painPoints sentiment leader { name } customers(first: 10, orderBy: [{field: NAME, direction: ASC}]) { edges { node { id } } }`)
	if n["mode"] != "CALL" || n["heard"] != "Heard 2" || n["painPoints"] != "Slow refunds" || dig(n, "leader", "name") != "Leo Leader" {
		t.Fatalf("node read back %v", n)
	}
	if got := compact(dig(n, "customers", "edges")); got != compact([]map[string]any{{"node": map[string]any{"id": ann}}, {"node": map[string]any{"id": bob}}}) {
		t.Fatalf("customers read back %s", got)
	}
	exactIDs(t, "nodes", readNodes(t, h, h.LeoJWT, ids), ids)

	cutoff := servertest.Time(now.AddDate(0, 0, -3).Add(-time.Minute))
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []int
	}{
		{"mode", map[string]any{"mode": "CALL"}, []int{1, 2}},
		{"modeIn", map[string]any{"modeIn": []string{"VISIT", "VIDEO"}}, []int{0, 3}},
		{"occurredAtGTE", map[string]any{"occurredAtGTE": cutoff}, []int{2, 3, 4}},
		{"occurredAtLT", map[string]any{"occurredAtLT": cutoff}, []int{0, 1}},
		{"hasCustomersWith", map[string]any{"hasCustomersWith": []map[string]any{{"name": "Ann Shop"}}}, []int{0, 2, 4}},
		{"mode and customer", map[string]any{"mode": "CALL", "hasCustomersWith": []map[string]any{{"id": ann}}}, []int{2}},
		{"durationMinutesGT", map[string]any{"durationMinutesGT": 15}, []int{0, 2, 3}},
		{"sentiment", map[string]any{"sentimentIn": []string{"VERY_POSITIVE", "POSITIVE"}}, []int{0, 3}},
		{"heardContains", map[string]any{"heardContains": "Heard 4"}, []int{4}},
		{"hasLeaderWith", map[string]any{"hasLeaderWith": []map[string]any{{"id": servertest.ID(h.Mia.ID)}}}, nil},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			var want []string
			for _, i := range c.want {
				want = append(want, ids[i])
			}
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "conversations", "Conversation", c.where, nil), want)
		})
	}
	pick := func(is ...int) []string {
		var out []string
		for _, i := range is {
			out = append(out, ids[i])
		}
		return out
	}
	exactIDs(t, "OCCURRED_AT DESC", matching(t, h, h.LeoJWT, "conversations", "Conversation", nil, desc("OCCURRED_AT")), pick(4, 3, 2, 1, 0))
	exactIDs(t, "DURATION DESC", matching(t, h, h.LeoJWT, "conversations", "Conversation", nil, desc("DURATION")), pick(2, 0, 3, 1, 4))
	modes := connection(t, h, h.LeoJWT, "conversations", "Conversation", "mode", map[string]any{"first": 10, "orderBy": desc("MODE")}).values("mode")
	for i := 1; i < len(modes); i++ {
		if modes[i-1].(string) < modes[i].(string) {
			t.Errorf("MODE DESC not descending: %v", modes)
		}
	}
	paginate(t, h, h.LeoJWT, "conversations", "Conversation", nil, asc("OCCURRED_AT"), ids)
	paginate(t, h, h.LeoJWT, "conversations", "Conversation", nil, desc("OCCURRED_AT"), pick(4, 3, 2, 1, 0))
	paginate(t, h, h.LeoJWT, "conversations", "Conversation", map[string]any{"occurredAtGTE": servertest.Time(now.AddDate(0, 0, -4).Add(-time.Minute))},
		desc("DURATION"), pick(2, 3, 1, 4))

	// Update: fields and customers.
	var upd map[string]any
	servertest.Data(t, h, h.LeoJWT, `mutation($id: ID!, $in: UpdateConversationInput!) { updateConversation(id: $id, input: $in) {
		id mode heard durationMinutes sentiment occurredAt customers(first: 10) { edges { node { id } } } } }`,
		map[string]any{"id": ids[0], "in": map[string]any{"mode": "CALL", "heard": "Changed", "durationMinutes": 60,
			"occurredAt": servertest.Time(now.Add(-time.Hour)), "addCustomerIDs": []string{bob}, "removeCustomerIDs": []string{ann}, "clearSentiment": true}}, &upd)
	if upd["mode"] != "CALL" || upd["heard"] != "Changed" || upd["durationMinutes"] != float64(60) || upd["sentiment"] != nil ||
		!parseTime(t, upd["occurredAt"]).Equal(now.Add(-time.Hour)) {
		t.Fatalf("updateConversation returned %v", upd)
	}
	if got := compact(dig(upd, "customers", "edges")); got != compact([]map[string]any{{"node": map[string]any{"id": bob}}}) {
		t.Fatalf("customers after update %s", got)
	}
	n = readNode(t, h, h.MiaJWT, ann, "Customer", "conversations(first: 10) { totalCount edges { node { id } } }")
	sameIDs(t, "Ann's conversations after the update", []string{
		fmt.Sprint(dig(n, "conversations", "edges").([]any)[0].(map[string]any)["node"].(map[string]any)["id"]),
		fmt.Sprint(dig(n, "conversations", "edges").([]any)[1].(map[string]any)["node"].(map[string]any)["id"]),
	}, pick(2, 4))
	if dig(n, "conversations", "totalCount") != float64(2) {
		t.Fatalf("Ann's conversations %v", n)
	}
	// clearDurationMinutes and clearHeard.
	servertest.Data(t, h, h.LeoJWT, `mutation($id: ID!) { updateConversation(id: $id, input: {clearDurationMinutes: true, clearHeard: true}) { id durationMinutes heard } }`,
		map[string]any{"id": ids[1]}, &upd)
	if !cleared(upd["durationMinutes"]) || !cleared(upd["heard"]) {
		t.Fatalf("cleared fields read back %v", upd)
	}
	sameIDs(t, "durationMinutesIsNil", matching(t, h, h.LeoJWT, "conversations", "Conversation", map[string]any{"durationMinutesIsNil": true}, nil), pick(1))
	if c := servertest.Rows(t, h, "conversations"); c != 5 {
		t.Fatalf("conversations stored: %d", c)
	}
}

func TestEntityFollowUps(t *testing.T) {
	h := servertest.New(t)
	cust := h.Customer(h.LeoJWT, "Ann Shop")
	conv := h.Conversation(h.LeoJWT, time.Now().Add(-time.Hour), cust)
	day := 24 * time.Hour
	now := time.Now().UTC().Truncate(time.Second)
	leo, mia := servertest.ID(h.Leo.ID), servertest.ID(h.Mia.ID)
	inputs := []map[string]any{
		{"action": "Call Ann back", "ownerID": leo, "dueOn": servertest.Time(now.Add(day)), "conversationID": conv},
		{"action": "Mail Bob the form", "ownerID": mia, "dueOn": servertest.Time(now.Add(3 * day))},
		{"action": "Visit Cid", "ownerID": leo, "dueOn": servertest.Time(now.Add(2 * day)), "quickWin": true},
		{"action": "Fix the invoice template", "ownerID": leo, "newInitiative": true},
	}
	ids := make([]string, len(inputs))
	for i, in := range inputs {
		var out map[string]any
		servertest.Data(t, h, h.LeoJWT, `mutation($in: CreateFollowUpInput!) { createFollowUp(input: $in) {
			id action ownerID owner { id } conversationID conversation { id } dueOn doneAt quickWin newInitiative } }`,
			map[string]any{"in": in}, &out)
		if out["action"] != in["action"] || out["ownerID"] != in["ownerID"] || dig(out, "owner", "id") != in["ownerID"] || out["doneAt"] != nil {
			t.Fatalf("createFollowUp returned %v", out)
		}
		if in["conversationID"] != nil && (out["conversationID"] != conv || dig(out, "conversation", "id") != conv) {
			t.Fatalf("follow-up's conversation %v", out)
		}
		ids[i] = out["id"].(string)
	}
	n := readNode(t, h, h.AdaJWT, ids[2], "FollowUp", "action dueOn quickWin newInitiative owner { name } conversation { id }")
	if n["action"] != "Visit Cid" || !parseTime(t, n["dueOn"]).Equal(now.Add(2*day)) || n["quickWin"] != true || n["newInitiative"] != false ||
		dig(n, "owner", "name") != "Leo Leader" || n["conversation"] != nil {
		t.Fatalf("node read back %v", n)
	}
	cn := readNode(t, h, h.LeoJWT, conv, "Conversation", "followUps(first: 10) { totalCount edges { node { id } } }")
	if dig(cn, "followUps", "totalCount") != float64(1) {
		t.Fatalf("conversation's follow-ups %v", cn)
	}
	pick := func(is ...int) []string {
		var out []string
		for _, i := range is {
			out = append(out, ids[i])
		}
		return out
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"ownerID", map[string]any{"ownerID": leo}, pick(0, 2, 3)},
		{"dueOnIsNil", map[string]any{"dueOnIsNil": true}, pick(3)},
		{"dueOnLT", map[string]any{"dueOnLT": servertest.Time(now.Add(2*day + time.Hour))}, pick(0, 2)},
		{"hasConversation", map[string]any{"hasConversation": true}, pick(0)},
		{"quickWin", map[string]any{"quickWin": true}, pick(2)},
		{"actionContains", map[string]any{"actionContains": "Bob"}, pick(1)},
		{"doneAtIsNil", map[string]any{"doneAtIsNil": true}, ids},
		{"hasOwnerWith", map[string]any{"hasOwnerWith": []map[string]any{{"name": "Mia Member"}}}, pick(1)},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "followUps", "FollowUp", c.where, nil), c.want)
		})
	}
	withDue := map[string]any{"dueOnNotNil": true}
	exactIDs(t, "DUE_ON DESC", matching(t, h, h.LeoJWT, "followUps", "FollowUp", withDue, desc("DUE_ON")), pick(1, 2, 0))
	exactIDs(t, "DUE_ON ASC", matching(t, h, h.LeoJWT, "followUps", "FollowUp", withDue, asc("DUE_ON")), pick(0, 2, 1))
	paginate(t, h, h.LeoJWT, "followUps", "FollowUp", withDue, desc("DUE_ON"), pick(1, 2, 0))
	paginate(t, h, h.LeoJWT, "followUps", "FollowUp", nil, asc("CREATED_AT"), ids)

	// Update: Mia hands her follow-up to Leo and drops the due date.
	var upd map[string]any
	servertest.Data(t, h, h.MiaJWT, `mutation($id: ID!, $in: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $in) { id action ownerID dueOn quickWin } }`,
		map[string]any{"id": ids[1], "in": map[string]any{"action": "Mail Bob the new form", "ownerID": leo, "clearDueOn": true, "quickWin": true}}, &upd)
	if upd["action"] != "Mail Bob the new form" || upd["ownerID"] != leo || upd["dueOn"] != nil || upd["quickWin"] != true {
		t.Fatalf("updateFollowUp returned %v", upd)
	}
	servertest.Data(t, h, h.LeoJWT, `mutation($id: ID!, $in: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $in) { id dueOn } }`,
		map[string]any{"id": ids[3], "in": map[string]any{"dueOn": servertest.Time(now.Add(10 * day))}}, &upd)
	if !parseTime(t, upd["dueOn"]).Equal(now.Add(10 * day)) {
		t.Fatalf("dueOn after update %v", upd)
	}
	sameIDs(t, "ownerID after update", matching(t, h, h.LeoJWT, "followUps", "FollowUp", map[string]any{"ownerID": leo}, nil), ids)
	// Done.
	h.OK(h.LeoJWT, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, map[string]any{"id": ids[0]}, nil)
	sameIDs(t, "doneAtNotNil", matching(t, h, h.LeoJWT, "followUps", "FollowUp", map[string]any{"doneAtNotNil": true}, nil), pick(0))
}

func TestEntityDecisions(t *testing.T) {
	h := servertest.New(t)
	cust := h.Customer(h.LeoJWT, "Ann Shop")
	cv1 := h.Conversation(h.LeoJWT, time.Now().Add(-3*time.Hour), cust)
	cv2 := h.Conversation(h.LeoJWT, time.Now().Add(-2*time.Hour), cust)
	cv3 := h.Conversation(h.MiaJWT, time.Now().Add(-1*time.Hour), cust)
	reviewOn := time.Now().UTC().AddDate(0, 1, 0).Truncate(time.Second)
	const sel = `id title context customerBenefit clvImpact optionsConsidered status decidedAt reviewOn quickWin newInitiative
		owner { id } evidence(first: 10) { totalCount edges { node { id } } } supersedes { id } supersededBy { id }`
	create := func(in map[string]any) map[string]any {
		var out map[string]any
		servertest.Data(t, h, h.LeoJWT, `mutation($in: CreateDecisionInput!) { createDecision(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	before := time.Now().Add(-time.Second)
	d1 := create(map[string]any{"title": "Alpha", "context": "Refunds are slow", "customerBenefit": goodBenefit, "clvImpact": 1000.0,
		"optionsConsidered": "Outsource", "reviewOn": servertest.Time(reviewOn), "evidenceIDs": []string{cv1, cv2}, "newInitiative": true})
	if d1["title"] != "Alpha" || d1["status"] != "PROPOSED" || d1["decidedAt"] != nil || d1["clvImpact"] != 1000.0 ||
		!parseTime(t, d1["reviewOn"]).Equal(reviewOn) || dig(d1, "owner", "id") != servertest.ID(h.Leo.ID) ||
		dig(d1, "evidence", "totalCount") != float64(2) || d1["newInitiative"] != true || d1["customerBenefit"] != goodBenefit {
		t.Fatalf("createDecision returned %v", d1)
	}
	id1 := d1["id"].(string)
	d2 := create(map[string]any{"title": "Bravo", "customerBenefit": "Customers get refunds the same day", "clvImpact": 5000.0,
		"supersedesID": id1, "evidenceIDs": []string{cv1}})
	id2 := d2["id"].(string)
	if dig(d2, "supersedes", "id") != id1 {
		t.Fatalf("Bravo supersedes %v", d2["supersedes"])
	}
	d3 := create(map[string]any{"title": "Charlie", "customerBenefit": "Customers can reach us on Sundays", "status": "DECIDED"})
	id3 := d3["id"].(string)
	if d3["decidedAt"] == nil {
		t.Fatalf("a decision created DECIDED has no decidedAt: %v", d3)
	}
	if at := parseTime(t, d3["decidedAt"]); at.Before(before) || time.Since(at) > time.Minute {
		t.Errorf("decidedAt %v is not now", at)
	}
	d4 := create(map[string]any{"title": "Delta", "customerBenefit": "Customers pay less for delivery", "status": "IMPLEMENTED", "quickWin": true})
	id4 := d4["id"].(string)
	all := []string{id1, id2, id3, id4}

	n := readNode(t, h, h.MiaJWT, id1, "Decision", sel)
	if dig(n, "supersededBy", "id") != id2 || n["context"] != "Refunds are slow" || n["optionsConsidered"] != "Outsource" {
		t.Fatalf("node read back %v", n)
	}
	ev := connection(t, h, h.LeoJWT, "decisions", "Decision", "evidence(first: 10) { edges { node { id } } }",
		map[string]any{"first": 1, "where": map[string]any{"id": id1}})
	if got := compact(ev.Edges[0].Node["evidence"]); !strings.Contains(got, cv1) || !strings.Contains(got, cv2) {
		t.Fatalf("evidence %s", got)
	}
	cn := readNode(t, h, h.LeoJWT, cv1, "Conversation", "decisions(first: 10) { totalCount }")
	if dig(cn, "decisions", "totalCount") != float64(2) {
		t.Fatalf("conversation's decisions %v", cn)
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"status PROPOSED", map[string]any{"status": "PROPOSED"}, []string{id1, id2}},
		{"status DECIDED", map[string]any{"status": "DECIDED"}, []string{id3}},
		{"statusIn", map[string]any{"statusIn": []string{"DECIDED", "IMPLEMENTED"}}, []string{id3, id4}},
		{"hasEvidence", map[string]any{"hasEvidence": true}, []string{id1, id2}},
		{"hasEvidenceWith", map[string]any{"hasEvidenceWith": []map[string]any{{"id": cv2}}}, []string{id1}},
		{"clvImpactGTE", map[string]any{"clvImpactGTE": 2000}, []string{id2}},
		{"clvImpactIsNil", map[string]any{"clvImpactIsNil": true}, []string{id3, id4}},
		{"hasSupersedes", map[string]any{"hasSupersedes": true}, []string{id2}},
		{"hasSupersededBy", map[string]any{"hasSupersededBy": true}, []string{id1}},
		{"decidedAtNotNil", map[string]any{"decidedAtNotNil": true}, []string{id3, id4}},
		{"quickWin", map[string]any{"quickWin": true}, []string{id4}},
		{"titleContains", map[string]any{"titleContains": "rav"}, []string{id2}},
		{"customerBenefitContains", map[string]any{"customerBenefitContains": "Sundays"}, []string{id3}},
		{"hasOwnerWith", map[string]any{"hasOwnerWith": []map[string]any{{"role": "LEADER"}}}, all},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "decisions", "Decision", c.where, nil), c.want)
		})
	}
	exactIDs(t, "TITLE DESC", matching(t, h, h.LeoJWT, "decisions", "Decision", nil, desc("TITLE")), []string{id4, id3, id2, id1})
	exactIDs(t, "CLV_IMPACT DESC", matching(t, h, h.LeoJWT, "decisions", "Decision", map[string]any{"clvImpactNotNil": true}, desc("CLV_IMPACT")), []string{id2, id1})
	exactIDs(t, "STATUS DESC, TITLE ASC", matching(t, h, h.LeoJWT, "decisions", "Decision", nil,
		[]map[string]any{{"field": "STATUS", "direction": "DESC"}, {"field": "TITLE", "direction": "ASC"}}), []string{id1, id2, id4, id3})
	paginate(t, h, h.LeoJWT, "decisions", "Decision", nil, asc("TITLE"), all)
	paginate(t, h, h.LeoJWT, "decisions", "Decision", nil, desc("CREATED_AT"), []string{id4, id3, id2, id1})

	// updateDecision: DECIDED stamps decidedAt, once.
	const upd = `mutation($id: ID!, $in: UpdateDecisionInput!) { updateDecision(id: $id, input: $in) { ` + sel + ` } }`
	var out map[string]any
	before = time.Now().Add(-time.Second)
	servertest.Data(t, h, h.LeoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"status": "DECIDED", "title": "Alpha v2",
		"addEvidenceIDs": []string{cv3}, "removeEvidenceIDs": []string{cv1}, "clearClvImpact": true}}, &out)
	if out["status"] != "DECIDED" || out["title"] != "Alpha v2" || out["clvImpact"] != nil || out["decidedAt"] == nil {
		t.Fatalf("updateDecision returned %v", out)
	}
	decided := parseTime(t, out["decidedAt"])
	if decided.Before(before) || time.Since(decided) > time.Minute {
		t.Fatalf("decidedAt %v is not the time of the update", decided)
	}
	if got := compact(dig(out, "evidence", "edges")); dig(out, "evidence", "totalCount") != float64(2) || !strings.Contains(got, cv2) || !strings.Contains(got, cv3) || strings.Contains(got, `"`+cv1+`"`) {
		t.Fatalf("evidence after update %s", got)
	}
	time.Sleep(10 * time.Millisecond)
	servertest.Data(t, h, h.LeoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"status": "IMPLEMENTED", "quickWin": true,
		"realisedImpact": "Refund complaints halved"}}, &out)
	if out["status"] != "IMPLEMENTED" || out["decidedAt"] == nil || !parseTime(t, out["decidedAt"]).Equal(decided) {
		t.Fatalf("decidedAt moved on IMPLEMENTED: %v (was %v)", out["decidedAt"], decided)
	}
	// Supersession can be cleared and set.
	servertest.Data(t, h, h.LeoJWT, upd, map[string]any{"id": id2, "in": map[string]any{"clearSupersedes": true}}, &out)
	if out["supersedes"] != nil {
		t.Fatalf("supersedes after clearSupersedes %v", out["supersedes"])
	}
	servertest.Data(t, h, h.LeoJWT, upd, map[string]any{"id": id4, "in": map[string]any{"supersedesID": id3}}, &out)
	if dig(out, "supersedes", "id") != id3 {
		t.Fatalf("supersedes after update %v", out["supersedes"])
	}
	n = readNode(t, h, h.LeoJWT, id3, "Decision", "supersededBy { id }")
	if dig(n, "supersededBy", "id") != id4 {
		t.Fatalf("supersededBy %v", n)
	}
	sameIDs(t, "status after updates", matching(t, h, h.LeoJWT, "decisions", "Decision", map[string]any{"status": "IMPLEMENTED"}, nil), []string{id1, id4})
	if c := servertest.Rows(t, h, "decisions"); c != 4 {
		t.Fatalf("decisions stored: %d", c)
	}
}

func TestEntityNominationsAndEndorsements(t *testing.T) {
	h := servertest.New(t)
	cust := h.Customer(h.MiaJWT, "Ann Shop")
	conv := h.Conversation(h.MiaJWT, time.Now().Add(-time.Hour), cust)
	leo, mia, ada := servertest.ID(h.Leo.ID), servertest.ID(h.Mia.ID), servertest.ID(h.Ada.ID)
	const sel = `id story status nomineeID customerID conversationID nominee { id } nominator { id } customer { id } conversation { id } decidedAt decidedBy { id }`
	nominate := func(token string, in map[string]any) map[string]any {
		var out map[string]any
		servertest.Data(t, h, token, `mutation($in: CreateNominationInput!) { createNomination(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	n1 := nominate(h.MiaJWT, map[string]any{"nomineeID": leo, "story": "Drove to Ann's shop on a Sunday", "customerID": cust, "conversationID": conv})
	if n1["status"] != "OPEN" || n1["nomineeID"] != leo || dig(n1, "nominee", "id") != leo || dig(n1, "nominator", "id") != mia ||
		n1["customerID"] != cust || dig(n1, "customer", "id") != cust || n1["conversationID"] != conv || dig(n1, "conversation", "id") != conv {
		t.Fatalf("createNomination returned %v", n1)
	}
	id1 := n1["id"].(string)
	id2 := nominate(h.AdaJWT, map[string]any{"nomineeID": mia, "story": "Answered every customer comment"})["id"].(string)
	id3 := nominate(h.LeoJWT, map[string]any{"nomineeID": ada, "story": "Listened to fifty customer calls"})["id"].(string)
	all := []string{id1, id2, id3}
	n := readNode(t, h, h.AdaJWT, id1, "Nomination", sel)
	if n["story"] != "Drove to Ann's shop on a Sunday" || dig(n, "conversation", "id") != conv {
		t.Fatalf("node read back %v", n)
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"nomineeID", map[string]any{"nomineeID": leo}, []string{id1}},
		{"hasCustomer", map[string]any{"hasCustomer": true}, []string{id1}},
		{"conversationID", map[string]any{"conversationID": conv}, []string{id1}},
		{"hasNominatorWith", map[string]any{"hasNominatorWith": []map[string]any{{"name": "Ada Admin"}}}, []string{id2}},
		{"status OPEN", map[string]any{"status": "OPEN"}, all},
		{"storyContains", map[string]any{"storyContains": "calls"}, []string{id3}},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.MiaJWT, "nominations", "Nomination", c.where, nil), c.want)
		})
	}
	paginate(t, h, h.LeoJWT, "nominations", "Nomination", nil, asc("CREATED_AT"), all)
	exactIDs(t, "CREATED_AT DESC", matching(t, h, h.LeoJWT, "nominations", "Nomination", nil, desc("CREATED_AT")), []string{id3, id2, id1})

	// Endorsements by peers.
	eve := h.Store.Client.Leader.Create().SetOrganizationID(h.Acme.ID).SetName("Eve Peer").SetEmail("eve@acme.test").SaveX(servertest.System())
	fay := h.Store.Client.Leader.Create().SetOrganizationID(h.Acme.ID).SetName("Fay Peer").SetEmail("fay@acme.test").SaveX(servertest.System())
	endorse := func(token, nom, comment string) map[string]any {
		in := map[string]any{"nominationID": nom}
		if comment != "" {
			in["comment"] = comment
		}
		var out map[string]any
		servertest.Data(t, h, token, `mutation($in: CreateEndorsementInput!) { createEndorsement(input: $in) { id nominationID comment nomination { id } endorser { id } } }`,
			map[string]any{"in": in}, &out)
		return out
	}
	e1 := endorse(h.AdaJWT, id1, "Saw it myself")
	if e1["nominationID"] != id1 || dig(e1, "nomination", "id") != id1 || dig(e1, "endorser", "id") != ada || e1["comment"] != "Saw it myself" {
		t.Fatalf("createEndorsement returned %v", e1)
	}
	e2 := endorse(h.JWT(eve), id1, "")
	e3 := endorse(h.JWT(fay), id1, "Great work")
	e4 := endorse(h.LeoJWT, id2, "Well deserved")
	eids := []string{e1["id"].(string), e2["id"].(string), e3["id"].(string), e4["id"].(string)}
	en := readNode(t, h, h.MiaJWT, eids[3], "Endorsement", "comment nomination { nominee { name } } endorser { name }")
	if en["comment"] != "Well deserved" || dig(en, "nomination", "nominee", "name") != "Mia Member" || dig(en, "endorser", "name") != "Leo Leader" {
		t.Fatalf("endorsement read back %v", en)
	}
	n = readNode(t, h, h.LeoJWT, id1, "Nomination", "endorsements(first: 10) { totalCount }")
	if dig(n, "endorsements", "totalCount") != float64(3) {
		t.Fatalf("nomination's endorsements %v", n)
	}
	ln := readNode(t, h, h.LeoJWT, ada, "Leader", "endorsements(first: 10) { totalCount } nominationsGiven(first: 10) { totalCount } nominationsReceived(first: 10) { totalCount }")
	if dig(ln, "endorsements", "totalCount") != float64(1) || dig(ln, "nominationsGiven", "totalCount") != float64(1) ||
		dig(ln, "nominationsReceived", "totalCount") != float64(1) {
		t.Fatalf("Ada's recognitions %v", ln)
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"nominationID", map[string]any{"nominationID": id1}, eids[:3]},
		{"hasEndorserWith", map[string]any{"hasEndorserWith": []map[string]any{{"name": "Eve Peer"}}}, eids[1:2]},
		{"commentContains", map[string]any{"commentContains": "Saw"}, eids[:1]},
		{"commentIsNil", map[string]any{"commentIsNil": true}, eids[1:2]},
		{"hasNominationWith", map[string]any{"hasNominationWith": []map[string]any{{"nomineeID": mia}}}, eids[3:]},
	} {
		t.Run("endorsements where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "endorsements", "Endorsement", c.where, nil), c.want)
		})
	}
	exactIDs(t, "endorsements CREATED_AT DESC", matching(t, h, h.LeoJWT, "endorsements", "Endorsement", nil, desc("CREATED_AT")),
		[]string{eids[3], eids[2], eids[1], eids[0]})
	paginate(t, h, h.LeoJWT, "endorsements", "Endorsement", nil, asc("CREATED_AT"), eids)

	// Decisions on nominations.
	var dec map[string]any
	servertest.Data(t, h, h.AdaJWT, `mutation($id: ID!) { approveNomination(id: $id, note: "Well done") { `+sel+` decisionNote } }`, map[string]any{"id": id1}, &dec)
	if dec["status"] != "APPROVED" || dec["decidedAt"] == nil || dig(dec, "decidedBy", "id") != ada || dec["decisionNote"] != "Well done" {
		t.Fatalf("approveNomination returned %v", dec)
	}
	h.OK(h.AdaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": id2}, nil)
	sameIDs(t, "status APPROVED", matching(t, h, h.LeoJWT, "nominations", "Nomination", map[string]any{"status": "APPROVED"}, nil), []string{id1})
	sameIDs(t, "status DECLINED", matching(t, h, h.LeoJWT, "nominations", "Nomination", map[string]any{"status": "DECLINED"}, nil), []string{id2})
	exactIDs(t, "STATUS DESC", matching(t, h, h.LeoJWT, "nominations", "Nomination", nil, desc("STATUS")), []string{id3, id2, id1})
	sameIDs(t, "champions", matching(t, h, h.LeoJWT, "leaders", "Leader", map[string]any{"champion": true}, nil), []string{leo})
}

func TestEntityFeedbackReviews(t *testing.T) {
	h := servertest.New(t)
	cust := h.Customer(h.LeoJWT, "Ann Shop")
	cv1 := h.Conversation(h.LeoJWT, time.Now().Add(-3*time.Hour), cust)
	cv2 := h.Conversation(h.MiaJWT, time.Now().Add(-2*time.Hour), cust)
	leo, mia, ada := servertest.ID(h.Leo.ID), servertest.ID(h.Mia.ID), servertest.ID(h.Ada.ID)
	now := time.Now().UTC().Truncate(time.Second)
	const sel = `id title heldAt departmentsInvited notes host { id }
		attendees(first: 10, orderBy: [{field: NAME, direction: ASC}]) { totalCount edges { node { id } } }
		conversations(first: 10) { totalCount edges { node { id } } }`
	create := func(token string, in map[string]any) map[string]any {
		var out map[string]any
		servertest.Data(t, h, token, `mutation($in: CreateFeedbackReviewInput!) { createFeedbackReview(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	r1 := create(h.LeoJWT, map[string]any{"title": "Alpha review", "heldAt": servertest.Time(now.AddDate(0, 0, -10)), "notes": "Refunds again",
		"attendeeIDs": []string{mia, ada}, "conversationIDs": []string{cv1, cv2}, "departmentsInvited": []string{"Product", "Support"}})
	if r1["title"] != "Alpha review" || !parseTime(t, r1["heldAt"]).Equal(now.AddDate(0, 0, -10)) || dig(r1, "host", "id") != leo ||
		compact(r1["departmentsInvited"]) != `["Product","Support"]` || dig(r1, "attendees", "totalCount") != float64(2) ||
		dig(r1, "conversations", "totalCount") != float64(2) || r1["notes"] != "Refunds again" {
		t.Fatalf("createFeedbackReview returned %v", r1)
	}
	if got := compact(dig(r1, "attendees", "edges")); got != compact([]map[string]any{{"node": map[string]any{"id": ada}}, {"node": map[string]any{"id": mia}}}) {
		t.Fatalf("attendees %s", got)
	}
	id1 := r1["id"].(string)
	id2 := create(h.LeoJWT, map[string]any{"title": "Beta review", "heldAt": servertest.Time(now.AddDate(0, 0, -5)), "attendeeIDs": []string{mia}})["id"].(string)
	id3 := create(h.MiaJWT, map[string]any{"title": "Gamma review", "heldAt": servertest.Time(now.AddDate(0, 0, -1))})["id"].(string)
	all := []string{id1, id2, id3}
	n := readNode(t, h, h.AdaJWT, id1, "FeedbackReview", sel)
	delete(n, "__typename")
	if compact(n) != compact(r1) {
		t.Fatalf("node read back %v, created %v", n, r1)
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"titleContains", map[string]any{"titleContains": "Beta"}, []string{id2}},
		{"heldAtGTE", map[string]any{"heldAtGTE": servertest.Time(now.AddDate(0, 0, -6))}, []string{id2, id3}},
		{"hasAttendeesWith", map[string]any{"hasAttendeesWith": []map[string]any{{"id": ada}}}, []string{id1}},
		{"hasAttendees", map[string]any{"hasAttendees": false}, []string{id3}},
		{"hasConversations", map[string]any{"hasConversations": true}, []string{id1}},
		{"hasHostWith", map[string]any{"hasHostWith": []map[string]any{{"id": mia}}}, []string{id3}},
		{"notesNotNil", map[string]any{"notesContains": "Refunds"}, []string{id1}},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "feedbackReviews", "FeedbackReview", c.where, nil), c.want)
		})
	}
	exactIDs(t, "HELD_AT DESC", matching(t, h, h.LeoJWT, "feedbackReviews", "FeedbackReview", nil, desc("HELD_AT")), []string{id3, id2, id1})
	paginate(t, h, h.LeoJWT, "feedbackReviews", "FeedbackReview", nil, asc("HELD_AT"), all)
	paginate(t, h, h.LeoJWT, "feedbackReviews", "FeedbackReview", nil, desc("HELD_AT"), []string{id3, id2, id1})
	ln := readNode(t, h, h.LeoJWT, mia, "Leader", "reviewsAttended(first: 10) { totalCount } reviewsHosted(first: 10) { totalCount }")
	if dig(ln, "reviewsAttended", "totalCount") != float64(2) || dig(ln, "reviewsHosted", "totalCount") != float64(1) {
		t.Fatalf("Mia's reviews %v", ln)
	}
	cn := readNode(t, h, h.LeoJWT, cv2, "Conversation", "reviews(first: 10) { totalCount }")
	if dig(cn, "reviews", "totalCount") != float64(1) {
		t.Fatalf("conversation's reviews %v", cn)
	}

	// Update.
	const upd = `mutation($id: ID!, $in: UpdateFeedbackReviewInput!) { updateFeedbackReview(id: $id, input: $in) { ` + sel + ` } }`
	var out map[string]any
	servertest.Data(t, h, h.LeoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"title": "Alpha review (final)", "notes": "Refunds fixed",
		"addAttendeeIDs": []string{leo}, "removeAttendeeIDs": []string{ada}, "removeConversationIDs": []string{cv2},
		"heldAt": servertest.Time(now.AddDate(0, 0, -9))}}, &out)
	if out["title"] != "Alpha review (final)" || out["notes"] != "Refunds fixed" || compact(out["departmentsInvited"]) != `["Product","Support"]` ||
		!parseTime(t, out["heldAt"]).Equal(now.AddDate(0, 0, -9)) {
		t.Fatalf("updateFeedbackReview returned %v", out)
	}
	if got := compact(dig(out, "attendees", "edges")); got != compact([]map[string]any{{"node": map[string]any{"id": leo}}, {"node": map[string]any{"id": mia}}}) {
		t.Fatalf("attendees after update %s", got)
	}
	if got := compact(dig(out, "conversations", "edges")); got != compact([]map[string]any{{"node": map[string]any{"id": cv1}}}) {
		t.Fatalf("conversations after update %s", got)
	}
	// appendDepartmentsInvited adds to the list.
	servertest.Data(t, h, h.LeoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"appendDepartmentsInvited": []string{"Finance"}}}, &out)
	if got := compact(out["departmentsInvited"]); got != `["Product","Support","Finance"]` {
		t.Errorf("departmentsInvited after appendDepartmentsInvited [Finance]: %s, want [\"Product\",\"Support\",\"Finance\"]", got)
	}
	n = readNode(t, h, h.LeoJWT, id1, "FeedbackReview", "departmentsInvited")
	if got := compact(n["departmentsInvited"]); got != `["Product","Support","Finance"]` {
		t.Errorf("departmentsInvited read back after append: %s", got)
	}
	servertest.Data(t, h, h.LeoJWT, `mutation($id: ID!) { updateFeedbackReview(id: $id, input: {departmentsInvited: ["Sales"], clearNotes: true, clearAttendees: true}) { `+sel+` } }`,
		map[string]any{"id": id1}, &out)
	if compact(out["departmentsInvited"]) != `["Sales"]` || !cleared(out["notes"]) || dig(out, "attendees", "totalCount") != float64(0) {
		t.Fatalf("second update returned %v", out)
	}
	sameIDs(t, "hasAttendees false after clear", matching(t, h, h.LeoJWT, "feedbackReviews", "FeedbackReview", map[string]any{"hasAttendees": false}, nil), []string{id1, id3})
}

func TestEntityCommitments(t *testing.T) {
	h := servertest.New(t)
	const sel = `id behaviour target period leader { id }`
	create := func(token string, in map[string]any) map[string]any {
		var out map[string]any
		servertest.Data(t, h, token, `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	c1 := create(h.LeoJWT, map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5})
	if c1["behaviour"] != "CUSTOMERS_MET" || c1["target"] != float64(5) || c1["period"] != "MONTH" || dig(c1, "leader", "id") != servertest.ID(h.Leo.ID) {
		t.Fatalf("createCommitment returned %v", c1)
	}
	id1 := c1["id"].(string)
	id2 := create(h.LeoJWT, map[string]any{"behaviour": "DAYS_WITH_CUSTOMERS", "target": 1})["id"].(string)
	id3 := create(h.LeoJWT, map[string]any{"behaviour": "RECOGNITIONS", "target": 2, "period": "QUARTER"})["id"].(string)
	id4 := create(h.MiaJWT, map[string]any{"behaviour": "FEEDBACK_REVIEWS", "target": 1})["id"].(string)
	all := []string{id1, id2, id3, id4}
	sameIDs(t, "all commitments", matching(t, h, h.MiaJWT, "commitments", "Commitment", nil, nil), all)
	n := readNode(t, h, h.AdaJWT, id3, "Commitment", sel)
	if n["behaviour"] != "RECOGNITIONS" || n["period"] != "QUARTER" || n["target"] != float64(2) {
		t.Fatalf("node read back %v", n)
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"behaviour", map[string]any{"behaviour": "CUSTOMERS_MET"}, []string{id1}},
		{"targetGTE", map[string]any{"targetGTE": 2}, []string{id1, id3}},
		{"period", map[string]any{"period": "QUARTER"}, []string{id3}},
		{"hasLeaderWith", map[string]any{"hasLeaderWith": []map[string]any{{"id": servertest.ID(h.Mia.ID)}}}, []string{id4}},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "commitments", "Commitment", c.where, nil), c.want)
		})
	}
	exactIDs(t, "BEHAVIOUR DESC", matching(t, h, h.LeoJWT, "commitments", "Commitment", nil, desc("BEHAVIOUR")), []string{id3, id4, id2, id1})
	paginate(t, h, h.LeoJWT, "commitments", "Commitment", nil, asc("BEHAVIOUR"), []string{id1, id2, id4, id3})
	ln := readNode(t, h, h.LeoJWT, servertest.ID(h.Leo.ID), "Leader", "commitments(first: 10) { totalCount }")
	if dig(ln, "commitments", "totalCount") != float64(3) {
		t.Fatalf("Leo's commitments %v", ln)
	}
	var out map[string]any
	servertest.Data(t, h, h.LeoJWT, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 8, period: QUARTER}) { `+sel+` } }`, map[string]any{"id": id1}, &out)
	if out["target"] != float64(8) || out["period"] != "QUARTER" || out["behaviour"] != "CUSTOMERS_MET" {
		t.Fatalf("updateCommitment returned %v", out)
	}
	sameIDs(t, "period after update", matching(t, h, h.LeoJWT, "commitments", "Commitment", map[string]any{"period": "QUARTER"}, nil), []string{id1, id3})
	// One commitment per behaviour and leader.
	counts := servertest.Counts(t, h)
	resp := h.Fails(h.LeoJWT, createCommitment, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 3}}, "CONFLICT")
	servertest.NoData(t, resp)
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	// Mia may commit to the same behaviour as Leo.
	create(h.MiaJWT, map[string]any{"behaviour": "CUSTOMERS_MET", "target": 3})
	if c := servertest.Rows(t, h, "commitments"); c != 5 {
		t.Fatalf("commitments stored: %d", c)
	}
}

func TestEntityLeaders(t *testing.T) {
	h := servertest.New(t)
	const sel = `id name email title team role champion deactivatedAt`
	create := func(in map[string]any) map[string]any {
		var out map[string]any
		servertest.Data(t, h, h.AdaJWT, `mutation($in: CreateLeaderInput!) { createLeader(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	bea := create(map[string]any{"name": "Bea Boss", "email": "bea@acme.test", "title": "CFO", "team": "Finance", "role": "LEADER"})
	if bea["name"] != "Bea Boss" || bea["email"] != "bea@acme.test" || bea["title"] != "CFO" || bea["team"] != "Finance" ||
		bea["role"] != "LEADER" || bea["champion"] != false || bea["deactivatedAt"] != nil {
		t.Fatalf("createLeader returned %v", bea)
	}
	zed := create(map[string]any{"name": "Zed Member", "email": "zed@acme.test", "team": "Support", "role": "MEMBER"})
	def := create(map[string]any{"name": "Dan Default", "email": "dan@acme.test"})
	if def["role"] != "LEADER" {
		t.Fatalf("default role %v", def["role"])
	}
	beaID, zedID, danID := bea["id"].(string), zed["id"].(string), def["id"].(string)
	ada, leo, mia := servertest.ID(h.Ada.ID), servertest.ID(h.Leo.ID), servertest.ID(h.Mia.ID)
	n := readNode(t, h, h.MiaJWT, zedID, "Leader", sel)
	if n["team"] != "Support" || n["role"] != "MEMBER" {
		t.Fatalf("node read back %v", n)
	}
	sameIDs(t, "all leaders", matching(t, h, h.LeoJWT, "leaders", "Leader", nil, nil), []string{ada, leo, mia, beaID, zedID, danID})
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"role ADMIN", map[string]any{"role": "ADMIN"}, []string{ada}},
		{"roleIn MEMBER", map[string]any{"roleIn": []string{"MEMBER"}}, []string{mia, zedID}},
		{"team", map[string]any{"team": "Finance"}, []string{beaID}},
		{"nameContains", map[string]any{"nameContains": "Leader"}, []string{leo}},
		{"emailHasSuffix", map[string]any{"emailHasSuffix": "@acme.test", "emailHasPrefix": "z"}, []string{zedID}},
		{"titleIsNil", map[string]any{"titleIsNil": false, "titleNotNil": true}, []string{beaID}},
		{"champion", map[string]any{"champion": true}, nil},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			sameIDs(t, c.name, matching(t, h, h.LeoJWT, "leaders", "Leader", c.where, nil), c.want)
		})
	}
	byName := []string{ada, beaID, danID, leo, mia, zedID}
	exactIDs(t, "NAME ASC", matching(t, h, h.LeoJWT, "leaders", "Leader", nil, asc("NAME")), byName)
	exactIDs(t, "NAME DESC", matching(t, h, h.LeoJWT, "leaders", "Leader", nil, desc("NAME")), []string{zedID, mia, leo, danID, beaID, ada})
	exactIDs(t, "ROLE ASC, NAME ASC", matching(t, h, h.LeoJWT, "leaders", "Leader", nil,
		[]map[string]any{{"field": "ROLE", "direction": "ASC"}, {"field": "NAME", "direction": "ASC"}}),
		[]string{ada, beaID, danID, leo, mia, zedID})
	paginate(t, h, h.LeoJWT, "leaders", "Leader", nil, asc("NAME"), byName)
	paginate(t, h, h.LeoJWT, "leaders", "Leader", map[string]any{"roleNEQ": "ADMIN"}, desc("EMAIL"), nil)

	var out map[string]any
	servertest.Data(t, h, h.AdaJWT, `mutation($id: ID!, $in: UpdateLeaderInput!) { updateLeader(id: $id, input: $in) { `+sel+` } }`,
		map[string]any{"id": beaID, "in": map[string]any{"name": "Bea Boss-Smith", "role": "ADMIN", "title": "COO", "clearTeam": true, "email": "bea.smith@acme.test"}}, &out)
	if out["name"] != "Bea Boss-Smith" || out["role"] != "ADMIN" || out["title"] != "COO" || !cleared(out["team"]) || out["email"] != "bea.smith@acme.test" {
		t.Fatalf("updateLeader returned %v", out)
	}
	sameIDs(t, "admins after update", matching(t, h, h.LeoJWT, "leaders", "Leader", map[string]any{"role": "ADMIN"}, nil), []string{ada, beaID})
	servertest.Data(t, h, h.AdaJWT, `mutation($id: ID!) { updateLeader(id: $id, input: {clearTitle: true, team: "Ops"}) { `+sel+` } }`, map[string]any{"id": beaID}, &out)
	if !cleared(out["title"]) || out["team"] != "Ops" {
		t.Fatalf("second updateLeader returned %v", out)
	}
	// The same email twice in one organization is a conflict; in another it is not.
	counts := servertest.Counts(t, h)
	h.Fails(h.AdaJWT, createLeader, map[string]any{"in": map[string]any{"name": "Leo Again", "email": "leo@acme.test"}}, "CONFLICT")
	servertest.SameCounts(t, counts, servertest.Counts(t, h))
	servertest.RecordID(t, h, h.GusJWT, createLeader, map[string]any{"in": map[string]any{"name": "Leo at Globex", "email": "leo@acme.test"}})
	if c := len(matching(t, h, h.GusJWT, "leaders", "Leader", nil, nil)); c != 3 {
		t.Fatalf("Globex lists %d leaders, want 3", c)
	}
}

func TestEntityInvitations(t *testing.T) {
	h := servertest.New(t)
	const sel = `id email role expiresAt usedAt revokedAt invitedByID invitedBy { id }`
	invite := func(email, role string) map[string]any {
		var out struct {
			Invitation map[string]any
			URL        string
		}
		servertest.Data(t, h, h.AdaJWT, `mutation($e: String!, $r: InvitationRole) { createInvitation(input: {email: $e, role: $r}) { invitation { `+sel+` } url } }`,
			map[string]any{"e": email, "r": role}, &out)
		if !strings.HasPrefix(out.URL, "http://localhost:8080/invite/") || len(out.URL) < len("http://localhost:8080/invite/")+16 {
			t.Fatalf("invitation url %q", out.URL)
		}
		inv := out.Invitation
		if inv["email"] != email || inv["role"] != role || inv["usedAt"] != nil || inv["revokedAt"] != nil ||
			inv["invitedByID"] != servertest.ID(h.Ada.ID) || dig(inv, "invitedBy", "id") != servertest.ID(h.Ada.ID) {
			t.Fatalf("createInvitation returned %v", inv)
		}
		if exp := parseTime(t, inv["expiresAt"]); exp.Before(time.Now().Add(6*24*time.Hour)) || exp.After(time.Now().Add(8*24*time.Hour)) {
			t.Fatalf("invitation expires %v, want in 7 days", exp)
		}
		return inv
	}
	ivy := invite("ivy@acme.test", "LEADER")["id"].(string)
	ian := invite("ian@acme.test", "ADMIN")["id"].(string)
	ida := invite("ida@acme.test", "MEMBER")["id"].(string)
	all := []string{ivy, ian, ida}
	n := readNode(t, h, h.AdaJWT, ian, "Invitation", sel)
	if n["email"] != "ian@acme.test" || n["role"] != "ADMIN" {
		t.Fatalf("node read back %v", n)
	}
	sameIDs(t, "all", matching(t, h, h.AdaJWT, "invitations", "Invitation", nil, nil), all)
	sameIDs(t, "role", matching(t, h, h.AdaJWT, "invitations", "Invitation", map[string]any{"role": "ADMIN"}, nil), []string{ian})
	sameIDs(t, "emailContains", matching(t, h, h.AdaJWT, "invitations", "Invitation", map[string]any{"emailContains": "ivy"}, nil), []string{ivy})
	exactIDs(t, "EXPIRES_AT DESC", matching(t, h, h.AdaJWT, "invitations", "Invitation", nil, desc("EXPIRES_AT")), []string{ida, ian, ivy})
	paginate(t, h, h.AdaJWT, "invitations", "Invitation", nil, asc("EXPIRES_AT"), all)
	var rev map[string]any
	servertest.Data(t, h, h.AdaJWT, `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`, map[string]any{"id": ida}, &rev)
	if rev["revokedAt"] == nil {
		t.Fatalf("revokeInvitation returned %v", rev)
	}
	sameIDs(t, "revokedAtNotNil", matching(t, h, h.AdaJWT, "invitations", "Invitation", map[string]any{"revokedAtNotNil": true}, nil), []string{ida})
	sameIDs(t, "revokedAtIsNil", matching(t, h, h.AdaJWT, "invitations", "Invitation", map[string]any{"revokedAtIsNil": true}, nil), []string{ivy, ian})
	if c := len(matching(t, h, h.GusJWT, "invitations", "Invitation", nil, nil)); c != 0 {
		t.Fatalf("Globex lists %d invitations", c)
	}
}

func TestEntityAPITokens(t *testing.T) {
	h := servertest.New(t)
	const sel = `id name prefix scope expiresAt revokedAt lastUsedAt createdByID createdBy { id }`
	create := func(input string) (map[string]any, string) {
		var out struct {
			APIToken map[string]any
			Token    string
		}
		servertest.Data(t, h, h.AdaJWT, `mutation { createAPIToken(input: `+input+`) { apiToken { `+sel+` } token } }`, nil, &out)
		tok := out.APIToken
		if out.Token == "" || !strings.HasPrefix(out.Token, tok["prefix"].(string)) || tok["createdByID"] != servertest.ID(h.Ada.ID) ||
			dig(tok, "createdBy", "id") != servertest.ID(h.Ada.ID) || tok["revokedAt"] != nil {
			t.Fatalf("createAPIToken returned %v (token %q)", tok, out.Token)
		}
		return tok, out.Token
	}
	backup, _ := create(`{name: "backup", scope: READ, expiresInDays: 30}`)
	if exp := parseTime(t, backup["expiresAt"]); exp.Before(time.Now().Add(29*24*time.Hour)) || exp.After(time.Now().Add(31*24*time.Hour)) {
		t.Fatalf("expiresAt %v, want in 30 days", exp)
	}
	ci, ciSecret := create(`{name: "ci-export", scope: READ}`)
	zap, _ := create(`{name: "zapier", scope: READ_WRITE, noExpiry: true}`)
	if zap["expiresAt"] != nil || zap["scope"] != "READ_WRITE" {
		t.Fatalf("no-expiry token %v", zap)
	}
	b, c, z := backup["id"].(string), ci["id"].(string), zap["id"].(string)
	n := readNode(t, h, h.AdaJWT, c, "APIToken", sel)
	if n["name"] != "ci-export" || n["scope"] != "READ" || n["prefix"] != ci["prefix"] {
		t.Fatalf("node read back %v", n)
	}
	// The new token works, and is seen as used.
	var v struct{ Viewer struct{ ID string } }
	h.OK(ciSecret, `{ viewer { id } }`, nil, &v)
	if v.Viewer.ID != servertest.ID(h.Ada.ID) {
		t.Fatalf("the token acts as %s", v.Viewer.ID)
	}
	all := matching(t, h, h.AdaJWT, "apiTokens", "APIToken", nil, nil)
	if len(all) != 5 {
		t.Fatalf("%d tokens listed, want 5", len(all))
	}
	mine := map[string]any{"nameIn": []string{"backup", "ci-export", "zapier"}}
	sameIDs(t, "scope READ", matching(t, h, h.AdaJWT, "apiTokens", "APIToken", map[string]any{"scope": "READ", "nameIn": mine["nameIn"]}, nil), []string{b, c})
	sameIDs(t, "expiresAtIsNil", matching(t, h, h.AdaJWT, "apiTokens", "APIToken", map[string]any{"expiresAtIsNil": true, "nameIn": mine["nameIn"]}, nil), []string{z})
	sameIDs(t, "nameContains", matching(t, h, h.AdaJWT, "apiTokens", "APIToken", map[string]any{"nameContains": "export"}, nil), []string{c})
	exactIDs(t, "NAME DESC", matching(t, h, h.AdaJWT, "apiTokens", "APIToken", mine, desc("NAME")), []string{z, c, b})
	paginate(t, h, h.AdaJWT, "apiTokens", "APIToken", mine, asc("NAME"), []string{b, c, z})
	paginate(t, h, h.AdaJWT, "apiTokens", "APIToken", nil, asc("CREATED_AT"), nil)
	var rev map[string]any
	servertest.Data(t, h, h.AdaJWT, `mutation($id: ID!) { revokeAPIToken(id: $id) { id revokedAt } }`, map[string]any{"id": z}, &rev)
	if rev["revokedAt"] == nil {
		t.Fatalf("revokeAPIToken returned %v", rev)
	}
	sameIDs(t, "revokedAtNotNil", matching(t, h, h.AdaJWT, "apiTokens", "APIToken", map[string]any{"revokedAtNotNil": true}, nil), []string{z})
	if c := len(matching(t, h, h.GusJWT, "apiTokens", "APIToken", nil, nil)); c != 0 {
		t.Fatalf("Globex lists %d tokens", c)
	}
}

func TestEntityOrganization(t *testing.T) {
	h := servertest.New(t)
	var out map[string]any
	servertest.Data(t, h, h.AdaJWT, `mutation { updateOrganization(input: {name: "  Acme Corp "}) { id name } }`, nil, &out)
	if out["name"] != "Acme Corp" || out["id"] != fmt.Sprint(h.Acme.ID) {
		t.Fatalf("updateOrganization returned %v", out)
	}
	var org struct{ Organization struct{ ID, Name string } }
	h.OK(h.MiaJWT, `{ organization { id name } }`, nil, &org)
	if org.Organization.Name != "Acme Corp" || org.Organization.ID != fmt.Sprint(h.Acme.ID) {
		t.Fatalf("organization read back %+v", org)
	}
	n := readNode(t, h, h.LeoJWT, fmt.Sprint(h.Acme.ID), "Organization", "name")
	if n["name"] != "Acme Corp" {
		t.Fatalf("node read back %v", n)
	}
	h.OK(h.GusJWT, `{ organization { id name } }`, nil, &org)
	if org.Organization.Name != "Globex" {
		t.Fatalf("Globex renamed: %+v", org)
	}
}
