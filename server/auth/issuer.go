package auth

import (
	"context"
	"time"

	"walker/ent"
	"walker/ent/invitation"
	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
)

// Issuer mints invitations and integrator tokens for the viewer of a request
// (the GraphQL mutations createInvitation and createAPIToken); the privacy
// rules decide whether the viewer may.
type Issuer struct {
	client    *ent.Client
	publicURL string
	now       func() time.Time
}

// NewIssuer returns an issuer over client whose links start with publicURL.
func NewIssuer(client *ent.Client, publicURL string) *Issuer {
	return &Issuer{client: client, publicURL: publicURL, now: time.Now}
}

// Invite stores an invitation from the viewer and returns it with its link.
func (i *Issuer) Invite(ctx context.Context, email string, role invitation.Role) (*ent.Invitation, string, error) {
	v := asViewer(ctx)
	inv, secret, err := CreateInvitation(ctx, i.client, InvitationSpec{
		OrganizationID: v.OrganizationID, InviterID: &v.LeaderID, Email: email, Role: role,
	}, i.now())
	if err != nil {
		return nil, "", err
	}
	return inv, InvitationURL(i.publicURL, secret), nil
}

// MintAPIToken stores a token created by the viewer and returns its secret.
func (i *Issuer) MintAPIToken(ctx context.Context, name string, scopes []viewer.Scope, expiresInDays *int, noExpiry bool) (*ent.APIToken, string, error) {
	expires, err := ExpiryFor(i.now(), expiresInDays, noExpiry)
	if err != nil {
		return nil, "", rule.Invalid("expires_in_days", "%s", err.Error())
	}
	v := asViewer(ctx)
	return CreateAPIToken(ctx, i.client, APITokenSpec{
		OrganizationID: v.OrganizationID, CreatorID: v.LeaderID, Name: name, Scopes: scopes, ExpiresAt: expires,
	})
}

// asViewer is the request's viewer, or one whose ids match nothing when there
// is none: the privacy rules then refuse the write as unauthenticated.
func asViewer(ctx context.Context) *viewer.Viewer {
	if v := viewer.FromContext(ctx); v != nil {
		return v
	}
	return &viewer.Viewer{}
}
