// Package gqldoc carries to code generation what the GraphQL descriptions of
// the ent types need beyond ent's own comments: what each value of an enum
// field means, and which scopes an integrator token needs for an entity.
// ent/entc.go writes them into graph/ent.graphql. Like package limit, it
// depends on nothing of Walker's, so that code generation can use it before
// the generated code compiles.
package gqldoc

// Values describes each value of an enum field, value by value: the
// descriptions of the GraphQL enum's values.
type Values map[string]string

// ValuesName is the name of the Values annotation in ent's generated graph.
const ValuesName = "GraphQLValues"

// Name implements schema.Annotation.
func (Values) Name() string { return ValuesName }

// Scopes names the scopes an integrator token needs to read (Read) and to
// change (Write) an entity's records; an empty one is a scope no token has,
// so that tokens can do neither.
type Scopes struct{ Read, Write string }

// ScopesName is the name of the Scopes annotation in ent's generated graph.
const ScopesName = "GraphQLScopes"

// Name implements schema.Annotation.
func (Scopes) Name() string { return ScopesName }
