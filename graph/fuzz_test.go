package graph_test

import (
	"encoding/json"
	"testing"

	"walker/server/servertest"
)

// FuzzGraphQLOperation fuzzes the GraphQL document and the variables as they
// are, wrapped into a well-formed body, because mutations of a raw body
// rarely get past the JSON decoder: this target is the one that reaches the
// parser, the validator, the limits, the argument coercion, the where
// filters and the resolvers. The properties are FuzzGraphQLBody's
// (server/fuzz_test.go), checked by servertest.Fuzzer.
// variables is used as the JSON value of "variables" when it is valid JSON,
// and left out otherwise.
func FuzzGraphQLOperation(f *testing.F) {
	s := servertest.NewFuzzer(f)
	for _, seed := range []struct {
		query, variables string
		who              uint8
	}{
		{`{ viewer { id name month(period: "2026-11") { customersMet walker commitments { target actual met } } weekStreak } }`, ``, 1},
		{`query($w: CustomerWhereInput) { customers(first: 10, where: $w) { totalCount edges { node { id name } } } }`, `{"w":{"nameContainsFold":"zoe","or":[{"segment":"SMB"},{"not":{"idIn":["1","2"]}}]}}`, 0},
		{`query($w: DecisionWhereInput) { decisions(first: 10, where: $w, orderBy: [{field: DECIDED_AT, direction: DESC}]) { totalCount } }`, `{"w":{"decidedAtGT":"2000-01-01T00:00:00Z","statusIn":["DECIDED","NOPE"]}}`, 1},
		{`query($a: Cursor, $n: Int) { conversations(first: $n, after: $a) { pageInfo { endCursor hasNextPage } } }`, `{"a":"gqFpzwAAAAMAAAACoXaRq0FsYW4gVHVyaW5n","n":-5}`, 0},
		{`mutation($in: CreateConversationInput!) { createConversation(input: $in) { id customers(first: 5) { totalCount } } }`, `{"in":{"clientID":"0d5c3f1e-8a36-4a44-9b0c-2f7d2f0b6a11","mode":"CALL","occurredAt":"2026-11-20T09:30:00+01:00","durationMinutes":1441,"customerIDs":["12884901889","12884901889"]}}`, 1},
		{`mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id } }`, `{"in":{"title":" ","customerBenefit":"Same as above.","clvImpact":1e13,"reviewOn":"9999-12-31T23:59:59Z"}}`, 1},
		{`mutation($in: CreateFollowUpInput!) { createFollowUp(input: $in) { id } }`, `{"in":{"action":"Call back","ownerID":"38654705665","dueOn":"1999-12-31T23:59:59Z"}}`, 0},
		{`mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }`, `{"in":{"behaviour":"FOLLOW_UPS_ON_TIME","target":101}}`, 1},
		{`mutation($in: CreateAPITokenInput!) { createAPIToken(input: $in) { token } }`, `{"in":{"name":"x","scope":"READ","expiresInDays":731,"noExpiry":true}}`, 0},
		{`mutation($id: ID!) { setFollowUpDone(id: $id, done: true) { id } }`, `{"id":"not an id"}`, 2},
		{`{ a0: viewer { id } a1: viewer { id } a2: viewer { id } a3: viewer { id } a4: viewer { id } a5: viewer { id } a6: viewer { id } a7: viewer { id } a8: viewer { id } a9: viewer { id } b0: viewer { id } b1: viewer { id } b2: viewer { id } b3: viewer { id } b4: viewer { id } b5: viewer { id } b6: viewer { id } b7: viewer { id } b8: viewer { id } b9: viewer { id } c0: viewer { id } c1: viewer { id } c2: viewer { id } c3: viewer { id } c4: viewer { id } c5: viewer { id } c6: viewer { id } c7: viewer { id } c8: viewer { id } c9: viewer { id } d0: viewer { id } }`, ``, 0},
		{`{ viewer { organization { leaders(first: 100) { edges { node { conversations(first: 100) { edges { node { customers(first: 100) { totalCount } } } } } } } } } }`, ``, 0},
		{`fragment F on Query { ...G } fragment G on Query { ...F } { ...F }`, ``, 0},
		{`query Q($v: String = "x") @skip(if: true) { __typename }`, `{"v":null}`, 3},
		{`{ __type(name: "Decision") { name fields(includeDeprecated: true) { name args { name type { name ofType { name } } } } } }`, ``, 2},
		{`{ node(id: "8589934593") { ... on Conversation { heard customers(first: 1) { edges { node { name } } } } } }`, ``, 2},
		{`subscription { viewer { id } }`, ``, 0},
		{"{ viewer { name } } # é🧭 \x00 \xff", `[1]`, 0},
		{`mutation($n: String!) { createCustomer(input: {name: $n, company: "\u00e9\uD83E\uDDED"}) { name company } }`, `{"n":"名前 مرحبا \u001f\u007f"}`, 1},
		{"{ viewer { name(x: \"\\uD800\") } }", `"not an object"`, 0},
	} {
		f.Add(seed.query, seed.variables, seed.who)
	}
	f.Fuzz(func(t *testing.T, query, variables string, who uint8) {
		q, _ := json.Marshal(query)
		body := `{"query":` + string(q)
		if json.Valid([]byte(variables)) {
			body += `,"variables":` + variables
		}
		s.Check(t, body+"}", who, "application/json", "")
	})
}
