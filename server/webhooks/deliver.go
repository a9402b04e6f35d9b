// Package webhooks delivers the change log to webhook endpoints, as signed
// Standard Webhooks events: in log order per endpoint, at least once, each
// event retried with growing pauses until it succeeds or the endpoint is
// disabled (after failing for DisableAfter, or at once on 410 Gone). Any
// replica may deliver; a lease in the database makes one replica at a time
// deliver a given endpoint, and a replica that dies mid-delivery leaves its
// lease to run out, then another goes on from the last position recorded.
//
// Why a loop over the change log and not a job queue such as River: the log
// is already the durable, ordered queue (written in the transaction of each
// change, kept for the retention), so an endpoint needs only a cursor, and
// adding an endpoint or replaying history costs nothing; River would add a
// second copy of every event, writes outside ent (its own SQL, missing the
// change-log hook and the privacy rules), and on SQLite a driver its authors
// call early.
package webhooks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"walker/ent"
	"walker/ent/change"
	"walker/ent/predicate"
	"walker/ent/schema/rule"
	"walker/ent/webhookdelivery"
	"walker/ent/webhookendpoint"
	"walker/ent/webhookstate"
	"walker/graph"
)

// The delivery rules.
const (
	// DisableAfter is how long an endpoint fails before it is disabled.
	DisableAfter = 5 * 24 * time.Hour
	// MaxResponseRead is how much of an answer is read; MaxExcerpt of it is kept.
	MaxResponseRead = 4 << 10
	MaxExcerpt      = 1 << 10
	// batch is how many changes are read at once.
	batch = 100
)

// retries are the pauses before the retries of an event (each ±20 %): then
// every 10 hours until the endpoint succeeds or is disabled, at 5 days.
var retries = []time.Duration{5 * time.Second, 5 * time.Minute, 30 * time.Minute, 2 * time.Hour, 5 * time.Hour, 10 * time.Hour}

// Backoff is the pause after the attempt-th failed attempt of an event.
func Backoff(attempt int, jitter float64) time.Duration {
	d := retries[min(max(attempt, 1), len(retries))-1]
	return time.Duration(float64(d) * (0.8 + 0.4*jitter))
}

// Config sets a Deliverer up.
type Config struct {
	Targets Targets
	// Timeout bounds one attempt, from connecting to the answer read.
	Timeout time.Duration
	// Poll is how often the log is looked at when nothing wakes the loop.
	Poll time.Duration
	// Lease is how long a replica holds an endpoint without renewing.
	Lease time.Duration
	// Workers is how many endpoints one replica delivers at once.
	Workers int
	// Owner names this replica in leases.
	Owner string
}

// DefaultConfig is the configuration of a server.
func DefaultConfig(owner string) Config {
	return Config{Timeout: 10 * time.Second, Poll: 250 * time.Millisecond, Lease: 30 * time.Second, Workers: 8, Owner: owner}
}

// Deliverer delivers the change log of every organization to its endpoints.
type Deliverer struct {
	client *ent.Client
	cfg    Config
	http   *http.Client
	log    *slog.Logger
	wake   chan struct{}
	// committed signals changes committed on this replica.
	committed <-chan struct{}
	now       func() time.Time
}

