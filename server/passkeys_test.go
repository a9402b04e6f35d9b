package server_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
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
	"walker/ent/privacy"
	"walker/server"
)

var relyingParty = virtualwebauthn.RelyingParty{Name: "Walker", ID: "localhost", Origin: "http://localhost:8080"}

// device is a browser with a virtual authenticator: it keeps the cookies
// the server sets and answers ceremonies with its credentials.
type device struct {
	t       testing.TB
	h       *harness
	cookies map[string]*http.Cookie
	auth    virtualwebauthn.Authenticator
	creds   []virtualwebauthn.Credential
	rp      virtualwebauthn.RelyingParty
}

func newDevice(h *harness) *device {
	return &device{t: h.t, h: h, cookies: map[string]*http.Cookie{}, auth: virtualwebauthn.NewAuthenticator(), rp: relyingParty}
}

// post sends a JSON body with the device's cookies and returns status and body.
func (d *device) post(path, body string, headers map[string]string) (int, []byte) {
	d.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	for _, c := range d.cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	d.h.handler.ServeHTTP(rec, req)
	for _, c := range rec.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(d.cookies, c.Name)
		} else {
			d.cookies[c.Name] = c
		}
	}
	return rec.Code, rec.Body.Bytes()
}

// tokens decodes a sign-in answer.
func (d *device) tokens(status int, body []byte) string {
	d.t.Helper()
	if status != http.StatusOK {
		d.t.Fatalf("sign-in: status %d %s", status, body)
	}
	var out struct{ AccessToken string }
	if err := json.Unmarshal(body, &out); err != nil || out.AccessToken == "" {
		d.t.Fatalf("sign-in answer %s: %v", body, err)
	}
	if d.cookies["walker_refresh"] == nil || !d.cookies["walker_refresh"].HttpOnly || d.cookies["walker_refresh"].SameSite != http.SameSiteStrictMode {
		d.t.Fatalf("no HttpOnly SameSite=Strict refresh cookie: %+v", d.cookies)
	}
	return out.AccessToken
}

// register begins a registration with body (and headers), creates a new
// credential and returns the finish request's body.
func (d *device) registerBegin(body string, headers map[string]string) string {
	d.t.Helper()
	status, options := d.post("/auth/register/begin", body, headers)
	if status != http.StatusOK {
		d.t.Fatalf("register begin: %d %s", status, options)
	}
	var opts struct {
		PublicKey struct {
			User                   struct{ ID string }
			AuthenticatorSelection struct {
				ResidentKey      string
				UserVerification string
			}
			Attestation string
		}
	}
	_ = json.Unmarshal(options, &opts)
	if opts.PublicKey.AuthenticatorSelection.ResidentKey != "required" || opts.PublicKey.Attestation != "none" ||
		opts.PublicKey.AuthenticatorSelection.UserVerification != "preferred" {
		d.t.Fatalf("creation options are not a discoverable, attestation-none passkey: %s", options)
	}
	handle, err := base64.RawURLEncoding.DecodeString(opts.PublicKey.User.ID)
	if err != nil || len(handle) != 32 {
		d.t.Fatalf("user handle is not 32 random bytes: %q", opts.PublicKey.User.ID)
	}
	d.auth.Options.UserHandle = handle
	parsed, err := virtualwebauthn.ParseAttestationOptions(string(options))
	if err != nil {
		d.t.Fatal(err)
	}
	cred := newCredential(d.t)
	d.creds = append(d.creds, cred)
	return virtualwebauthn.CreateAttestationResponse(d.rp, d.auth, cred, *parsed)
}

// loginBegin begins a sign-in and returns the assertion of credential i.
func (d *device) loginBegin(i int) string {
	d.t.Helper()
	status, options := d.post("/auth/login/begin", "{}", nil)
	if status != http.StatusOK {
		d.t.Fatalf("login begin: %d %s", status, options)
	}
	parsed, err := virtualwebauthn.ParseAssertionOptions(string(options))
	if err != nil {
		d.t.Fatal(err)
	}
	if len(parsed.AllowCredentials) != 0 {
		d.t.Fatal("a usernameless sign-in lists credentials")
	}
	return virtualwebauthn.CreateAssertionResponse(d.rp, d.auth, d.creds[i], *parsed)
}

func (d *device) login(i int) (int, []byte) {
	d.t.Helper()
	return d.post("/auth/login/finish", d.loginBegin(i), nil)
}

// newCredential makes a P-256 passkey whose public coordinates are a full
// 32 bytes: virtualwebauthn encodes them without leading zeros, which
// go-webauthn rightly refuses, so 1 key in about 128 would fail at random.
func newCredential(t testing.TB) virtualwebauthn.Credential {
	for {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if len(k.X.Bytes()) != 32 || len(k.Y.Bytes()) != 32 {
			continue
		}
		der, err := x509.MarshalPKCS8PrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		return virtualwebauthn.NewCredentialWithImportedKey(virtualwebauthn.KeyTypeEC2, der)
	}
}

