package graph_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"walker/graph"
)

// TestSchemaDescribed fails on every element of the served schema that has
// no description, or is deprecated without a reason, naming them all: integrators read the schema in GraphiQL
// and their editors, so what a type, field, argument, enum value or input
// field is, its units, limits and who may use it must be written on it.
// Only the generated filter predicates of the *WhereInput types go without
// (see wherePredicate).
func TestSchemaDescribed(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}).Schema()
	missing, total := undescribed(s)
	if len(missing) > 0 {
		t.Fatalf("%d of the schema's %d elements have no description; describe each (ent Comment or annotation for graph/ent.graphql, "+
			"the entc.go schema hook for what entgql generates, a \"...\" string in graph/*.graphql):\n\t%s",
			len(missing), total, strings.Join(missing, "\n\t"))
	}
}

// TestSchemaStatesLimits keeps the limits the descriptions state (written
// by ent/entc.go, which cannot import graph) equal to those graph enforces.
func TestSchemaStatesLimits(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}).Schema()
	page := fmt.Sprintf("0 to %d", graph.DefaultLimits.MaxPageSize)
	depth := fmt.Sprintf("nest at most %d levels", graph.MaxInputDepth)
	var wrong []string
	for name, def := range s.Types {
		if strings.HasSuffix(name, "WhereInput") && !strings.Contains(def.Description, depth) {
			wrong = append(wrong, name+" (want "+depth+")")
		}
		for _, f := range def.Fields {
			if !strings.HasSuffix(f.Type.Name(), "Connection") || f.Type.Name() == "ChangeConnection" {
				continue
			}
			for _, a := range f.Arguments {
				if (a.Name == "first" || a.Name == "last") && !strings.Contains(a.Description, page) {
					wrong = append(wrong, name+"."+f.Name+"("+a.Name+":) (want "+page+")")
				}
			}
		}
	}
	if len(wrong) > 0 {
		slices.Sort(wrong)
		t.Fatalf("descriptions state other limits than graph enforces; fix the constants of ent/entc.go and run go generate ./...:\n\t%s",
			strings.Join(wrong, "\n\t"))
	}
}

// TestUndescribedFindsEveryKind checks the check: on a schema missing one
// description of each kind, it names each, and a deprecation without its
// reason; it lets the predicates of a WhereInput go without.
func TestUndescribedFindsEveryKind(t *testing.T) {
	s := gqlparser.MustLoadSchema(&ast.Source{Name: "t.graphql", Input: `
		"Described."
		type Query {
			"Described."
			thing(
				"Described."
				id: ID!
				first: Int
			): Thing
		}
		type Thing {
			name: String
			"Described."
			old: Int @deprecated
			"Described."
			older: Int @deprecated(reason: "Use name.")
		}
		"Described."
		enum Colour {
			"Described."
			RED
			BLUE
		}
		"Described."
		input ThingWhereInput {
			"Described."
			name: String
			nameNEQ: String
			nameContainsFold: String
			hasOwner: Boolean
			"Described."
			input: Colour
		}
		"Described."
		directive @hint(reason: String) on FIELD_DEFINITION
	`})
	missing, _ := undescribed(s)
	want := []string{
		"@hint(reason:)",
		"Colour.BLUE",
		"Query.thing(first:)",
		"Thing",
		"Thing.name",
		"Thing.old: @deprecated without a reason naming its replacement",
		"ThingWhereInput.hasOwner",
	}
	if !slices.Equal(missing, want) {
		t.Fatalf("undescribed = %q, want %q", missing, want)
	}
}

// undescribed returns the elements of s without a description, sorted, and
// how many elements were checked. Built-in types and directives (String,
// __Schema, @deprecated, ...) are the GraphQL specification's and skipped.
func undescribed(s *ast.Schema) (missing []string, total int) {
	check := func(name, desc string, directives ast.DirectiveList) {
		total++
		if strings.TrimSpace(desc) == "" {
			missing = append(missing, name)
		}
		if d := directives.ForName("deprecated"); d != nil {
			if r := d.Arguments.ForName("reason"); r == nil || r.Value == nil || strings.TrimSpace(r.Value.Raw) == "" {
				missing = append(missing, name+": @deprecated without a reason naming its replacement")
			}
		}
	}
	args := func(owner string, list ast.ArgumentDefinitionList) {
		for _, a := range list {
			check(owner+"("+a.Name+":)", a.Description, a.Directives)
		}
	}
	for name, def := range s.Types {
		if def.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		check(name, def.Description, nil)
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") || wherePredicate(def, f.Name) {
				continue
			}
			check(name+"."+f.Name, f.Description, f.Directives)
			args(name+"."+f.Name, f.Arguments)
		}
		for _, v := range def.EnumValues {
			check(name+"."+v.Name, v.Description, v.Directives)
		}
	}
	for name, d := range s.Directives {
		if d.Position != nil && d.Position.Src != nil && d.Position.Src.BuiltIn {
			continue
		}
		check("@"+name, d.Description, nil)
		args("@"+name, d.Arguments)
	}
	slices.Sort(missing)
	return missing, total
}

// predicateSuffixes are the names entgql gives a field's filter predicates
// after the field's own name (which holds the equality predicate).
var predicateSuffixes = []string{
	"NEQ", "In", "NotIn", "GT", "GTE", "LT", "LTE",
	"Contains", "HasPrefix", "HasSuffix", "EqualFold", "ContainsFold", "IsNil", "NotNil",
}

// wherePredicate reports whether field of def is a generated filter
// predicate that may go without a description: an input field of a
// *WhereInput named as another of its fields (the equality predicate, which
// is described) plus a predicate suffix, such as nameHasPrefix beside name.
// not, and, or, the equality predicates and the has<Edge>/has<Edge>With
// filters are described.
func wherePredicate(def *ast.Definition, field string) bool {
	if def.Kind != ast.InputObject || !strings.HasSuffix(def.Name, "WhereInput") {
		return false
	}
	for _, suffix := range predicateSuffixes {
		base, ok := strings.CutSuffix(field, suffix)
		if ok && base != "" && def.Fields.ForName(base) != nil {
			return true
		}
	}
	return false
}
