package graph_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/vektah/gqlparser/v2/formatter"

	"walker/graph"
)

var update = flag.Bool("update", false, "rewrite docs/schema.graphql from the served schema")

// TestPublishedSchema keeps docs/schema.graphql, the SDL integrators read,
// identical to the schema the server serves: regenerate with
// `go test ./graph -run TestPublishedSchema -update`.
func TestPublishedSchema(t *testing.T) {
	var buf bytes.Buffer
	formatter.NewFormatter(&buf, formatter.WithComments()).FormatSchema(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}).Schema())
	const golden = "../docs/schema.graphql"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading %s (create it with -update): %v", golden, err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("%s differs from the served schema; if the change is intended, run go test ./graph -run TestPublishedSchema -update", golden)
	}
}
