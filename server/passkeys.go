package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"walker/ent/schema/rule"
	"walker/ent/schema/viewer"
	"walker/graph"
	"walker/server/auth"
)

// The HTTP side of signing in: the ceremonies and sessions themselves are
// server/auth's; these handlers decode, call and encode.
const (
	ceremonyCookie = "walker_ceremony"
	refreshCookie  = "walker_refresh"
	// csrfHeader must accompany refresh and sign-out: a cross-site form or
	// image cannot set it, and a cross-site fetch setting it needs a
	// preflight that the server does not grant.
	csrfHeader = "X-Walker-CSRF"
	// maxCeremonyBody bounds a WebAuthn response.
	maxCeremonyBody = 64 << 10
)

func (s *Server) cookie(name, value, path string, maxAge time.Duration) *http.Cookie {
	return &http.Cookie{
		Name: name, Value: value, Path: path, MaxAge: int(maxAge.Seconds()),
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: strings.HasPrefix(s.cfg.PublicURL, "https://"),
	}
}

// ceremonySecret takes the ceremony cookie of r, clearing it on w: a
// ceremony is finished once.
func (s *Server) ceremonySecret(w http.ResponseWriter, r *http.Request) string {
	http.SetCookie(w, s.cookie(ceremonyCookie, "", "/auth", -time.Second))
	if ck, err := r.Cookie(ceremonyCookie); err == nil {
		return ck.Value
	}
	return ""
}

// registerBegin starts creating a passkey (see auth.Ceremonies.BeginRegistration).
func (s *Server) registerBegin(w http.ResponseWriter, r *http.Request) {
	var in auth.Registration
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxCeremonyBody)).Decode(&in); err != nil {
		s.fail(w, r, rule.Invalid("", "send JSON: {invitation, name, email, organization, passkeyName}"))
		return
	}
	options, secret, err := s.ceremonies.BeginRegistration(r.Context(), in, viewer.FromContext(r.Context()))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.SetCookie(w, s.cookie(ceremonyCookie, secret, "/auth", auth.CeremonyTTL))
	writeJSON(w, http.StatusOK, options)
}

// registerFinish stores the new passkey and signs the person in (or answers
// {"added": true} to a signed-in person adding one).
func (s *Server) registerFinish(w http.ResponseWriter, r *http.Request) {
	t, err := s.ceremonies.FinishRegistration(r.Context(), s.ceremonySecret(w, r), http.MaxBytesReader(w, r.Body, maxCeremonyBody), r.UserAgent())
	switch {
	case err != nil:
		s.fail(w, r, err)
	case t == nil:
		writeJSON(w, http.StatusOK, map[string]any{"added": true})
	default:
		s.sendTokens(w, t)
	}
}

// loginBegin starts a usernameless sign-in.
func (s *Server) loginBegin(w http.ResponseWriter, r *http.Request) {
	options, secret, err := s.ceremonies.BeginLogin(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.SetCookie(w, s.cookie(ceremonyCookie, secret, "/auth", auth.CeremonyTTL))
	writeJSON(w, http.StatusOK, options)
}

// loginFinish verifies the assertion and signs the person in.
func (s *Server) loginFinish(w http.ResponseWriter, r *http.Request) {
	t, err := s.ceremonies.FinishLogin(r.Context(), s.ceremonySecret(w, r), http.MaxBytesReader(w, r.Body, maxCeremonyBody), r.UserAgent())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.sendTokens(w, t)
}

// sendTokens answers a sign-in: the access token in the body, the refresh
// token in an HttpOnly, SameSite=Strict cookie scoped to /auth.
func (s *Server) sendTokens(w http.ResponseWriter, t *auth.Tokens) {
	http.SetCookie(w, s.cookie(refreshCookie, t.RefreshToken, "/auth", time.Until(t.RefreshUntil)))
	writeJSON(w, http.StatusOK, t)
}

// csrfChecked refuses (403) a refresh or sign-out without csrfHeader.
func csrfChecked(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get(csrfHeader) != "1" {
		writeError(w, http.StatusForbidden, graph.CodeForbidden, "missing "+csrfHeader+" header")
		return false
	}
	return true
}

// refresh rotates the refresh cookie and returns a new access token.
func (s *Server) refresh(w http.ResponseWriter, r *http.Request) {
	if !csrfChecked(w, r) {
		return
	}
	ck, err := r.Cookie(refreshCookie)
	if err != nil {
		s.fail(w, r, errors.Join(auth.ErrInvalidToken, errors.New("no refresh cookie")))
		return
	}
	t, err := s.sessions.Refresh(r.Context(), ck.Value, r.UserAgent())
	if err != nil {
		http.SetCookie(w, s.cookie(refreshCookie, "", "/auth", -time.Second))
		s.fail(w, r, err)
		return
	}
	s.sendTokens(w, t)
}

// logout ends the session of the refresh cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if !csrfChecked(w, r) {
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
		s.fail(w, r, errors.Join(auth.ErrInvalidToken, errors.New("sign out everywhere without a signed-in person")))
		return
	}
	if err := s.sessions.EndAll(r.Context(), v.LeaderID); err != nil {
		s.fail(w, r, err)
		return
	}
	http.SetCookie(w, s.cookie(refreshCookie, "", "/auth", -time.Second))
	w.WriteHeader(http.StatusNoContent)
}
