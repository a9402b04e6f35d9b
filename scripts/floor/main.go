// Command floor is the benchmark's floor: a plain net/http handler with
// hand-written SQL over database/sql that answers Walker's "page of 50
// conversations with their leader, customers and follow-ups" as JSON, on the
// same database and connection pool settings as Walker. It has no GraphQL,
// no authentication, no privacy rules and no limits: whatever Walker costs
// above it is the price of those.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/http"
	"strings"
	"time"

	"entgo.io/ent/dialect"

	"walker/server/store"
)

type customer struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type followUp struct {
	ID     string     `json:"id"`
	Action string     `json:"action"`
	DueOn  *time.Time `json:"dueOn"`
	DoneAt *time.Time `json:"doneAt"`
}

type conversation struct {
	ID         string     `json:"id"`
	OccurredAt time.Time  `json:"occurredAt"`
	Mode       string     `json:"mode"`
	Heard      *string    `json:"heard"`
	Leader     customer   `json:"leader"`
	Customers  []customer `json:"customers"`
	FollowUps  []followUp `json:"followUps"`
}

func main() {
	addr := flag.String("addr", "127.0.0.1:8090", "listen address")
	dbPath := flag.String("db", "data/walker.db", "SQLite file")
	dbURL := flag.String("database-url", "", "postgres:// URL")
	org := flag.Int("org-id", 0, "organization id")
	flag.Parse()
	st, err := store.Open(context.Background(), *dbURL, *dbPath)
	if err != nil {
		log.Fatal(err)
	}
	db, pg := st.DB, st.Dialect == dialect.Postgres
	bind := func(q string) string {
		if !pg {
			return q
		}
		for i := 1; strings.Contains(q, "?"); i++ {
			q = strings.Replace(q, "?", fmt.Sprintf("$%d", i), 1)
		}
		return q
	}
	http.HandleFunc("GET /conversations", func(w http.ResponseWriter, r *http.Request) {
		page, err := conversations(r.Context(), db, bind, *org)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"conversations": page}})
	})
	log.Printf("floor on %s", *addr)
	log.Fatal(http.ListenAndServe(*addr, nil))
}

// conversations reads the newest 50 conversations of org with three queries.
func conversations(ctx context.Context, db *sql.DB, bind func(string) string, org int) ([]*conversation, error) {
	rows, err := db.QueryContext(ctx, bind(`SELECT c.id, c.occurred_at, c.mode, c.heard, l.id, l.name
		FROM conversations c JOIN leaders l ON l.id = c.leader_id
		WHERE c.organization_id = ? ORDER BY c.occurred_at DESC, c.id DESC LIMIT 50`), org)
	if err != nil {
		return nil, err
	}
	var page []*conversation
	byID := map[int64]*conversation{}
	var ids []any
	for rows.Next() {
		var c conversation
		var id, leaderID int64
		if err := rows.Scan(&id, &c.OccurredAt, &c.Mode, &c.Heard, &leaderID, &c.Leader.Name); err != nil {
			rows.Close()
			return nil, err
		}
		c.ID, c.Leader.ID = fmt.Sprint(id), fmt.Sprint(leaderID)
		c.Customers, c.FollowUps = []customer{}, []followUp{}
		page, byID[id], ids = append(page, &c), &c, append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(ids) == 0 {
		return page, err
	}
	in := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
	rows, err = db.QueryContext(ctx, bind(`SELECT cc.conversation_id, cu.id, cu.name FROM conversation_customers cc
		JOIN customers cu ON cu.id = cc.customer_id WHERE cc.conversation_id IN (`+in+`)`), ids...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var conv, id int64
		var cu customer
		if err := rows.Scan(&conv, &id, &cu.Name); err != nil {
			rows.Close()
			return nil, err
		}
		cu.ID = fmt.Sprint(id)
		byID[conv].Customers = append(byID[conv].Customers, cu)
	}
	rows.Close()
	rows, err = db.QueryContext(ctx, bind(`SELECT f.conversation_id, f.id, f.action, f.due_on, f.done_at FROM follow_ups f
		WHERE f.conversation_id IN (`+in+`)`), ids...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var conv, id int64
		var f followUp
		if err := rows.Scan(&conv, &id, &f.Action, &f.DueOn, &f.DoneAt); err != nil {
			return nil, err
		}
		f.ID = fmt.Sprint(id)
		byID[conv].FollowUps = append(byID[conv].FollowUps, f)
	}
	return page, rows.Err()
}
