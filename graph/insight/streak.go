package insight

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"walker/ent"
)

// maxStreak bounds Leader.weekStreak (and how far back it looks).
const maxStreak = 52

// WeekStreak counts leader l's consecutive weeks with a conversation. The
// database answers, for each of the last maxStreak+1 weeks, whether the
// leader has a conversation in it: one probe of the leader's (leader_id,
// occurred_at) index per week, which stops at the week's first live
// conversation. So the cost does not grow with how much the leader logs,
// as reading a year of the leader's days did (docs/BENCHMARKS.md).
func (r *Reader) WeekStreak(ctx context.Context, l *ent.Leader, now time.Time) (int, error) {
	q, args := weeksWithConversations(l.ID, weekStart(now))
	weeks := map[int]bool{}
	err := r.query(ctx, q, args, func(rows *sql.Rows) error {
		var n int
		if err := rows.Scan(&n); err != nil {
			return err
		}
		weeks[n] = true
		return nil
	})
	if err != nil {
		return 0, err
	}
	return streak(weeks), nil
}

// weeksWithConversations is the query of the weeks back from the week that
// starts at start (0: that week, 1: the one before, …) in which the leader
// has a conversation, the leader being of the organization (@org).
func weeksWithConversations(leaderID int, start time.Time) (string, []any) {
	var b strings.Builder
	args := make([]any, 0, 3*(maxStreak+1)+1)
	b.WriteString("SELECT x.n FROM (")
	for n := 0; n <= maxStreak; n++ {
		if n > 0 {
			b.WriteString(" UNION ALL ")
		}
		fmt.Fprintf(&b, `SELECT %d AS n WHERE EXISTS (SELECT 1 FROM conversations c
			WHERE c.leader_id = ? AND c.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?)`, n)
		from := start.AddDate(0, 0, -7*n)
		args = append(args, leaderID, from, from.AddDate(0, 0, 7))
	}
	b.WriteString(") x WHERE EXISTS (SELECT 1 FROM leaders l WHERE l.id = ? AND l.organization_id = @org)")
	return b.String(), append(args, leaderID)
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
