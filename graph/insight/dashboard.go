package insight

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"

	"walker/ent"
	"walker/ent/commitment"
	"walker/ent/decision"
	"walker/ent/followup"
	"walker/ent/leader"
	"walker/ent/nomination"
	"walker/ent/predicate"
	"walker/graph/model"
)

// Dashboard is the viewer's organization's month s (YYYY-MM). fields are the
// Dashboard fields asked for: only what they need is computed (the 12-month
// series alone need not pay for the walkers), each part cached (see Cache).
func (r *Reader) Dashboard(ctx context.Context, s string, fields []string, who People) (*model.Dashboard, error) {
	p, err := parsePeriod(s)
	if err != nil {
		return nil, err
	}
	asked := map[string]bool{}
	for _, f := range fields {
		asked[f] = true
	}
	d := &model.Dashboard{Period: p.name}
	for _, part := range []struct {
		fields []string
		fill   func(context.Context, period, *model.Dashboard) error
	}{
		{[]string{"leaders", "walkers", "notYetWalkers", "withoutCommitments", "leadersByPace"}, func(ctx context.Context, p period, d *model.Dashboard) error {
			return r.fillWalkers(ctx, p, d, who)
		}},
		{[]string{"conversations", "conversationsByMode"}, r.fillModes},
		{[]string{"decisionsByStatus"}, r.fillDecisions},
		{[]string{"openFollowUps", "overdueFollowUps", "champions", "openNominations"}, r.fillNow},
		{[]string{"customersMet", "customersMetByMonth"}, func(ctx context.Context, p period, d *model.Dashboard) error {
			return r.fillCustomers(ctx, p, d, asked["customersMetByMonth"])
		}},
	} {
		for _, f := range part.fields {
			if asked[f] {
				if err := part.fill(ctx, p, d); err != nil {
					return nil, err
				}
				break
			}
		}
	}
	return d, nil
}

func (r *Reader) fillWalkers(ctx context.Context, p period, d *model.Dashboard, who People) error {
	w, err := cached(ctx, r, "walkers"+who.key(), p.name, func(ctx context.Context) (model.Dashboard, error) { return r.walkers(ctx, p, who) })
	d.Leaders, d.Walkers, d.NotYetWalkers, d.WithoutCommitments = w.Leaders, w.Walkers, w.NotYetWalkers, w.WithoutCommitments
	d.LeadersByPace = w.LeadersByPace
	return err
}

// fillModes counts the month's conversations by mode, from the
// organization's running counts (server/store/rollup).
func (r *Reader) fillModes(ctx context.Context, p period, d *model.Dashboard) (err error) {
	d.ConversationsByMode, err = cached(ctx, r, "modes", p.name, func(ctx context.Context) (modes []*model.ModeCount, err error) {
		err = r.query(ctx, `SELECT r.mode, r.conversations FROM rollup_org_modes r
			WHERE r.organization_id = @org AND r.month = ? AND r.conversations > 0 ORDER BY r.mode`, []any{p.from}, func(rows *sql.Rows) error {
			var m model.ModeCount
			if err := rows.Scan(&m.Mode, &m.Count); err != nil {
				return err
			}
			modes = append(modes, &m)
			return nil
		})
		return modes, err
	})
	for _, m := range d.ConversationsByMode {
		d.Conversations += m.Count
	}
	return err
}

func (r *Reader) fillDecisions(ctx context.Context, p period, d *model.Dashboard) (err error) {
	d.DecisionsByStatus, err = cached(ctx, r, "decisions", p.name, func(ctx context.Context) (st []*model.StatusCount, err error) {
		err = r.client.Decision.Query().Where(decision.CreatedAtGTE(p.from), decision.CreatedAtLT(p.to)).
			GroupBy(decision.FieldStatus).Aggregate(ent.Count()).Scan(ctx, &st)
		return st, err
	})
	return err
}

// fillNow counts what is true now, whatever the period. The open and
// overdue follow-ups come from the running count of open follow-ups per due
// day (server/store/rollup), today's overdue ones from the records.
func (r *Reader) fillNow(ctx context.Context, _ period, d *model.Dashboard) error {
	now, err := cached(ctx, r, "now", "", func(ctx context.Context) (n model.Dashboard, err error) {
		at := r.now()
		today := time.Date(at.UTC().Year(), at.UTC().Month(), at.UTC().Day(), 0, 0, 0, 0, time.UTC)
		err = r.query(ctx, `SELECT COALESCE(SUM(r.open), 0), COALESCE(SUM(CASE WHEN r.day < ? THEN r.open ELSE 0 END), 0)
			FROM rollup_follow_up_days r WHERE r.organization_id = @org`, []any{today}, func(rows *sql.Rows) error {
			return rows.Scan(&n.OpenFollowUps, &n.OverdueFollowUps)
		})
		if err != nil {
			return n, err
		}
		dueToday, err := r.client.FollowUp.Query().Where(followup.DoneAtIsNil(), followup.DueOnGTE(today), followup.DueOnLT(at)).Count(ctx)
		if err != nil {
			return n, err
		}
		n.OverdueFollowUps += dueToday
		if n.Champions, err = r.client.Leader.Query().Where(leader.Champion(true), leader.DeactivatedAtIsNil()).Count(ctx); err != nil {
			return n, err
		}
		n.OpenNominations, err = r.client.Nomination.Query().Where(nomination.StatusEQ(nomination.StatusOPEN)).Count(ctx)
		return n, err
	})
	d.OpenFollowUps, d.OverdueFollowUps, d.Champions, d.OpenNominations = now.OpenFollowUps, now.OverdueFollowUps, now.Champions, now.OpenNominations
	return err
}

