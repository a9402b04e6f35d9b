package auth

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/go-webauthn/webauthn/protocol"
	"github.com/go-webauthn/webauthn/webauthn"

	"walker/ent"
	"walker/ent/ceremony"
	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/ent/organization"
	"walker/ent/passkey"
	"walker/ent/schema/rule"
	"walker/ent/schema/rule/limit"
	"walker/ent/schema/viewer"
	"walker/ent/setup"
)

// CeremonyTTL is how long a passkey ceremony may take from begin to finish.
const CeremonyTTL = 5 * time.Minute

// ErrCeremony is any refused ceremony: an unknown, spent, expired or
// mismatched challenge, invitation or setup link, a credential that does not
// verify, a revoked person. The cause is wrapped for logs; the client learns
// nothing more.
var ErrCeremony = errors.New("the passkey ceremony failed")

// Ceremonies runs the passkey ceremonies (go-webauthn): registration from the
// setup link, from an invitation or for a signed-in person adding a passkey,
// and usernameless sign-in. A ceremony lives in the database behind an opaque
// secret (the caller keeps it in a cookie), so that any replica finishes what
// another began; it is taken and deleted when finished, whatever the outcome.
// The ceremonies act as the system (rule.JobSignIn): nobody is signed in yet.
type Ceremonies struct {
	client   *ent.Client
	webauthn *webauthn.WebAuthn
	sessions *Sessions
}

// NewCeremonies configures the relying party from the public URL — its host
// is the RP ID, its origin the one allowed — over client, opening sessions
// with sessions.
func NewCeremonies(client *ent.Client, publicURL string, sessions *Sessions) (*Ceremonies, error) {
	u, err := url.Parse(publicURL)
	if err != nil {
		return nil, fmt.Errorf("public URL %q: %w", publicURL, err)
	}
	host := u.Hostname()
	if net.ParseIP(host) != nil {
		return nil, fmt.Errorf("public URL %q: passkeys need a host name, not an IP address (use localhost or a domain)", publicURL)
	}
	if u.Scheme != "https" && host != "localhost" {
		return nil, fmt.Errorf("public URL %q: passkeys need https except on localhost", publicURL)
	}
	w, err := webauthn.New(&webauthn.Config{
		RPID: host, RPDisplayName: "Walker", RPOrigins: []string{u.Scheme + "://" + u.Host},
		Timeouts: webauthn.TimeoutsConfig{
			Login:        webauthn.TimeoutConfig{Enforce: true, Timeout: CeremonyTTL, TimeoutUVD: CeremonyTTL},
			Registration: webauthn.TimeoutConfig{Enforce: true, Timeout: CeremonyTTL, TimeoutUVD: CeremonyTTL},
		},
	})
	if err != nil {
		return nil, err
	}
	return &Ceremonies{client: client, webauthn: w, sessions: sessions}, nil
}

// webUser adapts a person (existing or about to be created) to go-webauthn.
type webUser struct {
	handle      []byte
	email, name string
	creds       []webauthn.Credential
}

func (u *webUser) WebAuthnID() []byte                         { return u.handle }
func (u *webUser) WebAuthnName() string                       { return u.email }
func (u *webUser) WebAuthnDisplayName() string                { return u.name }
func (u *webUser) WebAuthnCredentials() []webauthn.Credential { return u.creds }

// Registration is what a person sends to begin creating a passkey.
type Registration struct {
	Invitation   string `json:"invitation"`
	Name         string `json:"name"`
	Email        string `json:"email"`
	Organization string `json:"organization"`
	PasskeyName  string `json:"passkeyName"`
}

// checkField validates value with the entity's own validator (the same code
// that refuses it through GraphQL), naming field.
func checkField(field, value string, validate func(string) error) error {
	if err := validate(value); err != nil {
		return rule.Invalid(field, "%s", rule.Describe(err))
	}
	return nil
}

