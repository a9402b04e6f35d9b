package auth

import (
	"context"
	"fmt"
	"time"

	"walker/ent"
	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/ent/setup"
)

// FirstRunLink returns a one-time setup link while the database has no admin
// yet (and "" once it has one). The link creates nothing until it is used:
// the person who opens it names the organization and themselves, and becomes
// its first admin. Each start replaces the previous link; walker bootstrap
// voids it.
func FirstRunLink(ctx context.Context, client *ent.Client, publicURL string) (string, error) {
	ctx = signIn(ctx)
	hasAdmin, err := client.Leader.Query().Where(leader.RoleEQ(leader.RoleADMIN)).Exist(ctx)
	if err != nil || hasAdmin {
		return "", err
	}
	if err := VoidSetupLinks(ctx, client); err != nil {
		return "", err
	}
	secret, hash, err := NewSecret(SetupPrefix)
	if err != nil {
		return "", err
	}
	if err := client.Setup.Create().SetTokenHash(hash).SetExpiresAt(time.Now().Add(InvitationTTL)).Exec(ctx); err != nil {
		return "", fmt.Errorf("creating the setup link: %w", err)
	}
	return InvitationURL(publicURL, secret) + "?setup=1", nil
}

// VoidSetupLinks revokes the setup links not used yet, and the email-less
// admin invitations that served as setup links before Walker had them.
func VoidSetupLinks(ctx context.Context, client *ent.Client) error {
	if _, err := client.Setup.Update().Where(setup.UsedAtIsNil(), setup.RevokedAtIsNil()).SetRevokedAt(time.Now()).Save(ctx); err != nil {
		return fmt.Errorf("voiding the setup link: %w", err)
	}
	if _, err := client.Invitation.Update().
		Where(invitation.Or(invitation.EmailIsNil(), invitation.EmailEQ("")), invitation.UsedAtIsNil(), invitation.RevokedAtIsNil()).
		SetRevokedAt(time.Now()).Save(ctx); err != nil {
		return fmt.Errorf("voiding older setup links: %w", err)
	}
	return nil
}