// invite creates an invitation as Ada and returns its secret.
func (h *harness) invite(email string) string {
	h.t.Helper()
	var out struct {
		CreateInvitation struct{ URL string } `json:"createInvitation"`
	}
	h.ok(h.adaJWT, `mutation($e: String!) { createInvitation(input: {email: $e, role: MEMBER}) { url } }`, map[string]any{"e": email}, &out)
	return out.CreateInvitation.URL[strings.LastIndex(out.CreateInvitation.URL, "/")+1:]
}

// join registers a newcomer from an invitation and returns the access token.
func (d *device) join(secret, name string) string {
	d.t.Helper()
	resp := d.registerBegin(`{"invitation":"`+secret+`","name":"`+name+`","passkeyName":"Work phone"}`, nil)
	return d.tokens(d.post("/auth/register/finish", resp, nil))
}

func TestPasskeyRegisterAndSignIn(t *testing.T) {
	h := newHarness(t)
	phone := newDevice(h)
	access := phone.join(h.invite("nia@acme.test"), "Nia New")
	var me struct {
		Viewer struct{ Name, Email, Role string }
	}
	h.ok(access, `{ viewer { name email role } }`, nil, &me)
	if me.Viewer.Name != "Nia New" || me.Viewer.Email != "nia@acme.test" || me.Viewer.Role != "MEMBER" {
		t.Fatalf("registered person: %+v", me.Viewer)
	}
	// Usernameless sign-in with the passkey.
	phone.cookies = map[string]*http.Cookie{}
	h.ok(phone.tokens(phone.login(0)), `{ viewer { name } }`, nil, nil)

	// A second passkey, added while signed in, signs in too; the first is excluded.
	laptop := phone.registerBegin(`{"passkeyName":"Laptop"}`, map[string]string{"Authorization": "Bearer " + access})
	if status, body := phone.post("/auth/register/finish", laptop, nil); status != http.StatusOK {
		t.Fatalf("adding a passkey: %d %s", status, body)
	}
	phone.tokens(phone.login(1))
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	keys := h.store.Client.Passkey.Query().Order(passkey.ByID()).AllX(ctx)
	if len(keys) != 2 || keys[0].Name != "Work phone" || keys[1].Name != "Laptop" || keys[0].LastUsedAt == nil {
		t.Fatalf("stored passkeys: %+v", keys)
	}
	if keys[0].Credential.Authenticator.SignCount != 0 || keys[0].Credential.PublicKey == nil {
		t.Fatalf("the whole credential is stored: %+v", keys[0].Credential)
	}
}

