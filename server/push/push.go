// Package push sends Walker's reminders by Web Push: at the weekday and hour
// each device chose (in its person's time zone), what is worth a nudge — a
// commitment behind its pace, follow-ups due tomorrow, nominations waiting
// for an admin — as one notification, encrypted to the device (RFC 8291,
// aes128gcm) and signed with Walker's VAPID key (RFC 8292), which is
// generated once and kept in the database (ent/schema/vapidkey.go).
//
// Every replica runs a Sender; one at a time sends, under a lease on the
// VAPID key's row, and each (device, slot) is claimed by a conditional
// update of the device's last_sent_slot before anything is sent, so that a
// reminder goes out at most once even when a lease runs out mid-round and
// another replica starts. A replica killed between the claim and the send
// loses that one reminder: a nudge missed is better than a nudge twice. A
// device the push service says is gone (404, 410) is removed. A round that
// finds nothing to say sends nothing.
//
// Web Push with github.com/SherClockHolmes/webpush-go (v1.4.0): the
// maintained Go implementation of the payload encryption and VAPID, small
// (golang-jwt and x/crypto, which Walker has already), taking Walker's own
// HTTP client (so the dial checks of server/webhooks apply) and a context.
package push

import (
	"context"
	"crypto/ecdh"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"

	webpush "github.com/SherClockHolmes/webpush-go"

	"walker/ent"
	"walker/ent/pushsubscription"
	"walker/ent/schema/rule"
	"walker/ent/vapidkey"
	"walker/graph/insight"
	"walker/server/webhooks"
)

// The limits and defaults of reminders (docs/API.md, reminders).
const (
	// MaxEndpoint bounds a push service's URL (as the schema does).
	MaxEndpoint = 2000
	// MaxReminders is how many reminders one notification lists.
	MaxReminders = 5
	// DefaultEvery is how often a replica looks for devices due.
	DefaultEvery = 30 * time.Second
	// DefaultLease is how long the sending replica holds the sending
	// without renewing it.
	DefaultLease = 2 * time.Minute
	// keyName names the one VAPID key row.
	keyName = "vapid"
	// slotLayout writes a slot: the local date and hour reminded for.
	slotLayout = "2006-01-02T15"
	// pageSize is how many devices a round reads at once.
	pageSize = 500
)

// Config sets a Sender up.
type Config struct {
	// Owner names this replica in the lease.
	Owner string
	// Contact is the VAPID subject push services may reach Walker's
	// operator at: a mailto: address or an https URL.
	Contact string
	// AllowLoopback also accepts http endpoints on loopback addresses, and
	// dials any address: for tests and development only
	// (WALKER_PUSH_ALLOW_LOOPBACK).
	AllowLoopback bool
	// Lease is DefaultLease unless set.
	Lease time.Duration
	// Timeout bounds one push, from connecting to the answer read.
	Timeout time.Duration
	// TTL is how long a push service keeps a reminder for a device that is
	// off: past it, the reminder is stale and dropped.
	TTL time.Duration
}

// DefaultConfig is the configuration of a server.
func DefaultConfig(owner, contact string) Config {
	return Config{Owner: owner, Contact: contact, Lease: DefaultLease, Timeout: 10 * time.Second, TTL: 6 * time.Hour}
}

// Report is what one round did.
type Report struct {
	Skipped bool // another replica holds the sending
	Due     int  // devices whose slot it is, claimed by this round
	Sent    int  // notifications the push services accepted
	Quiet   int  // devices due with nothing to remind of
	Gone    int  // devices removed: the push service said 404 or 410
	Failed  int  // notifications refused or not delivered (not retried)
}

// Sender sends the reminders of every organization.
type Sender struct {
	client   *ent.Client
	cfg      Config
	insights *insight.Reader
	http     *http.Client
	log      *slog.Logger
	sources  []Source

	mu  sync.Mutex
	now func() time.Time
	key *keyPair // loaded once: it never changes
}

// keyPair is the VAPID key, as webpush-go takes it (base64url).
type keyPair struct{ public, private string }

