package server

import (
	"context"
	"time"

	"entgo.io/ent/dialect"

	"walker/graph/model"
	"walker/server/backup"
)

// backupsState tells the admins' Settings where the database's backups
// stand (graph.Backups): the schedule as configured, and the files in the
// backup folder of this replica.
type backupsState struct {
	cfg     Config
	dialect string
	now     func() time.Time
}

// Backups implements graph.Backups.
func (b backupsState) Backups(context.Context) (*model.Backups, error) {
	out := &model.Backups{Database: model.DatabaseKindSQLIte, Keep: b.cfg.BackupKeep, Files: []*model.BackupFile{}}
	if b.dialect != dialect.SQLite {
		out.Database = model.DatabaseKindPostgresql
		return out, nil
	}
	files, err := backup.List(b.cfg.Backups())
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		out.Files = append(out.Files, &model.BackupFile{Name: f.Name, Bytes: float64(f.Bytes), MadeAt: f.MadeAt})
	}
	if every := b.cfg.BackupEvery; every > 0 {
		s := int(every / time.Second)
		out.EverySeconds = &s
		next := backup.Due(files, every, b.now())
		out.NextAt = &next
	}
	return out, nil
}