func TestPasskeyCeremonyRefusals(t *testing.T) {
	h := newHarness(t)
	phone := newDevice(h)
	phone.join(h.invite("nia@acme.test"), "Nia")
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
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
		d.rp.Origin = "http://evil.test:8080"
		refused(t)(d.post("/auth/login/finish", d.loginBegin(0), nil))
	})
	t.Run("wrong RP ID", func(t *testing.T) {
		d := *phone
		d.rp.ID = "evil.test"
		refused(t)(d.post("/auth/login/finish", d.loginBegin(0), nil))
	})
	t.Run("replayed ceremony", func(t *testing.T) {
		resp := phone.loginBegin(0)
		cookie := phone.cookies["walker_ceremony"]
		phone.tokens(phone.post("/auth/login/finish", resp, nil))
		phone.cookies["walker_ceremony"] = cookie
		refused(t)(phone.post("/auth/login/finish", resp, nil))
	})
	t.Run("expired ceremony", func(t *testing.T) {
		resp := phone.loginBegin(0)
		h.store.Client.Ceremony.Update().Where(ceremony.KindEQ(ceremony.KindLOGIN)).
			SetExpiresAt(time.Now().Add(-time.Second)).ExecX(ctx)
		refused(t)(phone.post("/auth/login/finish", resp, nil))
	})
	t.Run("finished with another's cookie", func(t *testing.T) {
		mine := phone.loginBegin(0)
		other := newDevice(h)
		other.post("/auth/login/begin", "{}", nil)
		phone.cookies["walker_ceremony"] = other.cookies["walker_ceremony"]
		refused(t)(phone.post("/auth/login/finish", mine, nil))
	})
	t.Run("no cookie", func(t *testing.T) {
		resp := phone.loginBegin(0)
		delete(phone.cookies, "walker_ceremony")
		refused(t)(phone.post("/auth/login/finish", resp, nil))
	})
	t.Run("unknown credential", func(t *testing.T) {
		d := *phone
		d.creds = []virtualwebauthn.Credential{newCredential(t)}
		refused(t)(d.post("/auth/login/finish", d.loginBegin(0), nil))
	})
	t.Run("tampered signature", func(t *testing.T) {
		var a map[string]any
		_ = json.Unmarshal([]byte(phone.loginBegin(0)), &a)
		resp := a["response"].(map[string]any)
		sig, _ := base64.RawURLEncoding.DecodeString(resp["signature"].(string))
		sig[len(sig)-1] ^= 0xff
		resp["signature"] = base64.RawURLEncoding.EncodeToString(sig)
		b, _ := json.Marshal(a)
		refused(t)(phone.post("/auth/login/finish", string(b), nil))
	})
	t.Run("cloned authenticator", func(t *testing.T) {
		phone.creds[0].Counter = 5
		phone.tokens(phone.login(0))
		phone.creds[0].Counter = 3
		refused(t)(phone.login(0))
		phone.creds[0].Counter = 6
	})
	t.Run("deleted passkey", func(t *testing.T) {
		h.store.Client.Passkey.Delete().ExecX(ctx)
		refused(t)(phone.login(0))
	})
	t.Run("used, revoked and expired invitations", func(t *testing.T) {
		used := h.invite("uma@acme.test")
		newDevice(h).join(used, "Uma")
		d := newDevice(h)
		refused(t)(d.post("/auth/register/begin", `{"invitation":"`+used+`","name":"Uma again"}`, nil))
		revoked := h.invite("rex@acme.test")
		var list struct {
			Invitations struct {
				Edges []struct{ Node struct{ ID, Email string } }
			}
		}
		h.ok(h.adaJWT, `{ invitations(first: 100) { edges { node { id email } } } }`, nil, &list)
		for _, e := range list.Invitations.Edges {
			if e.Node.Email == "rex@acme.test" {
				h.ok(h.adaJWT, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, map[string]any{"id": e.Node.ID}, nil)
			}
		}
		refused(t)(d.post("/auth/register/begin", `{"invitation":"`+revoked+`","name":"Rex"}`, nil))
		expired := h.invite("eve@acme.test")
		h.store.Client.Invitation.Update().SetExpiresAt(time.Now().Add(-time.Minute)).ExecX(ctx)
		refused(t)(d.post("/auth/register/begin", `{"invitation":"`+expired+`","name":"Eve"}`, nil))
		refused(t)(d.post("/auth/register/begin", `{"invitation":"wi_nope","name":"Nobody"}`, nil))
	})
	t.Run("invitation spent between begin and finish", func(t *testing.T) {
		secret := h.invite("sam@acme.test")
		a, b := newDevice(h), newDevice(h)
		ra := a.registerBegin(`{"invitation":"`+secret+`","name":"Sam"}`, nil)
		rb := b.registerBegin(`{"invitation":"`+secret+`","name":"Sam"}`, nil)
		a.tokens(a.post("/auth/register/finish", ra, nil))
		refused(t)(b.post("/auth/register/finish", rb, nil))
	})
}

func TestSessionsRefreshAndSignOut(t *testing.T) {
	h := newHarness(t)
	phone := newDevice(h)
	phone.join(h.invite("nia@acme.test"), "Nia")
	csrf := map[string]string{"X-Walker-CSRF": "1"}

	if status, _ := phone.post("/auth/refresh", "", nil); status != http.StatusForbidden {
		t.Fatalf("refresh without the CSRF header: %d", status)
	}
	first := phone.cookies["walker_refresh"]
	access := phone.tokens(phone.post("/auth/refresh", "", csrf))
	second := phone.cookies["walker_refresh"]
	if second.Value == first.Value {
		t.Fatal("refresh did not rotate the token")
	}
	h.ok(access, `{ viewer { name } }`, nil, nil)
	// The spent token comes back: the whole family is revoked.
	phone.cookies["walker_refresh"] = first
	if status, _ := phone.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("reused refresh token: %d", status)
	}
	phone.cookies["walker_refresh"] = second
	if status, _ := phone.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("the family survived a reuse: %d", status)
	}

	// Sign out ends the session.
	phone.tokens(phone.login(0))
	if status, _ := phone.post("/auth/logout", "", csrf); status != http.StatusNoContent {
		t.Fatalf("logout: %d", status)
	}
	if status, _ := phone.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("refresh after logout: %d", status)
	}

	// Sign out everywhere ends every session of the person.
	laptop := *phone
	laptop.cookies = map[string]*http.Cookie{}
	phoneAccess := phone.tokens(phone.login(0))
	laptop.tokens(laptop.login(0))
	if status, _ := phone.post("/auth/logout-everywhere", "", map[string]string{"Authorization": "Bearer " + phoneAccess}); status != http.StatusNoContent {
		t.Fatalf("logout everywhere: %d", status)
	}
	if status, _ := laptop.post("/auth/refresh", "", csrf); status != http.StatusUnauthorized {
		t.Fatalf("the other device's session survived: %d", status)
	}
}

