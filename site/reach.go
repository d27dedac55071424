package site

import (
	"context"
	"encoding/json"
)

// A Head is what every page links in its <head> besides its stylesheet,
// the same for every page of one build: the security policy for hosts
// that cannot set headers, and the module that keeps the site for offline
// use and offers new versions. The build
// passes it in the context pages are rendered with; without one (the
// golden tests) pages carry none of these.
type Head struct {
	Policy string // Content-Security-Policy for a <meta http-equiv>
	Update string // the update module, from the site root
}

type headKey struct{}

// WithHead returns ctx carrying h for the pages rendered with it.
func WithHead(ctx context.Context, h Head) context.Context {
	return context.WithValue(ctx, headKey{}, h)
}

func headOf(ctx context.Context) Head {
	h, _ := ctx.Value(headKey{}).(Head)
	return h
}

// ManifestFile is the name of each language's web app manifest, in the
// language's folder.
const ManifestFile = "manifest.webmanifest"

// ThemeColor and BackgroundColor are the app's colours in its manifest:
// the site's green and its page background (style.css's --green, --bg).
const (
	ThemeColor      = "#1f6f4a"
	BackgroundColor = "#fbfcfb"
)

// An AppIcon is one icon of the web app manifest.
type AppIcon struct {
	Src     string `json:"src"` // relative to the manifest
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
}

// WebManifest is the web app manifest of lang: the calculator of that
// language installed as an app of its own, its scope the language folder.
func WebManifest(lang Lang, icons []AppIcon) []byte {
	t := reachText(lang)
	b, _ := json.MarshalIndent(struct {
		ID          string    `json:"id"`
		Lang        string    `json:"lang"`
		Name        string    `json:"name"`
		ShortName   string    `json:"short_name"`
		Description string    `json:"description"`
		StartURL    string    `json:"start_url"`
		Scope       string    `json:"scope"`
		Display     string    `json:"display"`
		Theme       string    `json:"theme_color"`
		Background  string    `json:"background_color"`
		Icons       []AppIcon `json:"icons"`
	}{"./", lang.HTMLLang(), t.AppName, t.AppShortName, t.AppDescription, "./", "./", "standalone", ThemeColor, BackgroundColor, icons}, "", "  ")
	return append(b, '\n')
}
