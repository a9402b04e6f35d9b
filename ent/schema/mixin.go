package schema

import (
	"context"
	"crypto/rand"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"
	"github.com/google/uuid"

	"walker/ent/intercept"
	"walker/ent/privacy"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// TimeMixin records when a row was created and last changed.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT"), skipInputs),
		field.Time("updated_at").Default(now).UpdateDefault(now).
			Annotations(entgql.OrderField("UPDATED_AT"), skipInputs),
	}
}

// now is UTC at microsecond precision, what both SQLite and PostgreSQL keep,
// so that a value read back equals the value written.
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// TenantMixin makes an entity belong to exactly one Organization; the tenant
// privacy rule (rule.FilterTenant, in its Policy below) filters every query
// and mutation by it.
type TenantMixin struct {
	mixin.Schema
	// Read and Write are the scopes an integrator token needs to read and to
	// change the entity; left empty, tokens can do neither.
	Read, Write viewer.Scope
}

// Fields of the TenantMixin.
func (TenantMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("organization_id").Immutable().Annotations(entgql.Skip()),
	}
}

// Edges of the TenantMixin.
func (TenantMixin) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("organization", Organization.Type).Field("organization_id").
			Unique().Required().Immutable().Annotations(entgql.Skip()),
	}
}

// ClientIDMixin gives the creates that an offline phone may send twice an
// optional client-generated id, unique within the organization, and a
// fingerprint of the create's content to tell a replay from a conflict.
type ClientIDMixin struct{ mixin.Schema }

// Fields of the ClientIDMixin.
func (ClientIDMixin) Fields() []ent.Field {
	return []ent.Field{
		field.UUID("client_id", uuid.UUID{}).Optional().Nillable().Immutable().
			Comment("Client-generated id making the create idempotent.").
			Annotations(entgql.Skip(entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.String("client_hash").Optional().Sensitive().
			Comment("Cleared when the record's personal data is erased (it fingerprints them).").
			Annotations(entgql.Skip()),
	}
}

// Indexes of the ClientIDMixin.
func (ClientIDMixin) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "client_id").Unique(),
	}
}

// skipInputs keeps a field out of the create and update inputs: it is set by
// the server, never typed in.
var skipInputs = entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)

// Length limits shared by the string fields of every entity.
const (
	maxName  = 200
	maxShort = 120
	maxEmail = 254
	maxText  = 10_000
	maxToken = 128
)

// served is the annotation set of an entity served as a Relay node with a
// connection (filters, ordering) under the root field named root.
func served(root string, mutations ...entgql.MutationOption) []schema.Annotation {
	a := []schema.Annotation{entgql.RelayConnection(), entgql.MultiOrder()}
	if root != "" {
		a = append(a, entgql.QueryField(root))
	}
	if len(mutations) > 0 {
		a = append(a, entgql.Mutations(mutations...))
	}
	return a
}

// newUserHandle returns 32 random bytes, the WebAuthn user handle of a person.
func newUserHandle() []byte {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return b
}

// Policy of the TenantMixin: every query and change is narrowed to the
// viewer's organization, and a token reads and changes only within its
// scopes.
func (m TenantMixin) Policy() ent.Policy {
	scopes := rule.TokenScopes(m.Read, m.Write)
	return privacy.Policy{
		Query:    privacy.QueryPolicy{scopes, rule.FilterTenant()},
		Mutation: privacy.MutationPolicy{scopes, rule.FilterTenant()},
	}
}

// Hooks of the TenantMixin.
func (TenantMixin) Hooks() []ent.Hook {
	return []ent.Hook{rule.Normalize(), rule.SetTenant(), rule.SameTenantEdges()}
}

// writeOps are the operations other than create.
const writeOps = ent.OpUpdate | ent.OpUpdateOne | ent.OpDelete | ent.OpDeleteOne

// The policies several entities share.

func ownedByViewer() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.FilterOwner("leader_id")},
		Mutation: privacy.MutationPolicy{rule.OwnerOnly("leader_id", true)},
	}
}

func adminsOnly() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfAdmin()},
		Mutation: privacy.MutationPolicy{rule.AllowIfAdmin()},
	}
}

// VersionMixin gives a record a version, 1 when created and raised by every
// change (the change log's hook raises it), so that an edit made against an
// old version is a conflict, and a replica applies each change once.
type VersionMixin struct{ mixin.Schema }

// Fields of the VersionMixin.
func (VersionMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("version").Default(1).
			Comment("Raised by every change; give it back as expectedVersion to edit safely.").
			Annotations(skipInputs, entgql.Skip(entgql.SkipWhereInput)),
	}
}

// SoftDeleteMixin makes a record deletable for a while: deleting sets
// deleted_at, which hides it from every query, count and edge (unless the
// context asks for deleted records, rule.WithDeleted); restoring clears it;
// the purge removes it for good after the retention.
type SoftDeleteMixin struct{ mixin.Schema }

// Fields of the SoftDeleteMixin.
func (SoftDeleteMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("deleted_at").Optional().Nillable().
			Comment("When the record was deleted; restorable until the retention ends.").
			Annotations(entgql.Skip()),
	}
}

// Indexes of the SoftDeleteMixin: the purge finds what is past retention.
func (SoftDeleteMixin) Indexes() []ent.Index {
	return []ent.Index{index.Fields("deleted_at")}
}

// Interceptors of the SoftDeleteMixin: deleted records are not there.
func (SoftDeleteMixin) Interceptors() []ent.Interceptor {
	return []ent.Interceptor{
		intercept.TraverseFunc(func(ctx context.Context, q intercept.Query) error {
			if !rule.DeletedIncluded(ctx) {
				q.WhereP(sql.FieldIsNull("deleted_at"))
			}
			return nil
		}),
	}
}

// Hooks of the SoftDeleteMixin: a change reaches only records not deleted,
// but for the restore (which clears deleted_at) and the purge.
func (SoftDeleteMixin) Hooks() []ent.Hook { return []ent.Hook{rule.OnlyLiveRecords()} }

// SourceMixin records which integration created a record: an API token
// writes as itself, so that its records can be told from people's (and
// changed again by it).
type SourceMixin struct{ mixin.Schema }

// Fields of the SourceMixin.
func (SourceMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Int("created_by_token_id").Optional().Nillable().Immutable().
			Comment("The integrator token that created the record (an API token's id); null when a person did.").
			Annotations(entgql.Type("ID"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
	}
}

// Hooks of the SourceMixin.
func (SourceMixin) Hooks() []ent.Hook { return []ent.Hook{rule.SetToken("created_by_token_id")} }