// New returns a Deliverer over client.
func New(client *ent.Client, cfg Config, log *slog.Logger) *Deliverer {
	d := &Deliverer{client: client, cfg: cfg, log: log, wake: make(chan struct{}, 1), now: time.Now}
	transport := &http.Transport{
		Proxy:                 nil, // straight to the checked address
		DialContext:           d.cfg.Targets.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		DisableCompression:    true,
	}
	d.http = &http.Client{Transport: transport, Timeout: cfg.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return d
}

// SetClock replaces the clock (tests).
func (d *Deliverer) SetClock(now func() time.Time) { d.now = now }

// CheckURL refuses an address events may not be sent to.
func (d *Deliverer) CheckURL(ctx context.Context, url string) error {
	return d.cfg.Targets.CheckURL(ctx, url)
}

// WakeOn makes the loop look as soon as ch receives (the store's commits of
// changes), besides its polls: a replica delivers its own changes at once,
// the others' within a poll.
func (d *Deliverer) WakeOn(ch <-chan struct{}) { d.committed = ch }

// Wake makes the loop look now rather than at its next poll.
func (d *Deliverer) Wake() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// Run delivers until ctx ends.
func (d *Deliverer) Run(ctx context.Context) {
	t := time.NewTicker(d.cfg.Poll)
	defer t.Stop()
	for {
		last := time.Now()
		if err := d.Round(ctx); err != nil && ctx.Err() == nil {
			d.log.WarnContext(ctx, "webhook delivery", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-d.wake:
		case <-d.committed:
			// Under load commits come by the thousand a second: the changes
			// of those within commitRoundGap go out in one round.
			select {
			case <-ctx.Done():
				return
			case <-time.After(commitRoundGap - time.Since(last)):
			}
		}
	}
}

// commitRoundGap is the least time between two rounds started by commits:
// what a commit's events may wait, at most, before their round starts.
const commitRoundGap = 10 * time.Millisecond

// Round delivers what is due to every endpoint this replica can lease, and
// returns when they are done.
func (d *Deliverer) Round(ctx context.Context) error {
	sys := rule.System(ctx, rule.JobWebhooks)
	now := d.now().UTC()
	states, err := d.client.WebhookState.Query().Where(
		webhookstate.HasEndpointWith(webhookendpoint.DeletedAtIsNil()),
		webhookstate.Or(
			webhookstate.And(
				webhookstate.HasEndpointWith(webhookendpoint.Enabled(true)),
				webhookstate.Or(webhookstate.NextAttemptAtIsNil(), webhookstate.NextAttemptAtLTE(now))),
			webhookstate.HasEndpointWith(webhookendpoint.HasDeliveriesWith(webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)))),
		d.leasable(now),
	).All(sys)
	if err != nil {
		return err
	}
	sem := make(chan struct{}, max(d.cfg.Workers, 1))
	var wg sync.WaitGroup
	for _, s := range states {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := d.endpoint(ctx, s.ID, s.EndpointID); err != nil && ctx.Err() == nil {
				d.log.WarnContext(ctx, "webhook delivery", "endpoint", s.EndpointID, "err", err)
			}
		})
	}
	wg.Wait()
	return nil
}

// leasable: no lease, a lease run out, or this replica's.
func (d *Deliverer) leasable(now time.Time) predicate.WebhookState {
	return webhookstate.Or(webhookstate.LeaseUntilIsNil(), webhookstate.LeaseUntilLT(now), webhookstate.LeaseOwner(d.cfg.Owner))
}

// lease takes or renews the lease of state id; false when another replica
// holds it.
func (d *Deliverer) lease(ctx context.Context, id int) (bool, error) {
	now := d.now().UTC()
	n, err := d.client.WebhookState.Update().Where(webhookstate.ID(id), d.leasable(now)).
		SetLeaseOwner(d.cfg.Owner).SetLeaseUntil(now.Add(d.cfg.Lease)).Save(rule.System(ctx, rule.JobWebhooks))
	return n == 1, err
}

// release gives the lease of state id back.
func (d *Deliverer) release(ctx context.Context, id int) {
	err := d.client.WebhookState.Update().Where(webhookstate.ID(id), webhookstate.LeaseOwner(d.cfg.Owner)).
		ClearLeaseUntil().SetLeaseOwner("").Exec(rule.System(context.WithoutCancel(ctx), rule.JobWebhooks))
	if err != nil {
		d.log.WarnContext(ctx, "releasing a webhook lease", "err", err)
	}
}

