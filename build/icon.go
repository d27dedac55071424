package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"

	"github.com/greenline-calc/greenline/site"
)

// Greenline's mark: a pale leaf on a green square, with a green line along
// the leaf. The leaf is the lens where two discs of radius 32 centred on
// (16,16) and (48,48) overlap, with its tips at (16,48) and (48,16); the line
// runs from the lower tip towards the upper one. The same shapes give the
// SVG icon and, rasterised here, the favicon.ico and the PNG app icons, so
// the icons cannot differ. Coordinates are in a 64 × 64 box.
var (
	iconGreen = rgb(site.ThemeColor) // the manifest's theme colour
	iconLeaf  = color.NRGBA{0xd6, 0xeb, 0xc9, 0xff}
)

// rgb is an opaque colour written #rrggbb.
func rgb(hex string) color.NRGBA {
	var c color.NRGBA
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &c.R, &c.G, &c.B); err != nil {
		panic("build: colour " + hex + ": " + err.Error())
	}
	c.A = 0xff
	return c
}

const (
	iconCorner = 14.0 // radius of the square's corners
	iconRadius = 32.0 // radius of the two discs that make the leaf
	iconLineW  = 3.5  // width of the line
)

var iconLine = [2][2]float64{{11, 53}, {40, 24}} // from, to

// iconSVG is the mark as an SVG document.
func iconSVG() []byte {
	return fmt.Appendf(nil, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">`+
		`<rect width="64" height="64" rx="%g" fill="%s"/>`+
		`<path d="M16 48A%g %g 0 0 1 48 16A%g %g 0 0 1 16 48Z" fill="%s"/>`+
		`<path d="M%g %gL%g %g" stroke="%s" stroke-width="%g" stroke-linecap="round"/>`+
		`</svg>`+"\n",
		iconCorner, hexColor(iconGreen),
		iconRadius, iconRadius, iconRadius, iconRadius, hexColor(iconLeaf),
		iconLine[0][0], iconLine[0][1], iconLine[1][0], iconLine[1][1], hexColor(iconGreen), iconLineW)
}

// iconPNG rasterises the mark at size × size pixels, 4 × 4 samples a
// pixel. A square icon (for a home screen, which rounds corners itself)
// fills the corners; otherwise they are transparent.
func iconPNG(size int, square bool) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const n = 4
	scale := 64 / float64(size)
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range n {
				for sx := range n {
					x := (float64(px) + (float64(sx)+0.5)/n) * scale
					y := (float64(py) + (float64(sy)+0.5)/n) * scale
					c, ok := iconAt(x, y, square)
					if !ok {
						continue
					}
					r, g, b, a = r+float64(c.R), g+float64(c.G), b+float64(c.B), a+1
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{uint8(r/a + 0.5), uint8(g/a + 0.5), uint8(b/a + 0.5), uint8(a/(n*n)*255 + 0.5)})
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img) // writing to memory cannot fail
	return buf.Bytes()
}

// iconAt is the colour of the mark at (x, y), and false outside it.
func iconAt(x, y float64, square bool) (color.NRGBA, bool) {
	if !square && !inRoundedSquare(x, y) {
		return color.NRGBA{}, false
	}
	if segmentDistance(x, y, iconLine[0], iconLine[1]) <= iconLineW/2 {
		return iconGreen, true
	}
	if math.Hypot(x-16, y-16) <= iconRadius && math.Hypot(x-48, y-48) <= iconRadius {
		return iconLeaf, true
	}
	return iconGreen, true
}

func inRoundedSquare(x, y float64) bool {
	cx := math.Min(math.Max(x, iconCorner), 64-iconCorner)
	cy := math.Min(math.Max(y, iconCorner), 64-iconCorner)
	return math.Hypot(x-cx, y-cy) <= iconCorner
}

// segmentDistance is the distance from (x, y) to the segment a–b.
func segmentDistance(x, y float64, a, b [2]float64) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	t := ((x-a[0])*dx + (y-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(x-a[0]-t*dx, y-a[1]-t*dy)
}

func hexColor(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// icoFile wraps PNG images in the ICO container browsers fetch as
// /favicon.ico (an entry may hold a PNG since Windows Vista).
func icoFile(sizes ...int) []byte {
	var imgs [][]byte
	for _, s := range sizes {
		imgs = append(imgs, iconPNG(s, false))
	}
	var b bytes.Buffer
	le := binary.LittleEndian
	b.Write(le.AppendUint16(le.AppendUint16(le.AppendUint16(nil, 0), 1), uint16(len(imgs))))
	offset := 6 + 16*len(imgs)
	for i, s := range sizes {
		dim := byte(s % 256) // 0 means 256
		e := []byte{dim, dim, 0, 0}
		e = le.AppendUint16(e, 1)  // colour planes
		e = le.AppendUint16(e, 32) // bits a pixel
		e = le.AppendUint32(e, uint32(len(imgs[i])))
		e = le.AppendUint32(e, uint32(offset))
		b.Write(e)
		offset += len(imgs[i])
	}
	for _, img := range imgs {
		b.Write(img)
	}
	return b.Bytes()
}

// icons writes the mark at the site root: icon.svg (linked from every
// page), favicon.ico (which browsers ask for by that name), the home-screen
// icons and the web app manifest that names them.
func (w *writer) icons() {
	w.write("icon.svg", iconSVG())
	w.write("favicon.ico", icoFile(16, 32, 48))
	w.write("apple-touch-icon.png", iconPNG(180, true))
	w.write("icon-192.png", iconPNG(192, true))
	w.write("icon-512.png", iconPNG(512, true))
}
