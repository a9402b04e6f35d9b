package insight

import (
	"testing"
	"time"

	"walker/ent/schema/goal"
	"walker/graph/model"
)

// A commitment's pace compares what was logged with the share of the period
// gone: 10 days into a 30-day month, a target of 6 expects 2.
func TestPace(t *testing.T) {
	nov := mustPeriod("2026-11")
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	met := goal.BehaviourCUSTOMERS_MET
	for _, c := range []struct {
		name           string
		b              goal.Behaviour
		target, actual int
		planned        int
		now            time.Time
		want           model.Pace
	}{
		{"reached", met, 6, 6, 0, day(11), model.PaceMet},
		{"reached early, over target", met, 6, 9, 0, day(2), model.PaceMet},
		{"a target of 0 is met", met, 0, 0, 0, day(11), model.PaceMet},
		{"ahead of the share gone", met, 6, 3, 0, day(11), model.PaceOnTrack},
		{"exactly the share gone", met, 6, 2, 0, day(11), model.PaceOnTrack},
		{"short by less than a quarter of the target", met, 6, 1, 0, day(11), model.PaceBehind},
		{"short by more than a quarter", met, 12, 0, 0, day(16), model.PaceAtRisk},
		{"the month not begun", met, 6, 0, 0, time.Date(2026, 10, 30, 0, 0, 0, 0, time.UTC), model.PaceOnTrack},
		{"the first instant", met, 6, 0, 0, day(1), model.PaceOnTrack},
		{"the month over", met, 6, 5, 0, day(1).AddDate(0, 1, 0), model.PaceMissed},
		{"a percentage, open", goal.BehaviourFOLLOW_UPS_ON_TIME, 90, 100, 0, day(5), model.PaceMet},
		{"a percentage short, open", goal.BehaviourFOLLOW_UPS_ON_TIME, 90, 50, 0, day(5), model.PaceBehind},
		{"behind, but the plans to come reach the target", met, 6, 1, 5, day(16), model.PaceOnTrack},
		{"at risk, the plans to come lift it to behind", met, 12, 0, 5, day(16), model.PaceBehind},
		{"plans do not lift a percentage", goal.BehaviourFOLLOW_UPS_ON_TIME, 90, 50, 9, day(5), model.PaceBehind},
		{"plans cannot save a month over", met, 6, 5, 3, day(1).AddDate(0, 1, 0), model.PaceMissed},
		{"a percentage short, over", goal.BehaviourFOLLOW_UPS_ON_TIME, 90, 50, 0, day(30).AddDate(0, 0, 1), model.PaceMissed},
	} {
		if got := pace(c.b, c.target, c.actual, c.planned, nov, c.now); got != c.want {
			t.Errorf("%s: pace = %s, want %s", c.name, got, c.want)
		}
	}
	// A leader stands at the pace of their commitment furthest behind.
	list := []*model.CommitmentProgress{{Pace: model.PaceMet}, {Pace: model.PaceBehind}, {Pace: model.PaceOnTrack}}
	if got := slowest(list); got != model.PaceBehind {
		t.Errorf("slowest = %s, want BEHIND", got)
	}
}
