package store

import (
	"context"
	"fmt"

	"walker/ent/apitoken"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// fillTokenScopes gives the API tokens made before tokens had scopes the
// scopes of the shorthand they were made with (READ or READ_WRITE), so that
// they keep doing what they did and show what that is.
func (s *Store) fillTokenScopes(ctx context.Context) error {
	ctx = rule.System(ctx, rule.JobMigration)
	old, err := s.Client.APIToken.Query().Where(apitoken.ScopesIsNil()).All(ctx)
	if err != nil {
		return fmt.Errorf("reading API tokens: %w", err)
	}
	for _, t := range old {
		if err := s.Client.APIToken.UpdateOne(t).SetScopes(viewer.Names(viewer.Of(t.Scope.String()))).Exec(ctx); err != nil {
			return fmt.Errorf("giving API token %d its scopes: %w", t.ID, err)
		}
	}
	return nil
}
