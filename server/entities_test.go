package server_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"walker/ent"
)

// This file walks every entity served at the root through its life in the
// API: created by its mutation, read back by node id and in its connection,
// filtered with where, ordered with orderBy, paginated both ways, and changed
// by its update mutation where there is one.

// enPage is one page of a connection.
type enPage struct {
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

func (p enPage) ids() []string {
	out := make([]string, len(p.Edges))
	for i, e := range p.Edges {
		out[i], _ = e.Node["id"].(string)
	}
	return out
}

// values returns field of every node of the page.
func (p enPage) values(field string) []any {
	out := make([]any, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node[field]
	}
	return out
}

// enConn reads one page of the root connection root (of type typ) with args
// (first, last, after, before, where, orderBy), selecting fields on each node.
func enConn(t *testing.T, h *harness, token, root, typ, fields string, args map[string]any) enPage {
	t.Helper()
	q := fmt.Sprintf(`query($first: Int, $last: Int, $after: Cursor, $before: Cursor, $where: %[2]sWhereInput, $orderBy: [%[2]sOrder!]) {
		%[1]s(first: $first, last: $last, after: $after, before: $before, where: $where, orderBy: $orderBy) {
			totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			edges { cursor node { id %[3]s } } } }`, root, typ, fields)
	var out map[string]enPage
	wkAs(h, t).ok(token, q, args, &out)
	return out[root]
}

// enWhere returns the ids of root's records matching where, in orderBy order
// (id order when nil), and checks totalCount agrees.
func enWhere(t *testing.T, h *harness, token, root, typ string, where, orderBy any) []string {
	t.Helper()
	p := enConn(t, h, token, root, typ, "", map[string]any{"first": 100, "where": where, "orderBy": orderBy})
	if p.TotalCount != len(p.Edges) {
		t.Errorf("%s where %v: totalCount %d, %d edges", root, where, p.TotalCount, len(p.Edges))
	}
	return p.ids()
}

// enSame fails when got and want hold different ids (order ignored).
func enSame(t *testing.T, what string, got, want []string) {
	t.Helper()
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	if !slices.Equal(g, w) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// enExactly fails when got and want differ, order included.
func enExactly(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// enPaginate pages through root (where, orderBy) two at a time forwards and
// backwards and checks the pages against the whole list, which must be want
// (in order) when want is not nil.
func enPaginate(t *testing.T, h *harness, token, root, typ string, where, orderBy any, want []string) {
	t.Helper()
	full := enConn(t, h, token, root, typ, "", map[string]any{"first": 100, "where": where, "orderBy": orderBy})
	all := full.ids()
	if want != nil {
		enExactly(t, root+" full list", all, want)
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
		p := enConn(t, h, token, root, typ, "", map[string]any{"first": 2, "after": after, "where": where, "orderBy": orderBy})
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
	enExactly(t, root+" forward pages", got, all)
	// Backwards: last 2, before startCursor.
	var back []string
	var before any
	for page := 0; page <= n; page++ {
		p := enConn(t, h, token, root, typ, "", map[string]any{"last": 2, "before": before, "where": where, "orderBy": orderBy})
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
	enExactly(t, root+" backward pages", back, all)
	// One edge's cursor leads to the next record.
	p := enConn(t, h, token, root, typ, "", map[string]any{"first": 1, "after": full.Edges[0].Cursor, "where": where, "orderBy": orderBy})
	enExactly(t, root+" after the first edge's cursor", p.ids(), all[1:2])
}

// enNode reads a record by id as token, with fields of typ.
func enNode(t *testing.T, h *harness, token, id, typ, fields string) map[string]any {
	t.Helper()
	var out struct{ Node map[string]any }
	wkAs(h, t).ok(token, fmt.Sprintf(`query($id: ID!) { node(id: $id) { __typename id ... on %s { %s } } }`, typ, fields),
		map[string]any{"id": id}, &out)
	if out.Node == nil {
		t.Fatalf("node %s not found", id)
	}
	if out.Node["__typename"] != typ {
		t.Fatalf("node %s is a %v, want %s", id, out.Node["__typename"], typ)
	}
	return out.Node
}

// enNodes reads records with nodes(ids:) and returns their ids in order.
func enNodes(t *testing.T, h *harness, token string, ids []string) []string {
	t.Helper()
	var out struct{ Nodes []*struct{ ID string } }
	wkAs(h, t).ok(token, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &out)
	got := make([]string, len(out.Nodes))
	for i, n := range out.Nodes {
		if n != nil {
			got[i] = n.ID
		}
	}
	return got
}

// enJSON is v as compact JSON, to compare nested values.
func enJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// enPath reads a nested value: enPath(m, "owner", "id").
func enPath(m map[string]any, keys ...string) any {
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

// enTime parses a Time value read back.
func enTime(t *testing.T, v any) time.Time {
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

// enDesc and enAsc order arguments.
func enDesc(field string) []map[string]any {
	return []map[string]any{{"field": field, "direction": "DESC"}}
}

func enAsc(field string) []map[string]any {
	return []map[string]any{{"field": field, "direction": "ASC"}}
}

func enLeader(l *ent.Leader) string { return fmt.Sprint(l.ID) }

// enCleared tells whether a cleared optional field reads back as cleared.
// Optional fields that are not Nillable in the ent schema read back as their
// zero value ("" or 0) rather than null; both count as cleared here (the
// where filters, e.g. segmentIsNil, see them as NULL).
func enCleared(v any) bool { return v == nil || v == "" || v == float64(0) }

func TestEntityCustomers(t *testing.T) {
	h := newHarness(t)
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
		wkData(t, h, h.leoJWT, `mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name company segment persona createdBy { id } } }`,
			map[string]any{"in": in}, &out)
		if out["name"] != r.name || out["segment"] != r.segment || out["persona"] != "Owner" || enPath(out, "createdBy", "id") != enLeader(h.leo) {
			t.Fatalf("createCustomer returned %v", out)
		}
		ids[i] = out["id"].(string)
	}
	ann, bob, cid, dee, eve := ids[0], ids[1], ids[2], ids[3], ids[4]

	n := enNode(t, h, h.miaJWT, bob, "Customer", "name company segment persona createdBy { name } createdAt updatedAt")
	if n["name"] != "Bob Bakery" || n["company"] != "Bob Ltd" || n["segment"] != "Enterprise" || enPath(n, "createdBy", "name") != "Leo Leader" {
		t.Fatalf("node read back %v", n)
	}
	if time.Since(enTime(t, n["createdAt"])) > time.Minute {
		t.Errorf("createdAt %v", n["createdAt"])
	}
	enExactly(t, "nodes", enNodes(t, h, h.leoJWT, []string{eve, ann}), []string{eve, ann})
	enSame(t, "all customers", enWhere(t, h, h.readToken, "customers", "Customer", nil, nil), ids)

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
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "customers", "Customer", c.where, nil), c.want)
		})
	}
	enExactly(t, "NAME DESC", enWhere(t, h, h.leoJWT, "customers", "Customer", nil, enDesc("NAME")), []string{eve, dee, cid, bob, ann})
	enExactly(t, "NAME ASC", enWhere(t, h, h.leoJWT, "customers", "Customer", nil, enAsc("NAME")), ids)
	enExactly(t, "SEGMENT ASC, NAME DESC", enWhere(t, h, h.leoJWT, "customers", "Customer", nil,
		[]map[string]any{{"field": "SEGMENT", "direction": "ASC"}, {"field": "NAME", "direction": "DESC"}}),
		[]string{dee, bob, eve, cid, ann})
	enPaginate(t, h, h.leoJWT, "customers", "Customer", nil, enAsc("NAME"), ids)
	enPaginate(t, h, h.leoJWT, "customers", "Customer", nil, enDesc("NAME"), []string{eve, dee, cid, bob, ann})
	enPaginate(t, h, h.leoJWT, "customers", "Customer", nil,
		[]map[string]any{{"field": "SEGMENT", "direction": "ASC"}, {"field": "NAME", "direction": "DESC"}}, []string{dee, bob, eve, cid, ann})
	enPaginate(t, h, h.leoJWT, "customers", "Customer", nil, nil, nil)

	// Update.
	var upd map[string]any
	wkData(t, h, h.leoJWT, `mutation($id: ID!) { updateCustomer(id: $id, input: {name: "Ann Store", clearSegment: true, persona: "Buyer", company: "Ann plc"}) { id name segment persona company updatedAt } }`,
		map[string]any{"id": ann}, &upd)
	if upd["id"] != ann || upd["name"] != "Ann Store" || !enCleared(upd["segment"]) || upd["persona"] != "Buyer" || upd["company"] != "Ann plc" {
		t.Fatalf("updateCustomer returned %v", upd)
	}
	n = enNode(t, h, h.adaJWT, ann, "Customer", "name segment persona company")
	if n["name"] != "Ann Store" || !enCleared(n["segment"]) || n["persona"] != "Buyer" {
		t.Fatalf("updated customer read back %v", n)
	}
	enSame(t, "segmentIsNil after update", enWhere(t, h, h.leoJWT, "customers", "Customer", map[string]any{"segmentIsNil": true}, nil), []string{ann})
	enSame(t, "nameContains Shop after update", enWhere(t, h, h.leoJWT, "customers", "Customer", map[string]any{"nameContains": "Shop"}, nil), []string{cid, eve})
	// hasConversations follows the edge.
	h.conversation(h.miaJWT, time.Now().Add(-time.Hour), bob, dee)
	enSame(t, "hasConversations", enWhere(t, h, h.leoJWT, "customers", "Customer", map[string]any{"hasConversations": true}, nil), []string{bob, dee})
	if wkCount(t, h, "customers") != 5 {
		t.Fatalf("customers stored: %d", wkCount(t, h, "customers"))
	}
}

func TestEntityConversations(t *testing.T) {
	h := newHarness(t)
	ann := h.customer(h.leoJWT, "Ann Shop")
	bob := h.customer(h.leoJWT, "Bob Bakery")
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
		wkData(t, h, h.leoJWT, `mutation($in: CreateConversationInput!) { createConversation(input: $in) {
			id mode occurredAt durationMinutes heard painPoints sentiment leader { id } customers(first: 10) { totalCount } } }`,
			map[string]any{"in": map[string]any{"mode": r.mode, "occurredAt": wkTime(at), "durationMinutes": r.minutes,
				"heard": fmt.Sprintf("Heard %d", i), "painPoints": "Slow refunds", "sentiment": r.sentimen, "customerIDs": r.cust}}, &out)
		if out["mode"] != r.mode || !enTime(t, out["occurredAt"]).Equal(at) || out["durationMinutes"] != float64(r.minutes) ||
			out["sentiment"] != r.sentimen || enPath(out, "leader", "id") != enLeader(h.leo) ||
			enPath(out, "customers", "totalCount") != float64(len(r.cust)) {
			t.Fatalf("createConversation returned %v", out)
		}
		ids[i] = out["id"].(string)
	}
	n := enNode(t, h, h.adaJWT, ids[2], "Conversation",
		`mode occurredAt durationMinutes heard painPoints sentiment leader { name } customers(first: 10, orderBy: [{field: NAME, direction: ASC}]) { edges { node { id } } }`)
	if n["mode"] != "CALL" || n["heard"] != "Heard 2" || n["painPoints"] != "Slow refunds" || enPath(n, "leader", "name") != "Leo Leader" {
		t.Fatalf("node read back %v", n)
	}
	if got := enJSON(enPath(n, "customers", "edges")); got != enJSON([]map[string]any{{"node": map[string]any{"id": ann}}, {"node": map[string]any{"id": bob}}}) {
		t.Fatalf("customers read back %s", got)
	}
	enExactly(t, "nodes", enNodes(t, h, h.leoJWT, ids), ids)

	cutoff := wkTime(now.AddDate(0, 0, -3).Add(-time.Minute))
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
		{"hasLeaderWith", map[string]any{"hasLeaderWith": []map[string]any{{"id": enLeader(h.mia)}}}, nil},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			var want []string
			for _, i := range c.want {
				want = append(want, ids[i])
			}
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "conversations", "Conversation", c.where, nil), want)
		})
	}
	pick := func(is ...int) []string {
		var out []string
		for _, i := range is {
			out = append(out, ids[i])
		}
		return out
	}
	enExactly(t, "OCCURRED_AT DESC", enWhere(t, h, h.leoJWT, "conversations", "Conversation", nil, enDesc("OCCURRED_AT")), pick(4, 3, 2, 1, 0))
	enExactly(t, "DURATION DESC", enWhere(t, h, h.leoJWT, "conversations", "Conversation", nil, enDesc("DURATION")), pick(2, 0, 3, 1, 4))
	modes := enConn(t, h, h.leoJWT, "conversations", "Conversation", "mode", map[string]any{"first": 10, "orderBy": enDesc("MODE")}).values("mode")
	for i := 1; i < len(modes); i++ {
		if modes[i-1].(string) < modes[i].(string) {
			t.Errorf("MODE DESC not descending: %v", modes)
		}
	}
	enPaginate(t, h, h.leoJWT, "conversations", "Conversation", nil, enAsc("OCCURRED_AT"), ids)
	enPaginate(t, h, h.leoJWT, "conversations", "Conversation", nil, enDesc("OCCURRED_AT"), pick(4, 3, 2, 1, 0))
	enPaginate(t, h, h.leoJWT, "conversations", "Conversation", map[string]any{"occurredAtGTE": wkTime(now.AddDate(0, 0, -4).Add(-time.Minute))},
		enDesc("DURATION"), pick(2, 3, 1, 4))

	// Update: fields and customers.
	var upd map[string]any
	wkData(t, h, h.leoJWT, `mutation($id: ID!, $in: UpdateConversationInput!) { updateConversation(id: $id, input: $in) {
		id mode heard durationMinutes sentiment occurredAt customers(first: 10) { edges { node { id } } } } }`,
		map[string]any{"id": ids[0], "in": map[string]any{"mode": "CALL", "heard": "Changed", "durationMinutes": 60,
			"occurredAt": wkTime(now.Add(-time.Hour)), "addCustomerIDs": []string{bob}, "removeCustomerIDs": []string{ann}, "clearSentiment": true}}, &upd)
	if upd["mode"] != "CALL" || upd["heard"] != "Changed" || upd["durationMinutes"] != float64(60) || upd["sentiment"] != nil ||
		!enTime(t, upd["occurredAt"]).Equal(now.Add(-time.Hour)) {
		t.Fatalf("updateConversation returned %v", upd)
	}
	if got := enJSON(enPath(upd, "customers", "edges")); got != enJSON([]map[string]any{{"node": map[string]any{"id": bob}}}) {
		t.Fatalf("customers after update %s", got)
	}
	n = enNode(t, h, h.miaJWT, ann, "Customer", "conversations(first: 10) { totalCount edges { node { id } } }")
	enSame(t, "Ann's conversations after the update", []string{
		fmt.Sprint(enPath(n, "conversations", "edges").([]any)[0].(map[string]any)["node"].(map[string]any)["id"]),
		fmt.Sprint(enPath(n, "conversations", "edges").([]any)[1].(map[string]any)["node"].(map[string]any)["id"]),
	}, pick(2, 4))
	if enPath(n, "conversations", "totalCount") != float64(2) {
		t.Fatalf("Ann's conversations %v", n)
	}
	// clearDurationMinutes and clearHeard.
	wkData(t, h, h.leoJWT, `mutation($id: ID!) { updateConversation(id: $id, input: {clearDurationMinutes: true, clearHeard: true}) { id durationMinutes heard } }`,
		map[string]any{"id": ids[1]}, &upd)
	if !enCleared(upd["durationMinutes"]) || !enCleared(upd["heard"]) {
		t.Fatalf("cleared fields read back %v", upd)
	}
	enSame(t, "durationMinutesIsNil", enWhere(t, h, h.leoJWT, "conversations", "Conversation", map[string]any{"durationMinutesIsNil": true}, nil), pick(1))
	if c := wkCount(t, h, "conversations"); c != 5 {
		t.Fatalf("conversations stored: %d", c)
	}
}

