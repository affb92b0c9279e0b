//go:build !((linux || freebsd || openbsd || netbsd) && !wayland)

package app

// setWindowClass matters only under X11 (wmclass_x11.go): Windows and
// macOS find the app by its executable and bundle.
func setWindowClass(string) {}
