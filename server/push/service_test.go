package push_test

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"walker/server/push"
)

// pushService plays a push service (FCM, Mozilla's autopush, Apple's) for
// the tests: it holds each device's private ECDH key and auth secret, as the
// browser would, checks the VAPID Authorization header (an ES256 JWT for
// the endpoint's origin, signed by the key in k=, which must be Walker's),
// decrypts the payload (RFC 8291, aes128gcm) with its own code — not the
// sender's library — and answers what the test sets.
type pushService struct {
	t   testing.TB
	srv *httptest.Server

	mu      sync.Mutex
	devices map[string]*device // by path
	got     []delivery
	// answer is the status for a device's path (201 Created unless set).
	answer func(path string) int
	// vapidKey, when set, is the only k= accepted.
	vapidKey string
	delay    time.Duration
}

// device is a browser's subscription: its keys, private ones included.
type device struct {
	path string
	key  *ecdh.PrivateKey
	auth []byte
}

// delivery is a push received and decrypted.
type delivery struct {
	Path         string
	Notification push.Notification
	TTL, Topic   string
}

func newPushService(t testing.TB) *pushService {
	p := &pushService{t: t, devices: map[string]*device{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.srv.Close)
	return p
}

// subscribe makes a device and returns what PushSubscription.toJSON() gives
// the app: its endpoint and keys.
func (p *pushService) subscribe() (endpoint, p256dh, auth string) {
	key, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		p.t.Fatal(err)
	}
	secret := make([]byte, 16)
	_, _ = rand.Read(secret)
	p.mu.Lock()
	defer p.mu.Unlock()
	path := fmt.Sprintf("/push/%d", len(p.devices)+1)
	p.devices[path] = &device{path: path, key: key, auth: secret}
	enc := base64.RawURLEncoding
	return p.srv.URL + path, enc.EncodeToString(key.PublicKey().Bytes()), enc.EncodeToString(secret)
}

// set changes what the service does, safely while it serves.
func (p *pushService) set(f func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f()
}

// deliveries are the pushes received so far.
func (p *pushService) deliveries() []delivery {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]delivery(nil), p.got...)
}

func (p *pushService) serve(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	d := p.devices[r.URL.Path]
	answer, delay, want := p.answer, p.delay, p.vapidKey
	p.mu.Unlock()
	time.Sleep(delay)
	if d == nil || r.Method != http.MethodPost {
		http.Error(w, "no such subscription", http.StatusNotFound)
		return
	}
	if err := p.checkVAPID(r, want); err != nil {
		p.t.Errorf("push %s: VAPID: %v", r.URL.Path, err)
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	if ce := r.Header.Get("Content-Encoding"); ce != "aes128gcm" {
		p.t.Errorf("push %s: Content-Encoding %q", r.URL.Path, ce)
	}
	body, _ := io.ReadAll(r.Body)
	plain, err := decrypt(d, body)
	if err != nil {
		p.t.Errorf("push %s: decrypting: %v", r.URL.Path, err)
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var n push.Notification
	if err := json.Unmarshal(plain, &n); err != nil {
		p.t.Errorf("push %s: payload %q: %v", r.URL.Path, plain, err)
	}
	status := http.StatusCreated
	if answer != nil {
		status = answer(r.URL.Path)
	}
	if status == http.StatusCreated {
		p.mu.Lock()
		p.got = append(p.got, delivery{Path: r.URL.Path, Notification: n, TTL: r.Header.Get("TTL"), Topic: r.Header.Get("Topic")})
		p.mu.Unlock()
	}
	w.WriteHeader(status)
}

// checkVAPID checks "Authorization: vapid t=JWT, k=KEY" (RFC 8292): the JWT
// is ES256, signed by KEY, for the endpoint's origin, expiring within a day,
// with a contact; KEY is want when set.
func (p *pushService) checkVAPID(r *http.Request, want string) error {
	rest, ok := strings.CutPrefix(r.Header.Get("Authorization"), "vapid ")
	if !ok {
		return errors.New("no vapid Authorization")
	}
	var tok, k string
	for part := range strings.SplitSeq(rest, ",") {
		name, value, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch name {
		case "t":
			tok = value
		case "k":
			k = value
		}
	}
	if want != "" && k != want {
		return fmt.Errorf("k=%s is not Walker's public key %s", k, want)
	}
	raw, err := base64.RawURLEncoding.DecodeString(k)
	if err != nil {
		return fmt.Errorf("k: %w", err)
	}
	pub, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), raw)
	if err != nil {
		return fmt.Errorf("k: %w", err)
	}
	claims := jwt.MapClaims{}
	_, err = jwt.ParseWithClaims(tok, claims, func(*jwt.Token) (any, error) { return pub, nil },
		jwt.WithValidMethods([]string{"ES256"}), jwt.WithAudience(p.srv.URL), jwt.WithExpirationRequired())
	if err != nil {
		return err
	}
	exp, _ := claims.GetExpirationTime()
	if exp.After(time.Now().Add(24 * time.Hour)) {
		return fmt.Errorf("exp %s is more than 24 hours ahead", exp)
	}
	if sub, _ := claims.GetSubject(); !strings.HasPrefix(sub, "mailto:") && !strings.HasPrefix(sub, "https://") {
		return fmt.Errorf("sub %q is neither mailto: nor https:", sub)
	}
	return nil
}

// decrypt opens an aes128gcm body (RFC 8188) encrypted to d (RFC 8291):
// salt, record size, the sender's one-time public key, one record.
func decrypt(d *device, body []byte) ([]byte, error) {
	if len(body) < 21 {
		return nil, errors.New("too short")
	}
	salt, rs, idLen := body[:16], binary.BigEndian.Uint32(body[16:20]), int(body[20])
	if len(body) < 21+idLen || rs < 18 {
		return nil, errors.New("bad header")
	}
	senderKey, err := ecdh.P256().NewPublicKey(body[21 : 21+idLen])
	if err != nil {
		return nil, fmt.Errorf("keyid: %w", err)
	}
	record := body[21+idLen:]
	if len(record) > int(rs) {
		return nil, errors.New("more than one record")
	}
	secret, err := d.key.ECDH(senderKey)
	if err != nil {
		return nil, err
	}
	// IKM = HKDF(auth_secret, ecdh_secret, "WebPush: info" || 0 || ua_public || as_public, 32)
	info := append(append([]byte("WebPush: info\x00"), d.key.PublicKey().Bytes()...), senderKey.Bytes()...)
	prkKey, err := hkdf.Extract(sha256.New, secret, d.auth)
	if err != nil {
		return nil, err
	}
	ikm, err := hkdf.Expand(sha256.New, prkKey, string(info), 32)
	if err != nil {
		return nil, err
	}
	prk, err := hkdf.Extract(sha256.New, ikm, salt)
	if err != nil {
		return nil, err
	}
	cek, err := hkdf.Expand(sha256.New, prk, "Content-Encoding: aes128gcm\x00", 16)
	if err != nil {
		return nil, err
	}
	nonce, err := hkdf.Expand(sha256.New, prk, "Content-Encoding: nonce\x00", 12)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(cek)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	plain, err := gcm.Open(nil, nonce, record, nil)
	if err != nil {
		return nil, fmt.Errorf("AES-GCM: %w", err)
	}
	// The last record: the content, the delimiter 2, zero padding.
	plain = []byte(strings.TrimRight(string(plain), "\x00"))
	if len(plain) == 0 || plain[len(plain)-1] != 2 {
		return nil, errors.New("no last-record delimiter")
	}
	return plain[:len(plain)-1], nil
}
