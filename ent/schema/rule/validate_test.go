package rule

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"walker/ent/schema/rule/limit"
)

func TestCustomerBenefitAccepts(t *testing.T) {
	for _, s := range []string{
		"Refunds arrive in 2 days instead of 10",
		"Customers get answers in their own language",
		"  Shorter queues at the counter  ", // trimmed: still ≥ 15 characters
		"Fewer forms to fill",               // exactly 19 characters
		"Faster refunds!",                   // exactly 15 characters
		"Clients paient 20 % de moins pour la livraison",
		"Kunden erhalten Rückerstattungen schneller",
		"Less waiting: 5 min instead of 30 min",
		"No longer need to call twice for one thing", // "nothing" inside a real sentence
		"Same-day delivery for all orders in town",   // starts with a placeholder word
		"Answers tbd questions within a day",         // contains a placeholder word
	} {
		if err := CustomerBenefit(s); err != nil {
			t.Errorf("CustomerBenefit(%q) = %v, want accepted", s, err)
		}
	}
}

func TestCustomerBenefitRejects(t *testing.T) {
	for _, c := range []struct{ name, s string }{
		{"empty", ""},
		{"spaces", "     "},
		{"whitespace mix", " \t\n \r\n "},
		{"long whitespace", strings.Repeat(" ", 40)},
		{"short", "Faster"},
		{"14 characters", "Faster refund!"},
		{"short padded with spaces", "      Faster refund      "},
		{"short padded with tabs", "\t\t\tCheaper\t\t\t\t\t\t\t\t\t"},
		{"n/a", "n/a"},
		{"N/A", "N/A"},
		{"N/A padded", "N/A                      "},
		{"dash", "-"},
		{"tbd", "tbd"},
		{"TBD.", "TBD."},
		{"none", "none"},
		{"same", "same"},
		{"same as above", "same as above"},
		{"Same as above.", "Same as above."},
		{"not applicable", "not applicable"},
		{"Not Applicable!!!", "Not Applicable!!!"},
		{"to be determined", "to be determined"},
		{"To be determined...", "To be determined..."},
		{"nothing", "nothing"},
		{"N.O.T.H.I.N.G. padded", "N.O.T.H.I.N.G.    "},
		{"long dashes", "----------------"},
		{"long dots", "..................."},
		{"repeated letters", "aaaaaaaaaaaaaaaaaaaa"},
		{"repeated pair", "abababababababababab"},
		{"digits only", "1234567890123456"},
		{"see above padded", "See above.            "},
		{"lorem ipsum", "Lorem ipsum dolor sit amet"},
		{"to be confirmed", "to be confirmed"},
		{"no benefit for the customer", "No benefit for the customer"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := CustomerBenefit(c.s)
			if err == nil {
				t.Fatalf("CustomerBenefit(%q) accepted, want refused", c.s)
			}
			if !errors.Is(err, ErrCustomerBenefit) {
				t.Fatalf("CustomerBenefit(%q) = %v, want ErrCustomerBenefit", c.s, err)
			}
		})
	}
}

// The error says what is expected, so a person can fix their input.
func TestCustomerBenefitMessage(t *testing.T) {
	err := CustomerBenefit("n/a")
	if err == nil {
		t.Fatal("n/a accepted")
	}
	for _, want := range []string{"customer", "15 characters", "n/a"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not mention %q", err.Error(), want)
		}
	}
	if MinCustomerBenefit != 15 {
		t.Errorf("MinCustomerBenefit = %d, want 15", MinCustomerBenefit)
	}
}

func TestNotFarFuture(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	for _, c := range []struct {
		name    string
		t       time.Time
		ahead   time.Duration
		wantErr string // substring of the message; "" when accepted
	}{
		{"now", now, day, ""},
		{"last year", now.AddDate(-1, 0, 0), day, ""},
		{"earliest date itself", limit.EarliestDate, day, ""},
		{"just after the earliest date", limit.EarliestDate.Add(time.Second), day, ""},
		{"just before the earliest date", limit.EarliestDate.Add(-time.Nanosecond), day, "must not be before 2000-01-01"},
		{"1999", time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC), day, "must not be before 2000-01-01"},
		{"zero time", time.Time{}, day, "must not be before"},
		{"12 hours ahead (clock skew)", now.Add(12 * time.Hour), day, ""},
		{"exactly at the limit", now.Add(day), day, ""},
		{"just past the limit", now.Add(day + time.Nanosecond), day, "must not be later than 2026-11-24"},
		{"2 days ahead", now.Add(2 * day), day, "must not be later than"},
		{"year 2062", time.Date(2062, 1, 1, 0, 0, 0, 0, time.UTC), day, "must not be later than"},
		{"planned 4 years ahead", now.AddDate(4, 0, 0), MaxPlannedAhead, ""},
		{"planned 10 years ahead", now.AddDate(10, 0, 0), MaxPlannedAhead, "must not be later than"},
		{"zero allowance, a second ahead", now.Add(time.Second), 0, "must not be later than 2026-11-23"},
		{"other time zone, same instant", now.Add(day).In(time.FixedZone("UTC+14", 14*3600)), day, ""},
		{"other time zone, past the limit", now.Add(day + time.Minute).In(time.FixedZone("UTC-10", -10*3600)), day, "must not be later than"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := NotFarFuture("occurred_at", c.t, now, c.ahead)
			if c.wantErr == "" {
				if err != nil {
					t.Fatalf("NotFarFuture(%v) = %v, want accepted", c.t, err)
				}
				return
			}
			var in *InputError
			if !errors.As(err, &in) {
				t.Fatalf("NotFarFuture(%v) = %v (%T), want *InputError", c.t, err, err)
			}
			if in.Field != "occurred_at" {
				t.Errorf("field = %q, want occurred_at", in.Field)
			}
			if !strings.Contains(in.Message, c.wantErr) {
				t.Errorf("message %q, want it to contain %q", in.Message, c.wantErr)
			}
		})
	}
}

func TestPlannedAndOccurredLimits(t *testing.T) {
	if MaxOccurredAhead != 24*time.Hour {
		t.Errorf("MaxOccurredAhead = %v, want 24h", MaxOccurredAhead)
	}
	if MaxPlannedAhead < 4*365*24*time.Hour || MaxPlannedAhead > 6*365*24*time.Hour {
		t.Errorf("MaxPlannedAhead = %v, want about 5 years", MaxPlannedAhead)
	}
	if !limit.EarliestDate.Equal(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("limit.EarliestDate = %v", limit.EarliestDate)
	}
}

// The examples in benefit.json, which the app's tests run too.
func TestCustomerBenefitSharedExamples(t *testing.T) {
	var ex struct {
		Examples struct{ Accepted, Refused []string }
	}
	if err := json.Unmarshal(benefitJSON, &ex); err != nil {
		t.Fatal(err)
	}
	if len(ex.Examples.Accepted) == 0 || len(ex.Examples.Refused) == 0 {
		t.Fatal("benefit.json has no examples")
	}
	for _, s := range ex.Examples.Accepted {
		if err := CustomerBenefit(s); err != nil {
			t.Errorf("CustomerBenefit(%q) = %v, want accepted", s, err)
		}
	}
	for _, s := range ex.Examples.Refused {
		if err := CustomerBenefit(s); !errors.Is(err, ErrCustomerBenefit) {
			t.Errorf("CustomerBenefit(%q) = %v, want ErrCustomerBenefit", s, err)
		}
	}
}
