package export

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/changehorizon"
	"walker/ent/commitment"
	"walker/ent/conversation"
	"walker/ent/customer"
	"walker/ent/decision"
	"walker/ent/endorsement"
	"walker/ent/feedbackreview"
	"walker/ent/followup"
	"walker/ent/leader"
	"walker/ent/mandate"
	"walker/ent/nomination"
	"walker/ent/organization"
	entplan "walker/ent/plan"
	"walker/ent/schema/rule"
	"walker/server/store"
)

// snapshot is one consistent view of the database: a read-only transaction
// (PostgreSQL: REPEATABLE READ; SQLite: a deferred read transaction, which
// under WAL reads one snapshot while writers go on), with an ent client over
// it. It is opened on a connection of its own, outside the store's writer
// slots: writers are never held up by it.
type snapshot struct {
	tx      *sql.Tx
	client  *ent.Client
	dialect string
}

func openSnapshot(ctx context.Context, st *store.Store) (*snapshot, error) {
	opts := &sql.TxOptions{ReadOnly: true} // SQLite: BEGIN DEFERRED whatever the _txlock
	if st.Dialect == dialect.Postgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := st.DB.BeginTx(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("export: opening the snapshot: %w", err)
	}
	drv := entsql.NewDriver(st.Dialect, entsql.Conn{ExecQuerier: tx})
	return &snapshot{tx: tx, client: ent.NewClient(ent.Driver(drv)), dialect: st.Dialect}, nil
}

func (s *snapshot) close() { _ = s.tx.Rollback() } // read only: nothing to keep

// position is the change-log position of org in the snapshot: its greatest
// change, or, when its log is empty, how far it was pruned. It is the
// snapshot's first read, which is when both databases take the snapshot.
func (s *snapshot) position(ctx context.Context, org int) (int, error) {
	last, err := s.client.Change.Query().Where(change.OrganizationID(org)).Order(ent.Desc(change.FieldID)).FirstID(ctx)
	if err == nil || !ent.IsNotFound(err) {
		return last, err
	}
	h, err := s.client.ChangeHorizon.Query().Where(changehorizon.OrganizationID(org)).Only(ctx)
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return h.PrunedThrough, nil
}

// A page is up to a page size of rows of one entity, read in id order.
type page struct {
	n, last int // rows read, and the last one's id
	records int // of them, the records written (not deleted)
	// write appends the page's lines.
	write func(b []byte) ([]byte, error)
}

// A source reads one entity of an organization in the snapshot: what the
// change log's readers see of it (a deleted record is not there), with its
// relations as ids.
type source struct {
	entity string
	count  func(ctx context.Context, c *ent.Client, org int) (int, error)
	page   func(ctx context.Context, s *snapshot, org, after, n int) (page, error)
}

// lines is the page of rows: each line is the record of a row live keeps
// (all when nil), with its relations.
func lines[T any](rows []T, id func(T) int, live func(T) bool, p *plan, rels func(T) [][]int) page {
	pg := page{n: len(rows), records: len(rows)}
	if len(rows) > 0 {
		pg.last = id(rows[len(rows)-1])
	}
	if live != nil {
		kept := rows[:0:0]
		for _, r := range rows {
			if live(r) {
				kept = append(kept, r)
			}
		}
		rows, pg.records = kept, len(kept)
	}
	pg.write = func(b []byte) ([]byte, error) {
		var err error
		for _, r := range rows {
			var rs [][]int
			if rels != nil {
				rs = rels(r)
			}
			if b, err = appendRecord(b, p, any(r), rs); err != nil {
				return b, err
			}
			b = append(b, '\n')
		}
		return b, nil
	}
	return pg
}

// ids are the ids of xs, in ascending order.
func ids[T any](xs []T, id func(T) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	slices.Sort(out)
	return out
}

func one[T any](x *T, id func(*T) int) []int {
	if x == nil {
		return nil
	}
	return []int{id(x)}
}

func customerID(c *ent.Customer) int         { return c.ID }
func conversationID(c *ent.Conversation) int { return c.ID }
func decisionID(d *ent.Decision) int         { return d.ID }
func leaderID(l *ent.Leader) int             { return l.ID }
func followUpID(f *ent.FollowUp) int         { return f.ID }
func nominationID(n *ent.Nomination) int     { return n.ID }
func endorsementID(e *ent.Endorsement) int   { return e.ID }
func reviewID(r *ent.FeedbackReview) int     { return r.ID }
func commitmentID(c *ent.Commitment) int     { return c.ID }
func organizationID(o *ent.Organization) int { return o.ID }
func planID(p *ent.Plan) int                 { return p.ID }
func mandateID(m *ent.Mandate) int           { return m.ID }

