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
	"walker/ent/endorsement"
	"walker/ent/hook"
	"walker/ent/intercept"
	"walker/ent/nomination"
	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Endorsement is a peer's support of a nomination; a person endorses a
// nomination once, and never one that names or comes from themselves.
type Endorsement struct{ ent.Schema }

// Mixin of the Endorsement.
func (Endorsement) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SoftDeleteMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ChampionsRead, Write: viewer.ChampionsWrite}, ClientIDMixin{}}
}

// Fields of the Endorsement.
func (Endorsement) Fields() []ent.Field {
	return []ent.Field{
		field.Int("nomination_id").Immutable(),
		field.Int("endorser_id").Immutable().Annotations(entgql.Skip()),
		rule.Chars(field.String("comment").Optional(), 2000),
	}
}

// Edges of the Endorsement.
func (Endorsement) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("nomination", Nomination.Type).Ref("endorsements").Field("nomination_id").
			Unique().Required().Immutable(),
		edge.From("endorser", Leader.Type).Ref("endorsements").Field("endorser_id").
			Unique().Required().Immutable().Annotations(skipInputs),
	}
}

// Indexes of the Endorsement.
func (Endorsement) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("nomination_id", "endorser_id").Unique(),
		index.Fields("endorser_id", "created_at"),
		index.Fields("organization_id", "created_at"),
	}
}

// Annotations of the Endorsement.
func (Endorsement) Annotations() []schema.Annotation {
	return served("endorsements", entgql.MutationCreate())
}

// Policy of the Endorsement: only the endorser changes their endorsement.
func (Endorsement) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.OwnerOnly("endorser_id", false)}}
}

// Hooks of the Endorsement.
func (Endorsement) Hooks() []ent.Hook {
	return []ent.Hook{
		rule.SetViewer("endorser_id"),
		hook.On(endorsePeersOnce, ent.OpCreate),
	}
}

// endorsePeersOnce refuses endorsing a nomination of or by yourself, endorsing
// a declined one, and endorsing the same nomination twice.
func endorsePeersOnce(next ent.Mutator) ent.Mutator {
	return hook.EndorsementFunc(func(ctx context.Context, m *gen.EndorsementMutation) (ent.Value, error) {
		nid, _ := m.NominationID()
		endorser, _ := m.EndorserID()
		n, err := m.Client().Nomination.Get(ctx, nid)
		switch {
		case gen.IsNotFound(err):
			return nil, rule.Invalid("nomination_id", "refers to a record that does not exist")
		case err != nil:
			return nil, err
		case n.NomineeID == endorser:
			return nil, rule.Invalid("nomination_id", "you cannot endorse a nomination of yourself")
		case n.NominatorID == endorser:
			return nil, rule.Invalid("nomination_id", "you cannot endorse your own nomination")
		case n.Status == nomination.StatusDECLINED:
			return nil, rule.Invalid("nomination_id", "this nomination was declined")
		}
		dup, err := m.Client().Endorsement.Query().
			Where(endorsement.NominationID(nid), endorsement.EndorserID(endorser)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if dup {
			return nil, &rule.ConflictError{Message: "you have already endorsed this nomination"}
		}
		return next.Mutate(ctx, m)
	})
}

// Interceptors of the Endorsement: the endorsements of a deleted nomination
// are gone with it (an endorsement's nomination is never null).
func (Endorsement) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseEndorsement(func(ctx context.Context, q *gen.EndorsementQuery) error {
			if !rule.DeletedIncluded(ctx) {
				q.Where(endorsement.HasNominationWith(nomination.DeletedAtIsNil()))
			}
			return nil
		}),
	}
}
