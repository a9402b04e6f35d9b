package servertest

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// Customer creates a customer as token and returns its id.
func (h *Harness) Customer(token, name string) string {
	h.t.Helper()
	var out struct {
		CreateCustomer struct{ ID string } `json:"createCustomer"`
	}
	h.OK(token, `mutation($n: String!) { createCustomer(input: {name: $n, segment: "SMB"}) { id } }`,
		map[string]any{"n": name}, &out)
	return out.CreateCustomer.ID
}

// Conversation logs a conversation as token with the customers and returns its id.
func (h *Harness) Conversation(token string, at time.Time, customers ...string) string {
	h.t.Helper()
	var out struct {
		CreateConversation struct{ ID string } `json:"createConversation"`
	}
	h.OK(token, `mutation($at: Time!, $c: [ID!]) {
		createConversation(input: {mode: VISIT, occurredAt: $at, durationMinutes: 30, heard: "Wants faster refunds", customerIDs: $c}) { id } }`,
		map[string]any{"at": at.Format(time.RFC3339), "c": customers}, &out)
	return out.CreateConversation.ID
}

// Invite creates an invitation to Acme as Ada and returns its secret.
func (h *Harness) Invite(email string) string {
	h.t.Helper()
	var out struct {
		CreateInvitation struct{ URL string } `json:"createInvitation"`
	}
	h.OK(h.AdaJWT, `mutation($e: String!) { createInvitation(input: {email: $e, role: MEMBER}) { url } }`, map[string]any{"e": email}, &out)
	return out.CreateInvitation.URL[strings.LastIndex(out.CreateInvitation.URL, "/")+1:]
}

// Tables are the tables whose row counts tell whether anything was written.
var Tables = []string{
	"organizations", "leaders", "customers", "conversations", "decisions", "follow_ups",
	"nominations", "endorsements", "feedback_reviews", "commitments", "invitations", "api_tokens",
	"conversation_customers", "decision_evidence", "feedback_review_attendees", "feedback_review_conversations",
	"changes", "erasures", "export_jobs", "export_chunks", "plans", "mandates",
}

// Rows counts the rows of one table, straight from the database.
func Rows(t testing.TB, h *Harness, table string) int {
	t.Helper()
	var n int
	if err := h.Store.DB.QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		t.Fatalf("counting %s: %v", table, err)
	}
	return n
}

// Counts counts the rows of every one of Tables.
func Counts(t testing.TB, h *Harness) map[string]int {
	t.Helper()
	out := make(map[string]int, len(Tables))
	for _, table := range Tables {
		out[table] = Rows(t, h, table)
	}
	return out
}

// SameCounts fails when a table's row count changed.
func SameCounts(t testing.TB, before, after map[string]int) {
	t.Helper()
	for _, table := range Tables {
		if before[table] != after[table] {
			t.Errorf("%s: %d rows before, %d after: something was written", table, before[table], after[table])
		}
	}
}

// snapshotQuery reads everything a refused or replayed mutation might have
// changed, of any record.
const snapshotQuery = `query($id: ID!) { node(id: $id) {
	id __typename
	... on Conversation { updatedAt mode occurredAt durationMinutes heard painPoints sentiment customers(first: 20) { totalCount edges { node { id } } } }
	... on Customer { updatedAt name company segment persona }
	... on Decision { updatedAt title status customerBenefit reviewOn decidedAt clvImpact evidence(first: 20) { totalCount edges { node { id } } } supersedes { id } supersededBy { id } }
	... on FollowUp { updatedAt action dueOn doneAt ownerID owner { id } }
	... on Nomination { updatedAt story nominationStatus: status decidedAt decisionNote endorsements(first: 20) { totalCount } }
	... on Endorsement { updatedAt comment }
	... on FeedbackReview { updatedAt title heldAt notes attendees(first: 20) { totalCount edges { node { id } } } conversations(first: 20) { totalCount edges { node { id } } } }
	... on Commitment { updatedAt target period }
	... on Leader { updatedAt name email role leaderTitle: title team champion deactivatedAt }
	... on Organization { updatedAt name }
	... on APIToken { updatedAt name revokedAt }
	... on Invitation { updatedAt invitationEmail: email invitationRole: role revokedAt }
} }`

// Snapshot reads a record as token (who must see it) and returns its JSON.
func Snapshot(t testing.TB, h *Harness, token, id string) string {
	t.Helper()
	var out struct{ Node json.RawMessage }
	h.As(t).OK(token, snapshotQuery, map[string]any{"id": id}, &out)
	if s := string(out.Node); s == "" || s == "null" {
		t.Fatalf("snapshot: record %s not visible", id)
	}
	return string(out.Node)
}

// Count runs a COUNT query straight on the database.
func Count(t testing.TB, h *Harness, query string) int {
	t.Helper()
	var n int
	if err := h.Store.DB.QueryRowContext(context.Background(), query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
