package rollup

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"time"

	"walker/ent"
	"walker/ent/rollupfollowupday"
	"walker/ent/rollupleadercustomer"
	"walker/ent/rollupleaderday"
	"walker/ent/rollupleadermonth"
	"walker/ent/rolluporgcustomer"
	"walker/ent/rolluporgmode"
	"walker/ent/rolluporgmonth"
)

// Keys of the totals; times are Unix seconds of a UTC month or day.
type (
	leaderMonthKey struct {
		org, leader int
		month       int64
	}
	leaderDayKey struct {
		org, leader int
		day         int64
	}
	leaderCustomerKey struct {
		org, leader int
		month       int64
		customer    int
	}
	orgMonthKey struct {
		org   int
		month int64
	}
	orgModeKey struct {
		org   int
		month int64
		mode  string
	}
	orgCustomerKey struct {
		org      int
		month    int64
		customer int
	}
	followUpDayKey struct {
		org int
		day int64
	}
)

// totals are a leader's month's counters, or changes to them.
type totals struct {
	conversations, days, minutes, onlineComments, callListening, customers int
	followUpsDue, followUpsOnTime, initiatives                             int
}

func (t totals) zero() bool { return t == totals{} }

// deltas are changes to the totals. The counts of the days, customers met
// (by a leader, by the organization) are changes to counts of conversations
// per day and per customer: whether a day or a customer counts follows from
// the count they reach (see apply).
type deltas struct {
	leaderMonths    map[leaderMonthKey]*totals
	leaderDays      map[leaderDayKey]int
	leaderCustomers map[leaderCustomerKey]int
	orgMonths       map[orgMonthKey]int // customers
	orgCustomers    map[orgCustomerKey]int
	orgModes        map[orgModeKey]int
	followUpDays    map[followUpDayKey]int // open
}

func (d *deltas) leaderMonth(org, leader int, month time.Time) *totals {
	if d.leaderMonths == nil {
		d.leaderMonths = map[leaderMonthKey]*totals{}
	}
	k := leaderMonthKey{org, leader, month.Unix()}
	if d.leaderMonths[k] == nil {
		d.leaderMonths[k] = &totals{}
	}
	return d.leaderMonths[k]
}

func add[K comparable](m *map[K]int, k K, n int) {
	if *m == nil {
		*m = map[K]int{}
	}
	(*m)[k] += n
}

// conversation adds, with sign, what c counts for: in the month of each
// person credited with it, and once in the organization's.
func (d *deltas) conversation(c conversation, sign int) {
	month, day := Month(c.at).Unix(), Day(c.at).Unix()
	for _, l := range c.credited() {
		t := d.leaderMonth(c.org, l, Month(c.at))
		t.conversations += sign
		t.minutes += sign * c.minutes
		switch c.mode {
		case "ONLINE_COMMENTS":
			t.onlineComments += sign
		case "CALL_LISTENING":
			t.callListening += sign
		}
		add(&d.leaderDays, leaderDayKey{c.org, l, day}, sign)
		for _, cu := range c.customers {
			add(&d.leaderCustomers, leaderCustomerKey{c.org, l, month, cu}, sign)
		}
	}
	add(&d.orgModes, orgModeKey{c.org, month, c.mode}, sign)
	for _, cu := range c.customers {
		add(&d.orgCustomers, orgCustomerKey{c.org, month, cu}, sign)
	}
}

// followUp adds, with sign, what f counts for.
func (d *deltas) followUp(f followUp, sign int) {
	if f.due != nil {
		t := d.leaderMonth(f.org, f.owner, Month(*f.due))
		t.followUpsDue += sign
		if f.done != nil && !f.done.After(*f.due) {
			t.followUpsOnTime += sign
		}
	}
	if f.initiative {
		d.leaderMonth(f.org, f.owner, Month(f.created)).initiatives += sign
	}
	if f.done == nil {
		day := NoDueDay
		if f.due != nil {
			day = Day(*f.due)
		}
		add(&d.followUpDays, followUpDayKey{f.org, day.Unix()}, sign)
	}
}

// sorted are m's keys in order, so that rows are always written in one order.
func sorted[K comparable, V any](m map[K]V, compare func(a, b K) int) []K {
	return slices.SortedFunc(maps.Keys(m), compare)
}

func byLeaderDay(a, b leaderDayKey) int {
	return cmp.Or(cmp.Compare(a.leader, b.leader), cmp.Compare(a.day, b.day))
}

