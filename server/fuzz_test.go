package server_test

import (
	"testing"

	"walker/server/servertest"
)

// contentTypes are the request media types a fuzz input picks from: the
// accepted spellings of JSON, and the formats docs/API.md §1 says are refused
// (so that the refusal is fuzzed too). Free-form types would mostly exercise
// mime.ParseMediaType, which the standard library fuzzes already.
var contentTypes = []string{
	"application/json",
	"application/json; charset=utf-8",
	"Application/JSON ; charset=\"UTF-8\"",
	"application/graphql",
	"text/plain",
	"",
	"application/x-www-form-urlencoded",
	"multipart/form-data; boundary=x",
}

// accepts are the Accept headers a fuzz input picks from: they decide
// between the application/json and application/graphql-response+json status
// codes (422 or 400 for a document that does not parse).
var accepts = []string{"", "application/json", "application/graphql-response+json", "*/*"}

// FuzzGraphQLBody posts arbitrary bodies to POST /graphql through the real
// server, because the body is the one input every client, honest or not,
// fully controls. Whatever the body, the answer must be one a client can act
// on: no panic, no 5xx and no INTERNAL error, a JSON object in the GraphQL
// error shape, every error typed with a documented extensions.code, a 400
// for a body that is not one JSON object, and no database or Go internals in
// the messages.
//
// who picks the caller (admin, leader, read-only token, nobody); variant
// picks the Content-Type (low 3 bits) and the Accept header (next 2 bits).
// The database is shared by all inputs, so inputs that write must stay
// cheap; the seeds below and in testdata/fuzz/FuzzGraphQLBody cover valid
// operations, bad variables, wrong types, nulls, truncated and non-object
// JSON, batches, deep nesting, many aliases, unicode, introspection and
// persisted queries.
func FuzzGraphQLBody(f *testing.F) {
	s := servertest.NewFuzzer(f)
	for _, seed := range []struct {
		body         string
		who, variant uint8
	}{
		{`{"query":"{ viewer { id name email role } organization { id name } }"}`, 0, 0},
		{`{"query":"query($p: String!) { viewer { month(period: $p) { customersMet walker } } }","variables":{"p":"2026-11"}}`, 1, 1},
		{`{"query":"{ customers(first: 5, orderBy: [{field: NAME}]) { totalCount edges { cursor node { id name } } } }"}`, 2, 0},
		{`{"query":"{ viewer { name } }"}`, 3, 0},
		{`{"query":"mutation($in: CreateCustomerInput!) { createCustomer(input: $in) { id name } }","variables":{"in":{"name":"  Grace Hopper  ","segment":"SMB"}}}`, 1, 0},
		{`{"query":"mutation($in: CreateDecisionInput!) { createDecision(input: $in) { id } }","variables":{"in":{"title":"T","customerBenefit":"n/a"}}}`, 1, 0},
		{`{"query":"mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }","variables":{"in":{"mode":"CALL","occurredAt":"2062-01-01T00:00:00Z","customerIDs":["12884901889"]}}}`, 1, 0},
		{`{"query":"mutation($in: CreateConversationInput!) { createConversation(input: $in) { id } }","variables":{"in":{"mode":"CALL","occurredAt":"2026-13-01T00:00:00Z","durationMinutes":"30","customerIDs":["abc"]}}}`, 0, 0},
		{`{"query":"mutation { updateOrganization(input: {name: \"Acme\"}) { name } }"}`, 2, 0},
		{`{"query":"{ node(id: \"99999999999999999999\") { id } nodes(ids: [\"-1\", \"0\", \"8589934593\"]) { id } }"}`, 0, 0},
		{`{"query":"{ customers(first: 101) { totalCount } }"}`, 0, 0},
		{`{"query":"{ customers(first: -1, after: \"not a cursor\") { totalCount } }"}`, 0, 0},
		{`{"query":"{ dashboard(period: \"0000-01\") { period } }"}`, 0, 0},
		{`{"query":"{ __schema { queryType { name } types { name } } }"}`, 3, 0},
		{`{"query":"{ viewer { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"0000"}}}`, 0, 0},
		{`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38"}}}`, 0, 0},
		{`{"query":"{ viewer { id }","variables":{}}`, 0, 2},
		{`{"query":"{ viewer { nope } }"}`, 0, 2},
		{`{"query":"query A { viewer { id } } query B { viewer { name } }","operationName":"C"}`, 0, 0},
		{`{"query":"{ viewer { id } }","variables":[1,2]}`, 0, 0},
		{`{"query":42}`, 0, 0},
		{`{"query":null,"variables":null,"operationName":null,"extensions":null}`, 0, 0},
		{`{}`, 0, 0},
		{`[{"query":"{ viewer { id } }"}]`, 0, 0},
		{`{"query":"{ viewer { id } }"`, 0, 0},
		{``, 0, 0},
		{"\xff\xfe{\"query\":\"{ viewer { name } }\"}", 0, 0},
		{`{"query":"{ viewer { name } }"}`, 0, 3},
		{`{"query":"{ viewer { name } }"}`, 0, 5},
		{`{"query":"mutation($n: String!) { createCustomer(input: {name: $n}) { name } }","variables":{"n":"名前 \ud800 🧭 مرحبا \u202e"}}`, 1, 0},
	} {
		f.Add(seed.body, seed.who, seed.variant)
	}
	f.Fuzz(func(t *testing.T, body string, who, variant uint8) {
		s.Check(t, body, who, contentTypes[int(variant)%len(contentTypes)], accepts[int(variant/8)%len(accepts)])
	})
}
