package store_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"walker/ent/invitation"
	"walker/ent/leader"
	"walker/server/servertest"
	"walker/server/store/storetest"
)

// The migration normalises the addresses stored before, and refuses to start,
// naming the people, when two would become one.
func TestEmailsMigration(t *testing.T) {
	st := storetest.Open(t, os.Getenv, nil)
	ctx := servertest.System()
	c := st.Client
	org := c.Organization.Create().SetName("Acme").SaveX(ctx)
	lee := c.Leader.Create().SetOrganizationID(org.ID).SetName("Lee").SetEmail("lee@acme.test").SaveX(ctx)
	inv := c.Invitation.Create().SetOrganizationID(org.ID).SetEmail("new@acme.test").SetRole(invitation.RoleLEADER).
		SetTokenHash("h1").SetExpiresAt(lee.CreatedAt.AddDate(0, 0, 7)).SaveX(ctx)
	// What an older Walker stored: the address as typed.
	legacy := func(table string, id int, email string) {
		t.Helper()
		if _, err := st.DB.ExecContext(context.Background(), fmt.Sprintf("UPDATE %s SET email = '%s' WHERE id = %d", table, email, id)); err != nil {
			t.Fatal(err)
		}
	}
	legacy("leaders", lee.ID, " Lee@Acme.Test")
	legacy("invitations", inv.ID, "NEW@acme.test")
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatalf("migrating: %v", err)
	}
	if got := c.Leader.GetX(ctx, lee.ID).Email; got != "lee@acme.test" {
		t.Fatalf("leader email after migration: %q", got)
	}
	if got := c.Invitation.GetX(ctx, inv.ID).Email; got != "new@acme.test" {
		t.Fatalf("invitation email after migration: %q", got)
	}

	// Two people whose addresses differ only in case: start-up refuses, says
	// who, and changes nothing.
	twin := c.Leader.Create().SetOrganizationID(org.ID).SetName("Lee again").SetEmail("lee.twin@acme.test").SetRole(leader.RoleMEMBER).SaveX(ctx)
	legacy("leaders", twin.ID, "LEE@ACME.TEST")
	err := st.Migrate(context.Background())
	if err == nil {
		t.Fatal("two people with one address migrated silently")
	}
	for _, want := range []string{"lee@acme.test", fmt.Sprintf("leader %d", lee.ID), fmt.Sprintf("leader %d", twin.ID), `"LEE@ACME.TEST"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the refusal does not name %s: %v", want, err)
		}
	}
	if got := c.Leader.GetX(ctx, twin.ID).Email; got != "LEE@ACME.TEST" {
		t.Fatalf("the refused migration changed %q", got)
	}
}
