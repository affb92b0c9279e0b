package app

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/ui"
)

// startGCPercent is the garbage collector's target while the window
// starts: Fyne reads the 4.6 MB font once per text style, allocating tens
// of megabytes of short-lived glyph records, and the dictionary loads
// next. With Go's default (100) the heap is collected every few megabytes
// all through that, which cost about 50 ms before the window showed.
const startGCPercent = 400

// relaxGC collects garbage less often until restoreGC.
func relaxGC() { debug.SetGCPercent(startGCPercent) }

// restoreGC returns to Go's default collector target once everything has
// loaded, and hands the start-up garbage back to the system at once
// rather than over the next minutes.
func restoreGC() {
	debug.SetGCPercent(100)
	debug.FreeOSMemory()
}

// openedLibrary is what openWindowLibrary returned.
type openedLibrary struct {
	lib  *library.Library
	note func() string
	err  error
}

// runWindow opens the main window, with files added to the library as
// File → Open adds them, and returns when it closes.
func runWindow(std *stdio, files []string) int {
	trace := startTracer(std.err)
	trace("main")
	ui.WarmFontIndex() // first: it needs neither Fyne nor the preferences
	relaxGC()
	migrateStorage(std.err, runtime.GOOS) // before Fyne reads the preferences
	// The library opens (or, on a first start, is created: 30-50 ms) on
	// another goroutine while Fyne starts and the window system makes the
	// window, which is mostly waiting for the X server.
	opened := make(chan openedLibrary, 1)
	go func() {
		lib, note, err := openWindowLibrary()
		opened <- openedLibrary{lib, note, err}
	}()
	// Fyne's loader panics on a malformed entry and drops a file it cannot
	// parse: look first, repair, and keep a backup (said once shown).
	prefsNote, err := repairPrefs(prefsPath(appID))
	if err != nil {
		fmt.Fprintln(std.err, "zhibiao:", err)
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.WindowIcon))
	// Prepare starts reading the font on another core while the library
	// opens and the window system starts up in NewWindow. The window
	// comes first: the library's list is read, the analysis panel built
	// and the dictionary's load started once it is on screen (Finish).
	// Figures, search and keywords fill in when the dictionary is ready.
	prepared := ui.Prepare(a)
	var opening windowOpening
	w, err := opening.begin(a, "指标 Zhibiao")
	if err != nil {
		if o := <-opened; o.lib != nil {
			o.lib.Close()
		}
		return opening.failed(std, err)
	}
	w.SetMaster()
	trace("window")
	o := <-opened
	if o.err != nil {
		return failure(std, "window", o.err)
	}
	lib, libNote := o.lib, o.note
	defer lib.Close()
	trace("library")
	m := ui.New(a, ui.Options{Version: version, Files: files, Library: lib, Trace: trace, Prepared: prepared,
		Compare:      func() (ui.CompareSource, error) { return compare.NewLibrary(lib) },
		SyncEmbedded: lib.SyncEmbedded, LocateEmbedded: lib.LocatePending})
	m.Start(w)
	trace("start")
	if err := opening.show(w); err != nil {
		return opening.failed(std, err)
	}
	trace("shown") // created, mapped and its first frame painted
	opening.end(true)
	a.Lifecycle().SetOnStarted(func() {
		go fyne.Do(m.Finish)
		go fyne.Do(func() {
			m.FitScreen(screenSize(w))
			for _, note := range []string{prefsNote, libNote()} {
				if note != "" {
					dialog.ShowInformation("指标 Zhibiao", note, w)
				}
			}
		})
		go ui.CleanExports(a.Preferences())
		go func() {
			<-m.Loaded()
			restoreGC()
		}()
	})
	a.Run()
	return exitOK
}
