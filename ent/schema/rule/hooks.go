package rule

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent"
	"golang.org/x/text/unicode/norm"

	gen "walker/ent"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/decision"
	"walker/ent/feedbackreview"
	"walker/ent/followup"
	"walker/ent/internal"
	"walker/ent/leader"
	"walker/ent/mandate"
	"walker/ent/nomination"
	"walker/ent/plan"
	"walker/ent/schema/rule/limit"
	"walker/ent/schema/viewer"
	"walker/ent/webhookendpoint"
)

// Normalize trims every string field of blank characters (limit.Clean: white
// space, zero-width and bidi controls, invisible fillers) and stores every
// time in UTC at microsecond precision (what both databases keep), so that
// what is read back equals what was written and "   " or "\u200b" counts as
// empty.
func Normalize() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			for _, name := range m.Fields() {
				v, _ := m.Field(name)
				var err error
				switch x := v.(type) {
				case string:
					err = m.SetField(name, limit.Clean(x))
				case time.Time:
					err = m.SetField(name, x.UTC().Truncate(time.Microsecond))
				case *time.Time:
					if x != nil {
						err = m.SetField(name, x.UTC().Truncate(time.Microsecond))
					}
				}
				if err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// NormalizeEmail stores the email field in its one canonical form
// (NormalizeEmailAddress), so that look-alikes of an address are the same
// address to every lookup and to the unique index.
func NormalizeEmail(field string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v, ok := m.Field(field); ok {
				if s, ok := v.(string); ok {
					if err := m.SetField(field, NormalizeEmailAddress(s)); err != nil {
						return nil, err
					}
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// NormalizeEmailAddress is the canonical form of an email address: trimmed,
// Unicode NFKC (a full-width "ａ" is an "a"), all lower case. Walker treats
// the local part case-insensitively too, as nearly every mail system does.
func NormalizeEmailAddress(s string) string {
	return strings.ToLower(limit.Clean(norm.NFKC.String(s)))
}

// SetTenant stamps creates with the viewer's organization. Without a viewer
// (system jobs) the caller sets it.
func SetTenant() ent.Hook {
	return setFromViewer("organization_id", func(v *viewer.Viewer) int { return v.OrganizationID })
}

// SetViewer stamps creates with the viewer as the record's owner (field).
func SetViewer(field string) ent.Hook {
	return setFromViewer(field, func(v *viewer.Viewer) int { return v.LeaderID })
}

// SetToken sets field, on create, to the integrator token of the viewer,
// when they are one.
func SetToken(field string) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v := viewer.FromContext(ctx); v != nil && v.TokenID != 0 && m.Op().Is(ent.OpCreate) {
				if err := m.SetField(field, v.TokenID); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// CreditTo sets field (a record's person) on create to the viewer, unless
// the code creating it named another person: which only an admin, or a token
// holding scope, may do. The person named must be of the organization
// (SameTenantEdges).
func CreditTo(field string, scope viewer.Scope) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v := viewer.FromContext(ctx)
			if v == nil || !m.Op().Is(ent.OpCreate) {
				return next.Mutate(ctx, m)
			}
			named, ok := m.Field(field)
			switch id, _ := named.(int); {
			case !ok:
				if err := m.SetField(field, v.LeaderID); err != nil {
					return nil, err
				}
			case id == v.LeaderID:
			case v.TokenID != 0 && !v.Can(scope):
				return nil, deny(ErrForbidden, "crediting another person needs the %s scope", scope)
			case v.TokenID == 0 && !v.IsAdmin():
				return nil, deny(ErrForbidden, "only admins credit another person")
			}
			return next.Mutate(ctx, m)
		})
	}
}

func setFromViewer(field string, value func(*viewer.Viewer) int) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if v := viewer.FromContext(ctx); v != nil && m.Op().Is(ent.OpCreate) {
				if err := m.SetField(field, value(v)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// SameTenantEdges checks that every record a mutation links to is visible to
// the viewer, that is, belongs to the viewer's organization: a forged id of
// another organization is refused as if it did not exist.
func SameTenantEdges() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if viewer.FromContext(ctx) == nil {
				return next.Mutate(ctx, m)
			}
			cm, ok := m.(interface{ Client() *gen.Client })
			if !ok {
				return next.Mutate(ctx, m)
			}
			for _, edge := range m.AddedEdges() {
				if edge == "organization" {
					continue
				}
				var ids []int
				for _, v := range m.AddedIDs(edge) {
					if id, ok := v.(int); ok {
						ids = append(ids, id)
					}
				}
				if err := visible(ctx, cm.Client(), ids); err != nil {
					if errors.Is(err, errInvisible) {
						return nil, Invalid(edgeField(edge), "refers to a record that does not exist")
					}
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// NotFarFutureField checks a time field on create and update against
// rule.NotFarFuture.
func NotFarFutureField(field string, ahead time.Duration) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, ok := m.Field(field)
			if t, isTime := v.(time.Time); ok && isTime {
				if err := NotFarFuture(field, t, time.Now(), ahead); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

var errInvisible = errors.New("record not visible")

// tableOf maps a global id to its table: ent's global ids give each type a
// range of 1<<32 ids starting at the offsets of internal.IncrementStarts.
var tableOf = func() map[int]string {
	var starts map[string]int
	if err := json.Unmarshal([]byte(internal.IncrementStarts), &starts); err != nil {
		panic(fmt.Sprintf("rule: reading ent's global id ranges: %v", err))
	}
	m := make(map[int]string, len(starts))
	for table, start := range starts {
		m[start>>32] = table
	}
	return m
}()

// visible checks that every id names a record the viewer can see, counting
// them type by type under the viewer's privacy rules (so within their
// organization).
func visible(ctx context.Context, c *gen.Client, ids []int) error {
	byTable := map[string][]int{}
	for _, id := range ids {
		byTable[tableOf[id>>32]] = append(byTable[tableOf[id>>32]], id)
	}
	for table, ids := range byTable {
		var n int
		var err error
		switch table {
		case "customers":
			n, err = c.Customer.Query().Where(customer.IDIn(ids...)).Count(ctx)
		case "conversations":
			n, err = c.Conversation.Query().Where(conversation.IDIn(ids...)).Count(ctx)
		case "leaders":
			n, err = c.Leader.Query().Where(leader.IDIn(ids...)).Count(ctx)
		case "decisions":
			n, err = c.Decision.Query().Where(decision.IDIn(ids...)).Count(ctx)
		case "nominations":
			n, err = c.Nomination.Query().Where(nomination.IDIn(ids...)).Count(ctx)
		case "feedback_reviews":
			n, err = c.FeedbackReview.Query().Where(feedbackreview.IDIn(ids...)).Count(ctx)
		case "follow_ups":
			n, err = c.FollowUp.Query().Where(followup.IDIn(ids...)).Count(ctx)
		case "webhook_endpoints":
			n, err = c.WebhookEndpoint.Query().Where(webhookendpoint.IDIn(ids...)).Count(ctx)
		case "plans":
			n, err = c.Plan.Query().Where(plan.IDIn(ids...)).Count(ctx)
		case "mandates":
			n, err = c.Mandate.Query().Where(mandate.IDIn(ids...)).Count(ctx)
		default:
			return errInvisible // not a type anyone links to from an input
		}
		if err != nil {
			return err
		}
		if n != len(uniq(ids)) {
			return errInvisible
		}
	}
	return nil
}

func uniq(ids []int) map[int]bool {
	m := make(map[int]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// edgeField names the input field that sets an edge: customers are set by
// customer_ids, a nominee by nominee_id.
func edgeField(edge string) string {
	switch edge {
	case "customers", "attendees", "conversations", "follow_ups", "decisions":
		return strings.TrimSuffix(edge, "s") + "_ids"
	case "evidence":
		return "evidence_ids"
	}
	return edge + "_id"
}
