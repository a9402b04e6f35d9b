package rule

import (
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MinCustomerBenefit is the shortest customer benefit accepted, in characters.
const MinCustomerBenefit = 15

// placeholders are answers that say nothing about the customer, compared after
// lower-casing and dropping everything but letters and digits.
var placeholders = map[string]bool{
	"": true, "na": true, "notapplicable": true, "none": true, "nothing": true,
	"tbd": true, "tbc": true, "tba": true, "todo": true, "tobedefined": true,
	"tobedetermined": true, "tobeconfirmed": true, "same": true, "sameasabove": true,
	"asabove": true, "seeabove": true, "seebelow": true, "ditto": true, "unknown": true,
	"idk": true, "nil": true, "null": true, "test": true, "testing": true, "xxx": true,
	"whatever": true, "nobenefit": true, "noimpact": true, "notsure": true, "later": true,
	"willaddlater": true, "fillinlater": true, "nocomment": true, "nothingreally": true,
	"nothingatall": true, "notrelevant": true, "nobenefitforthecustomer": true,
	"nonefornow": true, "loremipsum": true, "loremipsumdolorsitamet": true,
}

// ErrCustomerBenefit explains what a customer benefit must say.
var ErrCustomerBenefit = errors.New(`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`)

// CustomerBenefit validates a decision's "what's in it for the customer": at
// least MinCustomerBenefit characters once trimmed, real words, not a placeholder.
func CustomerBenefit(s string) error {
	s = strings.TrimSpace(s)
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
	if placeholders[key.String()] || letters < 10 || len(distinct) < 5 {
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

// EarliestDate is the earliest date accepted anywhere.
var EarliestDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// NotFarFuture checks that t lies between EarliestDate and now+ahead.
func NotFarFuture(field string, t time.Time, now time.Time, ahead time.Duration) error {
	if t.Before(EarliestDate) {
		return Invalid(field, "must not be before %s", EarliestDate.Format(time.DateOnly))
	}
	if t.After(now.Add(ahead)) {
		return Invalid(field, "must not be later than %s", now.Add(ahead).UTC().Format(time.DateOnly))
	}
	return nil
}