// Relations: a record's links to others that its row does not hold, named
// as its create input names them. A link to a deleted record stays (the
// record is not in the file; its DELETED change says so), so that a
// record's line changes only with its version.
var (
	conversationRelations = []relation{{key: "customerIDs", many: true}}
	decisionRelations     = []relation{{key: "evidenceIDs", many: true}, {key: "supersedesID"}}
	reviewRelations       = []relation{{key: "attendeeIDs", many: true}, {key: "conversationIDs", many: true}}
)

// The pages of the soft-deletable records are read deleted ones included
// (rule.WithDeleted: their links to deleted records are kept, and the query
// is the index range of organization_id, id, whatever the planner thinks of
// deleted_at), and deleted ones left out here: the soft delete's one
// condition, the only one on these types (Endorsement has another: its
// query keeps the interceptors).
func liveCustomer(x *ent.Customer) bool         { return x.DeletedAt == nil }
func liveConversation(x *ent.Conversation) bool { return x.DeletedAt == nil }
func liveFollowUp(x *ent.FollowUp) bool         { return x.DeletedAt == nil }
func liveDecision(x *ent.Decision) bool         { return x.DeletedAt == nil }
func liveNomination(x *ent.Nomination) bool     { return x.DeletedAt == nil }
func liveReview(x *ent.FeedbackReview) bool     { return x.DeletedAt == nil }
func liveCommitment(x *ent.Commitment) bool     { return x.DeletedAt == nil }
func livePlan(x *ent.Plan) bool                 { return x.DeletedAt == nil }
func liveMandate(x *ent.Mandate) bool           { return x.DeletedAt == nil }

