package app

import (
	"os"
	"syscall"
)

// attachConsole gives a command-line run of the Windows build somewhere to
// print. Release builds are GUI-subsystem programs (no console window pops
// up behind the reader), so Windows starts them with no standard output or
// error; run from cmd.exe or PowerShell with a subcommand, their output
// would vanish. This attaches to the console of the parent process and
// reopens on it whichever of stdout and stderr has no handle; one the user
// redirected to a file or a pipe is left alone. Started from Explorer there
// is no parent console, and nothing changes.
func attachConsole() {
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return
	}
	if !usable(syscall.Stdout) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stdout = f
		}
	}
	if !usable(syscall.Stderr) {
		if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stderr = f
		}
	}
}

// usable reports whether h is an open file, pipe or console handle.
func usable(h syscall.Handle) bool {
	if h == 0 || h == syscall.InvalidHandle {
		return false
	}
	_, err := syscall.GetFileType(h)
	return err == nil
}
