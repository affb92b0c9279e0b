package app

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// installHelp is where a user reads what the app needs to run.
const installHelp = "https://github.com/zhibiao/zhibiao/blob/main/docs/INSTALL.md"

// windowOpening opens the main window so that, if the system cannot show
// one (no display, no OpenGL 2.1), the user is told so in one line, or in
// a message box on Windows, instead of a panic and a stack trace or, for
// a double-clicked .exe, nothing at all. Between begin and shown, what
// GLFW and Fyne log goes to a buffer: it is the cause of a failure, and
// is passed on to stderr when the window does open.
type windowOpening struct {
	logged bytes.Buffer // written only under the log package's lock
}

// begin starts holding back the log and creates the window. GLFW starts in
// a.NewWindow; when it cannot, the next GLFW call panics (go-gl/glfw's
// "not initialized"), which is recovered here.
func (o *windowOpening) begin(a fyne.App, title string) (w fyne.Window, err error) {
	log.SetOutput(&o.logged)
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	w = a.NewWindow(title)
	// GLFW is up: the window's WM_CLASS must be set before it is created
	// in Show. See wmclass_*.go.
	setWindowClass(appID)
	return w, nil
}

// show shows the window and reports whether the system made one.
func (o *windowOpening) show(w fyne.Window) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	w.Show()
	if !hasNativeWindow(w) {
		return errors.New("the window could not be created")
	}
	return nil
}

// end stops holding the log back: what was held goes to stderr if the
// window opened, and is dropped if it did not (the cause is in the error).
func (o *windowOpening) end(opened bool) {
	log.SetOutput(os.Stderr)
	if opened {
		os.Stderr.Write(o.logged.Bytes())
	}
}

// failed tells the user why the window did not open and returns the exit
// code.
func (o *windowOpening) failed(std *stdio, err error) int {
	o.end(false)
	msg := windowProblem(err.Error() + "\n" + o.logged.String())
	fmt.Fprintf(std.err, "zhibiao: %s; see %s\n", msg, installHelp)
	// Windows only (errorbox_*.go). The box speaks both of the app's
	// languages: the translations live in package ui, not started here.
	showErrorBox("指标 Zhibiao", "指标 Zhibiao 无法打开窗口（需要 OpenGL 2.1 图形驱动）。\n\n"+
		"Zhibiao "+msg+".\n\n"+installHelp)
	return exitFailure
}

// hasNativeWindow reports whether the system made a window for w: Fyne
// gives a zero handle when GLFW could not create it (and only logs why).
func hasNativeWindow(w fyne.Window) bool {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return true // not a GLFW window: a test driver
	}
	made := true
	nw.RunNative(func(ctx any) {
		switch c := ctx.(type) {
		case driver.X11WindowContext:
			made = c.WindowHandle != 0
		case driver.WindowsWindowContext:
			made = c.HWND != 0
		case driver.MacWindowContext:
			made = c.NSWindow != 0
		}
	})
	return made
}

// windowProblems say, for words found in GLFW's and Fyne's account of a
// failure, what the user is missing. The first that matches wins.
func windowProblems() []struct{ clue, problem string } {
	return []struct{ clue, problem string }{
		{"DISPLAY", "no display to open the window on (run it in a desktop session; the subcommands work without one)"},
		{"open display", "no display to open the window on (run it in a desktop session; the subcommands work without one)"},
		{"VersionUnavailable", "the graphics driver does not offer OpenGL 2.1, which the window needs (some virtual machines and remote desktops lack it)"},
		{"APIUnavailable", "the graphics driver does not offer OpenGL 2.1, which the window needs (some virtual machines and remote desktops lack it)"},
		{"OpenGL", "the graphics driver does not offer OpenGL 2.1, which the window needs (some virtual machines and remote desktops lack it)"},
		{"WGL", "the graphics driver does not offer OpenGL 2.1, which the window needs (some virtual machines and remote desktops lack it)"},
		{"GLX", "the display does not offer OpenGL 2.1 (GLX), which the window needs"},
	}
}

// windowProblem turns what GLFW and Fyne said into one sentence, keeping
// their most telling line in brackets.
func windowProblem(said string) string {
	detail := firstCause(said)
	for _, p := range windowProblems() {
		if strings.Contains(said, p.clue) {
			return fmt.Sprintf("cannot open the window: %s [%s]", p.problem, detail)
		}
	}
	return fmt.Sprintf("cannot open the window [%s]", detail)
}

// firstCause picks the line of a log that names the cause: Fyne's
// "Cause:", else GLFW's own error ("PlatformError: X11: ..."), else the
// first line; never Fyne's "At: file:line" nor go-gl's "not initialized",
// which only follows a failure.
func firstCause(said string) string {
	lines := strings.Split(said, "\n")
	for _, line := range lines {
		if i := strings.Index(line, "Cause:"); i >= 0 {
			return strings.TrimSpace(line[i+len("Cause:"):])
		}
	}
	for _, line := range lines {
		for _, kind := range []string{"PlatformError", "VersionUnavailable", "APIUnavailable"} {
			if i := strings.Index(line, kind); i >= 0 {
				return strings.TrimSpace(line[i:])
			}
		}
	}
	return strings.TrimSpace(lines[0])
}