// BeginRegistration starts creating a passkey: from the first-run setup link
// (a new organization and its first admin), from an invitation (a new person,
// or one an admin reset), or for signedIn adding another. What the person
// typed is checked by the entities' validators before any passkey is made (a
// *rule.InputError), so that a refusal costs no orphaned credential on the
// device. It returns the creation options and the ceremony's secret.
func (c *Ceremonies) BeginRegistration(ctx context.Context, in Registration, signedIn *viewer.Viewer) (*protocol.CredentialCreation, string, error) {
	in.Name, in.Organization, in.PasskeyName = limit.Clean(in.Name), limit.Clean(in.Organization), limit.Clean(in.PasskeyName)
	in.Email = rule.NormalizeEmailAddress(in.Email)
	if in.PasskeyName == "" {
		in.PasskeyName = "Passkey"
	}
	ctx = signIn(ctx)
	create := c.client.Ceremony.Create().SetKind(ceremony.KindREGISTRATION).SetPasskeyName(in.PasskeyName)
	user := &webUser{}
	var err error
	switch {
	case strings.HasPrefix(in.Invitation, SetupPrefix):
		err = c.beginSetup(ctx, in, create, user)
	case in.Invitation != "":
		err = c.beginInvitation(ctx, in, create, user)
	case signedIn != nil && signedIn.TokenID == 0:
		err = c.beginAnother(ctx, signedIn.LeaderID, create, user)
	default:
		err = fmt.Errorf("registration without an invitation or a signed-in person: %w", ErrCeremony)
	}
	if err == nil {
		err = checkField("passkeyName", in.PasskeyName, passkey.NameValidator)
	}
	if err != nil {
		return nil, "", err
	}
	exclude := make([]protocol.CredentialDescriptor, 0, len(user.creds))
	for _, cr := range user.creds {
		exclude = append(exclude, cr.Descriptor())
	}
	options, session, err := c.webauthn.BeginRegistration(user,
		webauthn.WithAuthenticatorSelection(protocol.AuthenticatorSelection{
			ResidentKey: protocol.ResidentKeyRequirementRequired, RequireResidentKey: protocol.ResidentKeyRequired(),
			UserVerification: protocol.VerificationPreferred,
		}),
		webauthn.WithConveyancePreference(protocol.PreferNoAttestation),
		webauthn.WithExclusions(exclude),
	)
	if err != nil {
		return nil, "", err
	}
	secret, err := c.start(ctx, create.SetSession(*session).SetUserHandle(user.handle))
	return options, secret, err
}

// beginSetup prepares the first-run setup: the organization, its first admin
// and their email, all given by the person, checked as the entities check them.
func (c *Ceremonies) beginSetup(ctx context.Context, in Registration, create *ent.CeremonyCreate, user *webUser) error {
	su, err := c.client.Setup.Query().Where(setup.TokenHash(Hash(in.Invitation))).Only(ctx)
	if err == nil && (su.UsedAt != nil || su.RevokedAt != nil || !time.Now().Before(su.ExpiresAt)) {
		err = errors.New("used, voided or expired")
	}
	if err != nil {
		return fmt.Errorf("setup link: %w: %w", err, ErrCeremony)
	}
	if err := errors.Join(checkField("organization", in.Organization, organization.NameValidator),
		checkField("name", in.Name, leader.NameValidator), checkField("email", in.Email, leader.EmailValidator)); err != nil {
		return err // the first refusal is named (errors.As)
	}
	user.handle, user.name, user.email = newHandle(), in.Name, in.Email
	create.SetSetupID(su.ID).SetOrganizationName(in.Organization).SetDisplayName(in.Name).SetEmail(in.Email)
	return nil
}

