package seed_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"walker/ent"
	"walker/ent/conversation"
	"walker/ent/leader"
	"walker/ent/migrate"
	"walker/ent/schema/goal"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/graph"
	"walker/server/auth"
	"walker/server/seed"
	"walker/server/servertest"
	"walker/server/store"
	"walker/server/store/storetest"
)

// small is a seeding that takes well under a second.
func small(org string, s uint64, until time.Time) seed.Options {
	return seed.Options{
		Organization: org, Leaders: 20, Customers: 200, Conversations: 2000, Months: 6,
		Decisions: 150, Nominations: 40, Reviews: 6, Seed: s, Until: until,
	}
}

func seeded(t *testing.T, opts seed.Options) (*store.Store, seed.Result) {
	t.Helper()
	st := storetest.Open(t, os.Getenv, nil)
	res, err := seed.New(st, io.Discard).Run(context.Background(), opts)
	if err != nil {
		t.Fatalf("seeding: %v", err)
	}
	return st, res
}

// q runs a query whose placeholders are written ? and scans its one row.
func q(t *testing.T, st *store.Store, query string, args []any, dest ...any) {
	t.Helper()
	if st.Dialect == "postgres" {
		for i := 1; strings.Contains(query, "?"); i++ {
			query = strings.Replace(query, "?", fmt.Sprintf("$%d", i), 1)
		}
	}
	if err := st.DB.QueryRow(query, args...).Scan(dest...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}

func count(t *testing.T, st *store.Store, query string, args ...any) int {
	t.Helper()
	var n int
	q(t, st, query, args, &n)
	return n
}

func TestSeed(t *testing.T) {
	until := time.Now().UTC().Truncate(24 * time.Hour)
	opts := small("Seeded Ltd", 7, until)
	st, res := seeded(t, opts)
	org := res.OrganizationID

	t.Run("counts", func(t *testing.T) {
		for table, want := range map[string]int{
			"leaders": opts.Leaders, "customers": opts.Customers, "conversations": opts.Conversations,
			"decisions": opts.Decisions, "nominations": opts.Nominations, "feedback_reviews": opts.Reviews,
			"commitments": res.Counts.Commitments, "follow_ups": res.Counts.FollowUps,
			"endorsements": res.Counts.Endorsements,
		} {
			if got := count(t, st, "SELECT COUNT(*) FROM "+table+" WHERE organization_id = ?", org); got != want {
				t.Errorf("%s: %d rows of the organization, want %d", table, got, want)
			}
			if got := count(t, st, "SELECT COUNT(*) FROM "+table+" WHERE organization_id <> ?", org); got != 0 {
				t.Errorf("%s: %d rows of another organization", table, got)
			}
		}
		links := count(t, st, "SELECT COUNT(*) FROM conversation_customers")
		if avg := float64(links) / float64(opts.Conversations); avg < 1.4 || avg > 1.8 {
			t.Errorf("%.2f customers per conversation, want about 1.6", avg)
		}
		fromConversations := count(t, st, "SELECT COUNT(*) FROM follow_ups WHERE conversation_id IS NOT NULL")
		if avg := float64(fromConversations) / float64(opts.Conversations); avg < 1.0 || avg > 1.4 {
			t.Errorf("%.2f follow-ups per conversation, want about 1.2", avg)
		}
		done := count(t, st, "SELECT COUNT(*) FROM follow_ups WHERE done_at IS NOT NULL")
		if share := float64(done) / float64(res.Counts.FollowUps); share < 0.6 || share > 0.8 {
			t.Errorf("%.2f of follow-ups done, want about 0.7", share)
		}
		if n := count(t, st, "SELECT COUNT(*) FROM follow_ups WHERE done_at IS NULL AND due_on < ?", until); n == 0 {
			t.Error("no follow-up is overdue")
		}
		if n := count(t, st, "SELECT COUNT(*) FROM leaders WHERE role = 'ADMIN'"); n != 1 {
			t.Errorf("%d admins, want 1", n)
		}
	})

	t.Run("invariants", func(t *testing.T) {
		for name, query := range map[string]string{
			"conversations without a customer": `SELECT COUNT(*) FROM conversations c
				WHERE NOT EXISTS (SELECT 1 FROM conversation_customers cc WHERE cc.conversation_id = c.id)`,
			"leaders without commitments": `SELECT COUNT(*) FROM leaders l
				WHERE NOT EXISTS (SELECT 1 FROM commitments c WHERE c.leader_id = l.id)`,
			"leaders with fewer than 2 or more than 4 commitments": `SELECT COUNT(*) FROM (SELECT leader_id FROM commitments
				GROUP BY leader_id HAVING COUNT(*) < 2 OR COUNT(*) > 4) x`,
			"champions without an approved nomination": `SELECT COUNT(*) FROM leaders l WHERE l.champion AND NOT EXISTS
				(SELECT 1 FROM nominations n WHERE n.nominee_id = l.id AND n.status = 'APPROVED')`,
			"approved nominees who are no champions": `SELECT COUNT(*) FROM nominations n JOIN leaders l ON l.id = n.nominee_id
				WHERE n.status = 'APPROVED' AND NOT l.champion`,
			"self-nominations": `SELECT COUNT(*) FROM nominations WHERE nominee_id = nominator_id`,
			"endorsements of or by oneself": `SELECT COUNT(*) FROM endorsements e JOIN nominations n ON n.id = e.nomination_id
				WHERE e.endorser_id IN (n.nominee_id, n.nominator_id)`,
			"endorsements after a decline": `SELECT COUNT(*) FROM endorsements e JOIN nominations n ON n.id = e.nomination_id
				WHERE n.status = 'DECLINED' AND e.created_at > n.decided_at`,
			"decided decisions without a decision time": `SELECT COUNT(*) FROM decisions WHERE status <> 'PROPOSED' AND decided_at IS NULL`,
			"conversations with a customer not yet known": `SELECT COUNT(*) FROM conversation_customers cc
				JOIN conversations c ON c.id = cc.conversation_id JOIN customers u ON u.id = cc.customer_id
				WHERE u.created_at > c.occurred_at`,
			"conversations outside the leader's time": `SELECT COUNT(*) FROM conversations c JOIN leaders l ON l.id = c.leader_id
				WHERE c.occurred_at < l.created_at OR c.occurred_at >= l.deactivated_at`,
		} {
			if n := count(t, st, query); n != 0 {
				t.Errorf("%s: %d", name, n)
			}
		}
		var benefit string
		rows, err := st.DB.Query("SELECT customer_benefit FROM decisions")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			if err := rows.Scan(&benefit); err != nil {
				t.Fatal(err)
			}
			if err := rule.CustomerBenefit(benefit); err != nil {
				t.Errorf("customer benefit %q: %v", benefit, err)
			}
		}
		if n := count(t, st, "SELECT COUNT(*) FROM conversations WHERE occurred_at >= ? OR occurred_at < ?",
			until, until.AddDate(0, -opts.Months, 0)); n != 0 {
			t.Errorf("%d conversations outside the %d months to %s", n, opts.Months, until)
		}
	})

	t.Run("ids in their tables' ranges", func(t *testing.T) {
		for _, table := range migrate.Tables {
			if table.Annotation == nil || table.Annotation.IncrementStart == nil {
				continue
			}
			var lo, hi sql.NullInt64
			q(t, st, "SELECT MIN(id), MAX(id) FROM "+table.Name, nil, &lo, &hi)
			start := int64(*table.Annotation.IncrementStart)
			if lo.Valid && (lo.Int64>>32 != start>>32 || hi.Int64>>32 != start>>32) {
				t.Errorf("%s: ids %d to %d, outside the range from %d", table.Name, lo.Int64, hi.Int64, start)
			}
		}
	})

	t.Run("GraphQL", func(t *testing.T) { graphQL(t, st, res, until) })

	t.Run("same seed, same data", func(t *testing.T) {
		again, _ := seeded(t, opts)
		other, _ := seeded(t, small("Seeded Ltd", 8, until))
		a, b, c := checksum(t, st), checksum(t, again), checksum(t, other)
		if a != b {
			t.Errorf("the same options gave different conversations: %s and %s", a, b)
		}
		if a == c {
			t.Error("another seed gave the same conversations")
		}
	})

	t.Run("refused into an existing organization", func(t *testing.T) {
		before := count(t, st, "SELECT COUNT(*) FROM conversations")
		again := opts
		again.Organization = "  Seeded Ltd "
		_, err := seed.New(st, io.Discard).Run(context.Background(), again)
		if !errors.Is(err, seed.ErrExists) {
			t.Fatalf("seeding the same organization again: %v, want ErrExists", err)
		}
		if after := count(t, st, "SELECT COUNT(*) FROM conversations"); after != before {
			t.Errorf("the refused seeding changed the conversations: %d, then %d", before, after)
		}
		if n := count(t, st, "SELECT COUNT(*) FROM organizations"); n != 1 {
			t.Errorf("%d organizations, want 1", n)
		}
	})

	t.Run("a second organization", func(t *testing.T) {
		other, err := seed.New(st, io.Discard).Run(context.Background(), small("Other Ltd", 9, until))
		if err != nil {
			t.Fatalf("seeding a second organization: %v", err)
		}
		if n := count(t, st, "SELECT COUNT(DISTINCT id) FROM conversations"); n != 2*opts.Conversations {
			t.Errorf("%d conversations in all, want %d", n, 2*opts.Conversations)
		}
		if other.OrganizationID == org || other.AdminID == res.AdminID {
			t.Errorf("the second organization reused ids: %+v", other)
		}
		graphQL(t, st, res, until) // the first organization's admin sees only theirs
	})

	// Last, as it adds records.
	t.Run("later creates through ent", func(t *testing.T) { laterCreates(t, st, res) })
}

