package schema

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "walker/ent"
	"walker/ent/exportjob"
	"walker/ent/hook"
	"walker/ent/privacy"
	"walker/ent/schema/gqldoc"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// ExportJob is a bulk export of an organization's records: an asynchronous
// job (server/export) that writes one consistent snapshot of the entities
// asked for as gzipped JSON Lines, stored in the database as ExportChunks,
// and the change-log position the snapshot was taken at. Admins and tokens
// with exports:manage start, follow and download them; its changes of status
// are in the change log (its completion is the change to COMPLETED). Its
// lease and progress are bookkeeping (changelog.Bookkeeping): they raise no
// version and leave no change.
type ExportJob struct{ ent.Schema }

// maxActiveExports is how many exports an organization may have queued or
// running at once; each holds one slot, numbered 1 to this.
const maxActiveExports = 3

// exportOrder is the order of the entities in an export file: a record comes
// after those it refers to.
var exportOrder = []string{"ORGANIZATION", "LEADER", "CUSTOMER", "PLAN", "CONVERSATION", "FOLLOW_UP", "DECISION",
	"NOMINATION", "ENDORSEMENT", "FEEDBACK_REVIEW", "MANDATE", "COMMITMENT"}

// Mixin of the ExportJob.
func (ExportJob) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, VersionMixin{}, SourceMixin{}, TenantMixin{Read: viewer.ExportsManage, Write: viewer.ExportsManage}}
}

// Fields of the ExportJob.
func (ExportJob) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("status").Values("QUEUED", "RUNNING", "COMPLETED", "FAILED", "EXPIRED").Default("QUEUED").
			Comment("Where the export stands.").
			Annotations(gqldoc.Values{
				"QUEUED":    "Waiting for a replica to take it.",
				"RUNNING":   "Being written (again from the start when a replica stopped half-way).",
				"COMPLETED": "Written: downloadable for 24 hours.",
				"FAILED":    "Stopped: see error.",
				"EXPIRED":   "The file was removed 24 hours after completion.",
			}).
			Annotations(entgql.OrderField("STATUS"), skipInputs),
		field.Enum("format").Values("JSONL").Default("JSONL").Immutable().
			Comment("The file's format.").
			Annotations(gqldoc.Values{"JSONL": "Gzipped JSON Lines: one record per line, its relations as ids."}),
		field.Strings("entities").Immutable().
			Comment("The kinds of record exported (the change log's names), in the file's order.").
			Annotations(entgql.Skip()),
		field.Int("created_by_id").Optional().Immutable().
			Comment("The person who started the export (for an API token, its creator).").
			Annotations(entgql.Type("ID"), skipInputs, entgql.Skip(entgql.SkipWhereInput)),
		field.Int("position").Optional().Nillable().
			Comment("The change-log position the snapshot was taken at.").
			Annotations(entgql.Skip()),
		field.JSON("counts", map[string]int{}).Optional().
			Comment("Records written, by entity.").
			Annotations(entgql.Skip()),
		field.Int("records_written").Default(0).
			Comment("Records written so far.").Annotations(skipInputs),
		field.Int("records_total").Optional().Nillable().
			Comment("Records the snapshot holds: known once the export has started.").Annotations(skipInputs),
		field.Int("bytes").Default(0).
			Comment("Size of the gzipped file written so far, in bytes.").Annotations(skipInputs),
		field.Int("chunk_count").Default(0).
			Comment("Stored pieces of the file (ExportChunk), of at most 1 MiB each.").Annotations(entgql.Skip()),
		field.Int("attempts").Default(0).
			Comment("How many times a replica started the export (more than one: a replica stopped half-way and another started again).").
			Annotations(skipInputs),
		field.String("error").Optional().MaxLen(2000).
			Comment("Why the export failed.").Annotations(skipInputs),
		field.Time("started_at").Optional().Nillable().Annotations(skipInputs).
			Comment("When a replica last started writing it."),
		field.Time("completed_at").Optional().Nillable().Annotations(skipInputs).
			Comment("When the file was complete (or the export failed)."),
		field.Time("expires_at").Optional().Nillable().
			Comment("When the file is removed and the download link stops working: 24 hours after completion.").
			Annotations(skipInputs),
		field.String("lease_owner").Optional().MaxLen(128).
			Comment("The replica running the export.").Annotations(entgql.Skip()),
		field.Time("lease_expires_at").Optional().Nillable().
			Comment("Until when the replica holds it; renewed while it writes, taken over by another replica after.").
			Annotations(entgql.Skip()),
		field.Int("slot").Optional().Nillable().
			Comment("While queued or running: one of the organization's slots (unique), which bound the exports at once.").
			Annotations(entgql.Skip()),
		field.String("download_key").Sensitive().Immutable().DefaultFunc(newDownloadKey).
			Comment("The random key of the download link.").Annotations(entgql.Skip()),
	}
}

