package main

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestConfigCheck(t *testing.T) {
	tests := []struct {
		name string
		c    Config
		want string // part of the error, "" for none
	}{
		{"zero", Config{}, ""},
		{"origins", Config{Partners: []string{"https://a.example", "http://localhost:8081"}, FactorSource: "https://f.example/v1/tables"}, ""},
		{"path", Config{Partners: []string{"https://a.example/embed"}}, `partner "https://a.example/embed" is not an origin`},
		{"trailing slash", Config{Partners: []string{"https://a.example/"}}, "is not an origin"},
		{"no scheme", Config{Partners: []string{"a.example"}}, "is not an origin"},
		{"wildcard", Config{Partners: []string{"*"}}, "is not an origin"},
		{"factor source", Config{FactorSource: "ftp://f.example"}, `factor source "ftp://f.example"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.check()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

func TestPolicy(t *testing.T) {
	c := Config{Partners: []string{"https://a.example", "https://b.example:8443"}, FactorSource: "https://f.example/v1/"}
	want := "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
		"connect-src 'self' https://f.example; base-uri 'none'; form-action 'none'; object-src 'none'; " +
		"frame-ancestors 'self' https://a.example https://b.example:8443"
	if got := c.Policy(); got != want {
		t.Errorf("policy\n got %s\nwant %s", got, want)
	}
	if got := (Config{}).MetaPolicy(); strings.Contains(got, "frame-ancestors") || !strings.Contains(got, "connect-src 'self';") {
		t.Errorf("meta policy %s: want connect-src 'self' alone and no frame-ancestors", got)
	}
}

// TestHeadersFileRoundTrip writes the rules as a _headers file, reads them
// back as build serve does, and serves a page and an asset with them.
func TestHeadersFileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	c := Config{Partners: []string{"http://localhost:9999"}}
	if err := os.WriteFile(filepath.Join(dir, "_headers"), []byte(HeadersFile(c.Rules())), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readRules(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c.Rules()) {
		t.Fatalf("read back\n%v\nwant\n%v", got, c.Rules())
	}
	os.MkdirAll(filepath.Join(dir, "en"), 0o755)
	os.MkdirAll(filepath.Join(dir, "assets"), 0o755)
	os.WriteFile(filepath.Join(dir, "en", "index.html"), []byte("<p>en</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "assets", "a.1234.js"), []byte("js"), 0o644)
	for _, tt := range []struct{ path, cache string }{
		{"/en/", "no-cache"},
		{"/assets/a.1234.js", "public, max-age=31536000, immutable"},
	} {
		rec := httptest.NewRecorder()
		Handler(dir).ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		h := rec.Result().Header
		if got := h.Get("Cache-Control"); got != tt.cache {
			t.Errorf("%s: Cache-Control %q, want %q", tt.path, got, tt.cache)
		}
		if got, want := h.Get("Content-Security-Policy"), c.Policy(); got != want {
			t.Errorf("%s: policy %q, want %q", tt.path, got, want)
		}
		for _, name := range []string{"Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy"} {
			if h.Get(name) == "" {
				t.Errorf("%s: no %s", tt.path, name)
			}
		}
	}
}

// TestNginxSnippetInDocs keeps docs/deploy.md's nginx snippet the one the
// default build's rules give.
func TestNginxSnippetInDocs(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(moduleRoot(), "docs", "deploy.md"))
	if err != nil {
		t.Fatal(err)
	}
	if want := Nginx(Config{}.Rules()); !strings.Contains(string(doc), "```nginx\n"+want+"```") {
		t.Errorf("docs/deploy.md lacks the nginx snippet of the default build; it is:\n%s", want)
	}
}