func byLeaderCustomer(a, b leaderCustomerKey) int {
	return cmp.Or(cmp.Compare(a.leader, b.leader), cmp.Compare(a.month, b.month), cmp.Compare(a.customer, b.customer))
}

func byOrgCustomer(a, b orgCustomerKey) int {
	return cmp.Or(cmp.Compare(a.org, b.org), cmp.Compare(a.month, b.month), cmp.Compare(a.customer, b.customer))
}

func byLeaderMonth(a, b leaderMonthKey) int {
	return cmp.Or(cmp.Compare(a.leader, b.leader), cmp.Compare(a.month, b.month))
}

func byOrgMonth(a, b orgMonthKey) int {
	return cmp.Or(cmp.Compare(a.org, b.org), cmp.Compare(a.month, b.month))
}

func byOrgMode(a, b orgModeKey) int {
	return cmp.Or(cmp.Compare(a.org, b.org), cmp.Compare(a.month, b.month), cmp.Compare(a.mode, b.mode))
}

func byFollowUpDay(a, b followUpDayKey) int {
	return cmp.Or(cmp.Compare(a.org, b.org), cmp.Compare(a.day, b.day))
}

func unix(s int64) time.Time { return time.Unix(s, 0).UTC() }

// crossed is how a count's passing from before to after changes whether
// what it counts counts: +1 from nothing to something, -1 back.
func crossed(before, after int) int {
	switch {
	case before <= 0 && after > 0:
		return 1
	case before > 0 && after <= 0:
		return -1
	}
	return 0
}

// orgs are the organizations d reaches.
func (d *deltas) orgs() []int {
	var orgs []int
	for k := range d.leaderMonths {
		orgs = append(orgs, k.org)
	}
	for k := range d.followUpDays {
		orgs = append(orgs, k.org)
	}
	slices.Sort(orgs)
	return slices.Compact(orgs)
}

// apply adds d to the stored totals in tx: each count of conversations per
// day or customer is added to and read back (under the organization's lock
// on PostgreSQL, one writer at a time on SQLite), and where it crossed zero
// the month's count of days or customers follows.
func (d *deltas) apply(ctx context.Context, dia string, tx *ent.Tx) error {
	if err := lockOrganizations(ctx, dia, tx, d.orgs()); err != nil {
		return err
	}
	err := eachCount(d.leaderDays, byLeaderDay, func(k leaderDayKey, n int) error {
		day := unix(k.day)
		c, err := counted(ctx, "a leader's day", n,
			tx.RollupLeaderDay.Create().SetOrganizationID(k.org).SetLeaderID(k.leader).SetDay(day).SetConversations(n).
				OnConflictColumns(rollupleaderday.FieldLeaderID, rollupleaderday.FieldDay).AddConversations(n).Exec,
			tx.RollupLeaderDay.Query().Where(rollupleaderday.LeaderID(k.leader), rollupleaderday.Day(day)).
				Select(rollupleaderday.FieldConversations).Int)
		d.leaderMonth(k.org, k.leader, Month(day)).days += c
		return err
	})
	if err == nil {
		err = eachCount(d.leaderCustomers, byLeaderCustomer, func(k leaderCustomerKey, n int) error {
			month := unix(k.month)
			c, err := counted(ctx, "a leader's customer", n,
				tx.RollupLeaderCustomer.Create().SetOrganizationID(k.org).SetLeaderID(k.leader).SetMonth(month).
					SetCustomerID(k.customer).SetConversations(n).
					OnConflictColumns(rollupleadercustomer.FieldLeaderID, rollupleadercustomer.FieldMonth, rollupleadercustomer.FieldCustomerID).
					AddConversations(n).Exec,
				tx.RollupLeaderCustomer.Query().Where(rollupleadercustomer.LeaderID(k.leader),
					rollupleadercustomer.Month(month), rollupleadercustomer.CustomerID(k.customer)).
					Select(rollupleadercustomer.FieldConversations).Int)
			d.leaderMonth(k.org, k.leader, month).customers += c
			return err
		})
	}
	if err == nil {
		err = eachCount(d.orgCustomers, byOrgCustomer, func(k orgCustomerKey, n int) error {
			month := unix(k.month)
			c, err := counted(ctx, "an organization's customer", n,
				tx.RollupOrgCustomer.Create().SetOrganizationID(k.org).SetMonth(month).SetCustomerID(k.customer).SetConversations(n).
					OnConflictColumns(rolluporgcustomer.FieldOrganizationID, rolluporgcustomer.FieldMonth, rolluporgcustomer.FieldCustomerID).
					AddConversations(n).Exec,
				tx.RollupOrgCustomer.Query().Where(rolluporgcustomer.OrganizationID(k.org),
					rolluporgcustomer.Month(month), rolluporgcustomer.CustomerID(k.customer)).
					Select(rolluporgcustomer.FieldConversations).Int)
			add(&d.orgMonths, orgMonthKey{k.org, k.month}, c)
			return err
		})
	}
	if err != nil {
		return err
	}
	for _, k := range sorted(d.leaderMonths, byLeaderMonth) {
		if t := d.leaderMonths[k]; !t.zero() {
			if err := upsertLeaderMonth(ctx, tx, k, *t); err != nil {
				return err
			}
		}
	}
	err = eachCount(d.orgMonths, byOrgMonth, func(k orgMonthKey, n int) error {
		return wrap("an organization's month", tx.RollupOrgMonth.Create().SetOrganizationID(k.org).SetMonth(unix(k.month)).SetCustomers(n).
			OnConflictColumns(rolluporgmonth.FieldOrganizationID, rolluporgmonth.FieldMonth).AddCustomers(n).Exec(ctx))
	})
	if err == nil {
		err = eachCount(d.orgModes, byOrgMode, func(k orgModeKey, n int) error {
			return wrap("an organization's modes", tx.RollupOrgMode.Create().SetOrganizationID(k.org).SetMonth(unix(k.month)).SetMode(k.mode).
				SetConversations(n).OnConflictColumns(rolluporgmode.FieldOrganizationID, rolluporgmode.FieldMonth, rolluporgmode.FieldMode).
				AddConversations(n).Exec(ctx))
		})
	}
	if err == nil {
		err = eachCount(d.followUpDays, byFollowUpDay, func(k followUpDayKey, n int) error {
			return wrap("open follow-ups", tx.RollupFollowUpDay.Create().SetOrganizationID(k.org).SetDay(unix(k.day)).SetOpen(n).
				OnConflictColumns(rollupfollowupday.FieldOrganizationID, rollupfollowupday.FieldDay).AddOpen(n).Exec(ctx))
		})
	}
	return err
}

