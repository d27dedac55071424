package main

import (
	"encoding/json"
	"image/color"
	"strconv"
	"strings"

	"github.com/greenline-calc/greenline/site"
)

// reach writes what makes the site an installable app and embeddable on
// partners' sites: the app icons drawn from the site's SVG icon, a web
// app manifest per language, the root page's redirect script, embed.js
// and embed.json at the site root (stable names: partners' pages link
// them), and returns what every page's <head> links.
func (w *writer) reach(c Config, static func(string) []byte, modules string) site.Head {
	svg := static(site.IconSVG)
	bg := parseHex(site.ThemeColor)
	var icons []site.AppIcon
	var icon192 string
	for _, i := range []struct {
		name     string
		size     int
		maskable bool
	}{{"icon-192.png", 192, false}, {"icon-512.png", 512, false}, {"icon-maskable-512.png", 512, true}} {
		png, err := rasterise(svg, i.size, i.maskable, bg)
		if err != nil {
			if w.err == nil {
				w.err = err
			}
			return site.Head{}
		}
		name := w.asset(i.name, png)
		if i.size == 192 {
			icon192 = name
		}
		purpose := "any"
		if i.maskable {
			purpose = "maskable"
		}
		icons = append(icons, site.AppIcon{Src: "../" + name, Sizes: sizes(i.size), Type: "image/png", Purpose: purpose})
	}
	for _, l := range site.Langs {
		w.write(string(l)+"/"+site.ManifestFile, site.WebManifest(l, icons))
	}
	cfg, _ := json.Marshal(struct {
		Version  int      `json:"greenline"`
		Partners []string `json:"partners"`
	}{1, append([]string{}, c.Partners...)})
	w.write("embed.json", append(cfg, '\n'))
	w.write(site.EmbedScript, static(site.EmbedScript))
	return site.Head{
		Policy: c.MetaPolicy(),
		Update: modules + "update.js",
		Root:   w.asset("root.js", static("root.js")),
		Icon:   icon192,
	}
}

func sizes(n int) string { return strconv.Itoa(n) + "x" + strconv.Itoa(n) }

// parseHex reads a #rrggbb colour.
func parseHex(s string) color.RGBA {
	v, _ := strconv.ParseUint(strings.TrimPrefix(s, "#"), 16, 32)
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
}
