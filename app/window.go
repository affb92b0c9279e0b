package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/zhibiao/zhibiao/assets"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/ui"
)

// appID must match FyneApp.toml: preferences are stored under it.
const appID = "io.github.zhibiao"

// runWindow opens the main window and returns when it closes.
func runWindow(std *stdio) int {
	articles, err := corpus.Embedded()
	if err != nil {
		return failure(std, "window", fmt.Errorf("load embedded articles: %w", err))
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.WindowIcon))
	w := a.NewWindow("Zhibiao 指标")
	w.SetMaster()
	// The window comes first: the analysis panel is built, and the
	// dictionary starts loading, once it is on screen. Figures, search and
	// keywords fill in when the dictionary is ready.
	m := ui.New(a, w, articles, ui.Options{Version: version})
	m.Start()
	a.Lifecycle().SetOnStarted(func() {
		go fyne.Do(m.Finish)
	})
	w.ShowAndRun()
	return exitOK
}
