package server

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
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
	"walker/server/auth"
)

// Passkey ceremony settings.
const (
	ceremonyTTL    = 5 * time.Minute
	ceremonyCookie = "walker_ceremony"
	refreshCookie  = "walker_refresh"
	// csrfHeader must accompany refresh and sign-out: a cross-site form or
	// image cannot set it, and a cross-site fetch setting it needs a
	// preflight that the server does not grant.
	csrfHeader = "X-Walker-CSRF"
	// maxCeremonyBody bounds a WebAuthn response.
	maxCeremonyBody = 64 << 10
)

// newWebAuthn configures the relying party from the public URL: the RP ID is
// its host, the one allowed origin is its origin.
func newWebAuthn(publicURL string) (*webauthn.WebAuthn, error) {
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
	return webauthn.New(&webauthn.Config{
		RPID: host, RPDisplayName: "Walker", RPOrigins: []string{u.Scheme + "://" + u.Host},
		Timeouts: webauthn.TimeoutsConfig{
			Login:        webauthn.TimeoutConfig{Enforce: true, Timeout: ceremonyTTL, TimeoutUVD: ceremonyTTL},
			Registration: webauthn.TimeoutConfig{Enforce: true, Timeout: ceremonyTTL, TimeoutUVD: ceremonyTTL},
		},
	})
}

// webUser adapts a person (existing or about to be created from an
// invitation) to go-webauthn.
type webUser struct {
	handle      []byte
	email, name string
	creds       []webauthn.Credential
}

func (u *webUser) WebAuthnID() []byte                         { return u.handle }
func (u *webUser) WebAuthnName() string                       { return u.email }
func (u *webUser) WebAuthnDisplayName() string                { return u.name }
func (u *webUser) WebAuthnCredentials() []webauthn.Credential { return u.creds }

// errCeremony is any refused ceremony; the client learns nothing more.
var errCeremony = errors.New("the passkey ceremony failed")

// authFail answers a refused ceremony or session request with 401, logging the
// cause at warn with the client's address.
func (s *Server) authFail(w http.ResponseWriter, r *http.Request, err error) {
	s.log.WarnContext(r.Context(), "sign-in refused", "path", r.URL.Path, "remote", clientIP(r), "err", err)
	writeError(w, http.StatusUnauthorized, "UNAUTHENTICATED", "sign-in failed")
}

func (s *Server) cookie(name, value, path string, maxAge time.Duration) *http.Cookie {
	return &http.Cookie{
		Name: name, Value: value, Path: path, MaxAge: int(maxAge.Seconds()),
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: strings.HasPrefix(s.cfg.PublicURL, "https://"),
	}
}

// startCeremony stores the ceremony and sets its cookie.
func (s *Server) startCeremony(ctx context.Context, w http.ResponseWriter, c *ent.CeremonyCreate) error {
	secret, hash, err := auth.NewSecret("wc_")
	if err != nil {
		return err
	}
	if err := c.SetTokenHash(hash).SetExpiresAt(time.Now().Add(ceremonyTTL)).Exec(ctx); err != nil {
		return fmt.Errorf("storing ceremony: %w", err)
	}
	http.SetCookie(w, s.cookie(ceremonyCookie, secret, "/auth", ceremonyTTL))
	return nil
}

// takeCeremony finds the cookie's ceremony of kind and deletes it, whatever
// happens next: a challenge is single-use.
func (s *Server) takeCeremony(ctx context.Context, w http.ResponseWriter, r *http.Request, kind ceremony.Kind) (*ent.Ceremony, error) {
	http.SetCookie(w, s.cookie(ceremonyCookie, "", "/auth", -time.Second))
	ck, err := r.Cookie(ceremonyCookie)
	if err != nil {
		return nil, fmt.Errorf("no ceremony cookie: %w", errCeremony)
	}
	c, err := s.store.Client.Ceremony.Query().Where(ceremony.TokenHash(auth.Hash(ck.Value))).Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("unknown ceremony: %w", errCeremony)
	}
	n, err := s.store.Client.Ceremony.Delete().Where(ceremony.ID(c.ID)).Exec(ctx)
	switch {
	case err != nil:
		return nil, err
	case n != 1:
		return nil, fmt.Errorf("ceremony already taken: %w", errCeremony)
	case c.Kind != kind:
		return nil, fmt.Errorf("ceremony of another kind: %w", errCeremony)
	case !time.Now().Before(c.ExpiresAt):
		return nil, fmt.Errorf("ceremony expired: %w", errCeremony)
	}
	return c, nil
}

