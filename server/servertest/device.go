package servertest

import (
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

	"github.com/descope/virtualwebauthn"
)

// RelyingParty is Walker as the servers under test present it to passkeys.
var RelyingParty = virtualwebauthn.RelyingParty{Name: "Walker", ID: "localhost", Origin: PublicURL}

// Device is a browser with a virtual authenticator: it keeps the cookies the
// server sets and answers ceremonies with its credentials.
type Device struct {
	t       testing.TB
	Harness *Harness // the server it talks to; change it to move to another replica
	Cookies map[string]*http.Cookie
	Creds   []virtualwebauthn.Credential
	RP      virtualwebauthn.RelyingParty
	auth    virtualwebauthn.Authenticator
}

// NewDevice is a device with no cookies and no credentials, talking to h.
func NewDevice(h *Harness) *Device {
	return &Device{t: h.t, Harness: h, Cookies: map[string]*http.Cookie{}, auth: virtualwebauthn.NewAuthenticator(), RP: RelyingParty}
}

// Post sends a JSON body with the device's cookies and returns status and body.
func (d *Device) Post(path, body string, headers map[string]string) (int, []byte) {
	d.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	for _, c := range d.Cookies {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	d.Harness.Handler.ServeHTTP(rec, req)
	for _, c := range rec.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(d.Cookies, c.Name)
		} else {
			d.Cookies[c.Name] = c
		}
	}
	return rec.Code, rec.Body.Bytes()
}

// Tokens decodes a sign-in answer and returns its access token.
func (d *Device) Tokens(status int, body []byte) string {
	d.t.Helper()
	if status != http.StatusOK {
		d.t.Fatalf("sign-in: status %d %s", status, body)
	}
	var out struct{ AccessToken string }
	if err := json.Unmarshal(body, &out); err != nil || out.AccessToken == "" {
		d.t.Fatalf("sign-in answer %s: %v", body, err)
	}
	if d.Cookies["walker_refresh"] == nil || !d.Cookies["walker_refresh"].HttpOnly || d.Cookies["walker_refresh"].SameSite != http.SameSiteStrictMode {
		d.t.Fatalf("no HttpOnly SameSite=Strict refresh cookie: %+v", d.Cookies)
	}
	return out.AccessToken
}

// RegisterBegin begins a registration with body (and headers), creates a new
// credential and returns the finish request's body.
func (d *Device) RegisterBegin(body string, headers map[string]string) string {
	d.t.Helper()
	status, options := d.Post("/auth/register/begin", body, headers)
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
	cred := NewCredential(d.t)
	d.Creds = append(d.Creds, cred)
	return virtualwebauthn.CreateAttestationResponse(d.RP, d.auth, cred, *parsed)
}

// LoginBegin begins a sign-in and returns the assertion of credential i.
func (d *Device) LoginBegin(i int) string {
	d.t.Helper()
	status, options := d.Post("/auth/login/begin", "{}", nil)
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
	return virtualwebauthn.CreateAssertionResponse(d.RP, d.auth, d.Creds[i], *parsed)
}

// Login signs in with credential i and returns the finish answer.
func (d *Device) Login(i int) (int, []byte) {
	d.t.Helper()
	return d.Post("/auth/login/finish", d.LoginBegin(i), nil)
}

// Join registers a newcomer from an invitation and returns the access token.
func (d *Device) Join(secret, name string) string {
	d.t.Helper()
	resp := d.RegisterBegin(`{"invitation":"`+secret+`","name":"`+name+`","passkeyName":"Work phone"}`, nil)
	return d.Tokens(d.Post("/auth/register/finish", resp, nil))
}

// NewCredential makes a P-256 passkey whose public coordinates are a full
// 32 bytes: virtualwebauthn encodes them without leading zeros, which
// go-webauthn rightly refuses, so 1 key in about 128 would fail at random.
func NewCredential(t testing.TB) virtualwebauthn.Credential {
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
