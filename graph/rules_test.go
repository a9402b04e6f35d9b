package graph_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"walker/server/servertest"
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
	h := servertest.New(t)
	now := time.Now().UTC()
	c := h.Customer(h.LeoJWT, "Zoe Client")
	// base is a valid create of each entity, as whom, by which mutation.
	base := func(entity string, i int) (token, query string, in map[string]any) {
		switch entity {
		case "Customer":
			return h.LeoJWT, createCustomer, map[string]any{"name": "Acme Ltd"}
		case "Conversation":
			return h.LeoJWT, createConversation, map[string]any{"mode": "CALL", "occurredAt": servertest.Time(now), "customerIDs": []string{c}}
		case "Commitment":
			return h.MiaJWT, createCommitment, map[string]any{"behaviour": "CUSTOMERS_MET", "target": 5}
		case "Decision":
			return h.LeoJWT, createDecision, map[string]any{"title": "Open on Sundays", "customerBenefit": "Customers can shop on their day off"}
		case "FollowUp":
			return h.LeoJWT, createFollowUp, map[string]any{"action": "Call back", "ownerID": servertest.ID(h.Leo.ID)}
		case "FeedbackReview":
			return h.AdaJWT, createReview, map[string]any{"title": "November review", "heldAt": servertest.Time(now)}
		case "Leader":
			return h.AdaJWT, createLeader, map[string]any{"name": "New Person", "email": "person" + servertest.ID(i) + "@acme.example"}
		case "Nomination":
			return h.LeoJWT, createNomination, map[string]any{"nomineeID": servertest.ID(h.Mia.ID), "story": "Drove the spare part to the customer"}
		}
		t.Fatalf("no base create for %s", entity)
		return
	}
	for i, ex := range file.Examples {
		t.Run(ex.Entity+"."+ex.Field, func(t *testing.T) {
			token, query, in := base(ex.Entity, i)
			in[ex.Field] = ex.Value
			resp := h.Do(token, query, map[string]any{"in": in})
			if ex.Error == "" && ex.ErrorPrefix == "" {
				if len(resp.Errors) > 0 {
					t.Fatalf("%q refused: %+v", ex.Value, resp.Errors)
				}
				return
			}
			if resp.Code() != "BAD_USER_INPUT" || resp.Field() != ex.Field {
				t.Fatalf("%q: want BAD_USER_INPUT on %s, got %+v", ex.Value, ex.Field, resp.Errors)
			}
			msg := resp.Errors[0].Message
			if (ex.Error != "" && msg != ex.Error) || !strings.HasPrefix(msg, ex.ErrorPrefix) {
				t.Fatalf("%q: message %q, want %q%q", ex.Value, msg, ex.Error, ex.ErrorPrefix)
			}
		})
	}
}