func TestSignInRateLimit(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.AuthRatePerSec, c.AuthBurst = 0.001, 2 })
	d := newDevice(h)
	for i := range 2 {
		if status, body := d.post("/auth/login/begin", "{}", nil); status != http.StatusOK {
			t.Fatalf("attempt %d: %d %s", i, status, body)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/auth/login/begin", bytes.NewReader([]byte("{}")))
	rec := httptest.NewRecorder()
	h.handler.ServeHTTP(rec, req)
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("third attempt: %d", rec.Code)
	}
}

func TestPublicURLMustSuitPasskeys(t *testing.T) {
	for _, u := range []string{"http://127.0.0.1:8080", "http://walker.example.com", "https://[::1]:8443", "ftp://walker.example.com", "https://walker.example.com/app"} {
		cfg := server.DefaultConfig()
		cfg.PublicURL = u
		if err := cfg.Validate(); err == nil {
			st := newHarness(t).store
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
	h := newHarness(t)
	phone := newDevice(h)
	access := phone.join(h.invite("nia@acme.test"), "Nia")
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
	h.ok(access, passkeys, nil, &list)
	if len(list.Viewer.Passkeys.Edges) != 1 || list.Viewer.Passkeys.Edges[0].Node.Name != "Work phone" || list.Viewer.Passkeys.Edges[0].Node.Synced {
		t.Fatalf("passkeys: %+v", list.Viewer.Passkeys)
	}
	first := list.Viewer.Passkeys.Edges[0].Node.ID
	h.fails(access, `mutation($id: ID!) { deletePasskey(id: $id) }`, map[string]any{"id": first}, "BAD_USER_INPUT")
	var renamed struct{ RenamePasskey struct{ Name string } }
	h.ok(access, `mutation($id: ID!) { renamePasskey(id: $id, name: "Old phone") { name } }`, map[string]any{"id": first}, &renamed)
	if renamed.RenamePasskey.Name != "Old phone" {
		t.Fatalf("rename: %+v", renamed)
	}
	// Nobody else sees or changes them, not even an admin.
	h.fails(h.adaJWT, `mutation($id: ID!) { renamePasskey(id: $id, name: "Mine") { name } }`, map[string]any{"id": first}, "NOT_FOUND")
	// With a second passkey the first can go.
	second := phone.registerBegin(`{"passkeyName":"Laptop"}`, map[string]string{"Authorization": "Bearer " + access})
	phone.post("/auth/register/finish", second, nil)
	h.ok(access, `mutation($id: ID!) { deletePasskey(id: $id) }`, map[string]any{"id": first}, nil)
	if status, _ := phone.login(0); status != http.StatusUnauthorized {
		t.Fatalf("a deleted passkey signed in: %d", status)
	}
	phone.tokens(phone.login(1))

	// Recovery: only an admin revokes access; sessions and passkeys go at once.
	nia := list.Viewer.ID
	h.fails(h.leoJWT, `mutation($id: ID!) { revokeAccess(leaderID: $id) { id } }`, map[string]any{"id": nia}, "FORBIDDEN")
	h.fails(h.gusJWT, `mutation($id: ID!) { revokeAccess(leaderID: $id) { id } }`, map[string]any{"id": nia}, "NOT_FOUND")
	h.ok(h.adaJWT, `mutation($id: ID!) { revokeAccess(leaderID: $id) { deactivatedAt } }`, map[string]any{"id": nia}, nil)
	if status, _ := phone.post("/auth/refresh", "", map[string]string{"X-Walker-CSRF": "1"}); status != http.StatusUnauthorized {
		t.Fatalf("a session survived revocation: %d", status)
	}
	if status, _ := phone.login(1); status != http.StatusUnauthorized {
		t.Fatalf("a passkey survived revocation: %d", status)
	}
	// A new invitation restores the same person with a new passkey.
	again := newDevice(h)
	restored := again.join(h.invite("nia@acme.test"), "ignored")
	var me struct{ Viewer struct{ ID, Name string } }
	h.ok(restored, `{ viewer { id name } }`, nil, &me)
	if me.Viewer.ID != nia || me.Viewer.Name != "Nia" {
		t.Fatalf("recovery made another person: %+v", me.Viewer)
	}
}

func TestHTTPSHeadersAndSecureCookies(t *testing.T) {
	h := newHarness(t, func(c *server.Config) { c.PublicURL = "https://walker.example.com" })
	req := httptest.NewRequest(http.MethodPost, "/auth/login/begin", strings.NewReader("{}"))
	rec := httptest.NewRecorder()
	h.handler.ServeHTTP(rec, req)
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
