package rule

import (
	_ "embed"
	"encoding/json"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"walker/ent/schema/rule/limit"
)

// benefitRule is the customer-benefit rule, shared with the app (which
// imports the same file) so that both refuse the same answers with the same
// message.
//
//go:embed benefit.json
var benefitJSON []byte

var benefitRule = func() (r struct {
	MinLength          int      `json:"minLength"`
	MinLetters         int      `json:"minLetters"`
	MinDistinctLetters int      `json:"minDistinctLetters"`
	Message            string   `json:"message"`
	Placeholders       []string `json:"placeholders"`
}) {
	if err := json.Unmarshal(benefitJSON, &r); err != nil {
		panic("rule: benefit.json: " + err.Error())
	}
	return r
}()

// MinCustomerBenefit is the shortest customer benefit accepted, in characters.
var MinCustomerBenefit = benefitRule.MinLength

// placeholders are answers that say nothing about the customer, compared after
// lower-casing and dropping everything but letters and digits.
var placeholders = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range benefitRule.Placeholders {
		m[p] = true
	}
	return m
}()

// ErrCustomerBenefit explains what a customer benefit must say.
var ErrCustomerBenefit = errors.New(benefitRule.Message)

// CustomerBenefit validates a decision's "what's in it for the customer": at
// least MinCustomerBenefit characters once trimmed, real words, not a placeholder.
func CustomerBenefit(s string) error {
	s = limit.Clean(s)
	if utf8.RuneCountInString(s) < MinCustomerBenefit {
		return ErrCustomerBenefit
	}
	var key strings.Builder
	letters, distinct := 0, map[rune]bool{}
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			key.WriteRune(r)
		}
		if unicode.IsLetter(r) {
			letters++
			distinct[r] = true
		}
	}
	if placeholders[key.String()] || letters < benefitRule.MinLetters || len(distinct) < benefitRule.MinDistinctLetters {
		return ErrCustomerBenefit
	}
	return nil
}

// Limits on dates typed by people, so that a slip of the thumb (year 2062) is
// caught rather than stored.
const (
	// MaxOccurredAhead allows for clock skew between a phone and the server.
	MaxOccurredAhead = 24 * time.Hour
	// MaxPlannedAhead bounds due dates and review dates.
	MaxPlannedAhead = 5 * 365 * 24 * time.Hour
)

// NotFarFuture checks that t lies between limit.EarliestDate and now+ahead.
func NotFarFuture(field string, t time.Time, now time.Time, ahead time.Duration) error {
	if t.Before(limit.EarliestDate) {
		return Invalid(field, "%s", limit.Message("notBefore", "{date}", limit.EarliestDate.Format(time.DateOnly)))
	}
	if t.After(now.Add(ahead)) {
		return Invalid(field, "%s", limit.Message("notAfter", "{date}", now.Add(ahead).UTC().Format(time.DateOnly)))
	}
	return nil
}