// registration is what a person sends to begin creating a passkey.
type registration struct {
	Invitation   string `json:"invitation"`
	Name         string `json:"name"`
	Email        string `json:"email"`
	Organization string `json:"organization"`
	PasskeyName  string `json:"passkeyName"`
}

// refusal is input a ceremony refuses before it begins.
type refusal struct{ field, message string }

// checkField validates value with the entity's own validator (the same code
// that refuses it through GraphQL), naming field.
func checkField(field, value string, validate func(string) error) *refusal {
	if err := validate(value); err != nil {
		return &refusal{field, rule.Describe(err)}
	}
	return nil
}

// registerBegin starts creating a passkey: from the first-run setup link (a
// new organization and its first admin), from an invitation (a new person, or
// one an admin reset), or for the signed-in person adding another. What the
// person typed is checked by the entities' validators before any passkey is
// made, so that a refusal costs no orphaned credential on the device.
func (s *Server) registerBegin(w http.ResponseWriter, r *http.Request) {
	var in registration
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxCeremonyBody)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "BAD_USER_INPUT", "send JSON: {invitation, name, email, organization, passkeyName}")
		return
	}
	in.Name, in.Organization, in.PasskeyName = limit.Clean(in.Name), limit.Clean(in.Organization), limit.Clean(in.PasskeyName)
	in.Email = rule.NormalizeEmailAddress(in.Email)
	if in.PasskeyName == "" {
		in.PasskeyName = "Passkey"
	}
	ctx := rule.System(r.Context(), rule.JobSignIn)
	create := s.store.Client.Ceremony.Create().SetKind(ceremony.KindREGISTRATION).SetPasskeyName(in.PasskeyName)
	user := &webUser{}
	var (
		bad *refusal
		err error
	)
	switch v := viewer.FromContext(r.Context()); {
	case strings.HasPrefix(in.Invitation, auth.SetupPrefix):
		bad, err = s.beginSetup(ctx, in, create, user)
	case in.Invitation != "":
		bad, err = s.beginInvitation(ctx, in, create, user)
	case v != nil && v.TokenID == 0:
		bad, err = s.beginAnother(ctx, v.LeaderID, create, user)
	default:
		err = errors.New("registration without an invitation or a signed-in person")
	}
	if bad == nil && err == nil {
		bad = checkField("passkeyName", in.PasskeyName, passkey.NameValidator)
	}
	switch {
	case errors.Is(err, errCeremony):
		s.authFail(w, r, err)
		return
	case err != nil:
		s.internal(w, r, err)
		return
	case bad != nil:
		writeFieldError(w, http.StatusBadRequest, "BAD_USER_INPUT", bad.field, bad.message)
		return
	}
	exclude := make([]protocol.CredentialDescriptor, 0, len(user.creds))
	for _, c := range user.creds {
		exclude = append(exclude, c.Descriptor())
	}
	options, session, err := s.webauthn.BeginRegistration(user,
		webauthn.WithAuthenticatorSelection(protocol.AuthenticatorSelection{
			ResidentKey: protocol.ResidentKeyRequirementRequired, RequireResidentKey: protocol.ResidentKeyRequired(),
			UserVerification: protocol.VerificationPreferred,
		}),
		webauthn.WithConveyancePreference(protocol.PreferNoAttestation),
		webauthn.WithExclusions(exclude),
	)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	create.SetSession(*session).SetUserHandle(user.handle)
	if err := s.startCeremony(ctx, w, create); err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, options)
}

// beginSetup prepares the first-run setup: the organization, its first admin
// and their email, all given by the person, checked as the entities check them.
func (s *Server) beginSetup(ctx context.Context, in registration, create *ent.CeremonyCreate, user *webUser) (*refusal, error) {
	su, err := s.store.Client.Setup.Query().Where(setup.TokenHash(auth.Hash(in.Invitation))).Only(ctx)
	if err == nil && (su.UsedAt != nil || su.RevokedAt != nil || !time.Now().Before(su.ExpiresAt)) {
		err = errors.New("used, voided or expired")
	}
	if err != nil {
		return nil, fmt.Errorf("setup link: %w: %w", err, errCeremony)
	}
	for _, f := range []*refusal{
		checkField("organization", in.Organization, organization.NameValidator),
		checkField("name", in.Name, leader.NameValidator),
		checkField("email", in.Email, leader.EmailValidator),
	} {
		if f != nil {
			return f, nil
		}
	}
	user.handle, user.name, user.email = newHandle(), in.Name, in.Email
	create.SetSetupID(su.ID).SetOrganizationName(in.Organization).SetDisplayName(in.Name).SetEmail(in.Email)
	return nil, nil
}

