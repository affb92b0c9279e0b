package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// staleExport is how old an export's temporary file must be to be taken
// for one an interrupted export left (a running export writes for
// seconds at most).
const staleExport = 10 * time.Minute

// CleanExports removes, from the folder exports go to, the temporary
// files of exports interrupted in an earlier run (killed, or the machine
// off mid-write). Any goroutine may call it.
func CleanExports(p fyne.Preferences) int {
	return fileio.CleanTemps(p.StringWithFallback(prefExportDir, defaultExportDir()), staleExport)
}
