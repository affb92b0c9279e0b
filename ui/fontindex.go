package ui

import (
	"runtime"

	"github.com/go-text/typesetting/fontscan"
)

// WarmFontIndex has the system's fonts indexed on another goroutine, for
// the faces Fyne adds behind the app's font (symbols, other scripts). Fyne
// reads them in the same call that reads the CJK font for plain text,
// after it: when no index is cached yet (a user's first start, every run
// of bench-startup.sh), that scan of the font folders (20–84 ms at load
// 20, traced) was waited for before the window's first layout. go-text
// builds the index once per process, whoever asks first, and caches it in
// the user's cache folder (where Fyne looks for it), so asking at once,
// from app before Fyne even starts, takes the scan off that path and costs
// nothing twice. Android, which needs a cache folder from its Java
// runtime, is left to Fyne: a failed first call would leave Fyne's own
// without an error and without the fonts.
func WarmFontIndex() {
	if runtime.GOOS == "android" {
		return
	}
	go func() {
		_ = fontscan.NewFontMap(quietFontLog{}).UseSystemFonts("") // an error here is Fyne's to meet and log
	}()
}

// quietFontLog drops go-text's notes on the fonts it scans, as Fyne does.
type quietFontLog struct{}

func (quietFontLog) Printf(string, ...any) {}
