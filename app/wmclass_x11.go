//go:build (linux || freebsd || openbsd || netbsd) && !wayland

package app

import "github.com/go-gl/glfw/v3.3/glfw"

// setWindowClass sets the WM_CLASS of the windows created next, so that
// GNOME and KDE match the window to the menu entry (StartupWMClass in the
// .desktop file) and show one icon for both. Without it GLFW uses the
// window's title, which is the title of the last article read. Fyne 2.7
// offers no setting for it; it creates its windows with GLFW 3.3, whose
// X11ClassName and X11InstanceName hints it never resets, so setting them
// once, after Fyne starts GLFW (in NewWindow) and before the window is
// made (in Show), is enough. Must run on the main goroutine, as GLFW
// requires.
func setWindowClass(class string) {
	glfw.WindowHintString(glfw.X11ClassName, class)
	glfw.WindowHintString(glfw.X11InstanceName, "zhibiao")
}
