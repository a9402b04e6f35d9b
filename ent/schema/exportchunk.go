package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// ExportChunk is one piece, at most 1 MiB, of an export's gzipped file, in
// order (seq): the file lives in the database, so that any replica serves
// it. Written only by the export worker; read by those who may download it.
type ExportChunk struct{ ent.Schema }

// Mixin of the ExportChunk.
func (ExportChunk) Mixin() []ent.Mixin {
	return []ent.Mixin{TenantMixin{Read: viewer.ExportsManage}}
}

// Fields of the ExportChunk.
func (ExportChunk) Fields() []ent.Field {
	return []ent.Field{
		field.Int("job_id").Immutable(),
		field.Int("seq").Immutable().Comment("The chunk's place in the file, from 0."),
		field.Bytes("data").Immutable().MaxLen(1 << 20),
	}
}

// Edges of the ExportChunk.
func (ExportChunk) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("job", ExportJob.Type).Ref("chunks").Field("job_id").Unique().Required().Immutable(),
	}
}

// Indexes of the ExportChunk: read in order, once each.
func (ExportChunk) Indexes() []ent.Index {
	return []ent.Index{index.Fields("job_id", "seq").Unique()}
}

// Policy of the ExportChunk: read by admins and tokens with exports:manage
// of the organization; written only by the export worker.
func (ExportChunk) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AdminsAndTokens()},
		Mutation: privacy.MutationPolicy{rule.SystemOnly()},
	}
}

// Annotations of the ExportChunk: not in the GraphQL schema (downloaded
// through the job's link).
func (ExportChunk) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}
