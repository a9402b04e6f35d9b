package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Session is one sign-in: a family of rotating refresh tokens. Presenting an
// already-rotated token revokes the whole family.
type Session struct{ ent.Schema }

// Mixin of the Session.
func (Session) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Int("leader_id").Immutable(),
		field.String("family").NotEmpty().Immutable().MaxLen(maxToken),
		field.String("token_hash").Unique().Sensitive().NotEmpty().MaxLen(maxToken),
		field.Time("expires_at"),
		field.Time("rotated_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("user_agent").Optional().MaxLen(512),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("leader", Leader.Type).Ref("sessions").Field("leader_id").Unique().Required().Immutable(),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("family"), index.Fields("leader_id")}
}

// Policy of the Session: a person sees and ends only their own; an admin may
// end a person's sessions (revoking access).
func (Session) Policy() ent.Policy { return ownedByViewer() }

// Annotations of the Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