// beginInvitation prepares joining from an invitation: a newcomer names
// themselves; a person the invitation names (recovery) adds a passkey.
func (c *Ceremonies) beginInvitation(ctx context.Context, in Registration, create *ent.CeremonyCreate, user *webUser) error {
	inv, err := c.client.Invitation.Query().Where(invitation.TokenHash(Hash(in.Invitation))).WithLeader().Only(ctx)
	if err == nil && (inv.UsedAt != nil || inv.RevokedAt != nil || !time.Now().Before(inv.ExpiresAt)) {
		err = errors.New("used, revoked or expired")
	}
	if err != nil {
		return fmt.Errorf("invitation: %w: %w", err, ErrCeremony)
	}
	create.SetInvitationID(inv.ID)
	user.email = inv.Email
	if l := inv.Edges.Leader; l != nil {
		user.handle, user.name = l.UserHandle, l.Name
		create.SetLeaderID(l.ID)
		user.creds, err = c.credentials(ctx, l.ID)
		return err
	}
	if err := checkField("name", in.Name, leader.NameValidator); err != nil {
		return err
	}
	user.handle, user.name = newHandle(), in.Name
	create.SetDisplayName(in.Name)
	return nil
}

// beginAnother prepares the signed-in person's next passkey.
func (c *Ceremonies) beginAnother(ctx context.Context, leaderID int, create *ent.CeremonyCreate, user *webUser) error {
	l, err := c.client.Leader.Get(ctx, leaderID)
	if err != nil {
		return fmt.Errorf("%w: %w", err, ErrCeremony)
	}
	user.handle, user.email, user.name = l.UserHandle, l.Email, l.Name
	create.SetLeaderID(l.ID)
	user.creds, err = c.credentials(ctx, l.ID)
	return err
}

// FinishRegistration verifies the new credential of the ceremony secret,
// creates the organization (setup link) or the person (a newcomer's
// invitation), stores the passkey and spends the link — all in one
// transaction — and signs the person in. A signed-in person adding a passkey
// gets no new session: the tokens are nil.
func (c *Ceremonies) FinishRegistration(ctx context.Context, secret string, body io.Reader, userAgent string) (*Tokens, error) {
	ctx = signIn(ctx)
	cer, err := c.take(ctx, secret, ceremony.KindREGISTRATION)
	if err != nil {
		return nil, err
	}
	parsed, err := protocol.ParseCredentialCreationResponseBody(body)
	if err != nil {
		return nil, fmt.Errorf("parsing attestation: %w: %w", err, ErrCeremony)
	}
	cred, err := c.webauthn.CreateCredential(&webUser{handle: cer.UserHandle}, cer.Session, parsed)
	if err != nil {
		return nil, fmt.Errorf("verifying attestation: %w: %w", err, ErrCeremony)
	}
	l, err := c.storePasskey(ctx, cer, cred)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", err, ErrCeremony)
	}
	if cer.InvitationID == nil && cer.SetupID == nil {
		return nil, nil
	}
	return c.sessions.Start(ctx, l, userAgent)
}

// storePasskey spends the ceremony's link, finds or creates its person, and
// adds the passkey, in one transaction.
func (c *Ceremonies) storePasskey(ctx context.Context, cer *ent.Ceremony, cred *webauthn.Credential) (*ent.Leader, error) {
	tx, err := c.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	l, err := func() (*ent.Leader, error) {
		l, err := c.person(ctx, tx, cer)
		if err != nil {
			return nil, err
		}
		return l, tx.Passkey.Create().SetOrganizationID(l.OrganizationID).SetLeaderID(l.ID).SetName(cer.PasskeyName).
			SetCredentialID(cred.ID).SetCredential(*cred).
			SetBackupEligible(cred.Flags.BackupEligible).SetBackupState(cred.Flags.BackupState).Exec(ctx)
	}()
	if err != nil {
		return nil, errors.Join(err, tx.Rollback())
	}
	return l, tx.Commit()
}