// endpoint delivers to one endpoint under its lease: the deliveries asked
// for by people first, then the log from its position, in order, until it
// is delivered or an event fails.
func (d *Deliverer) endpoint(ctx context.Context, stateID, endpointID int) error {
	if ok, err := d.lease(ctx, stateID); !ok || err != nil {
		return err
	}
	defer d.release(ctx, stateID)
	sys := rule.System(ctx, rule.JobWebhooks)
	e, err := d.client.WebhookEndpoint.Get(sys, endpointID)
	if err != nil {
		return err
	}
	if err := d.asked(ctx, e); err != nil {
		return err
	}
	for e.Enabled && ctx.Err() == nil {
		if ok, err := d.lease(ctx, stateID); !ok || err != nil {
			return err // another replica took over: it goes on
		}
		s, err := d.client.WebhookState.Get(sys, stateID)
		if err != nil {
			return err
		}
		if s.NextAttemptAt != nil && s.NextAttemptAt.After(d.now()) {
			return nil
		}
		more, err := d.next(ctx, e, s)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// next delivers the changes after s's position, up to the first failure;
// more is false when the log is delivered or an event failed.
func (d *Deliverer) next(ctx context.Context, e *ent.WebhookEndpoint, s *ent.WebhookState) (more bool, err error) {
	sys := rule.System(ctx, rule.JobWebhooks)
	changes, err := d.client.Change.Query().Where(change.OrganizationID(e.OrganizationID), change.IDGT(s.Position)).
		Order(ent.Asc(change.FieldID)).Limit(batch).All(sys)
	if err != nil || len(changes) == 0 {
		return false, err
	}
	skipped := s.Position
	for _, c := range changes {
		typ := graph.EventType(c.Entity, c.Operation)
		if !graph.WantsEvent(e.ChangeTypes, typ) {
			skipped = c.ID
			continue
		}
		if skipped > s.Position { // what the endpoint does not want, passed over
			if err := d.client.WebhookState.UpdateOneID(s.ID).SetPosition(skipped).Exec(sys); err != nil {
				return false, err
			}
			s.Position = skipped
		}
		body, err := changeEvent(c)
		if err != nil {
			return false, err
		}
		res := d.send(ctx, e, eventID(c.ID), body)
		if err := d.recordEvent(ctx, e, s, c, typ, res); err != nil || !res.ok() {
			return false, err
		}
		s.Position, s.Attempts = c.ID, 0
		skipped = c.ID
	}
	if skipped > s.Position {
		if err := d.client.WebhookState.UpdateOneID(s.ID).SetPosition(skipped).Exec(sys); err != nil {
			return false, err
		}
	}
	return len(changes) == batch, nil
}

// recordEvent writes an attempt of change c and moves the endpoint on, or
// schedules the retry, in one transaction; an endpoint that answers 410 Gone,
// or has failed for DisableAfter, is disabled (a change of its own, which
// the other endpoints are sent).
func (d *Deliverer) recordEvent(ctx context.Context, e *ent.WebhookEndpoint, s *ent.WebhookState, c *ent.Change, typ string, res result) error {
	sys := rule.System(ctx, rule.JobWebhooks)
	tx, err := d.client.Tx(sys)
	if err != nil {
		return err
	}
	err = func() error {
		create := tx.WebhookDelivery.Create().SetOrganizationID(e.OrganizationID).SetEndpointID(e.ID).
			SetEventID(eventID(c.ID)).SetEventType(typ).SetChangePosition(c.ID).SetKind(webhookdelivery.KindEVENT).
			SetAttempt(s.Attempts + 1)
		res.fill(create.Mutation())
		if err := create.Exec(sys); err != nil {
			return err
		}
		u := tx.WebhookState.UpdateOneID(s.ID)
		if res.ok() {
			return u.SetPosition(c.ID).SetAttempts(0).ClearFailingSince().ClearNextAttemptAt().Exec(sys)
		}
		now := d.now().UTC()
		since := now
		if s.FailingSince != nil {
			since = *s.FailingSince
		}
		u.SetAttempts(s.Attempts + 1).SetFailingSince(since).SetNextAttemptAt(now.Add(Backoff(s.Attempts+1, rand.Float64())))
		if err := u.Exec(sys); err != nil {
			return err
		}
		var reason string
		switch {
		case res.status == http.StatusGone:
			reason = "the endpoint answered 410 Gone"
		case now.Sub(since) >= DisableAfter:
			reason = fmt.Sprintf("every delivery failed since %s (%s)", since.Format(time.RFC3339), DisableAfter)
		default:
			return nil
		}
		d.log.WarnContext(ctx, "webhook endpoint disabled", "endpoint", e.ID, "reason", reason)
		return tx.WebhookEndpoint.UpdateOneID(e.ID).SetEnabled(false).SetDisabledReason(reason).Exec(sys)
	}()
	if err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("recording a delivery: %w", err)
	}
	return tx.Commit()
}

// asked sends the deliveries people asked for (tests and redeliveries), each
// once, outside the endpoint's order.
func (d *Deliverer) asked(ctx context.Context, e *ent.WebhookEndpoint) error {
	sys := rule.System(ctx, rule.JobWebhooks)
	pending, err := d.client.WebhookDelivery.Query().Where(webhookdelivery.EndpointID(e.ID),
		webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING)).Order(ent.Asc(webhookdelivery.FieldID)).All(sys)
	if err != nil {
		return err
	}
	for _, p := range pending {
		var body []byte
		if p.ChangePosition == nil {
			body, err = testEvent(e, d.now())
		} else {
			var c *ent.Change
			if c, err = d.client.Change.Get(sys, *p.ChangePosition); err == nil {
				body, err = changeEvent(c)
			}
		}
		var res result
		if err != nil {
			res = result{sentAt: d.now(), err: "the event cannot be made again: " + err.Error()}
		} else {
			res = d.send(ctx, e, p.EventID, body)
		}
		u := p.Update()
		res.fill(u.Mutation())
		if err := u.Exec(sys); err != nil {
			return err
		}
	}
	return nil
}

// eventID is the webhook-id of the event of the change at position: the same
// on every attempt and replica.
func eventID(position int) string { return fmt.Sprintf("msg_%d", position) }

// event is the body of every event (Standard Webhooks' type, timestamp,
// data).
type event struct {
	Type      string    `json:"type"`
	Timestamp time.Time `json:"timestamp"`
	Data      any       `json:"data"`
}

