package push

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/followup"
	"walker/ent/nomination"
	"walker/ent/plan"
	"walker/ent/schema/goal"
	"walker/ent/schema/viewer"
	"walker/graph/model"
)

// Person is whom reminders are gathered for, and when.
type Person struct {
	Leader *ent.Leader
	// Now is the sender's clock; Local is the same instant in the person's
	// time zone (their "tomorrow" and "today").
	Now, Local time.Time
}

// Reminder is one thing worth a nudge, and the app's screen that shows it.
type Reminder struct {
	Text string
	URL  string // such as /#/commitments
}

// A Source finds what to remind a person of. Its ctx acts as the person (a
// viewer of their organization and role), so that a source reads what the
// person may read and nothing more, through the same privacy rules as the
// app.
type Source func(ctx context.Context, p Person) ([]Reminder, error)

// DefaultSources are what reminders are gathered from, in the order a
// notification lists them.
func (s *Sender) DefaultSources() []Source {
	return []Source{s.CommitmentsBehind, s.PlansToday, s.FollowUpsDueTomorrow, s.NominationsWaiting}
}

// gather runs every source for p, as p.
func (s *Sender) gather(ctx context.Context, p Person) ([]Reminder, error) {
	l := p.Leader
	ctx = viewer.NewContext(ctx, &viewer.Viewer{OrganizationID: l.OrganizationID, LeaderID: l.ID, Role: viewer.Role(l.Role)})
	var out []Reminder
	for _, src := range s.sources {
		rs, err := src(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("push: gathering reminders: %w", err)
		}
		out = append(out, rs...)
	}
	return out, nil
}

