package auth

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"walker/ent"
	"walker/ent/schema/viewer"
)

// ViewerTTL is the longest a replica trusts what it read of a person's role
// and access and of a session: a change made on another replica applies
// there within it (on the replica that made it, at once).
const ViewerTTL = time.Second

// maxViewers bounds the sessions remembered per replica.
const maxViewers = 10_000

// viewerCache remembers, per session, the viewer read from the database.
// A change of a person's role or access or of a session's end forgets all
// of it, when the change is made and again when its transaction commits, and
// a read that raced with a change is not remembered (the generation moved).
//
// It remembers integrator tokens the same way, by the hash of the secret:
// a change of a token (revoked, expired, its scopes) or of its creator's
// access forgets them too.
type viewerCache struct {
	gen    atomic.Uint64
	lru    *expirable.LRU[int, viewer.Viewer]
	tokens *expirable.LRU[string, ent.APIToken]
}

func newViewerCache() *viewerCache {
	return &viewerCache{
		lru:    expirable.NewLRU[int, viewer.Viewer](maxViewers, nil, ViewerTTL),
		tokens: expirable.NewLRU[string, ent.APIToken](maxViewers, nil, ViewerTTL),
	}
}

func (c *viewerCache) generation() uint64 { return c.gen.Load() }

// get returns the remembered viewer of id's session, when it is id's.
func (c *viewerCache) get(id Identity) (*viewer.Viewer, bool) {
	v, ok := c.lru.Get(id.SessionID)
	if !ok || v.LeaderID != id.LeaderID || v.OrganizationID != id.OrganizationID {
		return nil, false
	}
	return &v, true
}

// put remembers v for id's session, unless something changed since gen.
func (c *viewerCache) put(id Identity, v *viewer.Viewer, gen uint64) {
	if c.gen.Load() == gen {
		c.lru.Add(id.SessionID, *v)
	}
}

// token returns the remembered integrator token of a secret's hash.
func (c *viewerCache) token(hash string) (*ent.APIToken, bool) {
	t, ok := c.tokens.Get(hash)
	return &t, ok
}

// putToken remembers t under hash, unless something changed since gen.
func (c *viewerCache) putToken(hash string, t *ent.APIToken, gen uint64) {
	if c.gen.Load() == gen {
		c.tokens.Add(hash, *t)
	}
}

func (c *viewerCache) forget() {
	c.gen.Add(1)
	c.lru.Purge()
	c.tokens.Purge()
}

// forgetOnChange is the hook of people, sessions and integrator tokens: a change that can end
// or alter someone's access makes the cache forget, now and at commit.
func (c *viewerCache) forgetOnChange(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		v, err := next.Mutate(ctx, m)
		if !affectsAccess(m) {
			return v, err
		}
		c.forget()
		if txm, ok := m.(interface{ Tx() (*ent.Tx, error) }); ok {
			if tx, terr := txm.Tx(); terr == nil {
				tx.OnCommit(func(next ent.Committer) ent.Committer {
					return ent.CommitFunc(func(ctx context.Context, tx *ent.Tx) error {
						defer c.forget()
						return next.Commit(ctx, tx)
					})
				})
			}
		}
		return v, err
	})
}

// affectsAccess tells whether m can change what a session's viewer is.
func affectsAccess(m ent.Mutation) bool {
	if m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
		return true
	}
	for _, f := range append(m.Fields(), m.ClearedFields()...) {
		switch f {
		case "role", "deactivated_at", "organization_id", "revoked_at", "expires_at", "scope", "scopes", "token_hash":
			return true
		}
	}
	return false
}
