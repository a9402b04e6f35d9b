package rule

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"walker/ent/schema/rule/limit"
)

// FuzzCustomerBenefit feeds arbitrary text to CustomerBenefit, which sees
// whatever a person types on a phone (any script, emoji, invalid UTF-8 from a
// broken client), because a validator that panics or answers with an untyped
// error turns a typing slip into an INTERNAL error. Properties: the verdict is
// nil or exactly ErrCustomerBenefit (the shared message the app shows); an
// accepted benefit meets every documented minimum of benefit.json once
// trimmed; white space around the text, and letter case, never change the
// verdict; and a placeholder stays refused however it is punctuated.
func FuzzCustomerBenefit(f *testing.F) {
	var ex struct {
		Examples struct{ Accepted, Refused []string }
	}
	if err := json.Unmarshal(benefitJSON, &ex); err != nil {
		f.Fatal(err)
	}
	for _, s := range append(ex.Examples.Accepted, ex.Examples.Refused...) {
		f.Add(s)
	}
	for _, s := range []string{
		"Faster refunds!",                   // exactly the minimum length
		"Faster refund!",                    // one short
		"\u00a0\u2003Faster refunds!\u3000", // Unicode spaces are trimmed too
		"ＦＡＳＴＥＲ ＲＥＦＵＮＤＳ！",                   // full-width letters
		"更快的退款让客户每天都满意的服务体验",                // letters without case
		"🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀",                  // no letters at all
		"Refunds\x00arrive\x00in\x00two\x00days",
		"Refunds \xff\xfe arrive faster for all",
		"ǅǈǋǲ titlecase letters here",
		"İstanbul customers get refunds faster",
		"T.B.D. - - - - - - - - - - -",
		"n/a n/a n/a n/a n/a n/a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CustomerBenefit(s)
		// The sentinel itself, not a wrapper: its text is the message the app
		// shows, and the error presenter shows it as it is.
		if err != nil && err != ErrCustomerBenefit {
			t.Fatalf("CustomerBenefit(%q) = %v (%T), want nil or ErrCustomerBenefit itself", s, err, err)
		}
		if err != nil && err.Error() != benefitRule.Message {
			t.Fatalf("CustomerBenefit(%q) says %q, not the message shared with the app", s, err)
		}
		trimmed := strings.TrimSpace(s)
		if err == nil {
			letters, distinct := 0, map[rune]bool{}
			for _, r := range strings.ToLower(trimmed) {
				if unicode.IsLetter(r) {
					letters++
					distinct[r] = true
				}
			}
			switch {
			case utf8.RuneCountInString(trimmed) < MinCustomerBenefit:
				t.Fatalf("CustomerBenefit accepted %q: %d characters once trimmed, fewer than %d", s, utf8.RuneCountInString(trimmed), MinCustomerBenefit)
			case letters < benefitRule.MinLetters:
				t.Fatalf("CustomerBenefit accepted %q: %d letters, fewer than %d", s, letters, benefitRule.MinLetters)
			case len(distinct) < benefitRule.MinDistinctLetters:
				t.Fatalf("CustomerBenefit accepted %q: %d distinct letters, fewer than %d", s, len(distinct), benefitRule.MinDistinctLetters)
			}
		}
		for _, variant := range []string{trimmed, "  " + s + "\t", "\n\u00a0" + s + "\u3000\r\n", strings.ToLower(s)} {
			if got := CustomerBenefit(variant); (got == nil) != (err == nil) {
				t.Fatalf("CustomerBenefit(%q) = %v but CustomerBenefit(%q) = %v: white space or case changed the verdict", s, err, variant, got)
			}
		}
		// A placeholder padded to any length with the fuzzed text's
		// punctuation, symbols and spaces is still a placeholder.
		var noise []rune
		for _, r := range s {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != utf8.RuneError {
				noise = append(noise, r)
			}
		}
		if len(noise) == 0 {
			noise = []rune{'.'}
		}
		p := benefitRule.Placeholders[len(s)%len(benefitRule.Placeholders)]
		var b strings.Builder
		for i, r := range p {
			if i%2 == 0 {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			b.WriteRune(noise[i%len(noise)])
		}
		for utf8.RuneCountInString(b.String()) < MinCustomerBenefit {
			b.WriteRune(noise[b.Len()%len(noise)])
		}
		if got := CustomerBenefit(b.String()); got == nil {
			t.Fatalf("CustomerBenefit accepted %q, the placeholder %q padded with punctuation", b.String(), p)
		}
	})
}

