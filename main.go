// Command walker serves Walker — the GraphQL API and the app — from one
// binary, on an embedded SQLite file by default or on PostgreSQL.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"walker/server/cli"
)

// Garbage collector defaults, unless GOGC or GOMEMLIMIT say otherwise: a
// GraphQL answer allocates a lot of short-lived memory while the live heap
// stays small (tens of MiB), so collecting at 4× the live heap halves the
// collector's CPU, and the soft limit collects sooner whenever the heap nears
// 64 MiB, to keep the resident memory under 150 MB with SQLite's own memory
// (its page caches and kept statements) beside it: at 80 MiB a page of 50
// under 64 clients reached 155 MiB (docs/BENCHMARKS.md).
const (
	gcPercent   = 300
	memoryLimit = 64 << 20
)

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
