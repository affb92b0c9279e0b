package ui

import (
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
)

// chartPicture shows a rendered chart at its logical size, centred
// across, and maps clicks to its bars or points. The Charts and Compare
// tabs each own one: redraw draws the chart again for a new width (text
// keeps its size and the bars use the room, where scaling the picture
// would blur it), and tapped opens the sentence of bar i.
type chartPicture struct {
	widget.BaseWidget
	img    *canvas.Image
	bars   chart.Map
	size   fyne.Size
	width  func() float32 // the width the chart was last drawn for
	redraw func(width float32)
	tapped func(i int)
}

func newChartPicture(width func() float32, redraw func(float32), tapped func(int)) *chartPicture {
	c := &chartPicture{img: canvas.NewImageFromImage(nil), width: width, redraw: redraw, tapped: tapped}
	c.img.FillMode = canvas.ImageFillContain
	c.img.ScaleMode = canvas.ImageScaleSmooth
	c.ExtendBaseWidget(c)
	return c
}

func (c *chartPicture) set(img image.Image, m chart.Map, size fyne.Size) {
	c.img.Image, c.bars, c.size = img, m, size
	c.img.SetMinSize(size)
	c.img.Refresh()
	c.Refresh()
}

func (c *chartPicture) MinSize() fyne.Size { return fyne.NewSize(minChartWidth, c.size.Height) }

// Resize redraws the chart when the width changed by more than a few units.
func (c *chartPicture) Resize(s fyne.Size) {
	c.BaseWidget.Resize(s)
	if d := s.Width - c.width(); (d > 4 || d < -4) && s.Width > 0 {
		c.redraw(s.Width)
	}
}

// Tapped hands on the bar or point under the pointer.
func (c *chartPicture) Tapped(ev *fyne.PointEvent) {
	if c.img.Image == nil {
		return
	}
	p := ev.Position.Subtract(c.img.Position()) // the image sits at the top, centred across
	if i := c.bars.BarAt(image.Pt(int(p.X), int(p.Y))); i >= 0 {
		c.tapped(i)
	}
}

func (c *chartPicture) CreateRenderer() fyne.WidgetRenderer { return &chartPictureRenderer{c} }

type chartPictureRenderer struct{ c *chartPicture }

func (r *chartPictureRenderer) Layout(s fyne.Size) {
	r.c.img.Move(fyne.NewPos(max(0, (s.Width-r.c.size.Width)/2), 0))
	r.c.img.Resize(r.c.size)
}
func (r *chartPictureRenderer) MinSize() fyne.Size           { return r.c.MinSize() }
func (r *chartPictureRenderer) Refresh()                     { r.Layout(r.c.Size()); r.c.img.Refresh() }
func (r *chartPictureRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.c.img} }
func (r *chartPictureRenderer) Destroy()                     {}
