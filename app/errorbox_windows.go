package app

import "golang.org/x/sys/windows"

// showErrorBox shows a message box: a GUI-subsystem .exe started from
// Explorer has no console, so without it a window that cannot open would
// do nothing at all when double-clicked. MessageBoxW needs no cgo.
func showErrorBox(title, text string) {
	t, err1 := windows.UTF16PtrFromString(title)
	m, err2 := windows.UTF16PtrFromString(text)
	if err1 != nil || err2 != nil {
		return
	}
	windows.MessageBox(0, m, t, windows.MB_OK|windows.MB_ICONERROR|windows.MB_SETFOREGROUND)
}