// Edges of the ExportJob.
func (ExportJob) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("chunks", ExportChunk.Type).Annotations(entgql.Skip()),
	}
}

// Indexes of the ExportJob: a slot is held once per organization; replicas
// look for work by status.
func (ExportJob) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organization_id", "slot").Unique(),
		index.Fields("status"),
	}
}

// Policy of the ExportJob: admins and tokens with exports:manage (the
// TenantMixin checks the scope) start and read them; only the export worker
// changes them; a token exports only what its read scopes open.
func (ExportJob) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.AdminsAndTokens()},
		Mutation: privacy.MutationPolicy{
			rule.AdminsAndTokens(),
			privacy.OnMutationOperation(rule.SystemOnly(), writeOps),
			exportsReadable(),
		},
	}
}

// Hooks of the ExportJob.
func (ExportJob) Hooks() []ent.Hook {
	return []ent.Hook{
		rule.SetViewer("created_by_id"),
		hook.On(exportEntities, ent.OpCreate),
		hook.On(exportSlot, ent.OpCreate),
	}
}

// Annotations of the ExportJob: listed (exportJobs) and read by id.
func (ExportJob) Annotations() []schema.Annotation {
	return append(served("exportJobs", "Admins and tokens with exports:manage: the organization's bulk exports, newest last by default."),
		schema.Comment("A bulk export (startExport): an asynchronous job writing gzipped JSON Lines from one consistent snapshot, "+
			"with the change-log position the snapshot was taken at; its file is downloadable for 24 hours. Admins and tokens "+
			"with exports:manage."))
}

// exportsReadable refuses an export of records the token may not read,
// naming the scope it lacks.
func exportsReadable() privacy.MutationRule {
	return privacy.ExportJobMutationRuleFunc(func(ctx context.Context, m *gen.ExportJobMutation) error {
		v := viewer.FromContext(ctx)
		entities, _ := m.Entities()
		for _, e := range entities {
			if s, ok := viewer.RecordScopes[e]; ok && v != nil && !v.Can(s) {
				return fmt.Errorf("%w: %w", privacy.Deny, rule.NeedScope(s))
			}
		}
		return privacy.Skip
	})
}

// exportEntities checks the entities asked for — at least one, each once,
// each exportable — and puts them in the file's order; none asked for (the
// field left unset) is every entity the viewer may read.
func exportEntities(next ent.Mutator) ent.Mutator {
	return hook.ExportJobFunc(func(ctx context.Context, m *gen.ExportJobMutation) (ent.Value, error) {
		asked, set := m.Entities()
		v := viewer.FromContext(ctx)
		if !set {
			for _, e := range exportOrder {
				if v == nil || v.Can(viewer.RecordScopes[e]) {
					asked = append(asked, e)
				}
			}
		}
		if len(asked) == 0 {
			return nil, rule.Invalid("entities", "name at least one kind of record to export")
		}
		seen := map[string]bool{}
		for _, e := range asked {
			switch {
			case seen[e]:
				return nil, rule.Invalid("entities", "names %s twice: name each kind of record once", e)
			case !slices.Contains(exportOrder, e):
				return nil, rule.Invalid("entities", "%s cannot be exported: export %v", e, exportOrder)
			}
			seen[e] = true
		}
		ordered := make([]string, 0, len(asked))
		for _, e := range exportOrder {
			if seen[e] {
				ordered = append(ordered, e)
			}
		}
		m.SetEntities(ordered)
		return next.Mutate(ctx, m)
	})
}

// exportSlot gives a new export one of its organization's free slots, or
// refuses it when all are held; two exports started at once that pick the
// same slot meet at the unique index, and the second is retried by its
// caller.
func exportSlot(next ent.Mutator) ent.Mutator {
	return hook.ExportJobFunc(func(ctx context.Context, m *gen.ExportJobMutation) (ent.Value, error) {
		org, ok := m.OrganizationID()
		if !ok {
			return next.Mutate(ctx, m)
		}
		held, err := m.Client().ExportJob.Query().
			Where(exportjob.OrganizationID(org), exportjob.SlotNotNil()).
			Select(exportjob.FieldSlot).Ints(ctx)
		if err != nil {
			return nil, err
		}
		for slot := 1; slot <= maxActiveExports; slot++ {
			if !slices.Contains(held, slot) {
				m.SetSlot(slot)
				return next.Mutate(ctx, m)
			}
		}
		return nil, &rule.ConflictError{Message: fmt.Sprintf(
			"%d exports are queued or running already, the most an organization may have at once: start this one when one of them has finished (exportJobs lists them)",
			maxActiveExports)}
	})
}

// newDownloadKey returns 32 random bytes in URL-safe base64: the key of an
// export's download link.
func newDownloadKey() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return base64.RawURLEncoding.EncodeToString(b)
}
