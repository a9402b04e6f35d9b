package rule

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"

	"walker/ent/privacy"
	"walker/ent/schema/viewer"
)

// deny wraps a typed error so that ent treats it as a privacy denial and the
// error presenter can still tell which kind it is.
func deny(err error, format string, args ...any) error {
	return fmt.Errorf("%w: %w: %s", privacy.Deny, err, fmt.Sprintf(format, args...))
}

// A SystemJob says why some work acts as Walker itself rather than for a
// viewer, past every organization's privacy rules.
type SystemJob string

// The jobs that act as the system. Nothing that answers a request for a
// signed-in viewer is one of them.
const (
	// JobSignIn: passkey ceremonies, invitations and setup links being used,
	// sessions and tokens checked — before anyone is signed in.
	JobSignIn SystemJob = "sign-in"
	// JobSigningKeys: the store of the keys that sign access tokens.
	JobSigningKeys SystemJob = "signing keys"
	// JobCommand: a command run by an operator at the console (walker bootstrap, …).
	JobCommand SystemJob = "command"
	// JobMigration: bringing stored data up to date at start-up.
	JobMigration SystemJob = "migration"
	// JobChangeLog: writing the change log, pruning it, purging deleted records.
	JobChangeLog SystemJob = "change log"
	// JobWebhooks: delivering the change log to webhook endpoints.
	JobWebhooks SystemJob = "webhooks"
	// JobExport: running bulk exports (server/export): reading an
	// organization's snapshot, storing the file, expiring it.
	JobExport SystemJob = "export"
	// JobRollup: keeping the insights' running totals (server/store/rollup)
	// with the records they count, and rebuilding them.
	JobRollup SystemJob = "rollup"
	// JobMandates: giving the people a mandate applies to its commitment
	// (ent/schema/mandates.go), when it is set or changed and when a
	// person joins or changes team.
	JobMandates SystemJob = "mandates"
	// JobPush: the reminders by Web Push (server/push): its VAPID key and
	// lease, and the devices' subscriptions it sends to and removes.
	JobPush SystemJob = "push"
)

type systemJobKey struct{}

// System returns a copy of ctx that acts as Walker itself, for job: it is
// the one way past the privacy rules (privacy.DecisionContext is not called
// anywhere else but in tests' fixtures).
func System(ctx context.Context, job SystemJob) context.Context {
	return privacy.DecisionContext(context.WithValue(ctx, systemJobKey{}, job), privacy.Allow)
}

// SystemJobOf says which job ctx acts as the system for, or "".
func SystemJobOf(ctx context.Context) SystemJob {
	job, _ := ctx.Value(systemJobKey{}).(SystemJob)
	return job
}

// DenyIfNoViewer denies every query and mutation that carries no viewer.
// System jobs (start-up, the CLI) pass a privacy.Allow decision context instead.
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return deny(ErrUnauthenticated, "no viewer")
		}
		return privacy.Skip
	})
}

// FilterTenant narrows every query and mutation to the viewer's organization,
// so that another organization's rows can be neither read, counted, reached
// through an edge or a node id, nor changed.
func FilterTenant() privacy.QueryMutationRule {
	type tenantFilter interface{ WhereOrganizationID(entql.IntP) }
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return deny(ErrUnauthenticated, "no viewer")
		}
		tf, ok := f.(tenantFilter)
		if !ok {
			return privacy.Denyf("rule: %T has no tenant filter", f)
		}
		tf.WhereOrganizationID(entql.IntEQ(v.OrganizationID))
		return privacy.Skip
	})
}

// FilterOwnOrganization narrows Organization queries and mutations to the
// viewer's own.
func FilterOwnOrganization() privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return deny(ErrUnauthenticated, "no viewer")
		}
		f.Where(entql.FieldEQ("id", v.OrganizationID))
		return privacy.Skip
	})
}

// FilterOwner narrows queries and mutations to rows whose field is the viewer
// (for passkeys and sessions, which are nobody else's business).
func FilterOwner(field string) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return deny(ErrUnauthenticated, "no viewer")
		}
		f.Where(entql.FieldEQ(field, v.LeaderID))
		return privacy.Skip
	})
}

// TokenScopes lets an integrator token read an entity only with the read
// scope, and change it only with the write scope; an empty scope is one no
// token has, so an entity that names none is closed to tokens. People are
// left to the other rules.
func TokenScopes(read, write viewer.Scope) privacy.QueryMutationRule {
	return tokenScopes{read: read, write: write}
}

type tokenScopes struct{ read, write viewer.Scope }

