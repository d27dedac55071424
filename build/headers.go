package main

import (
	"bufio"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/greenline-calc/greenline/site"
)

// A Config is what one deployment of the site decides: who may frame the
// calculator and where, besides the site itself, the page may fetch factor
// tables from. The zero Config is the site alone.
type Config struct {
	// Origin is the absolute address the site is published at
	// (site.DefaultOrigin when empty).
	Origin string
	// Partners are the origins allowed to frame the calculator, e.g.
	// "https://www.example-association.org"; the site's own origin is
	// always allowed.
	Partners []string
	// FactorSource is the address of a factor-table service (the Worker);
	// the policy lets the page connect to its origin.
	FactorSource string
}

// check says which setting is not a plain origin (scheme, host and optional
// port, nothing more).
func (c Config) check() error {
	if c.Origin != "" {
		if _, err := site.CheckOrigin(c.Origin); err != nil {
			return err
		}
	}
	for _, p := range c.Partners {
		if origin(p) != p {
			return fmt.Errorf("partner %q is not an origin: write scheme://host[:port], no path, no trailing slash", p)
		}
	}
	if c.FactorSource != "" && origin(c.FactorSource) == "" {
		return fmt.Errorf("factor source %q is not an http(s) address", c.FactorSource)
	}
	return nil
}

// origin is the scheme://host[:port] of an http(s) address, or "".
func origin(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// Policy is the Content-Security-Policy of every page: everything from the
// site itself, wasm allowed to compile, no inline script or style, and
// nothing else but the factor source to connect to. frame-ancestors is
// only honoured in a header; MetaPolicy leaves it out.
func (c Config) Policy() string {
	return c.MetaPolicy() + "; frame-ancestors " + strings.Join(append([]string{"'self'"}, c.Partners...), " ")
}

// MetaPolicy is the policy as a page's <meta http-equiv> carries it, for
// hosts that cannot set headers: the same, less frame-ancestors, which
// browsers ignore (with a console warning) in a <meta>.
func (c Config) MetaPolicy() string {
	connect := "'self'"
	if o := origin(c.FactorSource); o != "" {
		connect += " " + o
	}
	return strings.Join([]string{
		"default-src 'self'",
		"script-src 'self' 'wasm-unsafe-eval'",
		"style-src 'self'",
		"img-src 'self'",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"object-src 'none'",
	}, "; ")
}

// A Rule is a set of response headers for the paths a pattern matches, in
// the syntax of a Cloudflare Pages _headers file: an exact path, or a
// prefix ending in "*".
type Rule struct {
	Pattern string
	Headers [][2]string // name, value, in order
}

// matches reports whether the rule applies to the request path p.
func (r Rule) matches(p string) bool {
	if prefix, ok := strings.CutSuffix(r.Pattern, "*"); ok {
		return strings.HasPrefix(p, prefix)
	}
	return p == r.Pattern
}

// Rules are the headers every response of the site carries (the policy
// and the other security headers) and the long caching of content-hashed
// files. No two rules set one header: Cloudflare Pages joins the values of
// a header set twice. Everything else is revalidated on every use (build
// serve says no-cache; Cloudflare Pages' default is the same).
func (c Config) Rules() []Rule {
	return []Rule{
		{"/*", [][2]string{
			{"Content-Security-Policy", c.Policy()},
			{"Referrer-Policy", "no-referrer"},
			{"X-Content-Type-Options", "nosniff"},
			{"Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"},
		}},
		{"/assets/*", [][2]string{{"Cache-Control", "public, max-age=31536000, immutable"}}},
	}
}

// HeadersFile is the rules as a Cloudflare Pages _headers file.
func HeadersFile(rules []Rule) string {
	var b strings.Builder
	b.WriteString("# Response headers of the Greenline site, written by go run ./build.\n")
	for _, r := range rules {
		b.WriteString(r.Pattern + "\n")
		for _, h := range r.Headers {
			b.WriteString("  " + h[0] + ": " + h[1] + "\n")
		}
	}
	return b.String()
}

// Nginx is the rules as nginx directives for a server block serving the
// built site (docs/deploy.md shows them). nginx replaces, not adds to, the
// add_header directives of an enclosing block, so the assets location
// repeats the site-wide headers. Pages are revalidated on every use, as
// build serve does.
func Nginx(rules []Rule) string {
	var b strings.Builder
	site := append(rules[0].Headers[:len(rules[0].Headers):len(rules[0].Headers)], [2]string{"Cache-Control", "no-cache"})
	line := func(indent, name, value string) {
		fmt.Fprintf(&b, "%sadd_header %s \"%s\" always;\n", indent, name, value)
	}
	for _, h := range site {
		line("", h[0], h[1])
	}
	for _, r := range rules[1:] {
		fmt.Fprintf(&b, "location ^~ %s {\n", strings.TrimSuffix(r.Pattern, "*"))
		for _, h := range merge(site, r.Headers) {
			line("    ", h[0], h[1])
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// merge is base with the headers of over replacing those of the same name.
func merge(base, over [][2]string) [][2]string {
	out := append([][2]string(nil), base...)
	for _, h := range over {
		found := false
		for i := range out {
			if strings.EqualFold(out[i][0], h[0]) {
				out[i][1], found = h[1], true
			}
		}
		if !found {
			out = append(out, h)
		}
	}
	return out
}

// headers writes the _headers file the site is deployed with; build serve
// reads the same file, so what is tested is what is deployed.
func (w *writer) headers(c Config) {
	if err := c.check(); err != nil && w.err == nil {
		w.err = err
		return
	}
	if w.err != nil {
		return
	}
	w.err = os.WriteFile(filepath.Join(w.dir, "_headers"), []byte(HeadersFile(c.Rules())), 0o644)
}

// readRules reads a _headers file; a missing file gives the zero Config's
// rules, so that a site built before the file existed is served safely.
func readRules(dir string) ([]Rule, error) {
	f, err := os.Open(filepath.Join(dir, "_headers"))
	if os.IsNotExist(err) {
		return Config{}.Rules(), nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rules []Rule
	s := bufio.NewScanner(f)
	for n := 1; s.Scan(); n++ {
		line := s.Text()
		switch t := strings.TrimSpace(line); {
		case t == "" || strings.HasPrefix(t, "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, Rule{Pattern: t})
		default:
			name, value, ok := strings.Cut(t, ":")
			if !ok || len(rules) == 0 {
				return nil, fmt.Errorf("_headers line %d: want \"  Name: value\" under a path", n)
			}
			r := &rules[len(rules)-1]
			r.Headers = append(r.Headers, [2]string{strings.TrimSpace(name), strings.TrimSpace(value)})
		}
	}
	return rules, s.Err()
}

// apply sets the headers of every rule matching p, later rules winning.
func apply(h http.Header, rules []Rule, p string) {
	for _, r := range rules {
		if r.matches(p) {
			for _, kv := range r.Headers {
				h.Set(kv[0], kv[1])
			}
		}
	}
}
