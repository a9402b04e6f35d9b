package main

// One ordered codegen entry: ent (with entgql's GraphQL schema) first, then gqlgen.
//go:generate go generate ./ent
//go:generate go run graph/gqlgen.go
