// Package viewer carries who is asking through a context.Context, so that every
// path into the store (GraphQL, plain HTTP, the CLI) is checked by the same ent
// privacy rules.
package viewer

import "context"

// Role is a person's role in their organization.
type Role string

// The roles a Leader can hold; they mirror the Leader.role enum of the schema.
const (
	RoleAdmin  Role = "ADMIN"
	RoleLeader Role = "LEADER"
	RoleMember Role = "MEMBER"
)

// Viewer is the authenticated caller of a request.
type Viewer struct {
	OrganizationID int
	// LeaderID is the person acting; for an integrator token it is the admin who
	// created the token, so that records written through it have an owner.
	LeaderID int
	Role     Role
	// TokenID is set when the caller authenticated with an integrator API
	// token, which may do only what its Scopes say (see Can).
	TokenID int
	Scopes  []Scope
}

// IsAdmin reports whether the viewer administers their organization.
func (v *Viewer) IsAdmin() bool { return v != nil && v.Role == RoleAdmin }

type ctxKey struct{}

// NewContext returns a copy of ctx that carries v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer carried by ctx, or nil when nobody is signed in.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}
