package ui

import (
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// fontSpy is the app theme, noting which text styles Fyne asks it for a
// font: Fyne asks once per style, when it is about to parse the font.
type fontSpy struct {
	fyne.Theme
	mu     sync.Mutex
	styles []fyne.TextStyle
}

func (s *fontSpy) Font(st fyne.TextStyle) fyne.Resource {
	s.mu.Lock()
	s.styles = append(s.styles, st)
	s.mu.Unlock()
	return s.Theme.Font(st)
}

func (s *fontSpy) askedBold() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, st := range s.styles {
		if st.Bold {
			return true
		}
	}
	return false
}

// The first frame draws no bold text and no Fyne button: either would
// make Fyne read the whole CJK font a second time before the window shows.
// The panel, built once the window is on screen, brings bold in.
func TestFirstFrameReadsFontOnce(t *testing.T) {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(defaultWindowSize)
	m := New(a, Options{Library: appLibrary(t, a), Version: "test", Segmenter: testSegmenter})
	m.env.setDo((&uiQueue{}).add)
	<-m.env.plainRead
	spy := &fontSpy{Theme: a.Settings().Theme()}
	a.Settings().SetTheme(spy) // clears Fyne's font cache: every style is asked for again
	m.Start(w)
	w.Canvas().Capture()
	if spy.askedBold() {
		t.Fatal("the first frame measures bold text: Fyne reads the font a second time before the window shows")
	}
	m.Finish()
	w.Canvas().Capture()
	if !spy.askedBold() {
		t.Error("the spy saw no bold text once the panel was built: the test no longer tests anything")
	}
}

// iconButton stands in for an icon-only Fyne Button: the same size, and
// it is pressed by a tap or the space bar.
func TestIconButton(t *testing.T) {
	test.NewTempApp(t)
	icon := newAppTheme(ThemeLight).Icon("folderOpen")
	pressed := 0
	b := newIconButton(icon, func() { pressed++ })
	fb := &widget.Button{Icon: icon, Importance: widget.LowImportance}
	if b.MinSize() != fb.MinSize() {
		t.Errorf("min size %v, a Fyne button's %v", b.MinSize(), fb.MinSize())
	}
	test.Tap(b)
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	b.TypedKey(&fyne.KeyEvent{Name: fyne.KeyA})
	if pressed != 2 {
		t.Errorf("pressed %d times, want 2", pressed)
	}
}
