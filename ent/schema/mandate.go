package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"walker/ent/privacy"
	"walker/ent/schema/goal"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Mandate is a commitment the organization sets for everyone or for a team
// ("every leader: 5 customers a month"). Each person it applies to holds it
// as one of their commitments (Commitment.mandate), which they cannot remove
// or lower; they may add their own beside it.
type Mandate struct{ ent.Schema }

// Mixin of the Mandate.
func (Mandate) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, TenantMixin{Read: viewer.CommitmentsRead}}
}

// Fields of the Mandate.
func (Mandate) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("behaviour").GoType(goal.Behaviour("")).Immutable().
			Comment("The behaviour mandated, as in Commitment.behaviour; one mandate per behaviour and team.").
			Annotations(entgql.OrderField("BEHAVIOUR"), entgql.Type("CommitmentBehaviour")),
		rule.Between(field.Int("target"), 1, 10_000).
			Comment("What everyone it applies to must reach in each period (for FOLLOW_UPS_ON_TIME a percentage, 1 to 100)."),
		field.Enum("period").GoType(goal.Period("")).Default("MONTH").
			Comment("The period the target is for.").
			Annotations(entgql.Type("CommitmentPeriod")),
		rule.Chars(field.String("team").Optional().Nillable(), maxShort).Immutable().
			Comment("The team it applies to (Leader.team, compared without regard to case); null: everyone in the organization."),
	}
}

// Edges of the Mandate.
func (Mandate) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("commitments", Commitment.Type).Annotations(entgql.RelayConnection(), skipInputs).
			Comment("The commitments it set, one for each person it applies to."),
	}
}

// Annotations of the Mandate.
func (Mandate) Annotations() []schema.Annotation {
	return append(served("mandates", "The organization's mandated commitments.", entgql.MutationCreate(), entgql.MutationUpdate()),
		schema.Comment("A commitment the organization sets for everyone or for a team (\"every leader: 5 customers a month\"). "+
			"Every active person it applies to holds it as a commitment (Commitment.mandate), a person added or moved to its team "+
			"too; they cannot delete or lower it, and may add their own commitments beside it. Progress is computed as for any "+
			"commitment. Everyone reads them; admins set, change and delete them (deleting a mandate deletes the commitments it set)."))
}

// Policy of the Mandate: admins set mandates.
func (Mandate) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.AdminOnlyChanges(ent.OpCreate | writeOps)}}
}

// Hooks of the Mandate.
func (Mandate) Hooks() []ent.Hook { return []ent.Hook{mandateHook} }
