package server

import (
	"io/fs"
	"net/http"
	"strings"

	"github.com/klauspost/compress/gzhttp"

	"walker/graph"
	"walker/pwa"
)

// appRoutes serves the app (pwa.FS): its pages, its hashed assets, and its
// top-level files (service worker, manifest, icons). The files are
// compressed (gzhttp: gzip negotiated with Accept-Encoding, Vary set, small
// files left alone); API answers are not.
func appRoutes(mux *http.ServeMux) {
	app := pwa.FS()
	mux.Handle("GET /assets/", gzhttp.GzipHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Files only: no directory listings, and a path that names no file
		// (malformed, a folder, missing) is 404, never an error.
		name := strings.TrimPrefix(r.URL.Path, "/")
		if info, err := fs.Stat(app, name); !fs.ValidPath(name) || err != nil || !info.Mode().IsRegular() {
			writeError(w, http.StatusNotFound, graph.CodeNotFound, "no such file")
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable") // names carry a content hash
		http.ServeFileFS(w, r, app, name)
	})))
	shell := appFile(app, "index.html")
	mux.Handle("GET /{$}", shell)
	mux.Handle("GET /invite/{token}", shell)
	// The explorer: GraphiQL built with the app (pwa/graphiql.html), served
	// from Walker itself under the same strict CSP as every page.
	mux.Handle("GET /graphiql", appFile(app, "graphiql.html"))
	files, err := fs.ReadDir(app, ".")
	if err != nil {
		panic(err) // an embedded FS always reads
	}
	for _, f := range files {
		if name := f.Name(); !f.IsDir() && name != "index.html" && name != "graphiql.html" {
			mux.Handle("GET /"+name, appFile(app, name))
		}
	}
}

// appFile serves one file of the app, revalidated on every use (no-cache):
// a new service worker or page is seen at once.
func appFile(app fs.FS, name string) http.Handler {
	return gzhttp.GzipHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, app, name)
	}))
}
