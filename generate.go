package main

// One ordered codegen entry: ent (with entgql's GraphQL schema) first, then gqlgen
// (graph/gqlgen.go: gqlgen with the rewrites that keep a page cheap).
//go:generate go generate ./ent
//go:generate go run graph/gqlgen.go
