//go:build !windows

package app

// attachConsole is needed only by the Windows GUI-subsystem build: see
// console_windows.go. Elsewhere a program always has its terminal.
func attachConsole() {}