// beginInvitation prepares joining from an invitation: a newcomer names
// themselves; a person the invitation names (recovery) adds a passkey.
func (s *Server) beginInvitation(ctx context.Context, in registration, create *ent.CeremonyCreate, user *webUser) (*refusal, error) {
	inv, err := s.store.Client.Invitation.Query().Where(invitation.TokenHash(auth.Hash(in.Invitation))).WithLeader().Only(ctx)
	if err == nil && (inv.UsedAt != nil || inv.RevokedAt != nil || !time.Now().Before(inv.ExpiresAt)) {
		err = errors.New("used, revoked or expired")
	}
	if err != nil {
		return nil, fmt.Errorf("invitation: %w: %w", err, errCeremony)
	}
	create.SetInvitationID(inv.ID)
	user.email = inv.Email
	if l := inv.Edges.Leader; l != nil {
		user.handle, user.name = l.UserHandle, l.Name
		create.SetLeaderID(l.ID)
		user.creds, err = s.credentials(ctx, l.ID)
		return nil, err
	}
	if bad := checkField("name", in.Name, leader.NameValidator); bad != nil {
		return bad, nil
	}
	user.handle, user.name = newHandle(), in.Name
	create.SetDisplayName(in.Name)
	return nil, nil
}

// beginAnother prepares the signed-in person's next passkey.
func (s *Server) beginAnother(ctx context.Context, leaderID int, create *ent.CeremonyCreate, user *webUser) (*refusal, error) {
	l, err := s.store.Client.Leader.Get(ctx, leaderID)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", err, errCeremony)
	}
	user.handle, user.email, user.name = l.UserHandle, l.Email, l.Name
	create.SetLeaderID(l.ID)
	user.creds, err = s.credentials(ctx, l.ID)
	return nil, err
}

// registerFinish verifies the new credential, creates the person when the
// invitation is for a newcomer, stores the passkey, spends the invitation and
// signs the person in — all in one transaction.
func (s *Server) registerFinish(w http.ResponseWriter, r *http.Request) {
	ctx := rule.System(r.Context(), rule.JobSignIn)
	c, err := s.takeCeremony(ctx, w, r, ceremony.KindREGISTRATION)
	if err != nil {
		s.authFail(w, r, err)
		return
	}
	parsed, err := protocol.ParseCredentialCreationResponseBody(http.MaxBytesReader(w, r.Body, maxCeremonyBody))
	if err != nil {
		s.authFail(w, r, fmt.Errorf("parsing attestation: %w", err))
		return
	}
	user := &webUser{handle: c.UserHandle}
	cred, err := s.webauthn.CreateCredential(user, c.Session, parsed)
	if err != nil {
		s.authFail(w, r, fmt.Errorf("verifying attestation: %w", err))
		return
	}
	l, err := s.storePasskey(ctx, c, cred)
	if err != nil {
		s.authFail(w, r, err)
		return
	}
	if c.InvitationID == nil && c.SetupID == nil { // a signed-in person added a passkey
		writeJSON(w, http.StatusOK, map[string]any{"added": true})
		return
	}
	s.signedIn(w, r, l)
}

