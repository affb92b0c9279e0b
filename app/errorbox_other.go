//go:build !windows

package app

// showErrorBox is needed only on Windows (errorbox_windows.go): elsewhere
// the one line on stderr reaches the terminal, and a desktop launcher
// that started the app keeps it in the session's log.
func showErrorBox(title, text string) {}
