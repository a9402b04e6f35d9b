package auth_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"walker/ent/schema/viewer"
	"walker/server/auth"
	"walker/server/store/storetest"
)

func TestKeysRotateAndShare(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, os.Getenv, nil)
	a := auth.NewKeys(st.Client, "https://walker.test", 15*time.Minute)
	if err := a.Load(ctx); err != nil {
		t.Fatal(err)
	}
	old, _, err := a.Issue(7, 3, viewer.RoleLeader, 11)
	if err != nil {
		t.Fatal(err)
	}
	// A second replica on the same database verifies what the first signed.
	b := auth.NewKeys(st.Client, "https://walker.test", 15*time.Minute)
	if err := b.Load(ctx); err != nil {
		t.Fatal(err)
	}
	v, err := b.Verify(ctx, old)
	if err != nil || v.LeaderID != 7 || v.OrganizationID != 3 || v.SessionID != 11 {
		t.Fatalf("replica b: %+v %v", v, err)
	}
	// Rotation: new tokens carry the new kid; tokens signed before still verify.
	if err := b.Rotate(ctx); err != nil {
		t.Fatal(err)
	}
	fresh, _, err := b.Issue(7, 3, viewer.RoleLeader, 11)
	if err != nil {
		t.Fatal(err)
	}
	if strings.SplitN(fresh, ".", 2)[0] == strings.SplitN(old, ".", 2)[0] {
		t.Fatal("the header (kid) did not change after rotation")
	}
	if _, err := b.Verify(ctx, old); err != nil {
		t.Fatalf("a token signed before the rotation no longer verifies: %v", err)
	}
	// Replica a learns the new key when it meets its kid (past its reload throttle).
	a.ReloadEvery = 0
	if _, err := a.Verify(ctx, fresh); err != nil {
		t.Fatalf("replica a does not verify the rotated key: %v", err)
	}
	// A token issued for another issuer is refused.
	other := auth.NewKeys(st.Client, "https://elsewhere.test", 15*time.Minute)
	if err := other.Load(ctx); err != nil {
		t.Fatal(err)
	}
	foreign, _, _ := other.Issue(7, 3, viewer.RoleAdmin, 11)
	if _, err := a.Verify(ctx, foreign); !errors.Is(err, auth.ErrInvalidToken) {
		t.Fatalf("token of another issuer: %v", err)
	}
}

func TestExpiryFor(t *testing.T) {
	now := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	days := func(n int) *int { return &n }
	for _, tc := range []struct {
		name     string
		days     *int
		noExpiry bool
		want     *time.Time
		wantErr  bool
	}{
		{"default 90 days", nil, false, ptr(now.AddDate(0, 0, 90)), false},
		{"30 days", days(30), false, ptr(now.AddDate(0, 0, 30)), false},
		{"no expiry when asked", nil, true, nil, false},
		{"zero days", days(0), false, nil, true},
		{"over two years", days(731), false, nil, true},
		{"both days and no expiry", days(10), true, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := auth.ExpiryFor(now, tc.days, tc.noExpiry)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err %v", err)
			}
			if (got == nil) != (tc.want == nil) || (got != nil && !got.Equal(*tc.want)) {
				t.Fatalf("got %v want %v", got, tc.want)
			}
		})
	}
}

func ptr(t time.Time) *time.Time { return &t }