// fillCustomers counts the customers met in p and, when series is asked
// for, in each of the twelve months up to p: the month alone reads a twelfth
// of the conversations.
func (r *Reader) fillCustomers(ctx context.Context, p period, d *model.Dashboard, series bool) error {
	months, part := 1, "customers-month"
	if series {
		months, part = 12, "customers"
	}
	c, err := cached(ctx, r, part, p.name, func(ctx context.Context) (model.Dashboard, error) { return r.customersMet(ctx, p, months) })
	d.CustomersMet, d.CustomersMetByMonth = c.CustomersMet, c.CustomersMetByMonth
	return err
}

// walkers counts the active leaders, those who meet all their commitments,
// and the others.
func (r *Reader) walkers(ctx context.Context, p period, who People) (d model.Dashboard, err error) {
	people := who.where()
	if d.Leaders, err = r.client.Leader.Query().Where(people...).Count(ctx); err != nil {
		return d, err
	}
	cs, err := r.client.Commitment.Query().
		Where(commitment.HasLeaderWith(people...)).
		Order(ent.Asc(commitment.FieldID)).All(ctx)
	if err != nil {
		return d, err
	}
	mine := map[int][]*ent.Commitment{}
	for _, c := range cs {
		mine[c.LeaderID] = append(mine[c.LeaderID], c)
	}
	month, err := r.metricsFor(ctx, 0, p, commitmentSources(cs))
	if err != nil {
		return d, err
	}
	quarter := byLeader{}
	if hasQuarterly(cs) {
		if quarter, err = r.metricsFor(ctx, 0, p.quarter(), quarterSources(cs)); err != nil {
			return d, err
		}
	}
	pm, pq, err := r.plansFor(ctx, 0, cs, p)
	if err != nil {
		return d, err
	}
	paces := map[model.Pace]int{}
	for id, list := range mine {
		l, ok := progress(list, month.orEmpty(id), quarter.orEmpty(id), [2]ahead{pm[id], pq[id]}, p, r.now())
		if ok {
			d.Walkers++
		} else {
			d.NotYetWalkers++
		}
		paces[slowest(l)]++
	}
	for _, pc := range paceOrder {
		if paces[pc] > 0 {
			d.LeadersByPace = append(d.LeadersByPace, &model.PaceCount{Pace: pc, Leaders: paces[pc]})
		}
	}
	d.WithoutCommitments = max(d.Leaders-len(mine), 0)
	return d, nil
}

// customersMet counts the organization's distinct customers met in each of
// the months months up to p, and in p, from its running counts per month
// (server/store/rollup).
func (r *Reader) customersMet(ctx context.Context, p period, months int) (d model.Dashboard, err error) {
	start := p.from.AddDate(0, 1-months, 0)
	counts, err := r.monthly(ctx, `SELECT r.month, r.customers FROM rollup_org_months r
		WHERE r.organization_id = @org AND r.month >= ? AND r.month < ?`, []any{start, p.to})
	if err != nil {
		return d, err
	}
	d.CustomersMetByMonth, d.CustomersMet = series(counts, start, p.to), counts[p.name]
	return d, nil
}

// People narrows the dashboard's people counts: to a team, to a manager's
// direct reports, or both; the zero value is everyone.
type People struct {
	Team      *string
	ManagerID *int
}

// where is the filter of the active people who.
func (who People) where() []predicate.Leader {
	ps := []predicate.Leader{leader.DeactivatedAtIsNil()}
	if who.Team != nil {
		ps = append(ps, leader.TeamEqualFold(strings.TrimSpace(*who.Team)))
	}
	if who.ManagerID != nil {
		ps = append(ps, leader.ManagerID(*who.ManagerID))
	}
	return ps
}

// key names who in the dashboard cache.
func (who People) key() string {
	k := ""
	if who.Team != nil {
		k += ":team=" + strings.ToLower(strings.TrimSpace(*who.Team))
	}
	if who.ManagerID != nil {
		k += ":manager=" + strconv.Itoa(*who.ManagerID)
	}
	return k
}
