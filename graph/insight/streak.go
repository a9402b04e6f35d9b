package insight

import (
	"context"
	"database/sql"
	"time"

	"walker/ent"
)

// maxStreak bounds Leader.weekStreak (and how far back it looks).
const maxStreak = 52

// WeekStreak counts leader l's consecutive weeks with a conversation, from
// the leader's running count of conversations per day (server/store/rollup):
// one range of the leader's (leader_id, day) index, at most a row per day of
// the last maxStreak+1 weeks, whatever the leader logs in a day.
func (r *Reader) WeekStreak(ctx context.Context, l *ent.Leader, now time.Time) (int, error) {
	from := weekStart(now).AddDate(0, 0, -7*maxStreak)
	var days []time.Time
	err := r.query(ctx, `SELECT r.day FROM rollup_leader_days r
		WHERE r.leader_id = `+leaderOfOrg+` AND r.day >= ? AND r.conversations > 0`, []any{l.ID, from}, func(rows *sql.Rows) error {
		var d time.Time
		if err := rows.Scan(&d); err != nil {
			return err
		}
		days = append(days, d)
		return nil
	})
	if err != nil {
		return 0, err
	}
	return weekStreak(days, now), nil
}

// weekStart is the Monday 00:00 UTC of t's week.
func weekStart(t time.Time) time.Time {
	t = t.UTC()
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// weekStreak counts consecutive weeks holding one of times, back from now's
// week (streak's rule).
func weekStreak(times []time.Time, now time.Time) int {
	this, weeks := weekStart(now), map[int]bool{}
	for _, t := range times {
		weeks[int(this.Sub(weekStart(t)).Hours()/(7*24))] = true
	}
	return streak(weeks)
}

// streak counts the consecutive weeks in weeks (0: this week, 1: the week
// before, …), at most maxStreak; an empty current week does not break the
// streak (it is not over).
func streak(weeks map[int]bool) int {
	w := 0
	if !weeks[w] {
		w = 1
	}
	n := 0
	for n < maxStreak && weeks[w] {
		n++
		w++
	}
	return n
}
