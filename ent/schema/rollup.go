package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
)

// The rollups are the insights' running totals: what a leader did in a
// month, and what the organization did, kept exact by one hook
// (server/store/rollup) in the same transaction as every write of the
// records they count — creates, edits, deletes, restores, merges and links
// alike — so that a leader's month and the team dashboard read a row instead
// of aggregating a month of conversations. They are derived data: not in
// the change log, not served, rebuilt from the records by the migration
// when missing, and written by the system alone. Months and days are UTC.

// rollupPolicy makes a rollup the system's alone.
func rollupPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.SystemOnly()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

func rollupAnnotations() []schema.Annotation { return []schema.Annotation{entgql.Skip()} }

// counter is a running count, described by comment.
func counter(name, comment string) ent.Field {
	return field.Int(name).Default(0).Comment(comment)
}

// RollupLeaderMonth is one leader's totals for a month: conversations by
// when they took place, follow-ups by when they fall due, new initiatives by
// when they were raised.
type RollupLeaderMonth struct{ ent.Schema }

// Fields of the RollupLeaderMonth.
func (RollupLeaderMonth) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Int("leader_id").Immutable(),
		field.Time("month").Immutable().Comment("The month's first instant (UTC)."),
		counter("conversations", "Live conversations in the month."),
		counter("days", "Days of the month with a live conversation."),
		counter("minutes", "Their minutes, where given."),
		counter("online_comments", "Those of mode ONLINE_COMMENTS."),
		counter("call_listening", "Those of mode CALL_LISTENING."),
		counter("customers", "Distinct live customers met in them."),
		counter("follow_ups_due", "Live follow-ups the leader owns due in the month."),
		counter("follow_ups_on_time", "Of those, the ones done by their due time."),
		counter("initiatives", "Live follow-ups the leader owns raised in the month as new initiatives."),
	}
}

// Indexes of the RollupLeaderMonth.
func (RollupLeaderMonth) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("leader_id", "month").Unique(),
		index.Fields("organization_id", "month"),
	}
}

// Policy of the RollupLeaderMonth.
func (RollupLeaderMonth) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupLeaderMonth.
func (RollupLeaderMonth) Annotations() []schema.Annotation { return rollupAnnotations() }

// RollupLeaderDay counts one leader's live conversations on a day: a day
// counts towards RollupLeaderMonth.days while it holds one.
type RollupLeaderDay struct{ ent.Schema }

// Fields of the RollupLeaderDay.
func (RollupLeaderDay) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Int("leader_id").Immutable(),
		field.Time("day").Immutable().Comment("The day's first instant (UTC)."),
		counter("conversations", ""),
	}
}

// Indexes of the RollupLeaderDay.
func (RollupLeaderDay) Indexes() []ent.Index {
	return []ent.Index{index.Fields("leader_id", "day").Unique()}
}

// Policy of the RollupLeaderDay.
func (RollupLeaderDay) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupLeaderDay.
func (RollupLeaderDay) Annotations() []schema.Annotation { return rollupAnnotations() }

// RollupLeaderCustomer counts one leader's live conversations with a live
// customer in a month: the customer counts towards
// RollupLeaderMonth.customers while it is not 0.
type RollupLeaderCustomer struct{ ent.Schema }

// Fields of the RollupLeaderCustomer.
func (RollupLeaderCustomer) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Int("leader_id").Immutable(),
		field.Time("month").Immutable(),
		field.Int("customer_id").Immutable(),
		counter("conversations", ""),
	}
}

// Indexes of the RollupLeaderCustomer.
func (RollupLeaderCustomer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("leader_id", "month", "customer_id").Unique()}
}

// Policy of the RollupLeaderCustomer.
func (RollupLeaderCustomer) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupLeaderCustomer.
func (RollupLeaderCustomer) Annotations() []schema.Annotation { return rollupAnnotations() }

// RollupOrgMonth is the organization's totals for a month.
type RollupOrgMonth struct{ ent.Schema }

// Fields of the RollupOrgMonth.
func (RollupOrgMonth) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Time("month").Immutable(),
		counter("customers", "Distinct live customers met by anyone in the month."),
	}
}

// Indexes of the RollupOrgMonth.
func (RollupOrgMonth) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "month").Unique()}
}

// Policy of the RollupOrgMonth.
func (RollupOrgMonth) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupOrgMonth.
func (RollupOrgMonth) Annotations() []schema.Annotation { return rollupAnnotations() }

// RollupOrgCustomer counts the organization's live conversations with a
// live customer in a month: the customer counts towards
// RollupOrgMonth.customers while it is not 0.
type RollupOrgCustomer struct{ ent.Schema }

// Fields of the RollupOrgCustomer.
func (RollupOrgCustomer) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Time("month").Immutable(),
		field.Int("customer_id").Immutable(),
		counter("conversations", ""),
	}
}

// Indexes of the RollupOrgCustomer.
func (RollupOrgCustomer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "month", "customer_id").Unique()}
}

// Policy of the RollupOrgCustomer.
func (RollupOrgCustomer) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupOrgCustomer.
func (RollupOrgCustomer) Annotations() []schema.Annotation { return rollupAnnotations() }

// RollupFollowUpDay counts the organization's open (live, not done)
// follow-ups by the day they fall due; those without a due date are counted
// on the last day of year 9999, which is never overdue.
type RollupFollowUpDay struct{ ent.Schema }

// Fields of the RollupFollowUpDay.
func (RollupFollowUpDay) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Time("day").Immutable(),
		counter("open", ""),
	}
}

// Indexes of the RollupFollowUpDay.
func (RollupFollowUpDay) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "day").Unique()}
}

// Policy of the RollupFollowUpDay.
func (RollupFollowUpDay) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupFollowUpDay.
func (RollupFollowUpDay) Annotations() []schema.Annotation { return rollupAnnotations() }

// RollupOrgMode counts the organization's live conversations of a mode in a
// month.
type RollupOrgMode struct{ ent.Schema }

// Fields of the RollupOrgMode.
func (RollupOrgMode) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable(),
		field.Time("month").Immutable(),
		field.String("mode").Immutable().MaxLen(32).Comment("A Conversation.mode."),
		counter("conversations", ""),
	}
}

// Indexes of the RollupOrgMode.
func (RollupOrgMode) Indexes() []ent.Index {
	return []ent.Index{index.Fields("organization_id", "month", "mode").Unique()}
}

// Policy of the RollupOrgMode.
func (RollupOrgMode) Policy() ent.Policy { return rollupPolicy() }

// Annotations of the RollupOrgMode.
func (RollupOrgMode) Annotations() []schema.Annotation { return rollupAnnotations() }
