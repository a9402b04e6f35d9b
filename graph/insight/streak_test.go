package insight

import (
	"testing"
	"time"
)

func TestWeekStreak(t *testing.T) {
	// Wednesday 25 November 2026; its week starts Monday 23 November.
	now := time.Date(2026, 11, 25, 15, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name  string
		times []time.Time
		want  int
	}{
		{"nothing", nil, 0},
		{"this week only", []time.Time{day(2026, 11, 23)}, 1},
		{"last week only: the current week is not over", []time.Time{day(2026, 11, 20)}, 1},
		{"this week and the two before", []time.Time{day(2026, 11, 24), day(2026, 11, 16), day(2026, 11, 9), day(2026, 11, 10)}, 3},
		{"a gap breaks it", []time.Time{day(2026, 11, 24), day(2026, 11, 9)}, 1},
		{"two weeks ago only", []time.Time{day(2026, 11, 12)}, 0},
		{"Sunday night belongs to the week before", []time.Time{time.Date(2026, 11, 22, 23, 59, 0, 0, time.UTC), day(2026, 11, 24)}, 2},
		{"other time zones count in UTC", []time.Time{time.Date(2026, 11, 23, 0, 30, 0, 0, time.FixedZone("CET", 3600))}, 1},
	} {
		if got := weekStreak(c.times, now); got != c.want {
			t.Errorf("%s: weekStreak = %d, want %d", c.name, got, c.want)
		}
	}
	var every []time.Time
	for w := 0; w < 80; w++ {
		every = append(every, now.AddDate(0, 0, -7*w))
	}
	if got := weekStreak(every, now); got != maxStreak {
		t.Errorf("80 weeks in a row: weekStreak = %d, want the cap %d", got, maxStreak)
	}
}
