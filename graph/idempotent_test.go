package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/schema/viewer"
	"walker/graph"
)

func TestFingerprintComparesMeaning(t *testing.T) {
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{LeaderID: 7})
	id := uuid.MustParse("0d5c3f1e-8a36-4a44-9b0c-2f7d2f0b6a11")
	at := time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC)
	paris := at.In(time.FixedZone("CET", 3600))
	base := ent.CreateConversationInput{ClientID: &id, Mode: conversation.ModeVISIT, OccurredAt: at, CustomerIDs: []int{3, 1, 2}}
	same := base
	same.OccurredAt, same.CustomerIDs = paris, []int{1, 2, 3}
	other := base
	other.CustomerIDs = []int{1, 2}
	fp := func(ctx context.Context, in ent.CreateConversationInput) string {
		s, err := graph.Fingerprint(ctx, in, false)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if fp(ctx, base) != fp(ctx, same) {
		t.Fatal("the same instant in another zone, or the same customers in another order, differ")
	}
	if fp(ctx, base) == fp(ctx, other) {
		t.Fatal("other customers fingerprint the same")
	}
	someoneElse := viewer.NewContext(context.Background(), &viewer.Viewer{LeaderID: 8})
	if fp(ctx, base) == fp(someoneElse, base) {
		t.Fatal("another sender fingerprints the same")
	}
}

// TestFingerprintOutlivesNewFields: a field the schema gains does not change
// the fingerprint of a request that leaves it out, so a phone's queued
// request still replays after an upgrade; and the fingerprints stored before
// (nulls written) are still recognised.
func TestFingerprintOutlivesNewFields(t *testing.T) {
	ctx := viewer.NewContext(context.Background(), &viewer.Viewer{LeaderID: 7})
	id := uuid.MustParse("0d5c3f1e-8a36-4a44-9b0c-2f7d2f0b6a11")
	segment := "SMB"
	now := ent.CreateCustomerInput{ClientID: &id, Name: "Zoe", Segment: &segment}
	type before struct { // CreateCustomerInput when the release queued it
		ClientID                  *uuid.UUID
		Name                      string
		Company, Segment, Persona *string
	}
	type later struct { // and with one more optional field, later
		ClientID         *uuid.UUID
		Name             string
		Segment, Website *string
	}
	fp := func(in any, legacy bool) string {
		s, err := graph.Fingerprint(ctx, in, legacy)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if fp(now, false) != fp(later{ClientID: &id, Name: "Zoe", Segment: &segment}, false) {
		t.Error("an optional field left out changed the fingerprint")
	}
	if fp(now, true) != fp(before{ClientID: &id, Name: "Zoe", Segment: &segment}, true) {
		t.Error("the legacy fingerprint of today's input differs from the one the release stored")
	}
	if fp(now, false) == fp(ent.CreateCustomerInput{ClientID: &id, Name: "Zoe"}, false) {
		t.Error("a field given and the same field left out fingerprint the same")
	}
}