// New returns a Sender over client (of SQL dialect dia).
func New(client *ent.Client, dia string, cfg Config, log *slog.Logger) *Sender {
	if cfg.Lease <= 0 {
		cfg.Lease = DefaultLease
	}
	s := &Sender{client: client, cfg: cfg, insights: insight.New(client, dia), log: log, now: time.Now}
	s.insights.SetClock(s.clock)
	targets := &webhooks.Targets{AllowPrivate: cfg.AllowLoopback}
	s.http = &http.Client{Timeout: cfg.Timeout, Transport: &http.Transport{
		Proxy:                 nil, // straight to the checked address
		DialContext:           targets.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
	}, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	s.sources = s.DefaultSources()
	return s
}

// SetClock replaces the clock (tests move time to a chosen hour).
func (s *Sender) SetClock(now func() time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.now = now
}

func (s *Sender) clock() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.now()
}

// SetSources replaces what reminders are gathered from (DefaultSources).
func (s *Sender) SetSources(sources ...Source) { s.sources = sources }

// Owner is the name this sender takes the lease under.
func (s *Sender) Owner() string { return s.cfg.Owner }

// Run sends what is due every period until ctx ends, reporting each round,
// and gives the lease back when it stops.
func (s *Sender) Run(ctx context.Context, every time.Duration, report func(Report)) {
	defer s.release(context.WithoutCancel(ctx))
	t := time.NewTimer(every) // not at once: start-up has enough to do
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		r, err := s.Round(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.WarnContext(ctx, "push reminders round failed", "err", err)
		case r.Due > 0:
			s.log.InfoContext(ctx, "push reminders", "due", r.Due, "sent", r.Sent, "quiet", r.Quiet, "gone", r.Gone, "failed", r.Failed)
		}
		if report != nil {
			report(r)
		}
		t.Reset(every)
	}
}

// PublicKey is the VAPID public key (base64url), the applicationServerKey
// browsers subscribe with; the first call on a fresh database makes it.
func (s *Sender) PublicKey(ctx context.Context) (string, error) {
	k, err := s.keys(ctx)
	if err != nil {
		return "", err
	}
	return k.public, nil
}

