package server_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/descope/virtualwebauthn"

	"walker/ent/ceremony"
	"walker/ent/passkey"
	"walker/server"
	"walker/server/servertest"
)

func TestPasskeyRegisterAndSignIn(t *testing.T) {
	h := servertest.New(t)
	phone := servertest.NewDevice(h)
	access := phone.Join(h.Invite("nia@acme.test"), "Nia New")
	var me struct {
		Viewer struct{ Name, Email, Role string }
	}
	h.OK(access, `{ viewer { name email role } }`, nil, &me)
	if me.Viewer.Name != "Nia New" || me.Viewer.Email != "nia@acme.test" || me.Viewer.Role != "MEMBER" {
		t.Fatalf("registered person: %+v", me.Viewer)
	}
	// Usernameless sign-in with the passkey.
	phone.Cookies = map[string]*http.Cookie{}
	h.OK(phone.Tokens(phone.Login(0)), `{ viewer { name } }`, nil, nil)

	// A second passkey, added while signed in, signs in too; the first is excluded.
	laptop := phone.RegisterBegin(`{"passkeyName":"Laptop"}`, map[string]string{"Authorization": "Bearer " + access})
	if status, body := phone.Post("/auth/register/finish", laptop, nil); status != http.StatusOK {
		t.Fatalf("adding a passkey: %d %s", status, body)
	}
	phone.Tokens(phone.Login(1))
	ctx := servertest.System()
	keys := h.Store.Client.Passkey.Query().Order(passkey.ByID()).AllX(ctx)
	if len(keys) != 2 || keys[0].Name != "Work phone" || keys[1].Name != "Laptop" || keys[0].LastUsedAt == nil {
		t.Fatalf("stored passkeys: %+v", keys)
	}
	if keys[0].Credential.Authenticator.SignCount != 0 || keys[0].Credential.PublicKey == nil {
		t.Fatalf("the whole credential is stored: %+v", keys[0].Credential)
	}
}