func (t tokenScopes) check(ctx context.Context, need viewer.Scope, what string) error {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil || v.TokenID == 0 || (need != "" && v.Can(need)):
		return privacy.Skip
	case need == "":
		return deny(ErrForbidden, "API tokens cannot %s these records", what)
	}
	return fmt.Errorf("%w: %w", privacy.Deny, NeedScope(need))
}

func (t tokenScopes) EvalQuery(ctx context.Context, _ ent.Query) error {
	return t.check(ctx, t.read, "read")
}

func (t tokenScopes) EvalMutation(ctx context.Context, _ ent.Mutation) error {
	return t.check(ctx, t.write, "change")
}

// AllowIfAdmin allows admins and denies everyone else.
func AllowIfAdmin() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx).IsAdmin() {
			return privacy.Allow
		}
		return deny(ErrForbidden, "admins only")
	})
}

// AdminsAndTokens lets admins and integrator tokens through (a token's scope
// is TokenScopes' to check) and denies every other person: the rule of what
// an integration manages for the organization, such as bulk exports.
func AdminsAndTokens() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := viewer.FromContext(ctx)
		switch {
		case v == nil:
			return deny(ErrUnauthenticated, "no viewer")
		case v.TokenID != 0 || v.IsAdmin():
			return privacy.Skip
		}
		return deny(ErrForbidden, "admins only")
	})
}

// AdminOnlyChanges lets only admins change rows other than by creating them
// through the dedicated flows; reading is left to the other rules.
func AdminOnlyChanges(ops ent.Op) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if viewer.FromContext(ctx).IsAdmin() {
			return privacy.Skip
		}
		return deny(ErrForbidden, "admins only")
	}), ops)
}

// OwnerOnly lets a viewer change only the rows whose owner field is them
// (admins too when adminToo is set). Creates are left to the hooks, which set
// the owner from the viewer. Single-row updates say FORBIDDEN; bulk changes are
// narrowed by a filter.
func OwnerOnly(field string, adminToo bool) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		switch {
		case v == nil:
			return deny(ErrUnauthenticated, "no viewer")
		case m.Op().Is(ent.OpCreate), (adminToo || deleting(m) || relinking(ctx, m)) && v.IsAdmin():
			return privacy.Skip // admins delete and restore any record, and relink it in a merge
		case m.Op().Is(ent.OpUpdateOne):
			if owns, err := owner(ctx, m, field, v); err != nil || owns {
				return err // privacy.Skip, or the error
			}
			return deny(ErrForbidden, "only the owner may change this record")
		default:
			f, ok := m.(interface{ WhereP(...func(*sql.Selector)) })
			if !ok {
				return privacy.Denyf("rule: %T cannot be filtered", m)
			}
			if v.TokenID != 0 {
				f.WhereP(sql.OrPredicates(sql.FieldEQ(field, v.LeaderID), sql.FieldEQ(tokenField, v.TokenID)))
			} else {
				f.WhereP(sql.FieldEQ(field, v.LeaderID))
			}
			return privacy.Skip
		}
	})
}

// tokenField is the SourceMixin's field: the token that created a record.
const tokenField = "created_by_token_id"

// owner reports whether v owns the record m changes: its field is v, or v is
// the token that created it. It answers privacy.Skip for yes.
func owner(ctx context.Context, m ent.Mutation, field string, v *viewer.Viewer) (bool, error) {
	old, err := m.OldField(ctx, field)
	if err != nil {
		return false, err
	}
	if id, ok := old.(int); ok && id == v.LeaderID {
		return true, privacy.Skip
	}
	if v.TokenID != 0 {
		if tok, err := m.OldField(ctx, tokenField); err == nil {
			if id, ok := tok.(*int); ok && id != nil && *id == v.TokenID {
				return true, privacy.Skip
			}
		}
	}
	return false, nil
}

// OwnerMayDelete lets the owner (field) delete and restore their record
// where only admins change it otherwise (a nomination's nominator).
func OwnerMayDelete(field string) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !m.Op().Is(ent.OpUpdateOne) || !deleting(m) {
			return privacy.Skip
		}
		old, err := m.OldField(ctx, field)
		if err != nil {
			return err
		}
		if id, ok := old.(int); ok && id == v.LeaderID {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// deleting reports whether m deletes or restores (sets or clears deleted_at)
// and changes nothing else a person typed.
func deleting(m ent.Mutation) bool {
	touched := slices.Contains(m.ClearedFields(), "deleted_at")
	for _, f := range m.Fields() {
		switch f {
		case "deleted_at":
			touched = true
		case "updated_at", "version":
		default:
			return false
		}
	}
	return touched
}

// SystemOnly denies everything to request paths; only a privacy.Allow decision
// context (start-up, CLI) reaches the rows.
func SystemOnly() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		return deny(ErrForbidden, "system records")
	})
}