func (s *Server) storePasskey(ctx context.Context, c *ent.Ceremony, cred *webauthn.Credential) (*ent.Leader, error) {
	tx, err := s.store.Client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	l, err := func() (*ent.Leader, error) {
		if c.SetupID != nil {
			l, err := s.useSetup(ctx, tx, c)
			if err != nil {
				return nil, err
			}
			return l, tx.Passkey.Create().SetOrganizationID(l.OrganizationID).SetLeaderID(l.ID).SetName(c.PasskeyName).
				SetCredentialID(cred.ID).SetCredential(*cred).
				SetBackupEligible(cred.Flags.BackupEligible).SetBackupState(cred.Flags.BackupState).Exec(ctx)
		}
		var inv *ent.Invitation
		if c.InvitationID != nil {
			var err error
			if inv, err = tx.Invitation.Get(ctx, *c.InvitationID); err != nil {
				return nil, err
			}
			n, err := tx.Invitation.Update().
				Where(invitation.ID(inv.ID), invitation.UsedAtIsNil(), invitation.RevokedAtIsNil()).
				SetUsedAt(time.Now()).Save(ctx)
			if err != nil {
				return nil, err
			}
			if n != 1 {
				return nil, errors.New("invitation already used or revoked")
			}
		}
		var l *ent.Leader
		var err error
		switch {
		case c.LeaderID != nil:
			l, err = tx.Leader.Get(ctx, *c.LeaderID)
		default:
			email := inv.Email
			if email == "" {
				email = c.Email
			}
			l, err = tx.Leader.Create().SetOrganizationID(inv.OrganizationID).SetName(c.DisplayName).
				SetEmail(email).SetRole(leader.Role(inv.Role)).SetUserHandle(c.UserHandle).Save(ctx)
			if err == nil {
				err = tx.Invitation.UpdateOneID(inv.ID).SetLeaderID(l.ID).Exec(ctx)
			}
		}
		if err != nil {
			return nil, err
		}
		if l.DeactivatedAt != nil && inv == nil {
			return nil, errors.New("access revoked")
		}
		if inv != nil && l.DeactivatedAt != nil { // an admin's new invitation restores access
			if l, err = l.Update().ClearDeactivatedAt().Save(ctx); err != nil {
				return nil, err
			}
		}
		err = tx.Passkey.Create().SetOrganizationID(l.OrganizationID).SetLeaderID(l.ID).SetName(c.PasskeyName).
			SetCredentialID(cred.ID).SetCredential(*cred).
			SetBackupEligible(cred.Flags.BackupEligible).SetBackupState(cred.Flags.BackupState).Exec(ctx)
		return l, err
	}()
	if err != nil {
		return nil, errors.Join(err, tx.Rollback())
	}
	return l, tx.Commit()
}

// useSetup spends the first-run setup link of ceremony c — unless it was
// used or voided (by walker bootstrap) meanwhile — and creates what it names:
// the organization and its first admin.
func (s *Server) useSetup(ctx context.Context, tx *ent.Tx, c *ent.Ceremony) (*ent.Leader, error) {
	n, err := tx.Setup.Update().Where(setup.ID(*c.SetupID), setup.UsedAtIsNil(), setup.RevokedAtIsNil()).
		SetUsedAt(time.Now()).Save(ctx)
	switch {
	case err != nil:
		return nil, err
	case n != 1:
		return nil, errors.New("the setup link was used or voided meanwhile")
	}
	org, err := tx.Organization.Create().SetName(c.OrganizationName).Save(ctx)
	if err != nil {
		return nil, err
	}
	return tx.Leader.Create().SetOrganizationID(org.ID).SetName(c.DisplayName).SetEmail(c.Email).
		SetRole(leader.RoleADMIN).SetUserHandle(c.UserHandle).Save(ctx)
}