// CommitmentsBehind reminds of each commitment behind or at risk, with the
// pace and progress the person's month shows (graph/insight's LeaderMonth):
// "2 of 5 customers met, 9 days left".
func (s *Sender) CommitmentsBehind(ctx context.Context, p Person) ([]Reminder, error) {
	month, err := s.insights.LeaderMonth(ctx, p.Leader, p.Now.UTC().Format("2006-01"), []string{"commitments"})
	if err != nil {
		return nil, err
	}
	var out []Reminder
	for _, c := range month.Commitments {
		if c.Pace != model.PaceBehind && c.Pace != model.PaceAtRisk {
			continue
		}
		end := month.To
		if c.Period == goal.PeriodQUARTER {
			q := time.Date(month.From.Year(), (month.From.Month()-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
			end = q.AddDate(0, 3, 0)
		}
		out = append(out, Reminder{Text: Progress(c.Behaviour, c.Actual, c.Target) + ", " + DaysLeft(p.Now, end), URL: "/#/commitments"})
	}
	return out, nil
}

// behaviours words what each behaviour counts, after "2 of 5".
var behaviours = map[goal.Behaviour]string{
	goal.BehaviourCUSTOMERS_MET:          "customers met",
	goal.BehaviourDAYS_WITH_CUSTOMERS:    "days with customers",
	goal.BehaviourMINUTES_WITH_CUSTOMERS: "minutes with customers",
	goal.BehaviourDECISIONS_WITH_BENEFIT: "decisions with a customer benefit",
	goal.BehaviourCLV_DECISIONS:          "decisions with a CLV impact",
	goal.BehaviourFEEDBACK_REVIEWS:       "feedback reviews",
	goal.BehaviourONLINE_COMMENTS:        "sessions answering online comments",
	goal.BehaviourCALL_LISTENING:         "recorded calls listened to",
	goal.BehaviourRECOGNITIONS:           "recognitions given",
	goal.BehaviourNEW_INITIATIVES:        "new initiatives",
}

// Progress words actual against target: "2 of 5 customers met", or for
// follow-ups on time "60% of follow-ups on time, 90% promised".
func Progress(b goal.Behaviour, actual, target int) string {
	if b == goal.BehaviourFOLLOW_UPS_ON_TIME {
		return fmt.Sprintf("%d%% of follow-ups on time, %d%% promised", actual, target)
	}
	what, ok := behaviours[b]
	if !ok {
		what = strings.ToLower(strings.ReplaceAll(string(b), "_", " "))
	}
	return fmt.Sprintf("%d of %d %s", actual, target, what)
}

// DaysLeft words the whole or part days from now to end: "9 days left",
// "1 day left", "last day".
func DaysLeft(now, end time.Time) string {
	days := int((end.Sub(now) + 24*time.Hour - 1) / (24 * time.Hour))
	switch {
	case days <= 1:
		return "last day"
	default:
		return fmt.Sprintf("%d days left", days)
	}
}

// FollowUpsDueTomorrow reminds of the person's open follow-ups due
// tomorrow, their tomorrow: a due date is a calendar day (stored at midday
// UTC), the same everywhere.
func (s *Sender) FollowUpsDueTomorrow(ctx context.Context, p Person) ([]Reminder, error) {
	t := p.Local.AddDate(0, 0, 1)
	from := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	due, err := s.client.FollowUp.Query().Where(followup.OwnerID(p.Leader.ID), followup.DoneAtIsNil(),
		followup.DueOnGTE(from), followup.DueOnLT(from.AddDate(0, 0, 1))).
		Order(ent.Asc(followup.FieldID)).Limit(MaxReminders + 1).All(ctx)
	if err != nil || len(due) == 0 {
		return nil, err
	}
	if len(due) > 1 {
		return []Reminder{{Text: fmt.Sprintf("%d follow-ups due tomorrow", len(due)), URL: "/#/"}}, nil
	}
	f, url := due[0], "/#/"
	if f.ConversationID != 0 {
		url = fmt.Sprintf("/#/conversations/%d", f.ConversationID)
	}
	return []Reminder{{Text: "Due tomorrow: " + clip(f.Action, 120), URL: url}}, nil
}

// PlansToday reminds of the person's plans for today, their today, not
// logged yet (no conversation logged from them), in the order of their
// time: "2 plans today: visit Acme Corp at 10:00, call Zoe at 14:30". It
// opens Home, where one tap on a plan logs it.
func (s *Sender) PlansToday(ctx context.Context, p Person) ([]Reminder, error) {
	loc := p.Local.Location()
	// In UTC: SQLite compares the stored times as text.
	from := time.Date(p.Local.Year(), p.Local.Month(), p.Local.Day(), 0, 0, 0, 0, loc)
	q := s.client.Plan.Query().Where(plan.LeaderID(p.Leader.ID),
		plan.PlannedAtGTE(from.UTC()), plan.PlannedAtLT(from.AddDate(0, 0, 1).UTC()),
		plan.Not(plan.HasConversationsWith(conversation.DeletedAtIsNil())))
	plans, err := q.Clone().WithCustomer().Order(ent.Asc(plan.FieldPlannedAt), ent.Asc(plan.FieldID)).Limit(plansListed).All(ctx)
	if err != nil || len(plans) == 0 {
		return nil, err
	}
	n := len(plans)
	if n == plansListed {
		if n, err = q.Count(ctx); err != nil {
			return nil, err
		}
	}
	parts := make([]string, 0, len(plans))
	for _, pl := range plans {
		parts = append(parts, planWords(pl, loc))
	}
	list := strings.Join(parts, ", ")
	if n > len(plans) {
		list += fmt.Sprintf(" and %d more", n-len(plans))
	}
	if n == 1 {
		return []Reminder{{Text: "1 plan today: " + list, URL: "/#/"}}, nil
	}
	return []Reminder{{Text: fmt.Sprintf("%d plans today: %s", n, list), URL: "/#/"}}, nil
}

// plansListed is how many of the day's plans a reminder names.
const plansListed = 3

// planKinds words what each kind of plan is, before whom it is with.
var planKinds = map[plan.Kind]string{
	plan.KindVISIT:        "visit",
	plan.KindCALL:         "call",
	plan.KindVIDEO:        "video call with",
	plan.KindCUSTOMER_DAY: "customer day with",
}

// planWords words one plan in loc: "visit Acme Corp at 10:00", "customer day at 09:00".
func planWords(pl *ent.Plan, loc *time.Location) string {
	what := planKinds[pl.Kind]
	if c := pl.Edges.Customer; c != nil {
		what += " " + clip(c.Name, 40)
	} else {
		what = strings.TrimSuffix(what, " with")
	}
	return what + " at " + pl.PlannedAt.In(loc).Format("15:04")
}

// NominationsWaiting reminds admins of the nominations waiting for their
// approval (status OPEN).
func (s *Sender) NominationsWaiting(ctx context.Context, p Person) ([]Reminder, error) {
	if !viewer.FromContext(ctx).IsAdmin() {
		return nil, nil
	}
	n, err := s.client.Nomination.Query().Where(nomination.StatusEQ(nomination.StatusOPEN)).Count(ctx)
	if err != nil || n == 0 {
		return nil, err
	}
	text := fmt.Sprintf("%d nominations wait for your approval", n)
	if n == 1 {
		text = "1 nomination waits for your approval"
	}
	return []Reminder{{Text: text, URL: "/#/champions"}}, nil
}

// clip shortens s to at most n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
