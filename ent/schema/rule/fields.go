package rule

import (
	"errors"
	"math"
	"regexp"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"

	"walker/ent/schema/rule/limit"
)

// The field rules: each helper adds a validator to an ent field and the
// limit.Field annotation that carries the same rule to ent/rules.json, so
// that the server and the app enforce one declaration. The messages are
// limit.Messages.

type annotated[B any] interface {
	Annotations(...schema.Annotation) B
}

type textField[B any] interface {
	annotated[B]
	Validate(func(string) error) B
	NotEmpty() B
}

// Chars limits a text field to max characters (code points; a column of max
// characters where the database sizes columns).
func Chars[B textField[B]](b B, max int) B {
	return b.Validate(MaxChars(max)).Annotations(limit.Field{MaxChars: max}, entsql.Annotation{Size: int64(max)})
}

// Required refuses an empty text, once trimmed of blank characters (the
// Normalize hook trims before validators run).
func Required[B textField[B]](b B) B {
	return b.NotEmpty().Annotations(limit.Field{Required: true})
}

// Email refuses what is not an email address (after NormalizeEmail).
func Email[B textField[B]](b B) B {
	return b.Validate(EmailAddress).Annotations(limit.Field{Email: true})
}

// Benefit applies the customer-benefit rule.
func Benefit[B textField[B]](b B) B {
	return b.Validate(CustomerBenefit).Annotations(limit.Field{Benefit: true})
}

type intField[B any] interface {
	annotated[B]
	Validate(func(int) error) B
}

// Between limits an integer field to [min, max].
func Between[B intField[B]](b B, min, max int) B {
	lo, hi := float64(min), float64(max)
	return b.Validate(func(v int) error {
		if v < min || v > max {
			return errors.New(limit.OutOfRange(lo, hi))
		}
		return nil
	}).Annotations(limit.Field{Min: &lo, Max: &hi})
}

type floatField[B any] interface {
	annotated[B]
	Validate(func(float64) error) B
}

// BetweenFloat limits a number field to [min, max].
func BetweenFloat[B floatField[B]](b B, min, max float64) B {
	return b.Validate(func(v float64) error {
		if v < min || v > max || math.IsNaN(v) {
			return errors.New(limit.OutOfRange(min, max))
		}
		return nil
	}).Annotations(limit.Field{Min: &min, Max: &max})
}

// Within declares that a time field lies between limit.EarliestDate and now
// plus ahead; the entity's NotFarFutureField hook enforces it (ent has no
// validators for times), and the app checks it from ent/rules.json.
func Within[B annotated[B]](b B, ahead time.Duration) B {
	return b.Annotations(limit.Field{MaxAheadHours: int(ahead / time.Hour)})
}

// MaxChars returns a validator of at most max characters.
func MaxChars(max int) func(string) error {
	msg := limit.TooLong(max)
	return func(s string) error {
		if utf8.RuneCountInString(s) > max {
			return errors.New(msg)
		}
		return nil
	}
}

var emailPattern = regexp.MustCompile(limit.EmailPattern)

// EmailAddress validates an email address.
func EmailAddress(s string) error {
	if !emailPattern.MatchString(s) {
		return errors.New(limit.Messages["email"])
	}
	return nil
}