func TestPasskeyCeremonyRefusals(t *testing.T) {
	h := servertest.New(t)
	phone := servertest.NewDevice(h)
	phone.Join(h.Invite("nia@acme.test"), "Nia")
	ctx := servertest.System()
	refused := func(t *testing.T) func(int, []byte) {
		return func(status int, body []byte) {
			t.Helper()
			name := t.Name()
			if status != http.StatusUnauthorized || !strings.Contains(string(body), "UNAUTHENTICATED") {
				t.Fatalf("%s: want 401, got %d %s", name, status, body)
			}
			if strings.Contains(string(body), "challenge") || strings.Contains(string(body), "origin") {
				t.Fatalf("%s: the refusal gives details: %s", name, body)
			}
		}
	}

	t.Run("wrong origin", func(t *testing.T) {
		d := *phone
		d.RP.Origin = "http://evil.test:8080"
		refused(t)(d.Post("/auth/login/finish", d.LoginBegin(0), nil))
	})
	t.Run("wrong RP ID", func(t *testing.T) {
		d := *phone
		d.RP.ID = "evil.test"
		refused(t)(d.Post("/auth/login/finish", d.LoginBegin(0), nil))
	})
	t.Run("replayed ceremony", func(t *testing.T) {
		resp := phone.LoginBegin(0)
		cookie := phone.Cookies["walker_ceremony"]
		phone.Tokens(phone.Post("/auth/login/finish", resp, nil))
		phone.Cookies["walker_ceremony"] = cookie
		refused(t)(phone.Post("/auth/login/finish", resp, nil))
	})
	t.Run("expired ceremony", func(t *testing.T) {
		resp := phone.LoginBegin(0)
		h.Store.Client.Ceremony.Update().Where(ceremony.KindEQ(ceremony.KindLOGIN)).
			SetExpiresAt(time.Now().Add(-time.Second)).ExecX(ctx)
		refused(t)(phone.Post("/auth/login/finish", resp, nil))
	})
	t.Run("finished with another's cookie", func(t *testing.T) {
		mine := phone.LoginBegin(0)
		other := servertest.NewDevice(h)
		other.Post("/auth/login/begin", "{}", nil)
		phone.Cookies["walker_ceremony"] = other.Cookies["walker_ceremony"]
		refused(t)(phone.Post("/auth/login/finish", mine, nil))
	})
	t.Run("no cookie", func(t *testing.T) {
		resp := phone.LoginBegin(0)
		delete(phone.Cookies, "walker_ceremony")
		refused(t)(phone.Post("/auth/login/finish", resp, nil))
	})
	t.Run("unknown credential", func(t *testing.T) {
		d := *phone
		d.Creds = []virtualwebauthn.Credential{servertest.NewCredential(t)}
		refused(t)(d.Post("/auth/login/finish", d.LoginBegin(0), nil))
	})
	t.Run("tampered signature", func(t *testing.T) {
		var a map[string]any
		_ = json.Unmarshal([]byte(phone.LoginBegin(0)), &a)
		resp := a["response"].(map[string]any)
		sig, _ := base64.RawURLEncoding.DecodeString(resp["signature"].(string))
		sig[len(sig)-1] ^= 0xff
		resp["signature"] = base64.RawURLEncoding.EncodeToString(sig)
		b, _ := json.Marshal(a)
		refused(t)(phone.Post("/auth/login/finish", string(b), nil))
	})
	t.Run("cloned authenticator", func(t *testing.T) {
		phone.Creds[0].Counter = 5
		phone.Tokens(phone.Login(0))
		phone.Creds[0].Counter = 3
		refused(t)(phone.Login(0))
		phone.Creds[0].Counter = 6
	})
	t.Run("deleted passkey", func(t *testing.T) {
		h.Store.Client.Passkey.Delete().ExecX(ctx)
		refused(t)(phone.Login(0))
	})
	t.Run("used, revoked and expired invitations", func(t *testing.T) {
		used := h.Invite("uma@acme.test")
		servertest.NewDevice(h).Join(used, "Uma")
		d := servertest.NewDevice(h)
		refused(t)(d.Post("/auth/register/begin", `{"invitation":"`+used+`","name":"Uma again"}`, nil))
		revoked := h.Invite("rex@acme.test")
		var list struct {
			Invitations struct {
				Edges []struct{ Node struct{ ID, Email string } }
			}
		}
		h.OK(h.AdaJWT, `{ invitations(first: 100) { edges { node { id email } } } }`, nil, &list)
		for _, e := range list.Invitations.Edges {
			if e.Node.Email == "rex@acme.test" {
				h.OK(h.AdaJWT, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, map[string]any{"id": e.Node.ID}, nil)
			}
		}
		refused(t)(d.Post("/auth/register/begin", `{"invitation":"`+revoked+`","name":"Rex"}`, nil))
		expired := h.Invite("eve@acme.test")
		h.Store.Client.Invitation.Update().SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(ctx)
		refused(t)(d.Post("/auth/register/begin", `{"invitation":"`+expired+`","name":"Eve"}`, nil))
		refused(t)(d.Post("/auth/register/begin", `{"invitation":"wi_nope","name":"Nobody"}`, nil))
	})
	t.Run("invitation spent between begin and finish", func(t *testing.T) {
		secret := h.Invite("sam@acme.test")
		a, b := servertest.NewDevice(h), servertest.NewDevice(h)
		ra := a.RegisterBegin(`{"invitation":"`+secret+`","name":"Sam"}`, nil)
		rb := b.RegisterBegin(`{"invitation":"`+secret+`","name":"Sam"}`, nil)
		a.Tokens(a.Post("/auth/register/finish", ra, nil))
		refused(t)(b.Post("/auth/register/finish", rb, nil))
	})
}

