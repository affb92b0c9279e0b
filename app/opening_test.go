package app

import (
	"strings"
	"testing"
)

// What GLFW and Fyne say when the window cannot open becomes one sentence
// that names what is missing and keeps their cause.
func TestWindowProblem(t *testing.T) {
	tests := []struct {
		said, want, detail string
	}{
		{"NotInitialized: The GLFW library is not initialized\n" +
			"2026/12/05 09:40:01 PlatformError: X11: The DISPLAY environment variable is missing\n",
			"no display", "The DISPLAY environment variable is missing"},
		{"the window could not be created\n2026/12/05 09:40:01 Fyne error:  window creation error\n" +
			"2026/12/05 09:40:01   Cause: VersionUnavailable: GLX: Failed to create context: GLXBadFBConfig\n" +
			"2026/12/05 09:40:01   At: fyne.io/fyne/v2@v2.7.1/internal/driver/glfw/window_desktop.go:760\n",
			"OpenGL 2.1", "GLXBadFBConfig"},
		{"the window could not be created\nFyne error:  window creation error\n" +
			"  Cause: APIUnavailable: WGL: The driver does not appear to support OpenGL\n",
			"OpenGL 2.1", "WGL: The driver does not appear to support OpenGL"},
		{"the window could not be created\nPlatformError: WGL: Failed to set pixel format for dummy context: Invalid window handle.\n",
			"OpenGL 2.1", "WGL: Failed to set pixel format"}, // wine without GLX
		{"something else entirely\n", "cannot open the window", "something else entirely"},
	}
	for _, tt := range tests {
		got := windowProblem(tt.said)
		if !strings.Contains(got, tt.want) || !strings.Contains(got, tt.detail) || strings.Contains(got, "\n") {
			t.Errorf("windowProblem(%q) = %q, want %q and %q on one line", tt.said, got, tt.want, tt.detail)
		}
	}
}