func TestEntityFollowUps(t *testing.T) {
	h := newHarness(t)
	cust := h.customer(h.leoJWT, "Ann Shop")
	conv := h.conversation(h.leoJWT, time.Now().Add(-time.Hour), cust)
	day := 24 * time.Hour
	now := time.Now().UTC().Truncate(time.Second)
	leo, mia := enLeader(h.leo), enLeader(h.mia)
	inputs := []map[string]any{
		{"action": "Call Ann back", "ownerID": leo, "dueOn": wkTime(now.Add(day)), "conversationID": conv},
		{"action": "Mail Bob the form", "ownerID": mia, "dueOn": wkTime(now.Add(3 * day))},
		{"action": "Visit Cid", "ownerID": leo, "dueOn": wkTime(now.Add(2 * day)), "quickWin": true},
		{"action": "Fix the invoice template", "ownerID": leo, "newInitiative": true},
	}
	ids := make([]string, len(inputs))
	for i, in := range inputs {
		var out map[string]any
		wkData(t, h, h.leoJWT, `mutation($in: CreateFollowUpInput!) { createFollowUp(input: $in) {
			id action ownerID owner { id } conversationID conversation { id } dueOn doneAt quickWin newInitiative } }`,
			map[string]any{"in": in}, &out)
		if out["action"] != in["action"] || out["ownerID"] != in["ownerID"] || enPath(out, "owner", "id") != in["ownerID"] || out["doneAt"] != nil {
			t.Fatalf("createFollowUp returned %v", out)
		}
		if in["conversationID"] != nil && (out["conversationID"] != conv || enPath(out, "conversation", "id") != conv) {
			t.Fatalf("follow-up's conversation %v", out)
		}
		ids[i] = out["id"].(string)
	}
	n := enNode(t, h, h.adaJWT, ids[2], "FollowUp", "action dueOn quickWin newInitiative owner { name } conversation { id }")
	if n["action"] != "Visit Cid" || !enTime(t, n["dueOn"]).Equal(now.Add(2*day)) || n["quickWin"] != true || n["newInitiative"] != false ||
		enPath(n, "owner", "name") != "Leo Leader" || n["conversation"] != nil {
		t.Fatalf("node read back %v", n)
	}
	cn := enNode(t, h, h.leoJWT, conv, "Conversation", "followUps(first: 10) { totalCount edges { node { id } } }")
	if enPath(cn, "followUps", "totalCount") != float64(1) {
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
		{"dueOnLT", map[string]any{"dueOnLT": wkTime(now.Add(2*day + time.Hour))}, pick(0, 2)},
		{"hasConversation", map[string]any{"hasConversation": true}, pick(0)},
		{"quickWin", map[string]any{"quickWin": true}, pick(2)},
		{"actionContains", map[string]any{"actionContains": "Bob"}, pick(1)},
		{"doneAtIsNil", map[string]any{"doneAtIsNil": true}, ids},
		{"hasOwnerWith", map[string]any{"hasOwnerWith": []map[string]any{{"name": "Mia Member"}}}, pick(1)},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "followUps", "FollowUp", c.where, nil), c.want)
		})
	}
	withDue := map[string]any{"dueOnNotNil": true}
	enExactly(t, "DUE_ON DESC", enWhere(t, h, h.leoJWT, "followUps", "FollowUp", withDue, enDesc("DUE_ON")), pick(1, 2, 0))
	enExactly(t, "DUE_ON ASC", enWhere(t, h, h.leoJWT, "followUps", "FollowUp", withDue, enAsc("DUE_ON")), pick(0, 2, 1))
	enPaginate(t, h, h.leoJWT, "followUps", "FollowUp", withDue, enDesc("DUE_ON"), pick(1, 2, 0))
	enPaginate(t, h, h.leoJWT, "followUps", "FollowUp", nil, enAsc("CREATED_AT"), ids)

	// Update: Mia hands her follow-up to Leo and drops the due date.
	var upd map[string]any
	wkData(t, h, h.miaJWT, `mutation($id: ID!, $in: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $in) { id action ownerID dueOn quickWin } }`,
		map[string]any{"id": ids[1], "in": map[string]any{"action": "Mail Bob the new form", "ownerID": leo, "clearDueOn": true, "quickWin": true}}, &upd)
	if upd["action"] != "Mail Bob the new form" || upd["ownerID"] != leo || upd["dueOn"] != nil || upd["quickWin"] != true {
		t.Fatalf("updateFollowUp returned %v", upd)
	}
	wkData(t, h, h.leoJWT, `mutation($id: ID!, $in: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $in) { id dueOn } }`,
		map[string]any{"id": ids[3], "in": map[string]any{"dueOn": wkTime(now.Add(10 * day))}}, &upd)
	if !enTime(t, upd["dueOn"]).Equal(now.Add(10 * day)) {
		t.Fatalf("dueOn after update %v", upd)
	}
	enSame(t, "ownerID after update", enWhere(t, h, h.leoJWT, "followUps", "FollowUp", map[string]any{"ownerID": leo}, nil), ids)
	// Done.
	h.ok(h.leoJWT, `mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, map[string]any{"id": ids[0]}, nil)
	enSame(t, "doneAtNotNil", enWhere(t, h, h.leoJWT, "followUps", "FollowUp", map[string]any{"doneAtNotNil": true}, nil), pick(0))
}

func TestEntityDecisions(t *testing.T) {
	h := newHarness(t)
	cust := h.customer(h.leoJWT, "Ann Shop")
	cv1 := h.conversation(h.leoJWT, time.Now().Add(-3*time.Hour), cust)
	cv2 := h.conversation(h.leoJWT, time.Now().Add(-2*time.Hour), cust)
	cv3 := h.conversation(h.miaJWT, time.Now().Add(-1*time.Hour), cust)
	reviewOn := time.Now().UTC().AddDate(0, 1, 0).Truncate(time.Second)
	const sel = `id title context customerBenefit clvImpact optionsConsidered status decidedAt reviewOn quickWin newInitiative
		owner { id } evidence(first: 10) { totalCount edges { node { id } } } supersedes { id } supersededBy { id }`
	create := func(in map[string]any) map[string]any {
		var out map[string]any
		wkData(t, h, h.leoJWT, `mutation($in: CreateDecisionInput!) { createDecision(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	before := time.Now().Add(-time.Second)
	d1 := create(map[string]any{"title": "Alpha", "context": "Refunds are slow", "customerBenefit": wkBenefit, "clvImpact": 1000.0,
		"optionsConsidered": "Outsource", "reviewOn": wkTime(reviewOn), "evidenceIDs": []string{cv1, cv2}, "newInitiative": true})
	if d1["title"] != "Alpha" || d1["status"] != "PROPOSED" || d1["decidedAt"] != nil || d1["clvImpact"] != 1000.0 ||
		!enTime(t, d1["reviewOn"]).Equal(reviewOn) || enPath(d1, "owner", "id") != enLeader(h.leo) ||
		enPath(d1, "evidence", "totalCount") != float64(2) || d1["newInitiative"] != true || d1["customerBenefit"] != wkBenefit {
		t.Fatalf("createDecision returned %v", d1)
	}
	id1 := d1["id"].(string)
	d2 := create(map[string]any{"title": "Bravo", "customerBenefit": "Customers get refunds the same day", "clvImpact": 5000.0,
		"supersedesID": id1, "evidenceIDs": []string{cv1}})
	id2 := d2["id"].(string)
	if enPath(d2, "supersedes", "id") != id1 {
		t.Fatalf("Bravo supersedes %v", d2["supersedes"])
	}
	d3 := create(map[string]any{"title": "Charlie", "customerBenefit": "Customers can reach us on Sundays", "status": "DECIDED"})
	id3 := d3["id"].(string)
	if d3["decidedAt"] == nil {
		t.Fatalf("a decision created DECIDED has no decidedAt: %v", d3)
	}
	if at := enTime(t, d3["decidedAt"]); at.Before(before) || time.Since(at) > time.Minute {
		t.Errorf("decidedAt %v is not now", at)
	}
	d4 := create(map[string]any{"title": "Delta", "customerBenefit": "Customers pay less for delivery", "status": "IMPLEMENTED", "quickWin": true})
	id4 := d4["id"].(string)
	all := []string{id1, id2, id3, id4}

	n := enNode(t, h, h.miaJWT, id1, "Decision", sel)
	if enPath(n, "supersededBy", "id") != id2 || n["context"] != "Refunds are slow" || n["optionsConsidered"] != "Outsource" {
		t.Fatalf("node read back %v", n)
	}
	ev := enConn(t, h, h.leoJWT, "decisions", "Decision", "evidence(first: 10) { edges { node { id } } }",
		map[string]any{"first": 1, "where": map[string]any{"id": id1}})
	if got := enJSON(ev.Edges[0].Node["evidence"]); !strings.Contains(got, cv1) || !strings.Contains(got, cv2) {
		t.Fatalf("evidence %s", got)
	}
	cn := enNode(t, h, h.leoJWT, cv1, "Conversation", "decisions(first: 10) { totalCount }")
	if enPath(cn, "decisions", "totalCount") != float64(2) {
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
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "decisions", "Decision", c.where, nil), c.want)
		})
	}
	enExactly(t, "TITLE DESC", enWhere(t, h, h.leoJWT, "decisions", "Decision", nil, enDesc("TITLE")), []string{id4, id3, id2, id1})
	enExactly(t, "CLV_IMPACT DESC", enWhere(t, h, h.leoJWT, "decisions", "Decision", map[string]any{"clvImpactNotNil": true}, enDesc("CLV_IMPACT")), []string{id2, id1})
	enExactly(t, "STATUS DESC, TITLE ASC", enWhere(t, h, h.leoJWT, "decisions", "Decision", nil,
		[]map[string]any{{"field": "STATUS", "direction": "DESC"}, {"field": "TITLE", "direction": "ASC"}}), []string{id1, id2, id4, id3})
	enPaginate(t, h, h.leoJWT, "decisions", "Decision", nil, enAsc("TITLE"), all)
	enPaginate(t, h, h.leoJWT, "decisions", "Decision", nil, enDesc("CREATED_AT"), []string{id4, id3, id2, id1})

	// updateDecision: DECIDED stamps decidedAt, once.
	const upd = `mutation($id: ID!, $in: UpdateDecisionInput!) { updateDecision(id: $id, input: $in) { ` + sel + ` } }`
	var out map[string]any
	before = time.Now().Add(-time.Second)
	wkData(t, h, h.leoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"status": "DECIDED", "title": "Alpha v2",
		"addEvidenceIDs": []string{cv3}, "removeEvidenceIDs": []string{cv1}, "clearClvImpact": true}}, &out)
	if out["status"] != "DECIDED" || out["title"] != "Alpha v2" || out["clvImpact"] != nil || out["decidedAt"] == nil {
		t.Fatalf("updateDecision returned %v", out)
	}
	decided := enTime(t, out["decidedAt"])
	if decided.Before(before) || time.Since(decided) > time.Minute {
		t.Fatalf("decidedAt %v is not the time of the update", decided)
	}
	if got := enJSON(enPath(out, "evidence", "edges")); enPath(out, "evidence", "totalCount") != float64(2) || !strings.Contains(got, cv2) || !strings.Contains(got, cv3) || strings.Contains(got, `"`+cv1+`"`) {
		t.Fatalf("evidence after update %s", got)
	}
	time.Sleep(10 * time.Millisecond)
	wkData(t, h, h.leoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"status": "IMPLEMENTED", "quickWin": true,
		"realisedImpact": "Refund complaints halved"}}, &out)
	if out["status"] != "IMPLEMENTED" || out["decidedAt"] == nil || !enTime(t, out["decidedAt"]).Equal(decided) {
		t.Fatalf("decidedAt moved on IMPLEMENTED: %v (was %v)", out["decidedAt"], decided)
	}
	// Supersession can be cleared and set.
	wkData(t, h, h.leoJWT, upd, map[string]any{"id": id2, "in": map[string]any{"clearSupersedes": true}}, &out)
	if out["supersedes"] != nil {
		t.Fatalf("supersedes after clearSupersedes %v", out["supersedes"])
	}
	wkData(t, h, h.leoJWT, upd, map[string]any{"id": id4, "in": map[string]any{"supersedesID": id3}}, &out)
	if enPath(out, "supersedes", "id") != id3 {
		t.Fatalf("supersedes after update %v", out["supersedes"])
	}
	n = enNode(t, h, h.leoJWT, id3, "Decision", "supersededBy { id }")
	if enPath(n, "supersededBy", "id") != id4 {
		t.Fatalf("supersededBy %v", n)
	}
	enSame(t, "status after updates", enWhere(t, h, h.leoJWT, "decisions", "Decision", map[string]any{"status": "IMPLEMENTED"}, nil), []string{id1, id4})
	if c := wkCount(t, h, "decisions"); c != 4 {
		t.Fatalf("decisions stored: %d", c)
	}
}

