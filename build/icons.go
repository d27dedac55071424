package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"

	"github.com/srwiley/oksvg"
	"github.com/srwiley/rasterx"
)

// The app icons are drawn at build time from the one SVG the site uses as
// its favicon, with a pure-Go SVG rasteriser (oksvg), so that the PNGs can
// never drift from the SVG: the alternative, drawing them again in Go from
// a copy of the geometry, would have been two sources of one picture.
// oksvg reads paths, basic shapes and fills, which is all an icon needs.

// An Icon is one PNG of the web app manifest.
type Icon struct {
	Src     string // path from the site root
	Size    int
	Purpose string // "any" or "maskable"
}

// rasterise draws svg into a size×size PNG. For a maskable icon the whole
// square is first filled with bg and the picture drawn at 80 % in the
// middle, inside the circle a launcher's mask always keeps.
func rasterise(svg []byte, size int, maskable bool, bg color.Color) ([]byte, error) {
	icon, err := oksvg.ReadIconStream(bytes.NewReader(svg), oksvg.StrictErrorMode)
	if err != nil {
		return nil, fmt.Errorf("icon SVG: %w", err)
	}
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	inner, off := float64(size), 0.0
	if maskable {
		draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
		inner = float64(size) * 0.8
		off = (float64(size) - inner) / 2
	}
	icon.SetTarget(off, off, inner, inner)
	scanner := rasterx.NewScannerGV(size, size, img, img.Bounds())
	icon.Draw(rasterx.NewDasher(size, size, scanner), 1)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
