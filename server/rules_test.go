package server_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

// TestFieldRulesExamples runs every example of ent/schema/rule/examples.json
// (which the app's tests run through its own checks) through the server:
// each value is accepted or refused as the example says, with the message
// of ent/rules.json, naming the field.
func TestFieldRulesExamples(t *testing.T) {
	raw, err := os.ReadFile("../ent/schema/rule/examples.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Examples []struct {
			Entity, Field, Error, ErrorPrefix string
			Value                             any
		}
	}
	if err := json.Unmarshal(raw, &file); err != nil {
		t.Fatal(err)
	}
	h := newHarness(t)
	now := time.Now().UTC()
	c := h.customer(h.leoJWT, "Zoe Client")
	// base is a valid create of each entity, as whom, by which mutation.
	base := func(entity string, i int) (token, query string, in map[string]any) {
		switch entity {
		case "Customer":
			return h.leoJWT, wkCreateCustomer, map[string]any{"name": "Acme Ltd"}
		case "Conversation":
			return h.leoJWT, wkCreateConversation, map[string]any{"mode": "CALL", "occurredAt": wkTime(now), "customerIDs": []string{c}}
		case "Commitment":
			return h.miaJWT, wkCreateCommitment, map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5}
		case "Decision":
			return h.leoJWT, wkCreateDecision, map[string]any{"title": "Open on Sundays", "customerBenefit": "Customers can shop on their day off"}
		case "FollowUp":
			return h.leoJWT, wkCreateFollowUp, map[string]any{"action": "Call back", "ownerID": tnID(h.leo.ID)}
		case "FeedbackReview":
			return h.adaJWT, wkCreateReview, map[string]any{"title": "November review", "heldAt": wkTime(now)}
		case "Leader":
			return h.adaJWT, wkCreateLeader, map[string]any{"name": "New Person", "email": "person" + tnID(i) + "@acme.example"}
		case "Nomination":
			return h.leoJWT, wkCreateNomination, map[string]any{"nomineeID": tnID(h.mia.ID), "story": "Drove the spare part to the customer"}
		}
		t.Fatalf("no base create for %s", entity)
		return
	}
	for i, ex := range file.Examples {
		t.Run(ex.Entity+"."+ex.Field, func(t *testing.T) {
			token, query, in := base(ex.Entity, i)
			in[ex.Field] = ex.Value
			resp := h.do(token, query, map[string]any{"in": in})
			if ex.Error == "" && ex.ErrorPrefix == "" {
				if len(resp.Errors) > 0 {
					t.Fatalf("%q refused: %+v", ex.Value, resp.Errors)
				}
				return
			}
			if resp.Code() != "BAD_USER_INPUT" || wkField(resp) != ex.Field {
				t.Fatalf("%q: want BAD_USER_INPUT on %s, got %+v", ex.Value, ex.Field, resp.Errors)
			}
			msg := resp.Errors[0].Message
			if (ex.Error != "" && msg != ex.Error) || !strings.HasPrefix(msg, ex.ErrorPrefix) {
				t.Fatalf("%q: message %q, want %q%q", ex.Value, msg, ex.Error, ex.ErrorPrefix)
			}
		})
	}
}
