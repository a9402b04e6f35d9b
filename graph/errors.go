package graph

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"walker/ent"
	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/graph/scalar"
)

// The codes of extensions.code, documented in docs/API.md. Parse and
// validation failures keep gqlgen's GRAPHQL_PARSE_FAILED and
// GRAPHQL_VALIDATION_FAILED.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeNotFound        = "NOT_FOUND"
	CodeConflict        = "CONFLICT"
	CodeRateLimited     = "RATE_LIMITED"
	CodeCostLimit       = "COST_LIMIT"
	CodeInternal        = "INTERNAL"
	// CodeResyncRequired: a change-log cursor older than the retention; read
	// the lists again, then follow the log from changesCursor.
	CodeResyncRequired = "RESYNC_REQUIRED"
	// CodeMethodNotAllowed is plain HTTP's only code of its own: a method
	// /graphql does not take.
	CodeMethodNotAllowed = "METHOD_NOT_ALLOWED"
)

// ErrorPresenter is Walker's one GraphQL error presenter: every error leaves
// with a typed extensions.code and a message fit for the client; internal
// causes (SQL, paths, stacks) are logged, never sent.
func ErrorPresenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		if _, ok := gqlErr.Extensions["code"]; ok {
			if viewer.FromContext(ctx) == nil {
				// Anonymous callers cannot introspect; nor may they learn the
				// schema's names from the validator's suggestions.
				gqlErr.Message = suggestion.ReplaceAllString(gqlErr.Message, "")
			}
			return gqlErr // parse, validation and limit errors are typed already
		}
		var (
			input    *rule.InputError
			valid    *ent.ValidationError
			conflict *rule.ConflictError
			bad      *scalar.Error
		)
		code, field, msg := CodeInternal, "", "internal error"
		var (
			current map[string]any
			extra   map[string]any
			scope   *rule.ScopeError
		)
		switch {
		case errors.Is(err, rule.ErrUnauthenticated):
			code, msg = CodeUnauthenticated, "authentication required: send a bearer token"
		case errors.As(err, &input):
			code, field, msg = CodeBadUserInput, FieldName(input.Field), input.Message
		case errors.As(err, &valid):
			code, field, msg = CodeBadUserInput, FieldName(valid.Name), validationMessage(valid)
		case errors.As(err, &bad):
			// A malformed id, time, UUID or cursor: the path ends with the
			// argument or input field it came in.
			code, field, msg = CodeBadUserInput, lastName(gqlErr.Path), bad.Message
		case errors.As(err, &conflict):
			code, msg = CodeConflict, conflict.Message
			current = conflict.Current
		case gqlErr.Err != nil && gqlErr.Err.Error() == "introspection disabled":
			code, msg = CodeUnauthenticated, "introspection needs authentication: send a bearer token"
		case argumentError(ctx, gqlErr):
			// gqlgen could not read an argument (a malformed id, time or UUID).
			code, msg = CodeBadUserInput, gqlErr.Message
		case isForeignKeyError(err):
			code, msg = CodeBadUserInput, "refers to a record that does not exist or is of another kind"
		case errors.As(err, &scope):
			code, msg = CodeForbidden, scope.Error()
			extra = map[string]any{"scope": string(scope.Scope)}
		case errors.Is(err, rule.ErrForbidden), errors.Is(err, privacy.Deny):
			code, msg = CodeForbidden, "you are not allowed to do this"
		case ent.IsNotFound(err):
			code, msg = CodeNotFound, "not found"
		case ent.IsConstraintError(err):
			code, msg = CodeConflict, "conflicts with a record that already exists"
		case gqlErr.Err == nil:
			// Produced by gqlgen itself while reading arguments: the message
			// describes the client's input and is safe to show.
			code, msg = CodeBadUserInput, gqlErr.Message
		}
		if code == CodeInternal {
			log.ErrorContext(ctx, "graphql resolver failed", "path", gqlErr.Path.String(), "err", err)
		} else if code == CodeForbidden || code == CodeUnauthenticated {
			log.WarnContext(ctx, "graphql request refused", "code", code, "path", gqlErr.Path.String(), "err", err)
		}
		gqlErr.Message = msg
		gqlErr.Err = nil
		gqlErr.Extensions = map[string]any{"code": code}
		if field != "" {
			gqlErr.Extensions["field"] = field
		}
		if current != nil {
			gqlErr.Extensions["current"] = current
		}
		maps.Copy(gqlErr.Extensions, extra)
		return gqlErr
	}
}

// suggestion is the validator's "Did you mean …?" at the end of a message.
var suggestion = regexp.MustCompile(` Did you mean [^\n]*\?$`)

// FieldName turns an ent field or edge name (customer_ids) into the name of
// the GraphQL input field (customerIDs); a GraphQL name stays as it is.
func FieldName(name string) string {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	parts := strings.Split(name, "_")
	for i := 1; i < len(parts); i++ {
		switch parts[i] {
		case "":
			// "a__b" or "a_": nothing to capitalise.
		case "id":
			parts[i] = "ID"
		case "ids":
			parts[i] = "IDs"
		default:
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// lastName is the last field name of a path (not a list index).
func lastName(p ast.Path) string {
	for i := len(p) - 1; i >= 0; i-- {
		if n, ok := p[i].(ast.PathName); ok {
			return string(n)
		}
	}
	return ""
}

// validationMessage words ent's validator errors for people.
func validationMessage(e *ent.ValidationError) string {
	if inner := e.Unwrap(); inner != nil {
		return rule.Describe(inner)
	}
	return "is not valid"
}

// userError is a typed error raised by the GraphQL layer itself (limits, bad
// arguments), already in its final form.
func userError(code, message string, extensions map[string]any) *gqlerror.Error {
	ext := map[string]any{"code": code}
	for k, v := range extensions {
		ext[k] = v
	}
	return &gqlerror.Error{Message: message, Extensions: ext}
}

// argumentError reports an error raised while gqlgen read a field's
// arguments: the field context exists but its arguments are not set yet.
func argumentError(ctx context.Context, err *gqlerror.Error) bool {
	fc := graphql.GetFieldContext(ctx)
	return err.Err != nil && fc != nil && fc.Args == nil && fc.Field.Field != nil && len(fc.Field.Arguments) > 0
}

// isForeignKeyError recognises a reference to a missing row (SQLite's
// "FOREIGN KEY constraint failed", PostgreSQL's SQLSTATE 23503).
func isForeignKeyError(err error) bool {
	if !ent.IsConstraintError(err) {
		return false
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "foreign key") || strings.Contains(msg, "23503")
}
