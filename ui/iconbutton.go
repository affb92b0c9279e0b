package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// iconButton is a flat button that shows only an icon, like a Fyne Button
// of low importance without text, and looks the same. It exists because
// Fyne's Button measures its label in bold even when the label is empty,
// and the first bold measurement makes Fyne read the whole 4.6 MB CJK
// font a second time (about 60 ms). The library's Open button is on
// screen from the first frame, so it must not pay that before the window
// shows.
type iconButton struct {
	widget.BaseWidget
	icon     fyne.Resource
	onTapped func()

	hovered, focused bool
}

func newIconButton(icon fyne.Resource, onTapped func()) *iconButton {
	b := &iconButton{icon: icon, onTapped: onTapped}
	b.ExtendBaseWidget(b)
	return b
}

func (b *iconButton) Tapped(*fyne.PointEvent) {
	if b.onTapped != nil {
		b.onTapped()
	}
}

func (b *iconButton) Cursor() desktop.Cursor { return desktop.DefaultCursor }

func (b *iconButton) MouseIn(*desktop.MouseEvent)    { b.hovered = true; b.Refresh() }
func (b *iconButton) MouseMoved(*desktop.MouseEvent) {}
func (b *iconButton) MouseOut()                      { b.hovered = false; b.Refresh() }

// The button takes the keyboard focus like Fyne's: Tab reaches it and
// Space presses it.
func (b *iconButton) FocusGained()   { b.focused = true; b.Refresh() }
func (b *iconButton) FocusLost()     { b.focused = false; b.Refresh() }
func (b *iconButton) TypedRune(rune) {}
func (b *iconButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace {
		b.Tapped(nil)
	}
}

func (b *iconButton) CreateRenderer() fyne.WidgetRenderer {
	r := &iconButtonRenderer{b: b, bg: canvas.NewRectangle(color.Transparent), img: canvas.NewImageFromResource(b.icon)}
	r.img.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type iconButtonRenderer struct {
	b   *iconButton
	bg  *canvas.Rectangle
	img *canvas.Image
}

func (r *iconButtonRenderer) Layout(size fyne.Size) {
	th := r.b.Theme()
	icon := th.Size(theme.SizeNameInlineIcon)
	r.bg.Resize(size)
	r.img.Resize(fyne.NewSquareSize(icon))
	r.img.Move(fyne.NewPos((size.Width-icon)/2, (size.Height-icon)/2))
}

// MinSize is a Fyne Button's with an icon and no text: the inline icon
// and the inner padding around it.
func (r *iconButtonRenderer) MinSize() fyne.Size {
	th := r.b.Theme()
	return fyne.NewSquareSize(th.Size(theme.SizeNameInlineIcon) + 2*th.Size(theme.SizeNameInnerPadding))
}

// Refresh colours the background as a low-importance Fyne Button does:
// nothing at rest, the button colour blended with the focus or hover
// colour when focused or pointed at.
func (r *iconButtonRenderer) Refresh() {
	th := r.b.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fill := color.Color(color.Transparent)
	switch {
	case r.b.focused:
		fill = blendOver(th.Color(theme.ColorNameButton, v), th.Color(theme.ColorNameFocus, v))
	case r.b.hovered:
		fill = blendOver(th.Color(theme.ColorNameButton, v), th.Color(theme.ColorNameHover, v))
	}
	r.bg.FillColor = fill
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.Refresh()
	r.img.Resource = r.b.icon
	r.img.Refresh()
	r.Layout(r.b.Size())
}

func (r *iconButtonRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.img} }
func (r *iconButtonRenderer) Destroy()                     {}

// blendOver paints top over bottom by top's alpha. RGBA gives
// premultiplied values, so the result is premultiplied too.
func blendOver(bottom, top color.Color) color.Color {
	br, bgr, bb, ba := bottom.RGBA()
	tr, tg, tb, ta := top.RGBA()
	over := func(b, t uint32) uint8 { return uint8((t + b*(0xffff-ta)/0xffff) >> 8) }
	return color.RGBA{R: over(br, tr), G: over(bgr, tg), B: over(bb, tb), A: over(ba, ta)}
}
