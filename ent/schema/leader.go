package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "walker/ent"
	"walker/ent/hook"
	"walker/ent/leader"
	"walker/ent/privacy"
	"walker/ent/schema/gqldoc"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Leader is a person with an account: leadership exists at every level, so
// every user is a Leader.
type Leader struct{ ent.Schema }

// Mixin of the Leader.
func (Leader) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, TenantMixin{Read: viewer.PeopleRead}}
}

// Fields of the Leader.
func (Leader) Fields() []ent.Field {
	return []ent.Field{
		rule.Chars(rule.Required(field.String("name")), maxName).
			Comment("The person's name.").
			Annotations(entgql.OrderField("NAME")),
		rule.Email(rule.Chars(rule.Required(field.String("email")), maxEmail)).
			Comment("The person's email address, unique in the organization.").
			Annotations(entgql.OrderField("EMAIL")),
		rule.Chars(field.String("title").Optional().Nillable(), maxShort).
			Comment("The person's job title."),
		rule.Chars(field.String("team").Optional().Nillable(), maxShort).
			Comment("The person's team, such as Sales or Support.").
			Annotations(entgql.OrderField("TEAM")),
		field.Enum("role").Values("ADMIN", "LEADER", "MEMBER").Default("LEADER").
			Comment("What the person may do. An integrator token acts as LEADER, whatever its creator's role.").
			Annotations(entgql.OrderField("ROLE"), gqldoc.Values{
				"ADMIN":  "Manages people, invitations, integrator tokens and champions (approves nominations); may delete anyone's records.",
				"LEADER": "Logs and changes their own records; the default.",
				"MEMBER": "The same rights as LEADER today.",
			}),
		field.Int("manager_id").Optional().Nillable().
			Comment("The id of the person's manager (manager); null when none."),
		field.Bool("champion").Default(false).
			Comment("Derived: true once a nomination of this person is approved.").
			Annotations(skipInputs),
		field.Bytes("user_handle").DefaultFunc(newUserHandle).Immutable().Sensitive().Unique().MaxLen(64).
			Comment("Random WebAuthn user handle; never the database id.").
			Annotations(entgql.Skip()),
		field.Time("deactivated_at").Optional().Nillable().
			Comment("When the person's access was revoked (revokeAccess); null while active.").
			Annotations(skipInputs),
	}
}

// Edges of the Leader.
func (Leader) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("conversations", Conversation.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The conversations credited to the person."),
		edge.From("joint_conversations", Conversation.Type).Ref("attendees").Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The conversations the person was at, logged by someone else (Conversation.attendees): they count in the person's month too."),
		edge.To("decisions", Decision.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The decisions the person owns."),
		edge.To("commitments", Commitment.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The person's commitments."),
		edge.To("follow_ups", FollowUp.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The follow-ups the person owns."),
		edge.To("nominations_received", Nomination.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The nominations of the person as a champion."),
		edge.To("nominations_given", Nomination.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The nominations the person made."),
		edge.To("endorsements", Endorsement.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The endorsements the person gave."),
		edge.To("reviews_hosted", FeedbackReview.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The feedback reviews the person hosted."),
		edge.From("reviews_attended", FeedbackReview.Type).Ref("attendees").Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The feedback reviews the person attended."),
		edge.To("passkeys", Passkey.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The person's passkeys: only the viewer's own are listed, anyone else's list is empty."),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
		edge.To("plans", Plan.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The person's plans: customer visits, calls and customer days to come, logged or missed."),
		edge.To("reports", Leader.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The people who report to the person (their manager).").
			From("manager").Field("manager_id").Unique().
			Comment("The person's manager, whose reports' months and pace they see; null when none. Admins set it (updateLeader(input: {managerID})); a person cannot report to themselves or, through others, to one of their own reports."),
	}
}

// Indexes of the Leader.
func (Leader) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "email").Unique(),
	}
}

// Annotations of the Leader.
func (Leader) Annotations() []schema.Annotation {
	return append(served("leaders", "The organization's people, active and deactivated (where: {deactivatedAtIsNil: true} lists the active ones).",
		entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("A person with an account: leadership exists at every level, so every user is a Leader. Everyone in the "+
			"organization reads its people; admins, signed in as people, add and change them (createLeader, updateLeader, revokeAccess)."))
}

// Hooks of the Leader.
func (Leader) Hooks() []ent.Hook {
	return []ent.Hook{rule.NormalizeEmail("email"), hook.On(noManagerLoop, ent.OpUpdateOne), hook.On(personMandates, ent.OpCreate|ent.OpUpdateOne)}
}

// maxChain bounds how far up a manager chain noManagerLoop looks: deeper
// than any organization's.
const maxChain = 64

// noManagerLoop refuses a manager that would make a loop: the person
// themselves, or one of the people who report to them, directly or not.
func noManagerLoop(next ent.Mutator) ent.Mutator {
	return hook.LeaderFunc(func(ctx context.Context, m *gen.LeaderMutation) (ent.Value, error) {
		boss, ok := m.ManagerID()
		self, _ := m.ID() // an update of one person (hook.On): its id is known
		if !ok {
			return next.Mutate(ctx, m)
		}
		for range maxChain {
			if boss == self {
				return nil, rule.Invalid("managerID", "would make a loop: a person cannot report to themselves or to one of their own reports")
			}
			up, err := clientOf(ctx, m).Leader.Query().Where(leader.ID(boss)).Select(leader.FieldManagerID).Only(ctx)
			if err != nil || up.ManagerID == nil {
				break // a missing manager is SameTenantEdges' to refuse
			}
			boss = *up.ManagerID
		}
		return next.Mutate(ctx, m)
	})
}

// Policy of the Leader: admins manage people.
func (Leader) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.AdminOnlyChanges(ent.OpCreate | writeOps)},
	}
}
