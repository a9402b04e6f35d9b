// Package limit declares, once, the rules of the fields people type: required,
// length in characters, ranges, email addresses, dates. The server's
// validators (package rule) enforce them, and ent's code generation writes
// them to ent/rules.json, from which the app checks the same rules with the
// same messages before anything is sent. It depends on nothing of Walker's, so
// that code generation can use it before the generated code compiles.
package limit

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"entgo.io/ent/schema"
)

// Field is the annotation that carries a field's rules to ent/rules.json.
type Field struct {
	Required bool `json:"required,omitempty"`
	// MaxChars counts characters (Unicode code points), not bytes.
	MaxChars int      `json:"maxChars,omitempty"`
	Min      *float64 `json:"min,omitempty"`
	Max      *float64 `json:"max,omitempty"`
	Email    bool     `json:"email,omitempty"`
	// Benefit marks the customer-benefit rule (ent/schema/rule/benefit.json).
	Benefit bool `json:"benefit,omitempty"`
	// MaxAheadHours bounds a time to now plus so many hours (and to
	// EarliestDate before).
	MaxAheadHours int `json:"maxAheadHours,omitempty"`
}

// AnnotationName is the name of the Field annotation in ent's generated graph.
const AnnotationName = "Limit"

// Name implements schema.Annotation.
func (Field) Name() string { return AnnotationName }

// Merge implements schema.Merger, so that a field may carry several rules.
func (f Field) Merge(other schema.Annotation) schema.Annotation {
	o, ok := other.(Field)
	if !ok {
		return f
	}
	f.Required = f.Required || o.Required
	f.Email = f.Email || o.Email
	f.Benefit = f.Benefit || o.Benefit
	if o.MaxChars != 0 {
		f.MaxChars = o.MaxChars
	}
	if o.Min != nil {
		f.Min = o.Min
	}
	if o.Max != nil {
		f.Max = o.Max
	}
	if o.MaxAheadHours != 0 {
		f.MaxAheadHours = o.MaxAheadHours
	}
	return f
}

// Messages are the templates of the messages of broken rules, shown to
// people as they are (after the field's name): {max}, {min} and {date} are
// replaced by the rule's figures.
var Messages = map[string]string{
	"required":  "must not be empty",
	"maxChars":  "must be at most {max} characters",
	"range":     "must be between {min} and {max}",
	"email":     "must be an email address, such as name@example.com",
	"notBefore": "must not be before {date}",
	"notAfter":  "must not be later than {date}",
}

// Message fills in the template of a broken rule.
func Message(rule string, figures ...string) string {
	return strings.NewReplacer(figures...).Replace(Messages[rule])
}

// TooLong is the message of a text longer than max characters.
func TooLong(max int) string { return Message("maxChars", "{max}", strconv.Itoa(max)) }

// OutOfRange is the message of a number outside [min, max].
func OutOfRange(min, max float64) string {
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	return Message("range", "{min}", f(min), "{max}", f(max))
}

// EarliestDate is the earliest date accepted anywhere, so that a slip of the
// thumb (year 1026) is caught rather than stored.
var EarliestDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// EmailPattern is a deliberately loose check of an address, once normalised:
// one @, no spaces, a dot in the domain.
const EmailPattern = `^[^@\t\n\f\r ]+@[^@\t\n\f\r ]+\.[^@\t\n\f\r ]+$`

// BlankClass is the set of characters that Clean trims, written as a
// JavaScript regular expression class (the app uses it with the u flag).
const BlankClass = `[\s\u0085\p{Cf}\u034f\u115f\u1160\u3164\uffa0]`

// IsBlank reports whether r is trimmed by Clean: white space, format
// characters (zero-width spaces and joiners, bidi controls, the BOM) and the
// invisible fillers, none of which can make a name or a sentence on its own.
func IsBlank(r rune) bool {
	switch r {
	case 0x034f, 0x115f, 0x1160, 0x3164, 0xffa0:
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}

// Clean trims blank characters (IsBlank) from both ends of s, so that text
// made only of invisible characters counts as empty.
func Clean(s string) string { return strings.TrimFunc(s, IsBlank) }
