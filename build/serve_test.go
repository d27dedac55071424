package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":            "<p>root</p>",
		"en/index.html":         "<p>en</p>",
		"en/index.html.br":      "BR",
		"en/index.html.gz":      "GZ",
		"assets/x.1234.wasm":    "\x00asm",
		"assets/x.1234.wasm.br": "WASMBR",
		"assets/a.1234.js":      "js",
		"secret.txt":            "no",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	h := Handler(dir)
	tests := []struct {
		name, method, path, accept string
		status                     int
		ctype, encoding, body      string
		cache                      string
	}{
		{"root index", "GET", "/", "", 200, "text/html; charset=utf-8", "", "<p>root</p>", "no-cache"},
		{"brotli preferred", "GET", "/en/", "gzip, deflate, br", 200, "text/html; charset=utf-8", "br", "BR", "no-cache"},
		{"gzip when no br", "GET", "/en/", "gzip", 200, "text/html; charset=utf-8", "gzip", "GZ", "no-cache"},
		{"br refused with q=0", "GET", "/en/", "br;q=0, gzip", 200, "text/html; charset=utf-8", "gzip", "GZ", "no-cache"},
		{"identity", "GET", "/en/index.html", "", 200, "text/html; charset=utf-8", "", "<p>en</p>", "no-cache"},
		{"wasm MIME and immutable", "GET", "/assets/x.1234.wasm", "br", 200, "application/wasm", "br", "WASMBR", "public, max-age=31536000, immutable"},
		{"js without variants", "GET", "/assets/a.1234.js", "br", 200, "text/javascript; charset=utf-8", "", "js", "public, max-age=31536000, immutable"},
		{"directory redirects", "GET", "/en", "", 301, "", "", "", ""},
		{"unknown type not served", "GET", "/secret.txt", "", 404, "", "", "", ""},
		{"missing", "GET", "/nope.html", "", 404, "", "", "", ""},
		{"escape attempt", "GET", "/../../etc/passwd", "", 404, "", "", "", ""},
		{"post refused", "POST", "/", "", 405, "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.status)
			}
			if tt.status != http.StatusOK {
				return
			}
			if got := res.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
			}
			if got := rec.Body.String(); got != tt.body {
				t.Errorf("body %q, want %q", got, tt.body)
			}
			if got := res.Header.Get("Cache-Control"); got != tt.cache {
				t.Errorf("Cache-Control %q, want %q", got, tt.cache)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q", got)
			}
		})
	}
}