// laterCreates creates records through ent, as the app does, after the
// seeding: each must get an id in its table's range, after the seeded ones,
// and the seeded records they link to must pass the tenant checks.
func laterCreates(t *testing.T, st *store.Store, res seed.Result) {
	ctx := context.Background()
	c := st.Client
	sys := servertest.System()
	people := c.Leader.Query().Where(leader.RoleNEQ(leader.RoleADMIN), leader.DeactivatedAtIsNil()).
		Order(ent.Asc(leader.FieldID)).Limit(3).AllX(sys)
	if len(people) < 3 {
		t.Fatalf("%d active people besides the admin, want 3", len(people))
	}
	as := func(l *ent.Leader) context.Context {
		return viewer.NewContext(ctx, &viewer.Viewer{
			OrganizationID: res.OrganizationID, LeaderID: l.ID, Role: viewer.Role(l.Role),
		})
	}
	admin := viewer.NewContext(ctx, &viewer.Viewer{
		OrganizationID: res.OrganizationID, LeaderID: res.AdminID, Role: viewer.RoleAdmin,
	})
	maxID := func(table string) int {
		var n int
		q(t, st, "SELECT MAX(id) FROM "+table, nil, &n)
		return n
	}
	seededMax := map[string]int{}
	for _, table := range []string{"organizations", "leaders", "customers", "conversations", "follow_ups",
		"decisions", "nominations", "endorsements", "feedback_reviews", "commitments"} {
		seededMax[table] = maxID(table)
	}
	lea, nominee, endorser := people[0], people[1], people[2]
	var customerID, conversationID int
	q(t, st, "SELECT MIN(id) FROM customers", nil, &customerID)
	q(t, st, "SELECT MIN(id) FROM conversations", nil, &conversationID)
	cu := c.Customer.Create().SetName("New Customer").SaveX(as(lea))
	co := c.Conversation.Create().SetMode(conversation.ModeVISIT).SetOccurredAt(time.Now()).
		AddCustomerIDs(customerID, cu.ID).SaveX(as(lea))
	fu := c.FollowUp.Create().SetAction("Call back").SetOwnerID(nominee.ID).SetConversationID(co.ID).SaveX(as(lea))
	de := c.Decision.Create().SetTitle("Faster refunds").SetCustomerBenefit("Customers get their money back in a day").
		AddEvidenceIDs(conversationID, co.ID).SaveX(as(lea))
	no := c.Nomination.Create().SetNomineeID(nominee.ID).SetStory("Fixed it overnight").SaveX(as(lea))
	en := c.Endorsement.Create().SetNominationID(no.ID).SaveX(as(endorser))
	fr := c.FeedbackReview.Create().SetTitle("Review").SetHeldAt(time.Now()).AddConversationIDs(conversationID).SaveX(as(lea))
	taken := map[goal.Behaviour]bool{}
	for _, cm := range lea.QueryCommitments().AllX(sys) {
		taken[cm.Behaviour] = true
	}
	var free goal.Behaviour
	for _, b := range []goal.Behaviour{goal.BehaviourCUSTOMERS_MET, goal.BehaviourCALL_LISTENING,
		goal.BehaviourRECOGNITIONS, goal.BehaviourONLINE_COMMENTS, goal.BehaviourNEW_INITIATIVES} {
		if !taken[b] {
			free = b
			break
		}
	}
	cm := c.Commitment.Create().SetBehaviour(free).SetTarget(3).SaveX(as(lea))
	le := c.Leader.Create().SetName("New Person").SetEmail("new.person@seeded.example").SaveX(admin)
	og := c.Organization.Create().SetName("Another").SaveX(sys)
	for table, id := range map[string]int{
		"organizations": og.ID, "leaders": le.ID, "customers": cu.ID, "conversations": co.ID, "follow_ups": fu.ID,
		"decisions": de.ID, "nominations": no.ID, "endorsements": en.ID, "feedback_reviews": fr.ID, "commitments": cm.ID,
	} {
		start := 0
		for _, tb := range migrate.Tables {
			if tb.Name == table {
				start = *tb.Annotation.IncrementStart
			}
		}
		if id>>32 != start>>32 {
			t.Errorf("%s: a later create got id %d, outside the table's range from %d", table, id, start)
		}
		if id <= seededMax[table] {
			t.Errorf("%s: a later create got id %d, not after the seeded ones (up to %d)", table, id, seededMax[table])
		}
	}
}

