package graph_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/formatter"

	"walker/graph"
)

var update = flag.Bool("update", false, "rewrite docs/schema.graphql from the served schema")

// TestPublishedSchema keeps docs/schema.graphql, the SDL integrators read,
// identical to the schema the server serves: regenerate with
// `go test ./graph -run TestPublishedSchema -update`. It also keeps
// docs/SCHEMA-CHANGELOG.md: its newest entry must record the hash of
// docs/schema.graphql, so that no change to the schema goes unlisted. -update
// prints the hash to record but never writes the changelog: a person says
// what changed.
func TestPublishedSchema(t *testing.T) {
	var buf bytes.Buffer
	formatter.NewFormatter(&buf, formatter.WithComments()).FormatSchema(graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}).Schema())
	const golden = "../docs/schema.graphql"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("docs/schema.graphql is schema: %s", schemaHash(buf.Bytes()))
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("reading %s (create it with -update): %v", golden, err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		t.Fatalf("%s differs from the served schema; if the change is intended, run go test ./graph -run TestPublishedSchema -update", golden)
	}
	changelog, err := os.ReadFile("../docs/SCHEMA-CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := checkChangelog(string(changelog), want); err != nil {
		t.Fatal(err)
	}
}

// TestCheckChangelog checks the check: it accepts a changelog whose newest
// entry records the schema's hash and has a change line, and refuses a
// tampered schema, an entry without a hash, with a malformed change line or
// with none, and a file with no entry.
func TestCheckChangelog(t *testing.T) {
	schema := []byte("type Query {\n\t\"The answer.\"\n\tanswer: Int!\n}\n")
	entry := func(hash, changes string) string {
		return "# Schema changelog\n\nIntro.\n\n## 2026-12-02: answers\n\nschema: " + hash + "\n\n" + changes +
			"\n## 2026-12-01: the first\n\nschema: " + schemaHash([]byte("older")) + "\n\n- added: everything.\n"
	}
	// The schema changed back to an older version's text: the newest entry
	// is what counts, not any entry.
	stale := entry(schemaHash(schema), "- added: `Query.answer`.\n")
	good := entry(schemaHash(schema), "- added: `Query.answer`.\n- changed: its description.\n")
	if err := checkChangelog(good, schema); err != nil {
		t.Fatalf("a changelog that records the schema: %v", err)
	}
	for _, c := range []struct{ name, changelog, schema, want string }{
		{"schema changed since", good, strings.Replace(string(schema), "The answer.", "The answer, 42.", 1), "records schema: sha256:"},
		{"an older entry matches", stale, "older", "records schema: sha256:"},
		{"no hash line", strings.Replace(good, "schema: ", "hash: ", 1), string(schema), "has no line schema: sha256:"},
		{"no change line", entry(schemaHash(schema), "Some prose.\n"), string(schema), "lists no change"},
		{"unknown kind of change", entry(schemaHash(schema), "- fixed: a typo.\n"), string(schema), "added, deprecated, removed or changed"},
		{"no entry", "# Schema changelog\n\nNothing yet.\n", string(schema), "no entry"},
		{"undated entry", strings.Replace(good, "## 2026-12-02: answers", "## answers", 1), string(schema), "is not dated"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := checkChangelog(c.changelog, []byte(c.schema))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("checkChangelog = %v, want an error saying %q", err, c.want)
			}
		})
	}
}

// schemaHash is how the changelog names a version of docs/schema.graphql.
func schemaHash(schema []byte) string {
	sum := sha256.Sum256(schema)
	return "sha256:" + hex.EncodeToString(sum[:])
}

var (
	entryHeading = regexp.MustCompile(`^## \d{4}-\d{2}-\d{2}\b`)
	changeLine   = regexp.MustCompile(`^- (added|deprecated|removed|changed)\b`)
)

// checkChangelog says what is wrong with changelog (docs/SCHEMA-CHANGELOG.md)
// for schema (docs/schema.graphql), or nil: its newest entry, the first
// "## " section, is dated (## YYYY-MM-DD), records the schema's hash on a line
// "schema: sha256:<hex>" and lists at least one change, each a line
// "- added|deprecated|removed|changed: …".
func checkChangelog(changelog string, schema []byte) error {
	want := schemaHash(schema)
	fix := fmt.Sprintf("add an entry at the top of docs/SCHEMA-CHANGELOG.md, dated (## YYYY-MM-DD: what), with the line\n\tschema: %s\n"+
		"and one line per change to docs/schema.graphql (- added: …, - deprecated: … (name the replacement), - removed: …, - changed: …)", want)
	var entry []string
	for _, line := range strings.Split(changelog, "\n") {
		if strings.HasPrefix(line, "## ") && len(entry) > 0 {
			break
		}
		if strings.HasPrefix(line, "## ") || len(entry) > 0 {
			entry = append(entry, line)
		}
	}
	switch {
	case len(entry) == 0:
		return fmt.Errorf("docs/SCHEMA-CHANGELOG.md has no entry (## YYYY-MM-DD): %s", fix)
	case !entryHeading.MatchString(entry[0]):
		return fmt.Errorf("docs/SCHEMA-CHANGELOG.md: the newest entry %q is not dated (## YYYY-MM-DD: what)", entry[0])
	}
	var hash string
	changes := 0
	for _, line := range entry[1:] {
		switch {
		case strings.HasPrefix(line, "schema: "):
			hash = strings.TrimPrefix(line, "schema: ")
		case changeLine.MatchString(line):
			changes++
		case strings.HasPrefix(line, "- "):
			return fmt.Errorf("docs/SCHEMA-CHANGELOG.md, entry %q: %q: a change begins with added, deprecated, removed or changed", entry[0], line)
		}
	}
	switch {
	case hash == "":
		return fmt.Errorf("docs/SCHEMA-CHANGELOG.md, entry %q, has no line schema: sha256:<hex>; %s", entry[0], fix)
	case hash != want:
		return fmt.Errorf("docs/schema.graphql changed: its newest changelog entry %q records schema: %s, the schema is %s; %s", entry[0], hash, want, fix)
	case changes == 0:
		return fmt.Errorf("docs/SCHEMA-CHANGELOG.md, entry %q, lists no change (- added: …, - changed: …)", entry[0])
	}
	return nil
}