func TestEntityNominationsAndEndorsements(t *testing.T) {
	h := newHarness(t)
	cust := h.customer(h.miaJWT, "Ann Shop")
	conv := h.conversation(h.miaJWT, time.Now().Add(-time.Hour), cust)
	leo, mia, ada := enLeader(h.leo), enLeader(h.mia), enLeader(h.ada)
	const sel = `id story status nomineeID customerID conversationID nominee { id } nominator { id } customer { id } conversation { id } decidedAt decidedBy { id }`
	nominate := func(token string, in map[string]any) map[string]any {
		var out map[string]any
		wkData(t, h, token, `mutation($in: CreateNominationInput!) { createNomination(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	n1 := nominate(h.miaJWT, map[string]any{"nomineeID": leo, "story": "Drove to Ann's shop on a Sunday", "customerID": cust, "conversationID": conv})
	if n1["status"] != "OPEN" || n1["nomineeID"] != leo || enPath(n1, "nominee", "id") != leo || enPath(n1, "nominator", "id") != mia ||
		n1["customerID"] != cust || enPath(n1, "customer", "id") != cust || n1["conversationID"] != conv || enPath(n1, "conversation", "id") != conv {
		t.Fatalf("createNomination returned %v", n1)
	}
	id1 := n1["id"].(string)
	id2 := nominate(h.adaJWT, map[string]any{"nomineeID": mia, "story": "Answered every customer comment"})["id"].(string)
	id3 := nominate(h.leoJWT, map[string]any{"nomineeID": ada, "story": "Listened to fifty customer calls"})["id"].(string)
	all := []string{id1, id2, id3}
	n := enNode(t, h, h.adaJWT, id1, "Nomination", sel)
	if n["story"] != "Drove to Ann's shop on a Sunday" || enPath(n, "conversation", "id") != conv {
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
			enSame(t, c.name, enWhere(t, h, h.miaJWT, "nominations", "Nomination", c.where, nil), c.want)
		})
	}
	enPaginate(t, h, h.leoJWT, "nominations", "Nomination", nil, enAsc("CREATED_AT"), all)
	enExactly(t, "CREATED_AT DESC", enWhere(t, h, h.leoJWT, "nominations", "Nomination", nil, enDesc("CREATED_AT")), []string{id3, id2, id1})

	// Endorsements by peers.
	eve := h.store.Client.Leader.Create().SetOrganizationID(h.acme.ID).SetName("Eve Peer").SetEmail("eve@acme.test").SaveX(wkSys())
	fay := h.store.Client.Leader.Create().SetOrganizationID(h.acme.ID).SetName("Fay Peer").SetEmail("fay@acme.test").SaveX(wkSys())
	endorse := func(token, nom, comment string) map[string]any {
		in := map[string]any{"nominationID": nom}
		if comment != "" {
			in["comment"] = comment
		}
		var out map[string]any
		wkData(t, h, token, `mutation($in: CreateEndorsementInput!) { createEndorsement(input: $in) { id nominationID comment nomination { id } endorser { id } } }`,
			map[string]any{"in": in}, &out)
		return out
	}
	e1 := endorse(h.adaJWT, id1, "Saw it myself")
	if e1["nominationID"] != id1 || enPath(e1, "nomination", "id") != id1 || enPath(e1, "endorser", "id") != ada || e1["comment"] != "Saw it myself" {
		t.Fatalf("createEndorsement returned %v", e1)
	}
	e2 := endorse(h.jwt(eve), id1, "")
	e3 := endorse(h.jwt(fay), id1, "Great work")
	e4 := endorse(h.leoJWT, id2, "Well deserved")
	eids := []string{e1["id"].(string), e2["id"].(string), e3["id"].(string), e4["id"].(string)}
	en := enNode(t, h, h.miaJWT, eids[3], "Endorsement", "comment nomination { nominee { name } } endorser { name }")
	if en["comment"] != "Well deserved" || enPath(en, "nomination", "nominee", "name") != "Mia Member" || enPath(en, "endorser", "name") != "Leo Leader" {
		t.Fatalf("endorsement read back %v", en)
	}
	n = enNode(t, h, h.leoJWT, id1, "Nomination", "endorsements(first: 10) { totalCount }")
	if enPath(n, "endorsements", "totalCount") != float64(3) {
		t.Fatalf("nomination's endorsements %v", n)
	}
	ln := enNode(t, h, h.leoJWT, ada, "Leader", "endorsements(first: 10) { totalCount } nominationsGiven(first: 10) { totalCount } nominationsReceived(first: 10) { totalCount }")
	if enPath(ln, "endorsements", "totalCount") != float64(1) || enPath(ln, "nominationsGiven", "totalCount") != float64(1) ||
		enPath(ln, "nominationsReceived", "totalCount") != float64(1) {
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
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "endorsements", "Endorsement", c.where, nil), c.want)
		})
	}
	enExactly(t, "endorsements CREATED_AT DESC", enWhere(t, h, h.leoJWT, "endorsements", "Endorsement", nil, enDesc("CREATED_AT")),
		[]string{eids[3], eids[2], eids[1], eids[0]})
	enPaginate(t, h, h.leoJWT, "endorsements", "Endorsement", nil, enAsc("CREATED_AT"), eids)

	// Decisions on nominations.
	var dec map[string]any
	wkData(t, h, h.adaJWT, `mutation($id: ID!) { approveNomination(id: $id, note: "Well done") { `+sel+` decisionNote } }`, map[string]any{"id": id1}, &dec)
	if dec["status"] != "APPROVED" || dec["decidedAt"] == nil || enPath(dec, "decidedBy", "id") != ada || dec["decisionNote"] != "Well done" {
		t.Fatalf("approveNomination returned %v", dec)
	}
	h.ok(h.adaJWT, `mutation($id: ID!) { declineNomination(id: $id) { id } }`, map[string]any{"id": id2}, nil)
	enSame(t, "status APPROVED", enWhere(t, h, h.leoJWT, "nominations", "Nomination", map[string]any{"status": "APPROVED"}, nil), []string{id1})
	enSame(t, "status DECLINED", enWhere(t, h, h.leoJWT, "nominations", "Nomination", map[string]any{"status": "DECLINED"}, nil), []string{id2})
	enExactly(t, "STATUS DESC", enWhere(t, h, h.leoJWT, "nominations", "Nomination", nil, enDesc("STATUS")), []string{id3, id2, id1})
	enSame(t, "champions", enWhere(t, h, h.leoJWT, "leaders", "Leader", map[string]any{"champion": true}, nil), []string{leo})
}

func TestEntityFeedbackReviews(t *testing.T) {
	h := newHarness(t)
	cust := h.customer(h.leoJWT, "Ann Shop")
	cv1 := h.conversation(h.leoJWT, time.Now().Add(-3*time.Hour), cust)
	cv2 := h.conversation(h.miaJWT, time.Now().Add(-2*time.Hour), cust)
	leo, mia, ada := enLeader(h.leo), enLeader(h.mia), enLeader(h.ada)
	now := time.Now().UTC().Truncate(time.Second)
	const sel = `id title heldAt departmentsInvited notes host { id }
		attendees(first: 10, orderBy: [{field: NAME, direction: ASC}]) { totalCount edges { node { id } } }
		conversations(first: 10) { totalCount edges { node { id } } }`
	create := func(token string, in map[string]any) map[string]any {
		var out map[string]any
		wkData(t, h, token, `mutation($in: CreateFeedbackReviewInput!) { createFeedbackReview(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	r1 := create(h.leoJWT, map[string]any{"title": "Alpha review", "heldAt": wkTime(now.AddDate(0, 0, -10)), "notes": "Refunds again",
		"attendeeIDs": []string{mia, ada}, "conversationIDs": []string{cv1, cv2}, "departmentsInvited": []string{"Product", "Support"}})
	if r1["title"] != "Alpha review" || !enTime(t, r1["heldAt"]).Equal(now.AddDate(0, 0, -10)) || enPath(r1, "host", "id") != leo ||
		enJSON(r1["departmentsInvited"]) != `["Product","Support"]` || enPath(r1, "attendees", "totalCount") != float64(2) ||
		enPath(r1, "conversations", "totalCount") != float64(2) || r1["notes"] != "Refunds again" {
		t.Fatalf("createFeedbackReview returned %v", r1)
	}
	if got := enJSON(enPath(r1, "attendees", "edges")); got != enJSON([]map[string]any{{"node": map[string]any{"id": ada}}, {"node": map[string]any{"id": mia}}}) {
		t.Fatalf("attendees %s", got)
	}
	id1 := r1["id"].(string)
	id2 := create(h.leoJWT, map[string]any{"title": "Beta review", "heldAt": wkTime(now.AddDate(0, 0, -5)), "attendeeIDs": []string{mia}})["id"].(string)
	id3 := create(h.miaJWT, map[string]any{"title": "Gamma review", "heldAt": wkTime(now.AddDate(0, 0, -1))})["id"].(string)
	all := []string{id1, id2, id3}
	n := enNode(t, h, h.adaJWT, id1, "FeedbackReview", sel)
	delete(n, "__typename")
	if enJSON(n) != enJSON(r1) {
		t.Fatalf("node read back %v, created %v", n, r1)
	}
	for _, c := range []struct {
		name  string
		where map[string]any
		want  []string
	}{
		{"titleContains", map[string]any{"titleContains": "Beta"}, []string{id2}},
		{"heldAtGTE", map[string]any{"heldAtGTE": wkTime(now.AddDate(0, 0, -6))}, []string{id2, id3}},
		{"hasAttendeesWith", map[string]any{"hasAttendeesWith": []map[string]any{{"id": ada}}}, []string{id1}},
		{"hasAttendees", map[string]any{"hasAttendees": false}, []string{id3}},
		{"hasConversations", map[string]any{"hasConversations": true}, []string{id1}},
		{"hasHostWith", map[string]any{"hasHostWith": []map[string]any{{"id": mia}}}, []string{id3}},
		{"notesNotNil", map[string]any{"notesContains": "Refunds"}, []string{id1}},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "feedbackReviews", "FeedbackReview", c.where, nil), c.want)
		})
	}
	enExactly(t, "HELD_AT DESC", enWhere(t, h, h.leoJWT, "feedbackReviews", "FeedbackReview", nil, enDesc("HELD_AT")), []string{id3, id2, id1})
	enPaginate(t, h, h.leoJWT, "feedbackReviews", "FeedbackReview", nil, enAsc("HELD_AT"), all)
	enPaginate(t, h, h.leoJWT, "feedbackReviews", "FeedbackReview", nil, enDesc("HELD_AT"), []string{id3, id2, id1})
	ln := enNode(t, h, h.leoJWT, mia, "Leader", "reviewsAttended(first: 10) { totalCount } reviewsHosted(first: 10) { totalCount }")
	if enPath(ln, "reviewsAttended", "totalCount") != float64(2) || enPath(ln, "reviewsHosted", "totalCount") != float64(1) {
		t.Fatalf("Mia's reviews %v", ln)
	}
	cn := enNode(t, h, h.leoJWT, cv2, "Conversation", "reviews(first: 10) { totalCount }")
	if enPath(cn, "reviews", "totalCount") != float64(1) {
		t.Fatalf("conversation's reviews %v", cn)
	}

	// Update.
	const upd = `mutation($id: ID!, $in: UpdateFeedbackReviewInput!) { updateFeedbackReview(id: $id, input: $in) { ` + sel + ` } }`
	var out map[string]any
	wkData(t, h, h.leoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"title": "Alpha review (final)", "notes": "Refunds fixed",
		"addAttendeeIDs": []string{leo}, "removeAttendeeIDs": []string{ada}, "removeConversationIDs": []string{cv2},
		"heldAt": wkTime(now.AddDate(0, 0, -9))}}, &out)
	if out["title"] != "Alpha review (final)" || out["notes"] != "Refunds fixed" || enJSON(out["departmentsInvited"]) != `["Product","Support"]` ||
		!enTime(t, out["heldAt"]).Equal(now.AddDate(0, 0, -9)) {
		t.Fatalf("updateFeedbackReview returned %v", out)
	}
	if got := enJSON(enPath(out, "attendees", "edges")); got != enJSON([]map[string]any{{"node": map[string]any{"id": leo}}, {"node": map[string]any{"id": mia}}}) {
		t.Fatalf("attendees after update %s", got)
	}
	if got := enJSON(enPath(out, "conversations", "edges")); got != enJSON([]map[string]any{{"node": map[string]any{"id": cv1}}}) {
		t.Fatalf("conversations after update %s", got)
	}
	// appendDepartmentsInvited adds to the list.
	wkData(t, h, h.leoJWT, upd, map[string]any{"id": id1, "in": map[string]any{"appendDepartmentsInvited": []string{"Finance"}}}, &out)
	if got := enJSON(out["departmentsInvited"]); got != `["Product","Support","Finance"]` {
		t.Errorf("departmentsInvited after appendDepartmentsInvited [Finance]: %s, want [\"Product\",\"Support\",\"Finance\"]", got)
	}
	n = enNode(t, h, h.leoJWT, id1, "FeedbackReview", "departmentsInvited")
	if got := enJSON(n["departmentsInvited"]); got != `["Product","Support","Finance"]` {
		t.Errorf("departmentsInvited read back after append: %s", got)
	}
	wkData(t, h, h.leoJWT, `mutation($id: ID!) { updateFeedbackReview(id: $id, input: {departmentsInvited: ["Sales"], clearNotes: true, clearAttendees: true}) { `+sel+` } }`,
		map[string]any{"id": id1}, &out)
	if enJSON(out["departmentsInvited"]) != `["Sales"]` || !enCleared(out["notes"]) || enPath(out, "attendees", "totalCount") != float64(0) {
		t.Fatalf("second update returned %v", out)
	}
	enSame(t, "hasAttendees false after clear", enWhere(t, h, h.leoJWT, "feedbackReviews", "FeedbackReview", map[string]any{"hasAttendees": false}, nil), []string{id1, id3})
}

