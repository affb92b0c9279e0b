// Command mkicon draws Zhibiao's icon, assets/icon.png: the character 指
// over a rising bar chart on a blue tile. Run from the repository root:
// go run ./scripts/mkicon
package main

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"log"
	"math"
	"os"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/zhibiao/zhibiao/assets"
)

const size = 512

func main() {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	top, bottom := color.NRGBA{0x2b, 0x7b, 0xd6, 0xff}, color.NRGBA{0x17, 0x4a, 0x8c, 0xff}
	for y := 0; y < size; y++ {
		c := mix(top, bottom, float64(y)/size)
		for x := 0; x < size; x++ {
			if inRoundedRect(x, y, 24, 24, size-24, size-24, 96) {
				img.Set(x, y, c)
			}
		}
	}
	// Bars rising to the right, in amber, behind the character.
	amber := color.NRGBA{0xff, 0xb7, 0x3d, 0xff}
	for i, h := range []int{90, 150, 220} {
		x0 := 330 + i*46
		fillRect(img, x0, 420-h, x0+36, 420, amber)
	}
	f, err := opentype.Parse(assets.Font)
	if err != nil {
		log.Fatal(err)
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: 300, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		log.Fatal(err)
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(color.White), Face: face}
	w := d.MeasureString("指")
	d.Dot = fixed.Point26_6{X: fixed.I(185) - w/2, Y: fixed.I(350)}
	d.DrawString("指")
	write("assets/icon.png", img)
	// The window's own icon is small: a 512-pixel icon costs start-up time
	// (decoded, then sent to the X server as a megabyte of pixels).
	write("assets/icon-window.png", shrink(img, 4))
}

func write(path string, img image.Image) {
	out, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, img); err != nil {
		log.Fatal(err)
	}
}

// shrink scales img down by an integer factor, averaging each block.
func shrink(img *image.NRGBA, f int) *image.NRGBA {
	b := img.Bounds()
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx()/f, b.Dy()/f))
	for y := 0; y < b.Dy()/f; y++ {
		for x := 0; x < b.Dx()/f; x++ {
			var r, g, bl, a int
			for dy := 0; dy < f; dy++ {
				for dx := 0; dx < f; dx++ {
					c := img.NRGBAAt(x*f+dx, y*f+dy)
					w := int(c.A)
					r, g, bl, a = r+int(c.R)*w, g+int(c.G)*w, bl+int(c.B)*w, a+w
				}
			}
			if a > 0 {
				out.SetNRGBA(x, y, color.NRGBA{uint8(r / a), uint8(g / a), uint8(bl / a), uint8(a / (f * f))})
			}
		}
	}
	return out
}

func mix(a, b color.NRGBA, t float64) color.NRGBA {
	l := func(x, y uint8) uint8 { return uint8(float64(x)*(1-t) + float64(y)*t) }
	return color.NRGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 0xff}
}

func inRoundedRect(x, y, x0, y0, x1, y1, r int) bool {
	if x < x0 || x >= x1 || y < y0 || y >= y1 {
		return false
	}
	cx := math.Max(float64(x0+r-x), math.Max(0, float64(x-(x1-r-1))))
	cy := math.Max(float64(y0+r-y), math.Max(0, float64(y-(y1-r-1))))
	return cx*cx+cy*cy <= float64(r*r)
}

func fillRect(img draw.Image, x0, y0, x1, y1 int, c color.Color) {
	draw.Draw(img, image.Rect(x0, y0, x1, y1), image.NewUniform(c), image.Point{}, draw.Over)
}
