// Package ent is the generated data-access layer; the schema lives in ./schema.
package ent

//go:generate go run -mod=mod entc.go