// loginBegin starts a usernameless sign-in.
func (s *Server) loginBegin(w http.ResponseWriter, r *http.Request) {
	options, session, err := s.webauthn.BeginDiscoverableLogin(webauthn.WithUserVerification(protocol.VerificationPreferred))
	if err != nil {
		s.internal(w, r, err)
		return
	}
	ctx := rule.System(r.Context(), rule.JobSignIn)
	if err := s.startCeremony(ctx, w, s.store.Client.Ceremony.Create().SetKind(ceremony.KindLOGIN).SetSession(*session)); err != nil {
		s.internal(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, options)
}

// loginFinish verifies the assertion, writes the authenticator's state back
// (sign count, flags, last use), refuses a clone warning, and signs in.
func (s *Server) loginFinish(w http.ResponseWriter, r *http.Request) {
	ctx := rule.System(r.Context(), rule.JobSignIn)
	c, err := s.takeCeremony(ctx, w, r, ceremony.KindLOGIN)
	if err != nil {
		s.authFail(w, r, err)
		return
	}
	parsed, err := protocol.ParseCredentialRequestResponseBody(http.MaxBytesReader(w, r.Body, maxCeremonyBody))
	if err != nil {
		s.authFail(w, r, fmt.Errorf("parsing assertion: %w", err))
		return
	}
	var (
		found *ent.Leader
		key   *ent.Passkey
	)
	handler := func(rawID, userHandle []byte) (webauthn.User, error) {
		pk, err := s.store.Client.Passkey.Query().Where(passkey.CredentialID(rawID)).WithLeader().Only(ctx)
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
	_, cred, err := s.webauthn.ValidatePasskeyLogin(handler, c.Session, parsed)
	if err != nil {
		s.authFail(w, r, fmt.Errorf("verifying assertion: %w", err))
		return
	}
	if cred.Authenticator.CloneWarning {
		s.authFail(w, r, fmt.Errorf("passkey %d: sign count went backwards (cloned authenticator?)", key.ID))
		return
	}
	if found.DeactivatedAt != nil {
		s.authFail(w, r, fmt.Errorf("leader %d: access revoked", found.ID))
		return
	}
	if err := key.Update().SetCredential(*cred).SetBackupEligible(cred.Flags.BackupEligible).
		SetBackupState(cred.Flags.BackupState).SetLastUsedAt(time.Now()).Exec(ctx); err != nil {
		s.internal(w, r, err)
		return
	}
	s.signedIn(w, r, found)
}

// signedIn opens a session: the access token in the body, the refresh token
// in an HttpOnly, SameSite=Strict cookie scoped to /auth.
func (s *Server) signedIn(w http.ResponseWriter, r *http.Request, l *ent.Leader) {
	t, err := s.sessions.Start(r.Context(), l, r.UserAgent())
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.sendTokens(w, t)
}

func (s *Server) sendTokens(w http.ResponseWriter, t *auth.Tokens) {
	http.SetCookie(w, s.cookie(refreshCookie, t.RefreshToken, "/auth", time.Until(t.RefreshUntil)))
	writeJSON(w, http.StatusOK, t)
}

// refresh rotates the refresh cookie and returns a new access token.
func (s *Server) refresh(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get(csrfHeader) != "1" {
		writeError(w, http.StatusForbidden, "FORBIDDEN", "missing "+csrfHeader+" header")
		return
	}
	ck, err := r.Cookie(refreshCookie)
	if err != nil {
		s.authFail(w, r, errors.New("no refresh cookie"))
		return
	}
	t, err := s.sessions.Refresh(r.Context(), ck.Value, r.UserAgent())
	if err != nil {
		http.SetCookie(w, s.cookie(refreshCookie, "", "/auth", -time.Second))
		s.authFail(w, r, err)
		return
	}
	s.sendTokens(w, t)
}

// logout ends the session of the refresh cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get(csrfHeader) != "1" {
		writeError(w, http.StatusForbidden, "FORBIDDEN", "missing "+csrfHeader+" header")
		return
	}
	http.SetCookie(w, s.cookie(refreshCookie, "", "/auth", -time.Second))
	if ck, err := r.Cookie(refreshCookie); err == nil {
		if err := s.sessions.End(r.Context(), ck.Value); err != nil {
			s.log.WarnContext(r.Context(), "sign-out of an unknown session", "remote", clientIP(r))
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// logoutEverywhere ends every session of the signed-in person.
func (s *Server) logoutEverywhere(w http.ResponseWriter, r *http.Request) {
	v := viewer.FromContext(r.Context())
	if v == nil || v.TokenID != 0 {
		s.authFail(w, r, errors.New("sign out everywhere without a signed-in person"))
		return
	}
	if err := s.sessions.EndAll(r.Context(), v.LeaderID); err != nil {
		s.internal(w, r, err)
		return
	}
	http.SetCookie(w, s.cookie(refreshCookie, "", "/auth", -time.Second))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) credentials(ctx context.Context, leaderID int) ([]webauthn.Credential, error) {
	keys, err := s.store.Client.Passkey.Query().Where(passkey.LeaderID(leaderID)).All(ctx)
	if err != nil {
		return nil, err
	}
	creds := make([]webauthn.Credential, len(keys))
	for i, k := range keys {
		creds[i] = k.Credential
	}
	return creds, nil
}

// internal answers 500 and logs the cause.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.log.ErrorContext(r.Context(), "request failed", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "INTERNAL", "internal error")
}

// newHandle returns a random 32-byte WebAuthn user handle.
func newHandle() []byte {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // crypto/rand.Read never fails on supported platforms.
	return b
}
