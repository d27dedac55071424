package site

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/a-h/templ"
)

// A Page is one page of the site; every page exists in every language, at
// the same path under the language's folder.
type Page int

// The pages of the site, in the order of the site navigation.
const (
	PageCalc Page = iota
	PageFactors
	PageMethod
	PageEmbed
)

// Pages lists every page, in the order of the site navigation.
var Pages = []Page{PageCalc, PageFactors, PageMethod, PageEmbed}

// Path is the page's folder inside a language folder: "", "factors/" or
// "method/".
func (p Page) Path() string {
	switch p {
	case PageFactors:
		return "factors/"
	case PageMethod:
		return "method/"
	case PageEmbed:
		return "embed/"
	}
	return ""
}

// File is the page's file in the built site, e.g. "zh/factors/index.html".
func (p Page) File(l Lang) string { return string(l) + "/" + p.Path() + "index.html" }

// Root leads from the page to the site root: "../" from en/, "../../" from
// en/factors/. Every link is relative, so the site works under any base path.
func (p Page) Root() string { return strings.Repeat("../", 1+strings.Count(p.Path(), "/")) }

// Label is the page's name in the site navigation.
func (p Page) Label(t Text) string {
	switch p {
	case PageFactors:
		return t.NavFactors
	case PageMethod:
		return t.NavMethod
	case PageEmbed:
		return t.NavEmbed
	}
	return t.NavCalc
}

// DefaultOrigin is the absolute address of the site's root when a build is
// given none: the one make serve serves it at. A published site is built
// with its own: go run ./build -origin https://example.org/greenline/.
const DefaultOrigin = "http://127.0.0.1:8080/"

// CheckOrigin returns origin as an absolute http or https address ending
// in "/", or an error naming what is wrong with it.
func CheckOrigin(origin string) (string, error) {
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return "", fmt.Errorf("-origin %q: want an absolute http or https address such as https://example.org/greenline/", origin)
	}
	if !strings.HasSuffix(origin, "/") {
		origin += "/"
	}
	return origin, nil
}

// A Frame is what the layout needs to know about the page it frames.
type Frame struct {
	Lang        Lang
	Page        Page
	CSS         string // stylesheet, relative to the site root
	Title       string
	Description string // the page's summary for search results and link previews
	Origin      string // absolute address of the site root; DefaultOrigin when empty
	Skip        string // id of the element the skip link leads to
	// Boot is what the page starts before anything else is fetched: linked
	// right after the security policy, before the stylesheet.
	Boot templ.Component
	// Scripts are the page's own scripts, linked from its <head> after the
	// stylesheet, so that they are fetched before the body is read but do
	// not hold up the style sheet that the first paint waits for.
	Scripts templ.Component
}

// href is the address of page p in language l, relative to the framed page.
func (f Frame) href(l Lang, p Page) string { return f.Page.Root() + string(l) + "/" + p.Path() }

// abs is the absolute address of page p in language l.
func (f Frame) abs(l Lang, p Page) string { return origin(f.Origin) + string(l) + "/" + p.Path() }

func origin(o string) string {
	if o == "" {
		return DefaultOrigin
	}
	if !strings.HasSuffix(o, "/") {
		return o + "/"
	}
	return o
}

// current marks the link to the page being shown.
func current(yes bool) templ.Attributes {
	if yes {
		return templ.Attributes{"aria-current": "page"}
	}
	return templ.Attributes{}
}

// langAttr marks text in language l on a page in language page, and nothing
// when both are the same.
func langAttr(page, l Lang) templ.Attributes {
	if page == l {
		return templ.Attributes{}
	}
	return templ.Attributes{"lang": l.HTMLLang()}
}
