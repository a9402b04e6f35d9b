package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"testing"
	"time"

	"walker/server/servertest"
)

// TestGraphQLOverHTTPAudit runs the GraphQL-over-HTTP spec's own server
// audits (the graphql-http package, scripts/audit.d) against a real Walker
// with a token: every audit must pass, warnings included. make test installs
// the package (npm ci in scripts/audit.d) before the Go tests.
func TestGraphQLOverHTTPAudit(t *testing.T) {
	if testing.Short() {
		t.Skip("GraphQL-over-HTTP audit: needs Node and scripts/audit.d's package; run without -short")
	}
	if _, err := os.Stat("../scripts/audit.d/node_modules/graphql-http"); err != nil {
		t.Fatalf("the audit needs its package: run (cd scripts/audit.d && npm ci), as make test does: %v", err)
	}
	h := servertest.New(t)
	srv := httptest.NewServer(h.Handler)
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "node", "../scripts/audit.d/audit.mjs", srv.URL+"/graphql", h.LeoJWT).CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("the audit did not pass: %v", err)
	}
}