func TestSessionsRefreshAndSignOut(t *testing.T) {
	h := servertest.New(t)
	phone := servertest.NewDevice(h)
	phone.Join(h.Invite("nia@acme.test"), "Nia")
	csrf := map[string]string{"X-Walker-CSRF": "1"}

	if status, _ := phone.Post("/auth/refresh", "", nil); status != http.StatusForbidden {
		t.Fatalf("refresh without the CSRF header: %d", status)
	}
	first := phone.Cookies["walker_refresh"]
	access := phone.Tokens(phone.Post("/auth/refresh", "", csrf))
	second := phone.Cookies["walker_refresh"]
	if second.Value == first.Value {
		t.Fatal("refresh did not rotate the token")
	}
	h.OK(access, `{ viewer { name } }`, nil, nil)
	// The spent token comes back: the whole family is revoked.
	phone.Cookies["walker_refresh"] = first
	if status, _ := phone.Post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("reused refresh token: %d", status)
	}
	phone.Cookies["walker_refresh"] = second
	if status, _ := phone.Post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("the family survived a reuse: %d", status)
	}

	// Sign out ends the session.
	phone.Tokens(phone.Login(0))
	if status, _ := phone.Post("/auth/logout", "", csrf); status != http.StatusNoContent {
		t.Fatalf("logout: %d", status)
	}
	if status, _ := phone.Post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("refresh after logout: %d", status)
	}

	// Sign out everywhere ends every session of the person.
	laptop := *phone
	laptop.Cookies = map[string]*http.Cookie{}
	phoneAccess := phone.Tokens(phone.Login(0))
	laptop.Tokens(laptop.Login(0))
	if status, _ := phone.Post("/auth/logout-everywhere", "", map[string]string{"Authorization": "Bearer " + phoneAccess}); status != http.StatusNoContent {
		t.Fatalf("logout everywhere: %d", status)
	}
	if status, _ := laptop.Post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("the other device's session survived: %d", status)
	}
}

func TestSignInRateLimit(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.AuthRatePerSec, c.AuthBurst = 0.001, 2 })
	d := servertest.NewDevice(h)
	for i := range 2 {
		if status, body := d.Post("/auth/login/begin", "{}", nil); status != http.StatusOK {
			t.Fatalf("attempt %d: %d %s", i, status, body)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/auth/login/begin", bytes.NewReader([]byte("{}")))
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("third attempt: %d", rec.Code)
	}
}

func TestPublicURLMustSuitPasskeys(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8080", "http://walker.example.com", "https://[::1]:8443", "ftp://walker.example.com", "https://walker.example.com/app"} {
		cfg := server.DefaultConfig()
		cfg.PublicURL = u
		if err := cfg.Validate(); err == nil {
			st := servertest.New(t).Store
			if _, err := server.New(context.Background(), cfg, st, nil); err == nil {
				t.Errorf("public URL %s accepted", u)
			}
		}
	}
	for _, u := range []string{"http://localhost:8080", "https://walker.example.com"} {
		cfg := server.DefaultConfig()
		cfg.PublicURL = u
		if err := cfg.Validate(); err != nil {
			t.Errorf("public URL %s refused: %v", u, err)
		}
	}
}

