package servertest

import (
	"context"
	"io"
	"time"

	"walker/ent"
	"walker/server/seed"
)

// Seeded is an organization filled by server/seed, beside Acme and Globex.
type Seeded struct {
	seed.Result
	Admin    *ent.Leader
	AdminJWT string // an access token of a signed-in session of the admin
}

// SeedOrganization fills a new organization named org with server/seed: the
// people (the first one its admin), customers and the records opts ask for,
// over the months up to today. Its rows are written in bulk and are not in
// the change log.
func (h *Harness) SeedOrganization(org string, opts seed.Options) *Seeded {
	h.t.Helper()
	opts.Organization = org
	if opts.Months == 0 {
		opts.Months = 12
	}
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.Until.IsZero() {
		opts.Until = time.Now().UTC().Truncate(24 * time.Hour)
	}
	res, err := seed.New(h.Store, io.Discard).Run(context.Background(), opts)
	if err != nil {
		h.t.Fatalf("seeding %s: %v", org, err)
	}
	admin := h.Store.Client.Leader.GetX(System(), res.AdminID)
	return &Seeded{Result: res, Admin: admin, AdminJWT: h.JWT(admin)}
}

// InviteTo creates an invitation to the seeded organization as its admin,
// for email (a new person, or one of its people to give a passkey), and
// returns the link.
func (h *Harness) InviteTo(s *Seeded, email, role string) string {
	h.t.Helper()
	var out struct {
		CreateInvitation struct{ URL string } `json:"createInvitation"`
	}
	h.OK(s.AdminJWT, `mutation($e: String!, $r: InvitationRole) { createInvitation(input: {email: $e, role: $r}) { url } }`,
		map[string]any{"e": email, "r": role}, &out)
	return out.CreateInvitation.URL
}
