// Command walker serves Walker — the GraphQL API and the app — from one
// binary, on an embedded SQLite file by default or on PostgreSQL.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"walker/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := server.Main(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