// FuzzNotFarFuture checks the date guard with arbitrary instants, zones and
// allowances, because dates arrive from phones whose clocks and time zones
// are anything: the far past, year 292277026596, an allowance that overflows
// when added to now. Properties: no panic; the verdict is exactly "between
// EarliestDate and now+ahead, both included" and does not depend on the time
// zone either instant is written in; a refusal is an *InputError naming the
// field, whose message quotes the limit it broke as a date.
func FuzzNotFarFuture(f *testing.F) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	day := int64(24 * time.Hour)
	for _, c := range []struct {
		field       string
		sec, nsec   int64
		nowSec      int64
		ahead       int64
		zone, zone2 int32
	}{
		{"occurred_at", now.Unix(), 0, now.Unix(), day, 0, 0},
		{"occurred_at", now.Unix() + 86400, 1, now.Unix(), day, 14 * 3600, -10 * 3600},
		{"due_on", limit.EarliestDate.Unix(), 0, now.Unix(), int64(MaxPlannedAhead), 0, 3600},
		{"due_on", limit.EarliestDate.Unix() - 1, 999_999_999, now.Unix(), int64(MaxPlannedAhead), -12 * 3600, 0},
		{"held_at", time.Time{}.Unix(), 0, now.Unix(), 0, 0, 0},
		{"review_on", 1 << 62, 0, now.Unix(), 1<<63 - 1, 0, 0},
		{"done_at", -1 << 62, -1, -1 << 62, -1 << 63, 0, 0},
		{"", now.Unix(), 0, 1<<63 - 1, 1<<63 - 1, 1 << 30, -1 << 30},
		{"%s%d%!", now.Unix(), 0, now.Unix(), -day, 0, 0},
	} {
		f.Add(c.field, c.sec, c.nsec, c.nowSec, c.ahead, c.zone, c.zone2)
	}
	f.Fuzz(func(t *testing.T, field string, sec, nsec, nowSec, ahead int64, zone, zone2 int32) {
		tz := time.FixedZone("fuzz", int(zone))
		tm := time.Unix(sec, nsec).In(tz)
		at := time.Unix(nowSec, 0).In(time.FixedZone("fuzz2", int(zone2)))
		d := time.Duration(ahead)
		err := NotFarFuture(field, tm, at, d)
		want := !tm.Before(limit.EarliestDate) && !tm.After(at.Add(d))
		if (err == nil) != want {
			t.Fatalf("NotFarFuture(%q, %v, now %v, ahead %v) = %v, want accepted %v", field, tm, at, d, err, want)
		}
		if again := NotFarFuture(field, tm.UTC(), at.UTC(), d); (again == nil) != (err == nil) || (err != nil && again.Error() != err.Error()) {
			t.Fatalf("NotFarFuture(%v) = %v but in UTC %v: the time zone changed the verdict", tm, err, again)
		}
		if err == nil {
			return
		}
		var in *InputError
		if !errors.As(err, &in) {
			t.Fatalf("NotFarFuture(%v) = %v (%T), want *InputError", tm, err, err)
		}
		bound := limit.EarliestDate
		if !tm.Before(limit.EarliestDate) {
			bound = at.Add(d).UTC()
		}
		if in.Field != field || !strings.Contains(in.Message, bound.Format(time.DateOnly)) {
			t.Fatalf("NotFarFuture(%q, %v) = field %q message %q, want field %q and the date %s", field, tm, in.Field, in.Message, field, bound.Format(time.DateOnly))
		}
	})
}

// FuzzInvalid checks that Invalid always builds the typed error the GraphQL
// error presenter turns into BAD_USER_INPUT, whatever the field or message
// (messages quote what people typed), even once wrapped by a caller.
func FuzzInvalid(f *testing.F) {
	f.Add("customer_ids", "name at least one customer met")
	f.Add("", "")
	f.Add("period", "must be a month written YYYY-MM, %d %s %!") // verbs in a message stay text
	f.Add("é_\x00", "\xff")
	f.Fuzz(func(t *testing.T, field, msg string) {
		err := fmt.Errorf("saving: %w", Invalid(field, "%s", msg))
		var in *InputError
		if !errors.As(err, &in) {
			t.Fatalf("Invalid(%q, %q) wrapped is %T, want *InputError", field, msg, err)
		}
		if in.Field != field || in.Message != msg || in.Error() != field+": "+msg {
			t.Fatalf("Invalid(%q, %q) = %#v (%q)", field, msg, in, in.Error())
		}
	})
}