func TestEntityCommitments(t *testing.T) {
	h := newHarness(t)
	const sel = `id behaviour target period leader { id }`
	create := func(token string, in map[string]any) map[string]any {
		var out map[string]any
		wkData(t, h, token, `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
		return out
	}
	c1 := create(h.leoJWT, map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5})
	if c1["behaviour"] != "CUSTOMERS_MET" || c1["target"] != float64(5) || c1["period"] != "MONTH" || enPath(c1, "leader", "id") != enLeader(h.leo) {
		t.Fatalf("createCommitment returned %v", c1)
	}
	id1 := c1["id"].(string)
	id2 := create(h.leoJWT, map[string]any{"behaviour": "DAYS_WITH_CUSTOMERS", "target": 1})["id"].(string)
	id3 := create(h.leoJWT, map[string]any{"behaviour": "RECOGNITIONS", "target": 2, "period": "QUARTER"})["id"].(string)
	id4 := create(h.miaJWT, map[string]any{"behaviour": "FEEDBACK_REVIEWS", "target": 1})["id"].(string)
	all := []string{id1, id2, id3, id4}
	enSame(t, "all commitments", enWhere(t, h, h.miaJWT, "commitments", "Commitment", nil, nil), all)
	n := enNode(t, h, h.adaJWT, id3, "Commitment", sel)
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
		{"hasLeaderWith", map[string]any{"hasLeaderWith": []map[string]any{{"id": enLeader(h.mia)}}}, []string{id4}},
	} {
		t.Run("where "+c.name, func(t *testing.T) {
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "commitments", "Commitment", c.where, nil), c.want)
		})
	}
	enExactly(t, "BEHAVIOUR DESC", enWhere(t, h, h.leoJWT, "commitments", "Commitment", nil, enDesc("BEHAVIOUR")), []string{id3, id4, id2, id1})
	enPaginate(t, h, h.leoJWT, "commitments", "Commitment", nil, enAsc("BEHAVIOUR"), []string{id1, id2, id4, id3})
	ln := enNode(t, h, h.leoJWT, enLeader(h.leo), "Leader", "commitments(first: 10) { totalCount }")
	if enPath(ln, "commitments", "totalCount") != float64(3) {
		t.Fatalf("Leo's commitments %v", ln)
	}
	var out map[string]any
	wkData(t, h, h.leoJWT, `mutation($id: ID!) { updateCommitment(id: $id, input: {target: 8, period: QUARTER}) { `+sel+` } }`, map[string]any{"id": id1}, &out)
	if out["target"] != float64(8) || out["period"] != "QUARTER" || out["behaviour"] != "CUSTOMERS_MET" {
		t.Fatalf("updateCommitment returned %v", out)
	}
	enSame(t, "period after update", enWhere(t, h, h.leoJWT, "commitments", "Commitment", map[string]any{"period": "QUARTER"}, nil), []string{id1, id3})
	// One commitment per behaviour and leader.
	counts := wkCounts(t, h)
	resp := h.fails(h.leoJWT, wkCreateCommitment, map[string]any{"in": map[string]any{"behaviour": "CUSTOMERS_MET", "target": 3}}, "CONFLICT")
	wkNoData(t, resp)
	wkSameCounts(t, counts, wkCounts(t, h))
	// Mia may commit to the same behaviour as Leo.
	create(h.miaJWT, map[string]any{"behaviour": "CUSTOMERS_MET", "target": 3})
	if c := wkCount(t, h, "commitments"); c != 5 {
		t.Fatalf("commitments stored: %d", c)
	}
}

func TestEntityLeaders(t *testing.T) {
	h := newHarness(t)
	const sel = `id name email title team role champion deactivatedAt`
	create := func(in map[string]any) map[string]any {
		var out map[string]any
		wkData(t, h, h.adaJWT, `mutation($in: CreateLeaderInput!) { createLeader(input: $in) { `+sel+` } }`, map[string]any{"in": in}, &out)
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
	ada, leo, mia := enLeader(h.ada), enLeader(h.leo), enLeader(h.mia)
	n := enNode(t, h, h.miaJWT, zedID, "Leader", sel)
	if n["team"] != "Support" || n["role"] != "MEMBER" {
		t.Fatalf("node read back %v", n)
	}
	enSame(t, "all leaders", enWhere(t, h, h.leoJWT, "leaders", "Leader", nil, nil), []string{ada, leo, mia, beaID, zedID, danID})
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
			enSame(t, c.name, enWhere(t, h, h.leoJWT, "leaders", "Leader", c.where, nil), c.want)
		})
	}
	byName := []string{ada, beaID, danID, leo, mia, zedID}
	enExactly(t, "NAME ASC", enWhere(t, h, h.leoJWT, "leaders", "Leader", nil, enAsc("NAME")), byName)
	enExactly(t, "NAME DESC", enWhere(t, h, h.leoJWT, "leaders", "Leader", nil, enDesc("NAME")), []string{zedID, mia, leo, danID, beaID, ada})
	enExactly(t, "ROLE ASC, NAME ASC", enWhere(t, h, h.leoJWT, "leaders", "Leader", nil,
		[]map[string]any{{"field": "ROLE", "direction": "ASC"}, {"field": "NAME", "direction": "ASC"}}),
		[]string{ada, beaID, danID, leo, mia, zedID})
	enPaginate(t, h, h.leoJWT, "leaders", "Leader", nil, enAsc("NAME"), byName)
	enPaginate(t, h, h.leoJWT, "leaders", "Leader", map[string]any{"roleNEQ": "ADMIN"}, enDesc("EMAIL"), nil)

	var out map[string]any
	wkData(t, h, h.adaJWT, `mutation($id: ID!, $in: UpdateLeaderInput!) { updateLeader(id: $id, input: $in) { `+sel+` } }`,
		map[string]any{"id": beaID, "in": map[string]any{"name": "Bea Boss-Smith", "role": "ADMIN", "title": "COO", "clearTeam": true, "email": "bea.smith@acme.test"}}, &out)
	if out["name"] != "Bea Boss-Smith" || out["role"] != "ADMIN" || out["title"] != "COO" || !enCleared(out["team"]) || out["email"] != "bea.smith@acme.test" {
		t.Fatalf("updateLeader returned %v", out)
	}
	enSame(t, "admins after update", enWhere(t, h, h.leoJWT, "leaders", "Leader", map[string]any{"role": "ADMIN"}, nil), []string{ada, beaID})
	wkData(t, h, h.adaJWT, `mutation($id: ID!) { updateLeader(id: $id, input: {clearTitle: true, team: "Ops"}) { `+sel+` } }`, map[string]any{"id": beaID}, &out)
	if !enCleared(out["title"]) || out["team"] != "Ops" {
		t.Fatalf("second updateLeader returned %v", out)
	}
	// The same email twice in one organization is a conflict; in another it is not.
	counts := wkCounts(t, h)
	h.fails(h.adaJWT, wkCreateLeader, map[string]any{"in": map[string]any{"name": "Leo Again", "email": "leo@acme.test"}}, "CONFLICT")
	wkSameCounts(t, counts, wkCounts(t, h))
	wkID(t, h, h.gusJWT, wkCreateLeader, map[string]any{"in": map[string]any{"name": "Leo at Globex", "email": "leo@acme.test"}})
	if c := len(enWhere(t, h, h.gusJWT, "leaders", "Leader", nil, nil)); c != 3 {
		t.Fatalf("Globex lists %d leaders, want 3", c)
	}
}

func TestEntityInvitations(t *testing.T) {
	h := newHarness(t)
	const sel = `id email role expiresAt usedAt revokedAt invitedByID invitedBy { id }`
	invite := func(email, role string) map[string]any {
		var out struct {
			Invitation map[string]any
			URL        string
		}
		wkData(t, h, h.adaJWT, `mutation($e: String!, $r: InvitationRole) { createInvitation(input: {email: $e, role: $r}) { invitation { `+sel+` } url } }`,
			map[string]any{"e": email, "r": role}, &out)
		if !strings.HasPrefix(out.URL, "http://localhost:8080/invite/") || len(out.URL) < len("http://localhost:8080/invite/")+16 {
			t.Fatalf("invitation url %q", out.URL)
		}
		inv := out.Invitation
		if inv["email"] != email || inv["role"] != role || inv["usedAt"] != nil || inv["revokedAt"] != nil ||
			inv["invitedByID"] != enLeader(h.ada) || enPath(inv, "invitedBy", "id") != enLeader(h.ada) {
			t.Fatalf("createInvitation returned %v", inv)
		}
		if exp := enTime(t, inv["expiresAt"]); exp.Before(time.Now().Add(6*24*time.Hour)) || exp.After(time.Now().Add(8*24*time.Hour)) {
			t.Fatalf("invitation expires %v, want in 7 days", exp)
		}
		return inv
	}
	ivy := invite("ivy@acme.test", "LEADER")["id"].(string)
	ian := invite("ian@acme.test", "ADMIN")["id"].(string)
	ida := invite("ida@acme.test", "MEMBER")["id"].(string)
	all := []string{ivy, ian, ida}
	n := enNode(t, h, h.adaJWT, ian, "Invitation", sel)
	if n["email"] != "ian@acme.test" || n["role"] != "ADMIN" {
		t.Fatalf("node read back %v", n)
	}
	enSame(t, "all", enWhere(t, h, h.adaJWT, "invitations", "Invitation", nil, nil), all)
	enSame(t, "role", enWhere(t, h, h.adaJWT, "invitations", "Invitation", map[string]any{"role": "ADMIN"}, nil), []string{ian})
	enSame(t, "emailContains", enWhere(t, h, h.adaJWT, "invitations", "Invitation", map[string]any{"emailContains": "ivy"}, nil), []string{ivy})
	enExactly(t, "EXPIRES_AT DESC", enWhere(t, h, h.adaJWT, "invitations", "Invitation", nil, enDesc("EXPIRES_AT")), []string{ida, ian, ivy})
	enPaginate(t, h, h.adaJWT, "invitations", "Invitation", nil, enAsc("EXPIRES_AT"), all)
	var rev map[string]any
	wkData(t, h, h.adaJWT, `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`, map[string]any{"id": ida}, &rev)
	if rev["revokedAt"] == nil {
		t.Fatalf("revokeInvitation returned %v", rev)
	}
	enSame(t, "revokedAtNotNil", enWhere(t, h, h.adaJWT, "invitations", "Invitation", map[string]any{"revokedAtNotNil": true}, nil), []string{ida})
	enSame(t, "revokedAtIsNil", enWhere(t, h, h.adaJWT, "invitations", "Invitation", map[string]any{"revokedAtIsNil": true}, nil), []string{ivy, ian})
	if c := len(enWhere(t, h, h.gusJWT, "invitations", "Invitation", nil, nil)); c != 0 {
		t.Fatalf("Globex lists %d invitations", c)
	}
}

func TestEntityAPITokens(t *testing.T) {
	h := newHarness(t)
	const sel = `id name prefix scope expiresAt revokedAt lastUsedAt createdByID createdBy { id }`
	create := func(input string) (map[string]any, string) {
		var out struct {
			APIToken map[string]any
			Token    string
		}
		wkData(t, h, h.adaJWT, `mutation { createAPIToken(input: `+input+`) { apiToken { `+sel+` } token } }`, nil, &out)
		tok := out.APIToken
		if out.Token == "" || !strings.HasPrefix(out.Token, tok["prefix"].(string)) || tok["createdByID"] != enLeader(h.ada) ||
			enPath(tok, "createdBy", "id") != enLeader(h.ada) || tok["revokedAt"] != nil {
			t.Fatalf("createAPIToken returned %v (token %q)", tok, out.Token)
		}
		return tok, out.Token
	}
	backup, _ := create(`{name: "backup", scope: READ, expiresInDays: 30}`)
	if exp := enTime(t, backup["expiresAt"]); exp.Before(time.Now().Add(29*24*time.Hour)) || exp.After(time.Now().Add(31*24*time.Hour)) {
		t.Fatalf("expiresAt %v, want in 30 days", exp)
	}
	ci, ciSecret := create(`{name: "ci-export", scope: READ}`)
	zap, _ := create(`{name: "zapier", scope: READ_WRITE, noExpiry: true}`)
	if zap["expiresAt"] != nil || zap["scope"] != "READ_WRITE" {
		t.Fatalf("no-expiry token %v", zap)
	}
	b, c, z := backup["id"].(string), ci["id"].(string), zap["id"].(string)
	n := enNode(t, h, h.adaJWT, c, "APIToken", sel)
	if n["name"] != "ci-export" || n["scope"] != "READ" || n["prefix"] != ci["prefix"] {
		t.Fatalf("node read back %v", n)
	}
	// The new token works, and is seen as used.
	var v struct{ Viewer struct{ ID string } }
	h.ok(ciSecret, `{ viewer { id } }`, nil, &v)
	if v.Viewer.ID != enLeader(h.ada) {
		t.Fatalf("the token acts as %s", v.Viewer.ID)
	}
	all := enWhere(t, h, h.adaJWT, "apiTokens", "APIToken", nil, nil)
	if len(all) != 5 {
		t.Fatalf("%d tokens listed, want 5", len(all))
	}
	mine := map[string]any{"nameIn": []string{"backup", "ci-export", "zapier"}}
	enSame(t, "scope READ", enWhere(t, h, h.adaJWT, "apiTokens", "APIToken", map[string]any{"scope": "READ", "nameIn": mine["nameIn"]}, nil), []string{b, c})
	enSame(t, "expiresAtIsNil", enWhere(t, h, h.adaJWT, "apiTokens", "APIToken", map[string]any{"expiresAtIsNil": true, "nameIn": mine["nameIn"]}, nil), []string{z})
	enSame(t, "nameContains", enWhere(t, h, h.adaJWT, "apiTokens", "APIToken", map[string]any{"nameContains": "export"}, nil), []string{c})
	enExactly(t, "NAME DESC", enWhere(t, h, h.adaJWT, "apiTokens", "APIToken", mine, enDesc("NAME")), []string{z, c, b})
	enPaginate(t, h, h.adaJWT, "apiTokens", "APIToken", mine, enAsc("NAME"), []string{b, c, z})
	enPaginate(t, h, h.adaJWT, "apiTokens", "APIToken", nil, enAsc("CREATED_AT"), nil)
	var rev map[string]any
	wkData(t, h, h.adaJWT, `mutation($id: ID!) { revokeAPIToken(id: $id) { id revokedAt } }`, map[string]any{"id": z}, &rev)
	if rev["revokedAt"] == nil {
		t.Fatalf("revokeAPIToken returned %v", rev)
	}
	enSame(t, "revokedAtNotNil", enWhere(t, h, h.adaJWT, "apiTokens", "APIToken", map[string]any{"revokedAtNotNil": true}, nil), []string{z})
	if c := len(enWhere(t, h, h.gusJWT, "apiTokens", "APIToken", nil, nil)); c != 0 {
		t.Fatalf("Globex lists %d tokens", c)
	}
}

func TestEntityOrganization(t *testing.T) {
	h := newHarness(t)
	var out map[string]any
	wkData(t, h, h.adaJWT, `mutation { updateOrganization(input: {name: "  Acme Corp "}) { id name } }`, nil, &out)
	if out["name"] != "Acme Corp" || out["id"] != fmt.Sprint(h.acme.ID) {
		t.Fatalf("updateOrganization returned %v", out)
	}
	var org struct{ Organization struct{ ID, Name string } }
	h.ok(h.miaJWT, `{ organization { id name } }`, nil, &org)
	if org.Organization.Name != "Acme Corp" || org.Organization.ID != fmt.Sprint(h.acme.ID) {
		t.Fatalf("organization read back %+v", org)
	}
	n := enNode(t, h, h.leoJWT, fmt.Sprint(h.acme.ID), "Organization", "name")
	if n["name"] != "Acme Corp" {
		t.Fatalf("node read back %v", n)
	}
	h.ok(h.gusJWT, `{ organization { id name } }`, nil, &org)
	if org.Organization.Name != "Globex" {
		t.Fatalf("Globex renamed: %+v", org)
	}
}
