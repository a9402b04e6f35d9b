// Package insight is Walker's read model of behaviour: what a leader did in a
// month against their commitments (is this leader a walker?), the team
// dashboard and the week streak — computed from the records, never typed in.
// Aggregates ent cannot express are SQL reads through one function, query,
// which binds the organization from the viewer: no query can leave it out.
package insight

import (
	"slices"
	"time"

	"walker/ent"
	"walker/ent/schema/goal"
	"walker/ent/schema/rule"
	"walker/ent/schema/rule/limit"
	"walker/graph/model"
)

// Reader computes the insights over a store.
type Reader struct {
	client *ent.Client
	sql    sqlText
	now    func() time.Time
	cache  *cache // nil: not cached
}

// New returns a reader over client, whose SQL dialect is dialect.
func New(client *ent.Client, dialect string) *Reader {
	return &Reader{client: client, sql: sqlText{dialect: dialect}, now: time.Now}
}

// period is a calendar month (or quarter), [from, to) in UTC.
type period struct {
	name     string
	from, to time.Time
}

// parsePeriod reads a month written YYYY-MM.
func parsePeriod(s string) (period, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil || t.Before(limit.EarliestDate) || t.Year() > 9998 {
		return period{}, rule.Invalid("period", "must be a month written YYYY-MM, e.g. 2026-11")
	}
	return period{name: s, from: t, to: t.AddDate(0, 1, 0)}, nil
}

// quarter is the calendar quarter holding the month p.
func (p period) quarter() period {
	q := time.Date(p.from.Year(), (p.from.Month()-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
	return period{name: p.name, from: q, to: q.AddDate(0, 3, 0)}
}

// metrics are one leader's observable behaviours in a period.
type metrics struct {
	customersMet, conversations, days, minutes, onlineComments, callListening int
	decisions, decisionsWithBenefit, clvDecisions, reviews, recognitions      int
	newInitiatives, followUpsDue, followUpsOnTime                             int
}

// actual is what the records show for a behaviour.
func (m *metrics) actual(b goal.Behaviour) int {
	switch b {
	case goal.BehaviourCUSTOMERS_MET:
		return m.customersMet
	case goal.BehaviourDAYS_WITH_CUSTOMERS:
		return m.days
	case goal.BehaviourMINUTES_WITH_CUSTOMERS:
		return m.minutes
	case goal.BehaviourDECISIONS_WITH_BENEFIT:
		return m.decisionsWithBenefit
	case goal.BehaviourCLV_DECISIONS:
		return m.clvDecisions
	case goal.BehaviourFEEDBACK_REVIEWS:
		return m.reviews
	case goal.BehaviourONLINE_COMMENTS:
		return m.onlineComments
	case goal.BehaviourCALL_LISTENING:
		return m.callListening
	case goal.BehaviourRECOGNITIONS:
		return m.recognitions
	case goal.BehaviourNEW_INITIATIVES:
		return m.newInitiatives
	case goal.BehaviourFOLLOW_UPS_ON_TIME:
		if m.followUpsDue == 0 {
			return 100 // nothing fell due: no promise was broken.
		}
		return m.followUpsOnTime * 100 / m.followUpsDue
	}
	return 0
}

// byLeader holds metrics per leader id.
type byLeader map[int]*metrics

// of returns the metrics of id, made when missing.
func (b byLeader) of(id int) *metrics {
	if b[id] == nil {
		b[id] = &metrics{}
	}
	return b[id]
}

// orEmpty returns the metrics of id, or zeros.
func (b byLeader) orEmpty(id int) *metrics {
	if m := b[id]; m != nil {
		return m
	}
	return &metrics{}
}

// progress evaluates commitments against the month's metrics and, for
// quarterly ones, the quarter's, at now; all met says whether the leader is a
// walker.
func progress(cs []*ent.Commitment, month, quarter *metrics, planned [2]ahead, p period, now time.Time) (list []*model.CommitmentProgress, allMet bool) {
	list = make([]*model.CommitmentProgress, 0, len(cs))
	allMet = len(cs) > 0
	for _, c := range cs {
		m, in, more := month, p, planned[0]
		if c.Period == goal.PeriodQUARTER {
			m, in, more = quarter, p.quarter(), planned[1]
		}
		actual := m.actual(c.Behaviour)
		met := actual >= c.Target
		allMet = allMet && met
		list = append(list, &model.CommitmentProgress{
			Commitment: c, Behaviour: c.Behaviour, Period: c.Period, Target: c.Target, Actual: actual, Met: met,
			Pace: pace(c.Behaviour, c.Target, actual, more.count(c.Behaviour), in, now),
		})
	}
	return list, allMet
}

// pace is where a commitment of target in p stands at now, with actual so
// far and planned more to come from the plans (see CommitmentProgress.pace).
func pace(b goal.Behaviour, target, actual, planned int, p period, now time.Time) model.Pace {
	switch {
	case actual >= target:
		return model.PaceMet
	case !now.Before(p.to):
		return model.PaceMissed
	case b == goal.BehaviourFOLLOW_UPS_ON_TIME:
		return model.PaceBehind // a percentage does not grow with time
	}
	share := 0.0
	if now.After(p.from) {
		share = float64(now.Sub(p.from)) / float64(p.to.Sub(p.from))
	}
	expected := float64(target) * share
	switch a, promised := float64(actual), float64(actual+planned); {
	case a >= expected, actual+planned >= target:
		return model.PaceOnTrack // ahead of the time gone, or the plans to come reach the target
	case promised >= expected-float64(target)/4:
		return model.PaceBehind
	}
	return model.PaceAtRisk
}

// paceOrder ranks paces from furthest behind: a leader stands at the pace of
// their commitment furthest behind.
var paceOrder = []model.Pace{model.PaceMissed, model.PaceAtRisk, model.PaceBehind, model.PaceOnTrack, model.PaceMet}

// slowest is the pace furthest behind among list's.
func slowest(list []*model.CommitmentProgress) model.Pace {
	rank := len(paceOrder) - 1
	for _, c := range list {
		rank = min(rank, slices.Index(paceOrder, c.Pace))
	}
	return paceOrder[rank]
}

func hasQuarterly(cs []*ent.Commitment) bool {
	for _, c := range cs {
		if c.Period == goal.PeriodQUARTER {
			return true
		}
	}
	return false
}
