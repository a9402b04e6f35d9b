package graph

import (
	"context"
	"fmt"

	"walker/ent/schema/rule"
	"walker/graph/model"
)

// Backups says where the database's backups stand, for Query.backups
// (server implements it over server/backup: the GraphQL layer reads no
// folder itself).
type Backups interface {
	Backups(ctx context.Context) (*model.Backups, error)
}

// UseBackups sets what Query.backups reads.
func (r *Resolver) UseBackups(b Backups) { r.backups = b }

// maxBackupFiles bounds Backups.files.
const maxBackupFiles = 100

// backupsFor answers Query.backups: the admins' (people's, not tokens').
func (r *Resolver) backupsFor(ctx context.Context) (*model.Backups, error) {
	if v := mustViewer(ctx); !v.IsAdmin() || v.TokenID != 0 {
		return nil, fmt.Errorf("%w: only the organization's admins see its backups", rule.ErrForbidden)
	}
	if r.backups == nil {
		return nil, fmt.Errorf("backups: nothing tells where they stand")
	}
	b, err := r.backups.Backups(ctx)
	if err != nil {
		return nil, err
	}
	b.Files = b.Files[:min(len(b.Files), maxBackupFiles)]
	return b, nil
}
