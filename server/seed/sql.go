package seed

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"entgo.io/ent/dialect"

	"walker/ent/migrate"
)

// maxParams is the most bind parameters one statement may carry: SQLite's
// SQLITE_MAX_VARIABLE_NUMBER and PostgreSQL's protocol limit.
func maxParams(dia string) int {
	if dia == dialect.Postgres {
		return 65535
	}
	return 32766
}

// maxRows caps the rows of one INSERT: beyond a few hundred rows a statement
// saves no more round trips and SQLite spends longer parsing it.
const maxRows = 500

// inserter writes rows into one table with multi-row INSERTs: it buffers
// rows and sends them a full statement at a time through a statement
// prepared once, so that SQLite parses the long statement once and PostgreSQL
// plans it once.
type inserter struct {
	tx      *sql.Tx
	dialect string
	table   string
	cols    int
	head    string // INSERT INTO t (a, b) VALUES
	perStmt int
	args    []any
	full    *sql.Stmt
	written int
}

func newInserter(tx *sql.Tx, dia, table string, cols ...string) *inserter {
	return &inserter{
		tx: tx, dialect: dia, table: table, cols: len(cols),
		head:    "INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ",
		perStmt: min(maxRows, maxParams(dia)/len(cols)),
	}
}

// add buffers one row; values are in the order of the columns.
func (in *inserter) add(values ...any) {
	if len(values) != in.cols {
		panic(fmt.Sprintf("seed: %d values for the %d columns of %s", len(values), in.cols, in.table))
	}
	in.args = append(in.args, values...)
}

// pending is the number of rows buffered.
func (in *inserter) pending() int { return len(in.args) / in.cols }

// flush writes the buffered rows in full statements and, when all is set, the
// rest too (rows whose parents are not written yet must wait: see seed.go).
func (in *inserter) flush(ctx context.Context, all bool) error {
	rows := in.pending()
	if rows < in.perStmt && (!all || rows == 0) {
		return nil
	}
	done := 0
	for ; rows-done >= in.perStmt; done += in.perStmt {
		if in.full == nil {
			st, err := in.tx.PrepareContext(ctx, in.statement(in.perStmt))
			if err != nil {
				return fmt.Errorf("preparing the insert into %s: %w", in.table, err)
			}
			in.full = st
		}
		if _, err := in.full.ExecContext(ctx, in.args[done*in.cols:(done+in.perStmt)*in.cols]...); err != nil {
			return fmt.Errorf("inserting into %s: %w", in.table, err)
		}
	}
	if all && rows > done {
		if _, err := in.tx.ExecContext(ctx, in.statement(rows-done), in.args[done*in.cols:]...); err != nil {
			return fmt.Errorf("inserting into %s: %w", in.table, err)
		}
		done = rows
	}
	in.written += done
	rest := copy(in.args, in.args[done*in.cols:])
	clear(in.args[rest:])
	in.args = in.args[:rest]
	return nil
}

// close writes what is left and releases the prepared statement.
func (in *inserter) close(ctx context.Context) error {
	err := in.flush(ctx, true)
	if in.full != nil {
		in.full.Close()
		in.full = nil
	}
	return err
}

