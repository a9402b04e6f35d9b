package seed

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"walker/ent/schema/rule"
)

// plan is everything generated before the first row is written, except the
// details of each conversation, which are generated while they are written.
// Records refer to each other by index; ids are given when they are written.
type plan struct {
	opts       Options
	start, end int64 // the seeded period, Unix seconds
	orgCreated int64
	domain     string

	leaders   []leaderPlan
	byWeight  picker // leaders by how often they meet customers
	nominees  picker // leaders by how likely peers nominate them
	deciders  picker // leaders by how often they record decisions
	customers []customerPlan
	imported  int // customers[:imported] existed before the period

	// Conversations, sorted by time: convAt[i] is when conversation i happened,
	// convLeader[i] who met the customers; byLeader lists each leader's.
	convAt     []int64
	convLeader []int32
	byLeader   [][]int32

	decisions   []decisionPlan
	nominations []nominationPlan
	endorsed    []endorsementPlan
	reviews     []reviewPlan
	commitments []commitmentPlan
}

type leaderPlan struct {
	name, email, title, team, role string
	champion                       bool
	joined, left                   int64 // left is 0 while active
	updated                        int64
	activity                       float64
	portfolio                      []int32 // the customers they usually meet
}

type customerPlan struct {
	name, company, segment, persona string
	created                         int64
	createdBy                       int32 // a leader, or -1 when imported
}

type decisionPlan struct {
	owner                               int32
	created, updated, decided, reviewOn int64
	title, context, benefit, options    string
	realised, status                    string
	clv                                 float64
	hasCLV, quickWin, newInitiative     bool
	supersedes                          int32 // a decision, or -1
	evidence                            []int32
}

type nominationPlan struct {
	nominee, nominator, decidedBy int32
	customer, conversation        int32 // -1 when not cited
	created, updated, decided     int64
	story, status, note           string
}

type endorsementPlan struct {
	nomination, endorser int32
	created              int64
	comment              string
}

type reviewPlan struct {
	host          int32
	held, created int64
	title, notes  string
	departments   []string
	attendees     []int32
	conversations []int32
	followUps     []followUpPlan
}

type followUpPlan struct {
	owner                   int32
	action                  string
	created, due, done      int64 // due and done are 0 when unset
	quickWin, newInitiative bool
}

type commitmentPlan struct {
	leader            int32
	created           int64
	behaviour, period string
	target            int
}

const day = 24 * 60 * 60

// rng returns the random stream of one part of the plan: each part draws from
// its own stream, so that the parts can be generated and written in any order
// and a change to one leaves the others as they were.
func rng(seed uint64, part string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(part))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// newPlan generates the plan for opts.
func newPlan(opts Options) *plan {
	end := opts.Until.UTC().Truncate(time.Second)
	p := &plan{
		opts:   opts,
		start:  end.AddDate(0, -opts.Months, 0).Unix(),
		end:    end.Unix(),
		domain: domainOf(opts.Organization),
	}
	p.orgCreated = p.start - 400*day
	p.planLeaders(rng(opts.Seed, "leaders"))
	p.planCustomers(rng(opts.Seed, "customers"))
	p.planConversations(rng(opts.Seed, "conversations"))
	p.planNominations(rng(opts.Seed, "nominations"))
	p.planDecisions(rng(opts.Seed, "decisions"))
	p.planReviews(rng(opts.Seed, "reviews"))
	p.planCommitments(rng(opts.Seed, "commitments"))
	return p
}

