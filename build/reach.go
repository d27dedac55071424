package main

import (
	"bytes"
	"encoding/json"
	"image"
	"image/draw"
	"image/png"
	"strconv"

	"github.com/greenline-calc/greenline/site"
)

// reach writes what makes the site an installable app and embeddable on
// partners' sites: the maskable app icon (the others are icons' work), a
// web app manifest per language, embed.js
// and embed.json at the site root (stable names: partners' pages link
// them), and returns what every page's <head> links.
func (w *writer) reach(c Config, static func(string) []byte, modules string) site.Head {
	w.write("icon-maskable-512.png", maskable(512))
	icons := []site.AppIcon{
		{Src: "../icon-192.png", Sizes: sizes(192), Type: "image/png", Purpose: "any"},
		{Src: "../icon-512.png", Sizes: sizes(512), Type: "image/png", Purpose: "any"},
		{Src: "../icon-maskable-512.png", Sizes: sizes(512), Type: "image/png", Purpose: "maskable"},
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
	}
}

// maskable is the mark for a launcher that cuts icons to its own shape:
// drawn at 80 % on a square of the mark's green, so that whatever the
// launcher keeps (at least the circle of 80 % of the side) shows the
// whole leaf and the green runs to every edge.
func maskable(size int) []byte {
	inner := size * 8 / 10
	mark, _ := png.Decode(bytes.NewReader(iconPNG(inner, true)))
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	draw.Draw(img, img.Bounds(), image.NewUniform(iconGreen), image.Point{}, draw.Src)
	off := (size - inner) / 2
	draw.Draw(img, image.Rect(off, off, off+inner, off+inner), mark, image.Point{}, draw.Over)
	var b bytes.Buffer
	png.Encode(&b, img) // writing to memory cannot fail
	return b.Bytes()
}

func sizes(n int) string { return strconv.Itoa(n) + "x" + strconv.Itoa(n) }