// wrap names what a failed write of the totals was writing.
func wrap(what string, err error) error {
	if err != nil {
		return fmt.Errorf("rollup: %s: %w", what, err)
	}
	return nil
}

// counted adds n to a count of conversations (add), reads the count back
// (read), and says how whether what it counts counts changed: +1 when it
// rose from nothing, -1 when it fell back to nothing, else 0.
func counted(ctx context.Context, what string, n int, add func(context.Context) error, read func(context.Context) (int, error)) (int, error) {
	if err := add(ctx); err != nil {
		return 0, wrap(what, err)
	}
	after, err := read(ctx)
	if err != nil {
		return 0, wrap(what, err)
	}
	return crossed(after-n, after), nil
}

// eachCount calls f with each count of m that is not 0, in order.
func eachCount[K comparable](m map[K]int, order func(a, b K) int, f func(K, int) error) error {
	for _, k := range sorted(m, order) {
		if n := m[k]; n != 0 {
			if err := f(k, n); err != nil {
				return err
			}
		}
	}
	return nil
}

// upsertLeaderMonth adds t to the leader's month k.
func upsertLeaderMonth(ctx context.Context, tx *ent.Tx, k leaderMonthKey, t totals) error {
	err := leaderMonthCreate(tx, k, t).
		OnConflictColumns(rollupleadermonth.FieldLeaderID, rollupleadermonth.FieldMonth).
		AddConversations(t.conversations).AddDays(t.days).AddMinutes(t.minutes).
		AddOnlineComments(t.onlineComments).AddCallListening(t.callListening).AddCustomers(t.customers).
		AddFollowUpsDue(t.followUpsDue).AddFollowUpsOnTime(t.followUpsOnTime).AddInitiatives(t.initiatives).
		Exec(ctx)
	if err != nil {
		return fmt.Errorf("rollup: a leader's month: %w", err)
	}
	return nil
}

func leaderMonthCreate(tx *ent.Tx, k leaderMonthKey, t totals) *ent.RollupLeaderMonthCreate {
	return tx.RollupLeaderMonth.Create().SetOrganizationID(k.org).SetLeaderID(k.leader).SetMonth(unix(k.month)).
		SetConversations(t.conversations).SetDays(t.days).SetMinutes(t.minutes).
		SetOnlineComments(t.onlineComments).SetCallListening(t.callListening).SetCustomers(t.customers).
		SetFollowUpsDue(t.followUpsDue).SetFollowUpsOnTime(t.followUpsOnTime).SetInitiatives(t.initiatives)
}
