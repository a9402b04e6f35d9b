package export

import (
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/google/uuid"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/decision"
	"walker/ent/leader"
	"walker/ent/nomination"
	"walker/ent/schema/goal"
	"walker/graph"
)

// recordLine is what the encoder must write for v with rels: json.Marshal
// of graph.Record(v) with the relations added.
func recordLine(t *testing.T, v any, relations []relation, rels [][]int) string {
	t.Helper()
	m := graph.Record(v)
	for i, r := range relations {
		ids := make([]string, len(rels[i]))
		for j, id := range rels[i] {
			ids[j] = strconv.Itoa(id)
		}
		switch {
		case r.many:
			m[r.key] = ids
		case len(ids) > 0:
			m[r.key] = ids[0]
		}
	}
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// TestEncoderIsRecord: every exported type, with every kind of value (empty,
// zero, nil, HTML, control and line-separator characters, invalid UTF-8,
// large and tiny floats, times with and without fractions, UUIDs, lists),
// is written byte for byte as json.Marshal(graph.Record) writes it.
func TestEncoderIsRecord(t *testing.T) {
	at := time.Date(2026, 11, 30, 9, 15, 7, 123456000, time.UTC)
	whole := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	str := func(s string) *string { return &s }
	num := func(n int) *int { return &n }
	flt := func(f float64) *float64 { return &f }
	id := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	mode := conversation.SentimentVERY_POSITIVE
	tricky := "<b>A&B</b> \"quoted\" \\ back\tslash\n\r\b\f \x01 \u2028\u2029 é 漢字 🙂 \xff end"
	cases := []struct {
		name      string
		v         any
		relations []relation
		rels      [][]int
	}{
		{"empty conversation", &ent.Conversation{}, conversationRelations, [][]int{nil}},
		{"conversation", &ent.Conversation{
			ID: 8589934593, CreatedAt: at, UpdatedAt: whole, Version: 3, DeletedAt: nil, CreatedByTokenID: num(7),
			OrganizationID: 47244640257, ClientID: &id, ClientHash: "secret", LeaderID: 38654705665,
			Mode: conversation.ModeCALL_LISTENING, OccurredAt: at, DurationMinutes: num(0), Heard: tricky, PainPoints: "",
			Sentiment: &mode,
		}, conversationRelations, [][]int{{12884901889, 12884901890}}},
		{"customer", &ent.Customer{ID: 12884901889, Name: tricky, Company: str(""), Segment: str("SMB"), CreatedByID: 0,
			MergedIntoID: num(12884901890), ErasedAt: &at, Version: 1}, nil, nil},
		{"decision", &ent.Decision{ID: 17179869185, Title: "T", CustomerBenefit: "Faster refunds for every customer",
			ClvImpact: flt(1234.5), Status: decision.StatusIMPLEMENTED, QuickWin: true, DecidedAt: &whole},
			decisionRelations, [][]int{{8589934593}, {17179869186}}},
		{"decision without links", &ent.Decision{ID: 17179869186, ClvImpact: flt(-0.0000001)}, decisionRelations, [][]int{{}, nil}},
		{"decision large", &ent.Decision{ID: 17179869187, ClvImpact: flt(1e21)}, decisionRelations, [][]int{nil, nil}},
		{"decision zero clv", &ent.Decision{ID: 17179869188, ClvImpact: flt(0)}, decisionRelations, [][]int{nil, nil}},
		{"follow-up", &ent.FollowUp{ID: 30064771073, Action: "Call back", OwnerID: 38654705665, ConversationID: 8589934593,
			DueOn: &whole, NewInitiative: true}, nil, nil},
		{"nomination", &ent.Nomination{ID: 42949672961, NomineeID: 1, NominatorID: 2, Story: "x", Status: nomination.StatusAPPROVED,
			DecidedByID: num(38654705665)}, nil, nil},
		{"endorsement", &ent.Endorsement{ID: 21474836481, NominationID: 42949672961, EndorserID: 38654705666}, nil, nil},
		{"review", &ent.FeedbackReview{ID: 25769803777, Title: "Monthly", HeldAt: at, DepartmentsInvited: []string{"Product", "<Support>"}},
			reviewRelations, [][]int{{38654705665}, {}}},
		{"review no departments", &ent.FeedbackReview{ID: 25769803778, DepartmentsInvited: []string{}}, reviewRelations, [][]int{nil, nil}},
		{"commitment", &ent.Commitment{ID: 4294967297, Behaviour: goal.BehaviourCUSTOMERS_MET, Target: 5, Period: goal.PeriodMONTH}, nil, nil},
		{"leader", &ent.Leader{ID: 38654705665, Name: "Ada", Email: "ada@acme.test", Title: str("CEO"), Role: leader.RoleADMIN,
			Champion: false, UserHandle: []byte{1, 2}, DeactivatedAt: &at}, nil, nil},
		{"organization", &ent.Organization{ID: 47244640257, Name: "Acme", Version: 2}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := planFor(reflect.TypeOf(c.v).Elem(), c.relations)
			got, err := appendRecord(nil, p, c.v, c.rels)
			if err != nil {
				t.Fatal(err)
			}
			if want := recordLine(t, c.v, c.relations, c.rels); string(got) != want {
				t.Errorf("encoder and graph.Record differ:\n got %s\nwant %s", got, want)
			}
		})
	}
}

// BenchmarkEncode compares the encoder with graph.Record and json.Marshal
// on a conversation (what profiling chose it for).
func BenchmarkEncode(b *testing.B) {
	at := time.Date(2026, 11, 30, 9, 15, 7, 123456000, time.UTC)
	d := 30
	s := conversation.SentimentPOSITIVE
	v := &ent.Conversation{ID: 8589934593, CreatedAt: at, UpdatedAt: at, Version: 1, OrganizationID: 47244640257,
		LeaderID: 38654705665, Mode: conversation.ModeVISIT, OccurredAt: at, DurationMinutes: &d,
		Heard: "Asked whether we could offer a dashboard for their managers.", PainPoints: "Delivery times changed without notice.",
		Sentiment: &s}
	rels := [][]int{{12884901889, 12884901890}}
	b.Run("encoder", func(b *testing.B) {
		p := planFor(reflect.TypeOf(v).Elem(), conversationRelations)
		var buf []byte
		for b.Loop() {
			buf, _ = appendRecord(buf[:0], p, v, rels)
		}
	})
	b.Run("graph.Record", func(b *testing.B) {
		for b.Loop() {
			m := graph.Record(v)
			m["customerIDs"] = []string{"12884901889", "12884901890"}
			_, _ = json.Marshal(m)
		}
	})
}