// person is who the new passkey is for: the first admin of a setup link, the
// newcomer or the person of an invitation (whose new invitation restores
// their access), or the signed-in person.
func (c *Ceremonies) person(ctx context.Context, tx *ent.Tx, cer *ent.Ceremony) (*ent.Leader, error) {
	switch {
	case cer.SetupID != nil:
		return useSetup(ctx, tx, cer)
	case cer.InvitationID != nil:
		return useInvitation(ctx, tx, cer)
	}
	l, err := tx.Leader.Get(ctx, *cer.LeaderID)
	if err == nil && l.DeactivatedAt != nil {
		return nil, errors.New("access revoked")
	}
	return l, err
}

// useSetup spends the first-run setup link of ceremony cer — unless it was
// used or voided (by walker bootstrap) meanwhile — and creates what it
// names: the organization and its first admin.
func useSetup(ctx context.Context, tx *ent.Tx, cer *ent.Ceremony) (*ent.Leader, error) {
	n, err := tx.Setup.Update().Where(setup.ID(*cer.SetupID), setup.UsedAtIsNil(), setup.RevokedAtIsNil()).
		SetUsedAt(time.Now()).Save(ctx)
	switch {
	case err != nil:
		return nil, err
	case n != 1:
		return nil, errors.New("the setup link was used or voided meanwhile")
	}
	org, err := tx.Organization.Create().SetName(cer.OrganizationName).Save(ctx)
	if err != nil {
		return nil, err
	}
	return tx.Leader.Create().SetOrganizationID(org.ID).SetName(cer.DisplayName).SetEmail(cer.Email).
		SetRole(leader.RoleADMIN).SetUserHandle(cer.UserHandle).Save(ctx)
}

// useInvitation spends the invitation of ceremony cer — unless it was used or
// revoked meanwhile — and returns its person: the one it names, whose access
// it restores, or a newcomer it creates.
func useInvitation(ctx context.Context, tx *ent.Tx, cer *ent.Ceremony) (*ent.Leader, error) {
	inv, err := tx.Invitation.Get(ctx, *cer.InvitationID)
	if err != nil {
		return nil, err
	}
	n, err := tx.Invitation.Update().Where(invitation.ID(inv.ID), invitation.UsedAtIsNil(), invitation.RevokedAtIsNil()).
		SetUsedAt(time.Now()).Save(ctx)
	switch {
	case err != nil:
		return nil, err
	case n != 1:
		return nil, errors.New("invitation already used or revoked")
	}
	if cer.LeaderID == nil {
		l, err := tx.Leader.Create().SetOrganizationID(inv.OrganizationID).SetName(cer.DisplayName).
			SetEmail(inv.Email).SetRole(leader.Role(inv.Role)).SetUserHandle(cer.UserHandle).Save(ctx)
		if err != nil {
			return nil, err
		}
		return l, tx.Invitation.UpdateOneID(inv.ID).SetLeaderID(l.ID).Exec(ctx)
	}
	l, err := tx.Leader.Get(ctx, *cer.LeaderID)
	if err == nil && l.DeactivatedAt != nil { // an admin's new invitation restores access
		l, err = l.Update().ClearDeactivatedAt().Save(ctx)
	}
	return l, err
}

// BeginLogin starts a usernameless sign-in; it returns the request options
// and the ceremony's secret.
func (c *Ceremonies) BeginLogin(ctx context.Context) (*protocol.CredentialAssertion, string, error) {
	options, session, err := c.webauthn.BeginDiscoverableLogin(webauthn.WithUserVerification(protocol.VerificationPreferred))
	if err != nil {
		return nil, "", err
	}
	secret, err := c.start(signIn(ctx), c.client.Ceremony.Create().SetKind(ceremony.KindLOGIN).SetSession(*session))
	return options, secret, err
}

