package insight

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"walker/ent"
)

// maxStreak bounds Leader.weekStreak (and how far back it looks).
const maxStreak = 52

// WeekStreak counts leader l's consecutive weeks with a conversation. The
// database returns the distinct days (at most 7 × 53), not every
// conversation: a busy leader has thousands in a year.
func (r *Reader) WeekStreak(ctx context.Context, l *ent.Leader, now time.Time) (int, error) {
	since := weekStart(now).AddDate(0, 0, -7*maxStreak)
	var days []time.Time
	err := r.query(ctx, `SELECT DISTINCT `+r.sql.day("c.occurred_at")+` FROM conversations c
		WHERE c.leader_id = `+leaderOfOrg+` AND c.deleted_at IS NULL AND c.occurred_at >= ?`, []any{l.ID, since}, func(rows *sql.Rows) error {
		var d any
		if err := rows.Scan(&d); err != nil {
			return err
		}
		t, err := asDay(d)
		if err != nil {
			return err
		}
		days = append(days, t)
		return nil
	})
	if err != nil {
		return 0, err
	}
	return weekStreak(days, now), nil
}

// asDay reads a day as the databases return it: a time (PostgreSQL's DATE)
// or text (SQLite's date()).
func asDay(v any) (time.Time, error) {
	switch d := v.(type) {
	case time.Time:
		return d, nil
	case string:
		return time.Parse(time.DateOnly, d)
	case []byte:
		return time.Parse(time.DateOnly, string(d))
	}
	return time.Time{}, fmt.Errorf("a day of type %T", v)
}

// weekStart is the Monday 00:00 UTC of t's week.
func weekStart(t time.Time) time.Time {
	t = t.UTC()
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// weekStreak counts consecutive weeks holding one of times, back from now's
// week; an empty current week does not break the streak (it is not over).
func weekStreak(times []time.Time, now time.Time) int {
	weeks := map[time.Time]bool{}
	for _, t := range times {
		weeks[weekStart(t)] = true
	}
	w := weekStart(now)
	if !weeks[w] {
		w = w.AddDate(0, 0, -7)
	}
	n := 0
	for n < maxStreak && weeks[w] {
		n++
		w = w.AddDate(0, 0, -7)
	}
	return n
}