// changeData is the data of a change's event.
type changeData struct {
	Position  string         `json:"position"`
	Entity    change.Entity  `json:"entity"`
	Operation string         `json:"operation"`
	ID        string         `json:"id"`
	Version   int            `json:"version"`
	At        time.Time      `json:"at"`
	Actor     actor          `json:"actor"`
	Record    map[string]any `json:"record"`
}

type actor struct {
	LeaderID   *string `json:"leaderID"`
	APITokenID *string `json:"apiTokenID"`
	System     *string `json:"system"`
}

// changeEvent is the event of change c: the change, and the record as it
// was then (null once erased).
func changeEvent(c *ent.Change) ([]byte, error) {
	data := changeData{Position: fmt.Sprint(c.ID), Entity: c.Entity, Operation: string(c.Operation),
		ID: fmt.Sprint(c.RecordID), Version: c.Version, At: c.At.UTC()}
	if c.ActorLeaderID != nil {
		data.Actor.LeaderID = ptr(fmt.Sprint(*c.ActorLeaderID))
	}
	if c.ActorTokenID != nil {
		data.Actor.APITokenID = ptr(fmt.Sprint(*c.ActorTokenID))
	}
	if c.ActorJob != "" {
		data.Actor.System = &c.ActorJob
	}
	if len(c.Record) > 0 {
		data.Record = graph.RecordOf(graph.Typename(c.Entity), c.Record)
	}
	return json.Marshal(event{Type: graph.EventType(c.Entity, c.Operation), Timestamp: c.At.UTC(), Data: data})
}

// testEvent is the body of a test event.
func testEvent(e *ent.WebhookEndpoint, now time.Time) ([]byte, error) {
	return json.Marshal(event{Type: graph.TestEventType, Timestamp: now.UTC(), Data: map[string]string{
		"endpointID": fmt.Sprint(e.ID), "message": "A test event from Walker: this endpoint receives and verifies events."}})
}

func ptr[T any](v T) *T { return &v }

// result is what one attempt got.
type result struct {
	sentAt  time.Time
	took    time.Duration
	status  int
	excerpt string
	err     string
}

func (r result) ok() bool { return r.err == "" && r.status >= 200 && r.status < 300 }

// fill sets a delivery's outcome on m.
func (r result) fill(m *ent.WebhookDeliveryMutation) {
	status := webhookdelivery.StatusFAILED
	if r.ok() {
		status = webhookdelivery.StatusSUCCEEDED
	}
	m.SetStatus(status)
	m.SetSentAt(r.sentAt.UTC())
	m.SetDurationMs(int(r.took.Milliseconds()))
	if r.status != 0 {
		m.SetResponseStatus(r.status)
	}
	if r.excerpt != "" {
		m.SetResponseExcerpt(r.excerpt)
	}
	if r.err != "" {
		m.SetError(truncate(r.err, 500))
	}
}

// send makes one attempt: POST the signed body, read at most MaxResponseRead
// of the answer.
func (d *Deliverer) send(ctx context.Context, e *ent.WebhookEndpoint, id string, body []byte) result {
	now := d.now()
	secrets := []string{e.Secret}
	if e.PreviousSecret != "" && e.PreviousSecretExpiresAt != nil && now.Before(*e.PreviousSecretExpiresAt) {
		secrets = append(secrets, e.PreviousSecret)
	}
	res := result{sentAt: now}
	// Signed at the wall clock's time, which receivers check against theirs
	// (the tests' clock only moves the schedule).
	signed := time.Now()
	sig, err := signatures(secrets, id, signed, body)
	if err != nil {
		res.err = err.Error()
		return res
	}
	ctx, cancel := context.WithTimeout(ctx, d.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.URL, bytes.NewReader(body))
	if err != nil {
		res.err = err.Error()
		return res
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "Walker-Webhooks/1")
	req.Header.Set(HeaderID, id)
	req.Header.Set(HeaderTimestamp, unix(signed))
	req.Header.Set(HeaderSignature, sig)
	start := time.Now()
	resp, err := d.http.Do(req)
	if err != nil {
		res.took = time.Since(start)
		res.err = describe(err)
		return res
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, MaxResponseRead))
	res.took = time.Since(start)
	res.status = resp.StatusCode
	res.excerpt = truncate(strings.ToValidUTF8(string(raw), "�"), MaxExcerpt)
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		res.err = "redirects are not followed (Location: " + truncate(resp.Header.Get("Location"), 200) + ")"
	}
	return res
}

// describe words a failed request for the delivery log.
func describe(err error) string {
	var refused *RefusedError
	switch {
	case errors.As(err, &refused):
		return refused.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return "timed out"
	}
	return err.Error()
}

// truncate cuts s to at most n bytes, on a character boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
