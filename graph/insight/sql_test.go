package insight

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"entgo.io/ent/dialect"

	"walker/ent/schema/rule"
)

// The organization of every aggregate is bound in one place, from the viewer:
// a query that does not name it, or a request without a viewer, never runs.
func TestQueryBindsTheViewersOrganization(t *testing.T) {
	for _, tc := range []struct {
		dialect, want string
	}{
		{dialect.SQLite, "SELECT x FROM t WHERE a = ? AND organization_id = ? AND b < ? OR organization_id = ?"},
		{dialect.Postgres, "SELECT x FROM t WHERE a = $1 AND organization_id = $2 AND b < $3 OR organization_id = $4"},
	} {
		q, args, err := sqlText{tc.dialect}.bind("SELECT x FROM t WHERE a = ? AND organization_id = @org AND b < ? OR organization_id = @org", 42, []any{"a", "b"})
		if err != nil || q != tc.want || !reflect.DeepEqual(args, []any{"a", 42, "b", 42}) {
			t.Errorf("%s: %q %v %v", tc.dialect, q, args, err)
		}
	}
	if _, _, err := (sqlText{dialect.SQLite}).bind("SELECT x FROM conversations WHERE leader_id = ?", 42, []any{1}); !errors.Is(err, errNoOrganization) {
		t.Errorf("a query without @org: %v", err)
	}
	if _, _, err := (sqlText{dialect.SQLite}).bind("SELECT x FROM t WHERE organization_id = @org AND a = ?", 42, nil); err == nil {
		t.Error("a placeholder without an argument was bound")
	}
	r := &Reader{sql: sqlText{dialect.SQLite}}
	if err := r.query(context.Background(), "SELECT 1 WHERE @org = @org", nil, nil); !errors.Is(err, rule.ErrUnauthenticated) {
		t.Errorf("a query without a viewer: %v", err)
	}
}