// keys loads the VAPID key, generating and storing it when there is none
// (a replica that loses the race to store one reads the winner's).
func (s *Sender) keys(ctx context.Context) (*keyPair, error) {
	s.mu.Lock()
	k := s.key
	s.mu.Unlock()
	if k != nil {
		return k, nil
	}
	sys := rule.System(ctx, rule.JobPush)
	row, err := s.client.VapidKey.Query().Where(vapidkey.Name(keyName)).Only(sys)
	if ent.IsNotFound(err) {
		var pub, priv string
		if pub, priv, err = generateKey(); err != nil {
			return nil, err
		}
		row, err = s.client.VapidKey.Create().SetName(keyName).SetPublicKey(pub).SetPrivateKey(priv).Save(sys)
		if ent.IsConstraintError(err) {
			row, err = s.client.VapidKey.Query().Where(vapidkey.Name(keyName)).Only(sys)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("push: the VAPID key: %w", err)
	}
	k = &keyPair{public: row.PublicKey, private: row.PrivateKey}
	s.mu.Lock()
	s.key = k
	s.mu.Unlock()
	return k, nil
}

// generateKey makes a P-256 key pair: the uncompressed public point and
// the private scalar, base64url without padding.
func generateKey() (public, private string, err error) {
	k, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		return "", "", fmt.Errorf("push: generating the VAPID key: %w", err)
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString(k.PublicKey().Bytes()), enc.EncodeToString(k.Bytes()), nil
}

// CheckEndpoint refuses, with a *rule.InputError on endpoint, what is not a
// push service's URL: an https URL without credentials or fragment (http on
// a loopback address too, with AllowLoopback). Each push dials through the
// webhooks' checks, which refuse private addresses.
func (s *Sender) CheckEndpoint(raw string) error {
	u, err := url.Parse(raw)
	switch {
	case len(raw) > MaxEndpoint:
		return rule.Invalid("endpoint", "must be at most %d characters", MaxEndpoint)
	case err != nil || u.Host == "" || u.Opaque != "":
		return rule.Invalid("endpoint", "is not an absolute URL")
	case u.Scheme != "https" && !(u.Scheme == "http" && s.cfg.AllowLoopback && loopback(u.Hostname())):
		return rule.Invalid("endpoint", "must be an https URL")
	case u.User != nil:
		return rule.Invalid("endpoint", "must not carry a user name or password")
	case u.Fragment != "":
		return rule.Invalid("endpoint", "must not have a #fragment")
	}
	return nil
}

func loopback(host string) bool {
	if host == "localhost" {
		return true
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.IsLoopback()
}

// lease takes or renews the sending for this replica; false when another
// holds it. The key row is made first when there is none.
func (s *Sender) lease(ctx context.Context) (bool, error) {
	if _, err := s.keys(ctx); err != nil {
		return false, err
	}
	now := s.clock().UTC()
	n, err := s.client.VapidKey.Update().Where(vapidkey.Name(keyName), vapidkey.Or(
		vapidkey.LeaseUntilIsNil(), vapidkey.LeaseUntilLT(now), vapidkey.LeaseOwner(s.cfg.Owner),
	)).SetLeaseOwner(s.cfg.Owner).SetLeaseUntil(now.Add(s.cfg.Lease)).Save(rule.System(ctx, rule.JobPush))
	return n == 1, err
}

// release gives the sending back, for another replica to take at once.
func (s *Sender) release(ctx context.Context) {
	err := s.client.VapidKey.Update().Where(vapidkey.Name(keyName), vapidkey.LeaseOwner(s.cfg.Owner)).
		SetLeaseOwner("").ClearLeaseUntil().Exec(rule.System(ctx, rule.JobPush))
	if err != nil {
		s.log.WarnContext(ctx, "push: giving the lease back", "err", err)
	}
}

// Round sends the reminders due now, when this replica holds the sending.
func (s *Sender) Round(ctx context.Context) (Report, error) {
	var r Report
	ok, err := s.lease(ctx)
	if err != nil || !ok {
		return Report{Skipped: !ok}, err
	}
	renewed := s.clock()
	sys := rule.System(ctx, rule.JobPush)
	zones := map[string]*time.Location{}
	last := 0
	for {
		page, err := s.client.PushSubscription.Query().Where(pushsubscription.IDGT(last)).
			Order(ent.Asc(pushsubscription.FieldID)).Limit(pageSize).WithLeader().All(sys)
		if err != nil {
			return r, err
		}
		for _, sub := range page {
			last = sub.ID
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
			if s.clock().Sub(renewed) > s.cfg.Lease/3 {
				if ok, err := s.lease(ctx); err != nil || !ok {
					return r, err // another replica took over: it goes on
				}
				renewed = s.clock()
			}
			if err := s.device(ctx, sub, zones, &r); err != nil {
				return r, err
			}
		}
		if len(page) < pageSize {
			return r, nil
		}
	}
}

// Slot is the slot a device of weekday (nil: every day) and hour in loc is
// due for at now, or "" when it is not due.
func Slot(now time.Time, weekday *pushsubscription.Weekday, hour int, loc *time.Location) string {
	local := now.In(loc)
	if local.Hour() != hour || (weekday != nil && !strings.EqualFold(local.Weekday().String(), string(*weekday))) {
		return ""
	}
	return local.Format(slotLayout)
}

// device sends sub its reminder when its slot is now and no round has
// claimed that slot yet.
func (s *Sender) device(ctx context.Context, sub *ent.PushSubscription, zones map[string]*time.Location, r *Report) error {
	loc, ok := zones[sub.TimeZone]
	if !ok {
		var err error
		if loc, err = time.LoadLocation(sub.TimeZone); err != nil {
			loc = time.UTC // checked when saved; a zone the database lost
		}
		zones[sub.TimeZone] = loc
	}
	now := s.clock()
	slot := Slot(now, sub.Weekday, sub.Hour, loc)
	if slot == "" || sub.LastSentSlot == slot || sub.Edges.Leader == nil || sub.Edges.Leader.DeactivatedAt != nil {
		return nil
	}
	sys := rule.System(ctx, rule.JobPush)
	// The claim: of two rounds at once, one updates the row, the other
	// finds the slot taken and sends nothing.
	n, err := s.client.PushSubscription.Update().Where(pushsubscription.ID(sub.ID), pushsubscription.Or(
		pushsubscription.LastSentSlotIsNil(), pushsubscription.LastSentSlotNEQ(slot))).
		SetLastSentSlot(slot).Save(sys)
	if err != nil || n == 0 {
		return err
	}
	r.Due++
	reminders, err := s.gather(ctx, Person{Leader: sub.Edges.Leader, Now: now, Local: now.In(loc)})
	if err != nil {
		return err
	}
	if len(reminders) == 0 {
		r.Quiet++
		return nil
	}
	status, err := s.send(ctx, sub, Compose(reminders))
	switch {
	case err != nil:
		r.Failed++
		s.log.WarnContext(ctx, "push: sending a reminder", "subscription", sub.ID, "err", err)
	case status == http.StatusNotFound || status == http.StatusGone:
		r.Gone++
		s.log.InfoContext(ctx, "push: the device's subscription is gone, removed", "subscription", sub.ID, "status", status)
		if err := s.client.PushSubscription.DeleteOneID(sub.ID).Exec(sys); err != nil && !ent.IsNotFound(err) {
			return err
		}
	case status < 200 || status > 299:
		r.Failed++
		s.log.WarnContext(ctx, "push: the push service refused a reminder", "subscription", sub.ID, "status", status)
	default:
		r.Sent++
		if err := s.client.PushSubscription.UpdateOneID(sub.ID).SetLastSentAt(now.UTC()).Exec(sys); err != nil && !ent.IsNotFound(err) {
			return err
		}
	}
	return nil
}

// Notification is what the service worker is sent (pwa/src/sw.js shows it).
type Notification struct {
	Title string `json:"title"`
	Body  string `json:"body"`
	// URL is the app's screen a click opens, such as /#/commitments.
	URL string `json:"url"`
	// Tag makes a newer reminder replace an older one still shown.
	Tag string `json:"tag"`
}

// Compose makes one notification of reminders: the first's screen opens on
// a click; at most MaxReminders are listed.
func Compose(reminders []Reminder) Notification {
	n := Notification{Title: "Walker", URL: reminders[0].URL, Tag: "walker-reminder"}
	if len(reminders) > 1 {
		n.Title = fmt.Sprintf("Walker: %d reminders", len(reminders))
	}
	lines := make([]string, 0, MaxReminders)
	for i, rem := range reminders {
		if i == MaxReminders {
			lines = append(lines, fmt.Sprintf("and %d more", len(reminders)-i))
			break
		}
		lines = append(lines, rem.Text)
	}
	n.Body = strings.Join(lines, "\n")
	return n
}

// send pushes n to sub and returns the push service's status.
func (s *Sender) send(ctx context.Context, sub *ent.PushSubscription, n Notification) (int, error) {
	k, err := s.keys(ctx)
	if err != nil {
		return 0, err
	}
	payload, err := json.Marshal(n)
	if err != nil {
		return 0, err
	}
	res, err := webpush.SendNotificationWithContext(ctx, payload,
		&webpush.Subscription{Endpoint: sub.Endpoint, Keys: webpush.Keys{P256dh: sub.P256dh, Auth: sub.Auth}},
		&webpush.Options{HTTPClient: s.http, VAPIDPublicKey: k.public, VAPIDPrivateKey: k.private,
			Subscriber: strings.TrimPrefix(s.cfg.Contact, "mailto:"), // it adds mailto: to what is not https
			TTL:        int(s.cfg.TTL / time.Second), Urgency: webpush.UrgencyNormal, Topic: "reminders"})
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(res.Body, 4<<10))
	return res.StatusCode, nil
}
