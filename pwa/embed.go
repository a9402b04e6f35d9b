// Package pwa embeds Walker's app: the bundle that `npm run build` writes to
// dist/ (committed, so that `go build` needs no Node).
package pwa

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// FS returns the built app, index.html at its root.
func FS() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a literal that go:embed guarantees exists.
	}
	return sub
}
