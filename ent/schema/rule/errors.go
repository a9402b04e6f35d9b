// Package rule holds the privacy rules, hooks and input validators that every
// ent schema shares, and the typed errors they return.
package rule

import (
	"errors"
	"fmt"
	"strings"

	"walker/ent/schema/rule/limit"
	"walker/ent/schema/viewer"
)

var (
	// ErrUnauthenticated is returned when a request carries no viewer.
	ErrUnauthenticated = errors.New("authentication required")
	// ErrForbidden is returned when the viewer's role or scope does not allow an action.
	ErrForbidden = errors.New("not allowed")
)

// ScopeError reports an integrator token that lacks the scope an action
// needs; it is a kind of ErrForbidden, shown as FORBIDDEN naming the scope.
type ScopeError struct{ Scope viewer.Scope }

func (e *ScopeError) Error() string { return fmt.Sprintf("this token lacks the %s scope", e.Scope) }

func (e *ScopeError) Unwrap() error { return ErrForbidden }

// NeedScope is a *ScopeError for scope.
func NeedScope(scope viewer.Scope) error { return &ScopeError{Scope: scope} }

// InputError reports bad input for one field; it is shown to the client as
// BAD_USER_INPUT with the field named.
type InputError struct {
	Field   string
	Message string
}

func (e *InputError) Error() string { return fmt.Sprintf("%s: %s", e.Field, e.Message) }

// ConflictError reports a request that contradicts what is stored (a reused
// client id with other content, a second endorsement); shown as CONFLICT.
type ConflictError struct {
	Message string
	// Current is the record as it is now, when the conflict is an edit made
	// against an older version of it (shown in extensions.current).
	Current map[string]any
}

func (e *ConflictError) Error() string { return e.Message }

// Invalid returns an *InputError for field.
func Invalid(field, format string, args ...any) error {
	return &InputError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// Describe words the error of a field's validator for people: Walker's own
// validators speak already; ent's built-in ones are translated to the
// messages of limit.Messages.
func Describe(err error) string {
	// ent wraps the validator's own error; the innermost one says what is wrong.
	for errors.Unwrap(err) != nil {
		err = errors.Unwrap(err)
	}
	switch msg := err.Error(); {
	case strings.Contains(msg, "missing required field"):
		return "is required"
	case msg == "value is less than the required length":
		return limit.Messages["required"]
	case msg == "value does not match validation", msg == "value is greater than the required length":
		return "is not valid"
	default:
		return msg
	}
}