// graphQL asks the app's month and dashboard queries of the seeded data
// through the GraphQL handler, as the admin.
func graphQL(t *testing.T, st *store.Store, res seed.Result, until time.Time) {
	h := graph.NewHandler(graph.NewResolver(st.Client, st.Dialect, auth.NewIssuer(st.Client, "http://localhost:8080")), graph.Options{
		Limits: graph.DefaultLimits, APQCacheSize: 10, MaxTokens: 15_000,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	month := until.AddDate(0, 0, -1).Format("2006-01")
	query := fmt.Sprintf(`{
		viewer { email month(period: %[1]q) { customersMet conversations walker commitments { behaviour target actual } } weekStreak }
		dashboard(period: %[1]q) { leaders walkers notYetWalkers withoutCommitments customersMet conversations
			openFollowUps overdueFollowUps champions openNominations customersMetByMonth { period count } }
		conversations(first: 5) { totalCount edges { node { id customers(first: 3) { totalCount } followUps(first: 3) { totalCount } } } }
		decisions(first: 5) { totalCount edges { node { customerBenefit evidence(first: 5) { totalCount } } } }
		nominations(first: 5) { totalCount edges { node { status endorsements(first: 5) { totalCount } } } }
		feedbackReviews(first: 5) { totalCount edges { node { departmentsInvited attendees(first: 5) { totalCount } } } }
	}`, month)
	body, _ := json.Marshal(map[string]string{"query": query})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req = req.WithContext(viewer.NewContext(req.Context(), &viewer.Viewer{
		OrganizationID: res.OrganizationID, LeaderID: res.AdminID, Role: viewer.RoleAdmin,
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out struct {
		Data struct {
			Viewer struct {
				Email string
				Month struct{ Conversations int }
			}
			Dashboard struct {
				Leaders, Walkers, NotYetWalkers, WithoutCommitments, CustomersMet, Conversations int
				OpenFollowUps, OverdueFollowUps, Champions, OpenNominations                      int
				CustomersMetByMonth                                                              []struct{ Count int }
			}
			Conversations   struct{ TotalCount int }
			FeedbackReviews struct{ TotalCount int }
		}
		Errors []json.RawMessage
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || len(out.Errors) > 0 {
		t.Fatalf("status %d, %v: %s", rec.Code, err, rec.Body)
	}
	d := out.Data.Dashboard
	var active, champions int
	q(t, st, "SELECT COUNT(*), SUM(CASE WHEN champion THEN 1 ELSE 0 END) FROM leaders WHERE deactivated_at IS NULL AND organization_id = ?",
		[]any{res.OrganizationID}, &active, &champions)
	switch {
	case out.Data.Viewer.Email != res.AdminEmail:
		t.Errorf("viewer %q, want the admin %q", out.Data.Viewer.Email, res.AdminEmail)
	case out.Data.Conversations.TotalCount != res.Counts.Conversations || out.Data.FeedbackReviews.TotalCount != res.Counts.Reviews:
		t.Errorf("%d conversations and %d feedback reviews through the API, want the organization's %d and %d",
			out.Data.Conversations.TotalCount, out.Data.FeedbackReviews.TotalCount, res.Counts.Conversations, res.Counts.Reviews)
	case d.Leaders != active || d.Walkers+d.NotYetWalkers != active || d.WithoutCommitments != 0:
		t.Errorf("dashboard: %d leaders, %d walkers and %d not yet, %d without commitments; want %d with commitments",
			d.Leaders, d.Walkers, d.NotYetWalkers, d.WithoutCommitments, active)
	case d.Conversations == 0 || d.CustomersMet == 0 || d.Champions != champions || d.OpenNominations == 0:
		t.Errorf("dashboard of %s: %+v; want conversations, customers met, %d champions, open nominations", month, d, champions)
	case len(d.CustomersMetByMonth) != 12 || d.CustomersMetByMonth[11].Count != d.CustomersMet:
		t.Errorf("customers met by month: %+v", d.CustomersMetByMonth)
	}
}

// checksum digests the conversations with their customers and follow-ups.
// The databases compared are both fresh, so the ids match too.
func checksum(t *testing.T, st *store.Store) string {
	t.Helper()
	h := sha256.New()
	for _, query := range []string{
		`SELECT id, created_at, updated_at, mode, occurred_at, duration_minutes, heard, pain_points, sentiment, leader_id
		 FROM conversations ORDER BY id`,
		`SELECT conversation_id, customer_id FROM conversation_customers ORDER BY conversation_id, customer_id`,
		`SELECT id, created_at, action, due_on, done_at, quick_win, conversation_id, owner_id FROM follow_ups ORDER BY id`,
		`SELECT id, name, company, segment, persona FROM customers ORDER BY id`,
	} {
		rows, err := st.DB.Query(query)
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if tm, ok := v.(time.Time); ok {
					v = tm.UTC().Format(time.RFC3339Nano)
				}
				fmt.Fprintf(h, "%v|", v)
			}
			h.Write([]byte{'\n'})
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		rows.Close()
	}
	return hex.EncodeToString(h.Sum(nil))
}