// sources are the exportable entities, by the change log's name.
var sources = map[string]source{
	"ORGANIZATION": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Organization.Query().Where(organization.ID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Organization.Query().Where(organization.ID(org), organization.IDGT(after)).All(ctx)
			return lines(rows, organizationID, nil, planOf[ent.Organization](nil), nil), err
		},
	},
	"LEADER": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Leader.Query().Where(leader.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Leader.Query().Where(leader.OrganizationID(org), leader.IDGT(after)).
				Order(ent.Asc(leader.FieldID)).Limit(n).All(ctx)
			return lines(rows, leaderID, nil, planOf[ent.Leader](nil), nil), err
		},
	},
	"CUSTOMER": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Customer.Query().Where(customer.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Customer.Query().Where(customer.OrganizationID(org), customer.IDGT(after)).
				Order(ent.Asc(customer.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			return lines(rows, customerID, liveCustomer, planOf[ent.Customer](nil), nil), err
		},
	},
	"CONVERSATION": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Conversation.Query().Where(conversation.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Conversation.Query().Where(conversation.OrganizationID(org), conversation.IDGT(after)).
				Order(ent.Asc(conversation.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			if err != nil || len(rows) == 0 {
				return lines(rows, conversationID, liveConversation, nil, nil), err
			}
			links, err := s.customerLinks(ctx, rows)
			return lines(rows, conversationID, liveConversation, planOf[ent.Conversation](conversationRelations), func(x *ent.Conversation) [][]int {
				return [][]int{links[x.ID]}
			}), err
		},
	},
	"FOLLOW_UP": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.FollowUp.Query().Where(followup.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.FollowUp.Query().Where(followup.OrganizationID(org), followup.IDGT(after)).
				Order(ent.Asc(followup.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			return lines(rows, followUpID, liveFollowUp, planOf[ent.FollowUp](nil), nil), err
		},
	},
	"DECISION": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Decision.Query().Where(decision.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Decision.Query().Where(decision.OrganizationID(org), decision.IDGT(after)).
				Order(ent.Asc(decision.FieldID)).Limit(n).
				WithEvidence(func(q *ent.ConversationQuery) { q.Select(conversation.FieldID) }).
				WithSupersedes(func(q *ent.DecisionQuery) { q.Select(decision.FieldID) }).
				All(rule.WithDeleted(ctx))
			return lines(rows, decisionID, liveDecision, planOf[ent.Decision](decisionRelations), func(x *ent.Decision) [][]int {
				return [][]int{ids(x.Edges.Evidence, conversationID), one(x.Edges.Supersedes, decisionID)}
			}), err
		},
	},
	"NOMINATION": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Nomination.Query().Where(nomination.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Nomination.Query().Where(nomination.OrganizationID(org), nomination.IDGT(after)).
				Order(ent.Asc(nomination.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			return lines(rows, nominationID, liveNomination, planOf[ent.Nomination](nil), nil), err
		},
	},
	"ENDORSEMENT": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Endorsement.Query().Where(endorsement.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			// The interceptors decide: an endorsement of a deleted nomination
			// is gone with it.
			rows, err := c.Endorsement.Query().Where(endorsement.OrganizationID(org), endorsement.IDGT(after)).
				Order(ent.Asc(endorsement.FieldID)).Limit(n).All(ctx)
			return lines(rows, endorsementID, nil, planOf[ent.Endorsement](nil), nil), err
		},
	},
	"FEEDBACK_REVIEW": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.FeedbackReview.Query().Where(feedbackreview.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.FeedbackReview.Query().Where(feedbackreview.OrganizationID(org), feedbackreview.IDGT(after)).
				Order(ent.Asc(feedbackreview.FieldID)).Limit(n).
				WithAttendees(func(q *ent.LeaderQuery) { q.Select(leader.FieldID) }).
				WithConversations(func(q *ent.ConversationQuery) { q.Select(conversation.FieldID) }).
				All(rule.WithDeleted(ctx))
			return lines(rows, reviewID, liveReview, planOf[ent.FeedbackReview](reviewRelations), func(x *ent.FeedbackReview) [][]int {
				return [][]int{ids(x.Edges.Attendees, leaderID), ids(x.Edges.Conversations, conversationID)}
			}), err
		},
	},
	"COMMITMENT": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Commitment.Query().Where(commitment.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			c := s.client
			rows, err := c.Commitment.Query().Where(commitment.OrganizationID(org), commitment.IDGT(after)).
				Order(ent.Asc(commitment.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			return lines(rows, commitmentID, liveCommitment, planOf[ent.Commitment](nil), nil), err
		},
	},
	"PLAN": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Plan.Query().Where(entplan.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			rows, err := s.client.Plan.Query().Where(entplan.OrganizationID(org), entplan.IDGT(after)).
				Order(ent.Asc(entplan.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			return lines(rows, planID, livePlan, planOf[ent.Plan](nil), nil), err
		},
	},
	"MANDATE": {
		count: func(ctx context.Context, c *ent.Client, org int) (int, error) {
			return c.Mandate.Query().Where(mandate.OrganizationID(org)).Count(ctx)
		},
		page: func(ctx context.Context, s *snapshot, org, after, n int) (page, error) {
			rows, err := s.client.Mandate.Query().Where(mandate.OrganizationID(org), mandate.IDGT(after)).
				Order(ent.Asc(mandate.FieldID)).Limit(n).All(rule.WithDeleted(ctx))
			return lines(rows, mandateID, liveMandate, planOf[ent.Mandate](nil), nil), err
		},
	},
}

// customerLinks reads the customers of the conversations rows (of one
// organization, in id order) from their link table, deleted customers
// included, in one range of its primary key: what ent's eager loading
// would read joined to every customer, a lookup per link, only for the
// customer's id. Links of conversations in the range but not in rows
// (another organization's) are left out.
func (s *snapshot) customerLinks(ctx context.Context, rows []*ent.Conversation) (map[int][]int, error) {
	out := make(map[int][]int, len(rows))
	for _, r := range rows {
		out[r.ID] = nil
	}
	from, to := conversation.CustomersPrimaryKey[0], conversation.CustomersPrimaryKey[1]
	q, args := entsql.Dialect(s.dialect).Select(from, to).From(entsql.Table(conversation.CustomersTable)).
		Where(entsql.And(entsql.GTE(from, rows[0].ID), entsql.LTE(from, rows[len(rows)-1].ID))).
		OrderBy(from, to).Query()
	rs, err := s.tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the customers of conversations: %w", err)
	}
	defer rs.Close()
	for rs.Next() {
		var conv, cust int
		if err := rs.Scan(&conv, &cust); err != nil {
			return nil, err
		}
		if ids, ok := out[conv]; ok {
			out[conv] = append(ids, cust)
		}
	}
	return out, rs.Err()
}

// planOf is the plan of the ent type T.
func planOf[T any](relations []relation) *plan {
	return planFor(reflect.TypeFor[T](), relations)
}
