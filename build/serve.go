package main

import (
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// contentTypes are the MIME types of the files a build writes.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".webmanifest": "application/manifest+json",
	".ico":         "image/x-icon",
	".png":         "image/png",
}

// Handler serves a built site from dir: the right MIME type for every file,
// the precompressed .br or .gz variant when the browser accepts it, and the
// headers of the build's _headers file (the security policy, long caching
// for content-hashed assets, revalidation for the rest), read on every
// request so that a rebuild is served at once.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			name = path.Join(name, "index.html")
		}
		full := filepath.Join(dir, filepath.FromSlash(name))
		info, err := os.Stat(full)
		if err == nil && info.IsDir() {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		ctype, known := contentTypes[path.Ext(name)]
		if err != nil || !known {
			http.NotFound(w, r)
			return
		}
		rules, err := readRules(dir)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "no-cache")
		apply(h, rules, name)
		h.Set("Content-Type", ctype)
		h.Set("Vary", "Accept-Encoding")
		accept := r.Header.Get("Accept-Encoding")
		for _, v := range []struct{ token, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !accepts(accept, v.token) {
				continue
			}
			if f, err := os.Open(full + v.suffix); err == nil {
				defer f.Close()
				h.Set("Content-Encoding", v.token)
				http.ServeContent(w, r, name, info.ModTime(), f)
				return
			}
		}
		f, err := os.Open(full)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, name, info.ModTime(), f)
	})
}

// accepts reports whether an Accept-Encoding header allows token (a q=0
// entry refuses it).
func accepts(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(name) != token {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
