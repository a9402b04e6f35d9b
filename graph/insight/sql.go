package insight

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// sqlText adapts the portable SQL of the aggregates to the database.
type sqlText struct{ dialect string }

// day is the UTC calendar day of a timestamp column.
func (s sqlText) day(col string) string {
	if s.dialect == dialect.Postgres {
		return "CAST(" + col + " AT TIME ZONE 'UTC' AS DATE)"
	}
	return "date(" + col + ")"
}

// month is the UTC YYYY-MM of a timestamp column.
func (s sqlText) month(col string) string {
	if s.dialect == dialect.Postgres {
		return "to_char(" + col + " AT TIME ZONE 'UTC', 'YYYY-MM')"
	}
	return "strftime('%Y-%m', " + col + ")"
}

// orgMark stands, in the text of a query, for the viewer's organization.
const orgMark = "@org"

// errNoOrganization refuses a query that does not name the organization.
var errNoOrganization = errors.New("insight: an aggregate query must name the organization as " + orgMark)

// bind binds q's placeholders: each ? takes the next of args, each @org the
// viewer's organization; PostgreSQL's are numbered.
func (s sqlText) bind(q string, org int, args []any) (string, []any, error) {
	if !strings.Contains(q, orgMark) {
		return "", nil, errNoOrganization
	}
	var b strings.Builder
	bound := make([]any, 0, len(args)+2)
	next := 0
	placeholder := func(v any) {
		bound = append(bound, v)
		if s.dialect == dialect.Postgres {
			b.WriteString("$" + strconv.Itoa(len(bound)))
		} else {
			b.WriteByte('?')
		}
	}
	for i := 0; i < len(q); i++ {
		switch {
		case q[i] == '?':
			if next >= len(args) {
				return "", nil, fmt.Errorf("insight: more placeholders than arguments in %q", q)
			}
			placeholder(args[next])
			next++
		case strings.HasPrefix(q[i:], orgMark):
			placeholder(org)
			i += len(orgMark) - 1
		default:
			b.WriteByte(q[i])
		}
	}
	if next != len(args) {
		return "", nil, fmt.Errorf("insight: %d arguments for %d placeholders in %q", len(args), next, q)
	}
	return b.String(), bound, nil
}

// query runs a read-only aggregate over the viewer's organization — the one
// place where the insights' SQL meets the database: the organization is the
// viewer's, bound wherever the query says @org, and a query that does not
// say it, or a request without a viewer, is refused.
func (r *Reader) query(ctx context.Context, q string, args []any, row func(*sql.Rows) error) error {
	org, err := organization(ctx)
	if err != nil {
		return err
	}
	text, bound, err := r.sql.bind(q, org, args)
	if err != nil {
		return err
	}
	rows, err := r.client.QueryContext(ctx, text, bound...)
	if err != nil {
		return fmt.Errorf("aggregate query: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return fmt.Errorf("aggregate scan: %w", err)
		}
	}
	return rows.Err()
}

// organization is the viewer's organization, for the queries and the
// cache's keys. The figures are read past the entities' privacy rules, so a
// token needs the insights:read scope for them.
func organization(ctx context.Context) (int, error) {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil:
		return 0, rule.ErrUnauthenticated
	case !v.Can(viewer.InsightsRead):
		return 0, rule.NeedScope(viewer.InsightsRead)
	}
	return v.OrganizationID, nil
}