// statement is the INSERT of n rows, with the dialect's placeholders.
func (in *inserter) statement(n int) string {
	var b strings.Builder
	b.Grow(len(in.head) + n*in.cols*8)
	b.WriteString(in.head)
	p := 0
	for r := range n {
		if r > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		for c := range in.cols {
			if c > 0 {
				b.WriteByte(',')
			}
			p++
			if in.dialect == dialect.Postgres {
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(p))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	return b.String()
}

// rangeStart is the first id of table's range: ent's global unique ids give
// every table 1<<32 ids of its own, which the tenant checks rely on to tell
// the type of an id (rule.visible).
func rangeStart(table string) (int, error) {
	for _, t := range migrate.Tables {
		if t.Name == table && t.Annotation != nil && t.Annotation.IncrementStart != nil {
			return *t.Annotation.IncrementStart, nil
		}
	}
	return 0, fmt.Errorf("table %s has no id range in ent's schema", table)
}

// ids hands out the ids of one table's new rows, the way the database would:
// on PostgreSQL they are drawn from the table's identity sequence (so the
// sequence has moved past them and the app's later creates cannot collide,
// even with a concurrent writer); on SQLite, whose only writer we are inside
// the transaction (BEGIN IMMEDIATE), they continue after the table's largest
// id and sqlite_sequence, which SQLite then moves forward itself.
type ids struct {
	tx      *sql.Tx
	dialect string
	table   string
	start   int // first id of the table's range
	seq     string
	next    int   // SQLite: the next id
	buf     []int // PostgreSQL: reserved, not yet handed out
	last    int
}

func newIDs(ctx context.Context, tx *sql.Tx, dia, table string) (*ids, error) {
	start, err := rangeStart(table)
	if err != nil {
		return nil, err
	}
	a := &ids{tx: tx, dialect: dia, table: table, start: start}
	if dia == dialect.Postgres {
		err = tx.QueryRowContext(ctx, "SELECT pg_get_serial_sequence($1, 'id')", table).Scan(&a.seq)
		if err != nil {
			return nil, fmt.Errorf("finding the id sequence of %s: %w", table, err)
		}
		return a, nil
	}
	var seq, maxID int
	err = tx.QueryRowContext(ctx, "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "+
		"COALESCE((SELECT MAX(id) FROM "+table+"), 0)", table).Scan(&seq, &maxID)
	if err != nil {
		return nil, fmt.Errorf("reading the last id of %s: %w", table, err)
	}
	a.next = max(seq, maxID, start) + 1
	return a, nil
}

// take returns n new ids, in increasing order.
func (a *ids) take(ctx context.Context, n int) ([]int, error) {
	out := make([]int, 0, n)
	if a.dialect != dialect.Postgres {
		for range n {
			out = append(out, a.next)
			a.next++
		}
		return out, a.check(out)
	}
	if n == 0 {
		return out, nil
	}
	rows, err := a.tx.QueryContext(ctx, "SELECT nextval($1::regclass) FROM generate_series(1, $2)", a.seq, n)
	if err != nil {
		return nil, fmt.Errorf("reserving %d ids of %s: %w", n, a.table, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reserving %d ids of %s: %w", n, a.table, err)
	}
	return out, a.check(out)
}

// one returns a single new id, reserving a block at a time on PostgreSQL.
func (a *ids) one(ctx context.Context) (int, error) {
	if a.dialect != dialect.Postgres {
		got, err := a.take(ctx, 1)
		if err != nil {
			return 0, err
		}
		return got[0], nil
	}
	if len(a.buf) == 0 {
		got, err := a.take(ctx, 4096)
		if err != nil {
			return 0, err
		}
		a.buf = got
	}
	id := a.buf[0]
	a.buf = a.buf[1:]
	return id, nil
}

// check refuses ids outside the table's range: another table's range would
// make them unreachable through the tenant checks.
func (a *ids) check(got []int) error {
	for _, id := range got {
		if id>>32 != a.start>>32 {
			return fmt.Errorf("id %d is outside the id range of %s (%d to %d)", id, a.table, a.start, a.start+1<<32-1)
		}
		a.last = max(a.last, id)
	}
	return nil
}

// settle makes sure the database's own next id for the table comes after the
// ids handed out. PostgreSQL's sequence is past them already (they came from
// it); SQLite moves sqlite_sequence when a larger id is inserted into an
// AUTOINCREMENT table, and this states it explicitly all the same.
func (a *ids) settle(ctx context.Context) error {
	if a.dialect == dialect.Postgres || a.last == 0 {
		return nil
	}
	if _, err := a.tx.ExecContext(ctx, "UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?", a.last, a.table, a.last); err != nil {
		return fmt.Errorf("moving the id sequence of %s: %w", a.table, err)
	}
	return nil
}