// domainOf turns an organization's name into the domain of its emails.
func domainOf(org string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(org) {
		switch {
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "organization.example"
	}
	return b.String() + ".example"
}

// AdminEmail is the email of the admin seeded into an organization named org.
func AdminEmail(org string) string { return "admin@" + domainOf(org) }

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// between is a uniform time in [from, to), or from when the span is empty.
func between(r *rand.Rand, from, to int64) int64 {
	if to <= from {
		return from
	}
	return from + r.Int64N(to-from)
}

// capitalize upper-cases the first letter of a sentence built from parts.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// picker chooses an index with probability proportional to its weight.
type picker struct{ cum []float64 }

func newPicker(weights []float64) picker {
	cum := make([]float64, len(weights))
	sum := 0.0
	for i, w := range weights {
		sum += w
		cum[i] = sum
	}
	return picker{cum: cum}
}

func (p picker) pick(r *rand.Rand) int {
	x := r.Float64() * p.cum[len(p.cum)-1]
	i, _ := slices.BinarySearch(p.cum, x)
	return min(i, len(p.cum)-1)
}

// hourWeights shape the working day (UTC): people meet customers in office
// hours, more in the morning and early afternoon, rarely at night.
var hourWeights = []float64{
	0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 2, 6, 10, 12, 12,
	7, 10, 12, 11, 9, 5, 2, 1, 0.6, 0.4, 0.2, 0.1,
}

// workTime is a time in [from, to) when people work: weekdays far more than
// weekends, fewer in the last days of December and in August, office hours,
// and more towards the end of the period as the organization takes Walker up.
func (p *plan) workTime(r *rand.Rand, hours picker, from, to int64) int64 {
	if to <= from {
		return from
	}
	for range 50 {
		t := between(r, from, to)
		d := time.Unix(t, 0).UTC()
		accept := 0.55 + 0.45*float64(t-p.start)/float64(p.end-p.start)
		switch {
		case d.Weekday() == time.Saturday || d.Weekday() == time.Sunday:
			accept *= 0.06
		case d.Month() == time.December && d.Day() >= 22, d.Month() == time.January && d.Day() <= 2:
			accept *= 0.25
		case d.Month() == time.August:
			accept *= 0.6
		}
		if r.Float64() >= accept {
			continue
		}
		midnight := t - t%day
		t = midnight + int64(hours.pick(r))*3600 + r.Int64N(3600)
		if t >= from && t < to {
			return t
		}
	}
	return between(r, from, to)
}

func (p *plan) planLeaders(r *rand.Rand) {
	n := p.opts.Leaders
	p.leaders = make([]leaderPlan, n)
	seen := map[string]int{}
	weights := make([]float64, n)
	deciders := make([]float64, n)
	nominees := make([]float64, n)
	for i := range p.leaders {
		l := &p.leaders[i]
		first, last := pick(r, firstNames), pick(r, lastNames)
		l.name = first + " " + last
		local := strings.ToLower(first + "." + last)
		if seen[local]++; seen[local] > 1 {
			local = fmt.Sprintf("%s%d", local, seen[local])
		}
		l.email = local + "@" + p.domain
		l.team = pick(r, teams)
		l.role = "MEMBER"
		titles := memberTitles
		if r.Float64() < 0.4 {
			l.role, titles = "LEADER", leaderTitles
		}
		l.title = fmt.Sprintf(pick(r, titles), l.team)
		// Most people were there before the period; the others joined during it.
		if r.Float64() < 0.85 {
			l.joined = p.start - between(r, day, 365*day)
		} else {
			l.joined = between(r, p.start, p.end-30*day)
		}
		l.joined -= l.joined % day
		l.joined += 8 * 3600
		if r.Float64() < 0.04 {
			if left := l.joined + between(r, 60*day, 700*day); left < p.end-day && left > p.start {
				l.left = left
			}
		}
		// A heavy-tailed activity: a few leaders meet customers all the
		// time (capped at a few a day), many now and then, some hardly ever.
		l.activity = min(math.Exp(r.NormFloat64()), 6) * teamActivity[l.team]
		if l.role == "MEMBER" {
			l.activity *= 0.5
		}
		if r.Float64() < 0.06 {
			l.activity *= 0.03
		}
		if i == 0 {
			l.role, l.team, l.title, l.email = "ADMIN", "Executive", "Chief Customer Officer", AdminEmail(p.opts.Organization)
			l.joined, l.left, l.activity = p.orgCreated+day, 0, 1.5
		}
		l.updated = max(l.joined, l.left)
		weights[i] = l.activity * float64(p.activeUntil(i)-max(l.joined, p.start)) / float64(p.end-p.start)
		// The people who go above and beyond are nominated again and again.
		nominees[i] = weights[i] * weights[i]
		deciders[i] = weights[i] * 0.3
		if l.role != "MEMBER" {
			deciders[i] = weights[i] * 3
		}
	}
	p.byWeight, p.deciders, p.nominees = newPicker(weights), newPicker(deciders), newPicker(nominees)
}

// activeUntil is when leader i left, or the end of the period.
func (p *plan) activeUntil(i int) int64 {
	if l := p.leaders[i].left; l != 0 {
		return l
	}
	return p.end
}

// activeFrom is when leader i can first act in the period.
func (p *plan) activeFrom(i int) int64 { return max(p.leaders[i].joined, p.start) }

// activeLeader picks a leader, by activity, who is active at t and is none of not.
func (p *plan) activeLeader(r *rand.Rand, by picker, t int64, not ...int32) int32 {
	for range 200 {
		i := by.pick(r)
		if p.leaders[i].joined <= t && t < p.activeUntil(i) && !slices.Contains(not, int32(i)) {
			return int32(i)
		}
	}
	for i := range p.leaders { // nobody likely: take anyone eligible.
		if !slices.Contains(not, int32(i)) {
			return int32(i)
		}
	}
	return 0
}

func (p *plan) planCustomers(r *rand.Rand) {
	n := p.opts.Customers
	// Companies first: each has a segment, and bigger ones have more of
	// their people among our contacts.
	type company struct{ name, segment string }
	companies := make([]company, max(1, n/3))
	weights := make([]float64, len(companies))
	shares := make([]float64, len(segments))
	for i, s := range segments {
		shares[i] = s.share
	}
	bySegment := newPicker(shares)
	for i := range companies {
		s := segments[bySegment.pick(r)]
		name := pick(r, companyStems) + " " + pick(r, companyTrades) + pick(r, companySuffixes)
		if s.name == "Public sector" {
			name = fmt.Sprintf(pick(r, publicBodies), pick(r, places))
		}
		companies[i] = company{name, s.name}
		weights[i] = s.contacts * math.Exp(r.NormFloat64()*0.7)
	}
	byContacts := newPicker(weights)
	p.imported = max(1, n*6/10)
	p.customers = make([]customerPlan, n)
	for i := range p.customers {
		c := &p.customers[i]
		c.name = pick(r, firstNames) + " " + pick(r, lastNames)
		c.persona = pick(r, personas)
		if r.Float64() < 0.05 {
			c.segment = "Consumer"
		} else {
			co := companies[byContacts.pick(r)]
			c.company, c.segment = co.name, co.segment
		}
		if r.Float64() < 0.1 {
			c.persona = ""
		}
		// The first ones were imported when the organization started; the
		// others were added by leaders on the spot, over the period.
		c.createdBy = -1
		if i < p.imported {
			c.created = p.orgCreated + between(r, day, 30*day)
		} else {
			c.created = between(r, p.start, p.end)
			c.createdBy = p.activeLeader(r, p.byWeight, c.created)
		}
	}
	// In the order they were created, as their ids will be; the imported
	// ones, all created before the period, stay first.
	slices.SortStableFunc(p.customers, func(a, b customerPlan) int { return int(a.created - b.created) })
	// A leader's portfolio: the accounts they usually meet, with key
	// accounts in many portfolios.
	for i := range p.leaders {
		l := &p.leaders[i]
		l.portfolio = make([]int32, 5+r.IntN(40))
		for j := range l.portfolio {
			l.portfolio[j] = int32(float64(p.imported) * math.Pow(r.Float64(), 1.6))
		}
	}
}

func (p *plan) planConversations(r *rand.Rand) {
	n := p.opts.Conversations
	hours := newPicker(hourWeights)
	type conv struct {
		at     int64
		leader int32
	}
	convs := make([]conv, n)
	for i := range convs {
		l := p.byWeight.pick(r)
		convs[i] = conv{p.workTime(r, hours, p.activeFrom(l), p.activeUntil(l)), int32(l)}
	}
	slices.SortFunc(convs, func(a, b conv) int {
		if a.at != b.at {
			return int(a.at - b.at)
		}
		return int(a.leader - b.leader)
	})
	p.convAt, p.convLeader = make([]int64, n), make([]int32, n)
	p.byLeader = make([][]int32, len(p.leaders))
	for i, c := range convs {
		p.convAt[i], p.convLeader[i] = c.at, c.leader
		p.byLeader[c.leader] = append(p.byLeader[c.leader], int32(i))
	}
}

// customersBefore is how many customers exist at t (they are sorted by creation).
func (p *plan) customersBefore(t int64) int {
	i, _ := slices.BinarySearchFunc(p.customers[p.imported:], t+1, func(c customerPlan, t int64) int {
		return int(c.created - t)
	})
	return p.imported + i
}

// recentConversation picks one of leader l's conversations in [from, to), or -1.
func (p *plan) recentConversation(r *rand.Rand, l int32, from, to int64) int32 {
	list := p.byLeader[l]
	at := func(i int32, t int64) int { return int(p.convAt[i] - t) }
	lo, _ := slices.BinarySearchFunc(list, from, at)
	hi, _ := slices.BinarySearchFunc(list, to, at)
	if hi <= lo {
		return -1
	}
	return list[lo+r.IntN(hi-lo)]
}

// anyConversation picks a conversation in [from, to), or -1.
func (p *plan) anyConversation(r *rand.Rand, from, to int64) int32 {
	lo, _ := slices.BinarySearch(p.convAt, from)
	hi, _ := slices.BinarySearch(p.convAt, to)
	if hi <= lo {
		return -1
	}
	return int32(lo + r.IntN(hi-lo))
}

// companyOf names a customer's company, or the customer when they have none.
func (p *plan) companyOf(c int32) string {
	if co := p.customers[c].company; co != "" {
		return co
	}
	return p.customers[c].name
}

func (p *plan) planNominations(r *rand.Rand) {
	n := p.opts.Nominations
	if len(p.leaders) < 2 {
		n = 0
	}
	hours := newPicker(hourWeights)
	p.nominations = make([]nominationPlan, n)
	for i := range p.nominations {
		m := &p.nominations[i]
		m.created = p.workTime(r, hours, p.start, p.end)
		m.nominee = p.activeLeader(r, p.nominees, m.created)
		m.nominator = p.activeLeader(r, p.byWeight, m.created, m.nominee)
		m.customer, m.conversation, m.decidedBy = -1, -1, -1
		if r.Float64() < 0.3 {
			m.conversation = p.recentConversation(r, m.nominee, m.created-60*day, m.created)
		}
		who := pick(r, p.leaders[m.nominee].portfolio)
		if r.Float64() < 0.6 {
			m.customer = who
		}
		m.story = fmt.Sprintf(pick(r, storyTemplates), p.companyOf(who), pick(r, areas))
		m.status, m.updated = "OPEN", m.created
		// Older nominations have mostly been decided; the latest wait.
		if p.end-m.created > 14*day && r.Float64() < 0.45 {
			m.decided = min(m.created+between(r, day, 30*day), p.end-1)
			m.decidedBy, m.updated = 0, m.decided
			if r.Float64() < 0.67 {
				m.status = "APPROVED"
				l := &p.leaders[m.nominee]
				l.champion, l.updated = true, max(l.updated, m.decided)
				if r.Float64() < 0.7 {
					m.note = pick(r, approvalNotes)
				}
			} else {
				m.status = "DECLINED"
				m.note = pick(r, declineNotes)
			}
		}
	}
	slices.SortStableFunc(p.nominations, func(a, b nominationPlan) int { return int(a.created - b.created) })
	// Endorsements: 0 to 5 per nomination by other people, before it was
	// decided (a declined nomination takes no more).
	counts := newPicker([]float64{0.2, 0.25, 0.2, 0.15, 0.1, 0.1})
	for i, m := range p.nominations {
		until := p.end
		if m.decided != 0 {
			until = m.decided
		}
		not := []int32{m.nominee, m.nominator}
		for range counts.pick(r) {
			at := between(r, m.created+600, until)
			e := p.activeLeader(r, p.byWeight, at, not...)
			if slices.Contains(not, e) {
				break // fewer people than endorsements
			}
			not = append(not, e)
			c := ""
			if r.Float64() < 0.5 {
				c = pick(r, endorsementComments)
			}
			p.endorsed = append(p.endorsed, endorsementPlan{nomination: int32(i), endorser: e, created: at, comment: c})
		}
	}
	slices.SortStableFunc(p.endorsed, func(a, b endorsementPlan) int { return int(a.created - b.created) })
}

func (p *plan) planDecisions(r *rand.Rand) {
	hours := newPicker(hourWeights)
	p.decisions = make([]decisionPlan, p.opts.Decisions)
	for i := range p.decisions {
		d := &p.decisions[i]
		d.owner = int32(p.deciders.pick(r))
		d.created = p.workTime(r, hours, p.activeFrom(int(d.owner)), p.activeUntil(int(d.owner)))
		d.supersedes = -1
		idea := pick(r, decisionIdeas)
		d.title, d.benefit = idea.title, idea.benefit
		if r.Float64() < 0.3 {
			d.title += " for " + pick(r, segments).name + " customers"
		}
		if err := rule.CustomerBenefit(d.benefit); err != nil {
			panic(fmt.Sprintf("seed: the customer benefit %q breaks the app's rule: %v", d.benefit, err))
		}
		if r.Float64() < 0.7 {
			d.context = fmt.Sprintf(pick(r, decisionContexts), 3+r.IntN(30), pick(r, areas), 2+r.IntN(12))
		}
		if r.Float64() < 0.3 {
			d.options = pick(r, optionsConsidered)
		}
		if r.Float64() < 0.35 {
			d.hasCLV = true
			d.clv = float64(r.IntN(500)-40) * 1000
		}
		d.newInitiative = r.Float64() < 0.12
		p.decisionCourse(r, d)
		p.decisionEvidence(r, d)
	}
	slices.SortStableFunc(p.decisions, func(a, b decisionPlan) int { return int(a.created - b.created) })
	// A few decisions replace an earlier one of the same owner, which was
	// reversed or is still standing; each is replaced at most once.
	replaced := map[int32]bool{}
	last := map[int32]int32{}
	for i := range p.decisions {
		d := &p.decisions[i]
		if prev, ok := last[d.owner]; ok && !replaced[prev] && r.Float64() < 0.03 {
			d.supersedes, replaced[prev] = prev, true
		}
		last[d.owner] = int32(i)
	}
}

func (p *plan) planReviews(r *rand.Rand) {
	hours := newPicker(hourWeights)
	hosts := make([]float64, len(p.leaders))
	for i, l := range p.leaders {
		if l.role != "MEMBER" {
			hosts[i] = 1 + l.activity
		}
	}
	byHost := newPicker(hosts)
	p.reviews = make([]reviewPlan, p.opts.Reviews)
	for i := range p.reviews {
		v := &p.reviews[i]
		v.host = int32(byHost.pick(r))
		v.held = p.workTime(r, hours, p.activeFrom(int(v.host))+7*day, p.activeUntil(int(v.host)))
		v.created = min(v.held+between(r, 600, 2*day), p.end-1)
		team := p.leaders[v.host].team
		v.title = fmt.Sprintf("%s customer feedback review, %s", team, time.Unix(v.held, 0).UTC().Format("January 2006"))
		for _, d := range departments {
			if d != team && r.Float64() < 0.3 {
				v.departments = append(v.departments, d)
			}
		}
		not := []int32{v.host}
		for range 3 + r.IntN(10) {
			a := p.activeLeader(r, p.byWeight, v.held, not...)
			if slices.Contains(not, a) {
				break
			}
			not = append(not, a)
			v.attendees = append(v.attendees, a)
		}
		for range 5 + r.IntN(16) {
			if c := p.anyConversation(r, v.held-30*day, v.held); c >= 0 && !slices.Contains(v.conversations, c) {
				v.conversations = append(v.conversations, c)
			}
		}
		v.notes = fmt.Sprintf(pick(r, reviewNotes), len(v.conversations), pick(r, areas), pick(r, areas))
		for range r.IntN(4) {
			f := p.followUp(r, pick(r, not), v.created, pick(r, companyStems), pick(r, areas))
			v.followUps = append(v.followUps, f)
		}
	}
	slices.SortStableFunc(p.reviews, func(a, b reviewPlan) int { return int(a.held - b.held) })
}

// followUp plans an action promised at created: a due date for most, done for
// about 70%, mostly on time; the rest open, some of them overdue.
func (p *plan) followUp(r *rand.Rand, owner int32, created int64, company, area string) followUpPlan {
	f := followUpPlan{owner: owner, created: created}
	f.action = fmt.Sprintf(pick(r, actionTemplates), company, area)
	if r.Float64() < 0.92 {
		f.due = created + int64(pick(r, []int{2, 3, 5, 7, 7, 10, 14, 14, 21, 30}))*day
		f.due += 12*3600 - f.due%day // noon UTC, as the app stores a date
	}
	switch {
	case f.due != 0 && f.due > p.end:
		if r.Float64() < 0.35 {
			f.done = between(r, created+600, p.end)
		}
	case r.Float64() < 0.73:
		if f.due != 0 && r.Float64() < 0.8 {
			f.done = between(r, created+600, f.due)
		} else {
			f.done = max(f.due, created) + between(r, 3600, 20*day)
		}
		if f.done >= p.end {
			f.done = 0
		}
	}
	f.quickWin = f.done != 0 && r.Float64() < 0.05
	f.newInitiative = r.Float64() < 0.03
	return f
}

// commitmentChoices are the behaviours people commit to, how often, and the
// targets they pick (per month unless the period says otherwise).
var commitmentChoices = []struct {
	behaviour string
	weight    float64
	targets   []int
	quarterly float64 // share of QUARTER commitments
}{
	{"CUSTOMERS_MET", 8, []int{3, 4, 5, 5, 5, 6, 8, 10}, 0},
	{"DAYS_WITH_CUSTOMERS", 4, []int{1, 1, 2, 2, 3, 4}, 0},
	{"MINUTES_WITH_CUSTOMERS", 1.5, []int{120, 180, 240, 300, 480}, 0},
	{"DECISIONS_WITH_BENEFIT", 2, []int{1, 1, 2, 3}, 0},
	{"CLV_DECISIONS", 1, []int{1}, 0.6},
	{"FEEDBACK_REVIEWS", 1.5, []int{1}, 0.2},
	{"ONLINE_COMMENTS", 1.5, []int{1, 2, 4}, 0},
	{"CALL_LISTENING", 1.5, []int{1, 2}, 0},
	{"RECOGNITIONS", 2, []int{1, 1, 2}, 0.3},
	{"NEW_INITIATIVES", 1, []int{1}, 1},
	{"FOLLOW_UPS_ON_TIME", 2.5, []int{80, 85, 90, 95}, 0},
}

func (p *plan) planCommitments(r *rand.Rand) {
	for i, l := range p.leaders {
		weights := make([]float64, len(commitmentChoices))
		for j, c := range commitmentChoices {
			weights[j] = c.weight
		}
		for range 2 + r.IntN(3) {
			j := newPicker(weights).pick(r)
			weights[j] = 0 // once per behaviour
			c := commitmentChoices[j]
			period := "MONTH"
			if r.Float64() < c.quarterly {
				period = "QUARTER"
			}
			p.commitments = append(p.commitments, commitmentPlan{
				leader: int32(i), created: max(l.joined, p.start-200*day) + between(r, 3600, 20*day),
				behaviour: c.behaviour, period: period, target: pick(r, c.targets),
			})
		}
	}
}

// minutes draws how long a conversation of mode m lasted (nil: not said),
// in steps of five minutes.
func (m mode) minutes(r *rand.Rand) any {
	if r.Float64() >= 0.08 {
		return (m.from + r.IntN(m.to-m.from+1)) / 5 * 5
	}
	return nil
}

// customersMet draws k customers met by leader l at occurred (fewer when the
// organization knew fewer): mostly the leader's own accounts, some recently
// added ones, the rest anyone the organization knew by then.
func (p *plan) customersMet(r *rand.Rand, met []int32, l int32, occurred int64, k int) []int32 {
	known := p.customersBefore(occurred)
	recent := p.customersBefore(occurred - 30*day)
	for try := 0; len(met) < min(k, known) && try < 20; try++ {
		var c int32
		switch x := r.Float64(); {
		case x < 0.65:
			c = pick(r, p.leaders[l].portfolio)
		case x < 0.75 && known > recent:
			c = int32(recent + r.IntN(known-recent))
		default:
			c = int32(r.IntN(known))
		}
		if !containsInt32(met, c) {
			met = append(met, c)
		}
	}
	return met
}

// conversationTexts draws what was heard and the pain points, about area.
func conversationTexts(r *rand.Rand, area string) (heard, pain string) {
	if r.Float64() < 0.9 {
		heard = capitalize(fmt.Sprintf(pick(r, heardTemplates), area, pick(r, wants)))
		if r.Float64() < 0.35 {
			heard += " " + capitalize(fmt.Sprintf(pick(r, heardTemplates), pick(r, areas), pick(r, wants)))
		}
	}
	if r.Float64() < 0.55 {
		pain = capitalize(fmt.Sprintf(pick(r, painTemplates), area))
	}
	return heard, pain
}

// loggedAt draws when a conversation of mode m held at occurred was logged:
// right after, later that day, or days later from a phone that was offline.
func (p *plan) loggedAt(r *rand.Rand, m mode, occurred int64) int64 {
	var logged int64
	switch x := r.Float64(); {
	case x < 0.7:
		logged = occurred + int64(m.to)*60 + r.Int64N(1800)
	case x < 0.95:
		logged = occurred + between(r, 3600, 10*3600)
	default:
		logged = occurred + between(r, day, 5*day)
	}
	return max(occurred, min(logged, p.end-1))
}

// decisionCourse draws what became of decision d since it was made: older
// decisions have moved on — decided, implemented, sometimes reversed.
func (p *plan) decisionCourse(r *rand.Rand, d *decisionPlan) {
	age := float64(p.end-d.created) / float64(180*day)
	x := r.Float64()
	switch {
	case x < 0.55-0.4*min(age, 1):
		d.status = "PROPOSED"
	case x < 0.85-0.2*min(age, 1):
		d.status = "DECIDED"
	case x < 0.93:
		d.status = "IMPLEMENTED"
	default:
		d.status = "REVERSED"
	}
	d.updated = d.created
	if d.status != "PROPOSED" {
		d.decided = max(d.created, min(d.created+between(r, 3600, 21*day), p.end-1))
		d.updated = d.decided
		if r.Float64() < 0.4 {
			d.reviewOn = d.decided + between(r, 30*day, 180*day)
			d.reviewOn -= d.reviewOn%day - 12*3600
		}
	}
	if d.status == "IMPLEMENTED" {
		d.updated = max(d.decided, min(d.decided+between(r, day, 60*day), p.end-1))
		d.quickWin = r.Float64() < 0.15
		if d.reviewOn != 0 && d.reviewOn < p.end {
			d.realised = fmt.Sprintf(pick(r, realisedImpacts), pick(r, areas), 5+r.IntN(40))
			d.updated = max(d.updated, d.reviewOn)
		}
	}
}

// decisionEvidence draws the conversations decision d cites: shortly
// before it, mostly its owner's own.
func (p *plan) decisionEvidence(r *rand.Rand, d *decisionPlan) {
	if r.Float64() < 0.4 {
		for range 1 + r.IntN(4) {
			c := p.recentConversation(r, d.owner, d.created-90*day, d.created)
			if c < 0 || r.Float64() < 0.3 {
				c = p.anyConversation(r, d.created-60*day, d.created)
			}
			if c >= 0 && !slices.Contains(d.evidence, c) {
				d.evidence = append(d.evidence, c)
			}
		}
	}
}