// FinishLogin verifies the assertion of the ceremony secret, writes the
// authenticator's state back (sign count, flags, last use), refuses a clone
// warning or a revoked person, and signs the person in.
func (c *Ceremonies) FinishLogin(ctx context.Context, secret string, body io.Reader, userAgent string) (*Tokens, error) {
	ctx = signIn(ctx)
	cer, err := c.take(ctx, secret, ceremony.KindLOGIN)
	if err != nil {
		return nil, err
	}
	parsed, err := protocol.ParseCredentialRequestResponseBody(body)
	if err != nil {
		return nil, fmt.Errorf("parsing assertion: %w: %w", err, ErrCeremony)
	}
	var (
		found *ent.Leader
		key   *ent.Passkey
	)
	handler := func(rawID, userHandle []byte) (webauthn.User, error) {
		pk, err := c.client.Passkey.Query().Where(passkey.CredentialID(rawID)).WithLeader().Only(ctx)
		if err != nil {
			return nil, fmt.Errorf("unknown credential: %w", err)
		}
		l := pk.Edges.Leader
		if !bytes.Equal(l.UserHandle, userHandle) {
			return nil, errors.New("user handle does not match the credential")
		}
		found, key = l, pk
		return &webUser{handle: l.UserHandle, email: l.Email, name: l.Name, creds: []webauthn.Credential{pk.Credential}}, nil
	}
	_, cred, err := c.webauthn.ValidatePasskeyLogin(handler, cer.Session, parsed)
	switch {
	case err != nil:
		return nil, fmt.Errorf("verifying assertion: %w: %w", err, ErrCeremony)
	case cred.Authenticator.CloneWarning:
		return nil, fmt.Errorf("passkey %d: sign count went backwards (cloned authenticator?): %w", key.ID, ErrCeremony)
	case found.DeactivatedAt != nil:
		return nil, fmt.Errorf("leader %d: access revoked: %w", found.ID, ErrCeremony)
	}
	if err := key.Update().SetCredential(*cred).SetBackupEligible(cred.Flags.BackupEligible).
		SetBackupState(cred.Flags.BackupState).SetLastUsedAt(time.Now()).Exec(ctx); err != nil {
		return nil, err
	}
	return c.sessions.Start(ctx, found, userAgent)
}

// start stores a ceremony and returns its secret.
func (c *Ceremonies) start(ctx context.Context, create *ent.CeremonyCreate) (string, error) {
	secret, hash, err := NewSecret("wc_")
	if err != nil {
		return "", err
	}
	if err := create.SetTokenHash(hash).SetExpiresAt(time.Now().Add(CeremonyTTL)).Exec(ctx); err != nil {
		return "", fmt.Errorf("storing ceremony: %w", err)
	}
	return secret, nil
}

// take finds the ceremony of secret and kind and deletes it, whatever happens
// next: a challenge is single-use.
func (c *Ceremonies) take(ctx context.Context, secret string, kind ceremony.Kind) (*ent.Ceremony, error) {
	if secret == "" {
		return nil, fmt.Errorf("no ceremony: %w", ErrCeremony)
	}
	cer, err := c.client.Ceremony.Query().Where(ceremony.TokenHash(Hash(secret))).Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("unknown ceremony: %w", ErrCeremony)
	}
	n, err := c.client.Ceremony.Delete().Where(ceremony.ID(cer.ID)).Exec(ctx)
	switch {
	case err != nil:
		return nil, err
	case n != 1:
		return nil, fmt.Errorf("ceremony already taken: %w", ErrCeremony)
	case cer.Kind != kind:
		return nil, fmt.Errorf("ceremony of another kind: %w", ErrCeremony)
	case !time.Now().Before(cer.ExpiresAt):
		return nil, fmt.Errorf("ceremony expired: %w", ErrCeremony)
	}
	return cer, nil
}

func (c *Ceremonies) credentials(ctx context.Context, leaderID int) ([]webauthn.Credential, error) {
	keys, err := c.client.Passkey.Query().Where(passkey.LeaderID(leaderID)).All(ctx)
	if err != nil {
		return nil, err
	}
	creds := make([]webauthn.Credential, len(keys))
	for i, k := range keys {
		creds[i] = k.Credential
	}
	return creds, nil
}

// newHandle returns a random 32-byte WebAuthn user handle.
func newHandle() []byte {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return b
}