func TestManagePasskeysAndRecovery(t *testing.T) {
	h := servertest.New(t)
	phone := servertest.NewDevice(h)
	access := phone.Join(h.Invite("nia@acme.test"), "Nia")
	var list struct {
		Viewer struct {
			ID       string
			Passkeys struct {
				Edges []struct {
					Node struct {
						ID, Name  string
						Synced    bool
						CreatedAt time.Time
					}
				}
			}
		}
	}
	passkeys := `{ viewer { id passkeys(first: 10) { edges { node { id name synced createdAt lastUsedAt } } } } }`
	h.OK(access, passkeys, nil, &list)
	if len(list.Viewer.Passkeys.Edges) != 1 || list.Viewer.Passkeys.Edges[0].Node.Name != "Work phone" || list.Viewer.Passkeys.Edges[0].Node.Synced {
		t.Fatalf("passkeys: %+v", list.Viewer.Passkeys)
	}
	first := list.Viewer.Passkeys.Edges[0].Node.ID
	h.Fails(access, `mutation($id: ID!) { deletePasskey(id: $id) }`, map[string]any{"id": first}, "BAD_USER_INPUT")
	var renamed struct{ RenamePasskey struct{ Name string } }
	h.OK(access, `mutation($id: ID!) { renamePasskey(id: $id, name: "Old phone") { name } }`, map[string]any{"id": first}, &renamed)
	if renamed.RenamePasskey.Name != "Old phone" {
		t.Fatalf("rename: %+v", renamed)
	}
	// Nobody else sees or changes them, not even an admin.
	h.Fails(h.AdaJWT, `mutation($id: ID!) { renamePasskey(id: $id, name: "Mine") { name } }`, map[string]any{"id": first}, "NOT_FOUND")
	// With a second passkey the first can go.
	second := phone.RegisterBegin(`{"passkeyName":"Laptop"}`, map[string]string{"Authorization": "Bearer " + access})
	phone.Post("/auth/register/finish", second, nil)
	h.OK(access, `mutation($id: ID!) { deletePasskey(id: $id) }`, map[string]any{"id": first}, nil)
	if status, _ := phone.Login(0); status != http.StatusUnauthorized {
		t.Fatalf("a deleted passkey signed in: %d", status)
	}
	phone.Tokens(phone.Login(1))

	// Recovery: only an admin revokes access; sessions and passkeys go at once.
	nia := list.Viewer.ID
	h.Fails(h.LeoJWT, `mutation($id: ID!) { revokeAccess(leaderID: $id) { id } }`, map[string]any{"id": nia}, "FORBIDDEN")
	h.Fails(h.GusJWT, `mutation($id: ID!) { revokeAccess(leaderID: $id) { id } }`, map[string]any{"id": nia}, "NOT_FOUND")
	h.OK(h.AdaJWT, `mutation($id: ID!) { revokeAccess(leaderID: $id) { deactivatedAt } }`, map[string]any{"id": nia}, nil)
	if status, _ := phone.Post("/auth/refresh", "", map[string]string{"X-Walker-CSRF": "1"}); status != http.StatusUnauthorized {
		t.Fatalf("a session survived revocation: %d", status)
	}
	if status, _ := phone.Login(1); status != http.StatusUnauthorized {
		t.Fatalf("a passkey survived revocation: %d", status)
	}
	// A new invitation restores the same person with a new passkey.
	again := servertest.NewDevice(h)
	restored := again.Join(h.Invite("nia@acme.test"), "ignored")
	var me struct{ Viewer struct{ ID, Name string } }
	h.OK(restored, `{ viewer { id name } }`, nil, &me)
	if me.Viewer.ID != nia || me.Viewer.Name != "Nia" {
		t.Fatalf("recovery made another person: %+v", me.Viewer)
	}
}

func TestHTTPSHeadersAndSecureCookies(t *testing.T) {
	h := servertest.New(t, func(c *server.Config) { c.PublicURL = "https://walker.example.com" })
	req := httptest.NewRequest(http.MethodPost, "/auth/login/begin", strings.NewReader("{}"))
	rec := httptest.NewRecorder()
	h.Handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("login begin: %d", rec.Code)
	}
	if hsts := rec.Header().Get("Strict-Transport-Security"); !strings.HasPrefix(hsts, "max-age=") {
		t.Fatalf("no HSTS on https: %q", hsts)
	}
	cookies := rec.Result().Cookies()
	if len(cookies) != 1 || !cookies[0].Secure || !cookies[0].HttpOnly || cookies[0].SameSite != http.SameSiteStrictMode || cookies[0].Path != "/auth" {
		t.Fatalf("ceremony cookie on https: %+v", cookies)
	}
	var opts struct{ PublicKey struct{ RpID string } }
	_ = json.Unmarshal(rec.Body.Bytes(), &opts)
	if opts.PublicKey.RpID != "walker.example.com" {
		t.Fatalf("RP ID from the public URL: %s", rec.Body)
	}
}
