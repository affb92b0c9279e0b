package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// launchArgs drops what the system, not the user, adds to the command
// line. Finder passes -psn_0_NNNN (a process serial number) to an app
// started after Gatekeeper's "Open Anyway", and on older systems on every
// start; taken as a subcommand, it made the app quit before its window
// showed. goos is runtime.GOOS, a parameter so that tests run everywhere.
func launchArgs(goos string, args []string) []string {
	if goos != "darwin" {
		return args
	}
	return slices.DeleteFunc(slices.Clone(args), func(a string) bool { return strings.HasPrefix(a, "-psn_") })
}

// launchFiles says whether the arguments are files or folders to open in
// the window: "Open with Zhibiao" in a file manager, a file or folder
// dropped on the program, `zhibiao report.txt` and `zhibiao reports/` all
// pass paths. A folder's reports are imported as File → Add Folder
// imports them. Subcommands come first, so a file named like one needs a
// path (./version). It returns the paths as absolute paths (the library
// remembers them across working folders); nil when the first argument is
// a subcommand or a flag; and an error naming the first argument that is
// neither a subcommand nor a file or folder.
func launchFiles(args []string) ([]string, error) {
	if len(args) == 0 || isCommand(args[0]) || strings.HasPrefix(args[0], "-") {
		return nil, nil
	}
	files := make([]string, 0, len(args))
	for _, a := range args {
		_, err := os.Stat(a)
		switch {
		case err != nil && len(files) == 0 && !looksLikePath(a):
			return nil, fmt.Errorf("unknown command %q", a)
		case err != nil:
			return nil, fmt.Errorf("no such file or folder: %s", a)
		}
		abs, err := filepath.Abs(a)
		if err != nil {
			return nil, err
		}
		files = append(files, abs)
	}
	return files, nil
}

// isCommand reports whether name is a subcommand or asks for help.
func isCommand(name string) bool {
	if name == "help" {
		return true
	}
	return slices.ContainsFunc(commands(), func(c command) bool { return c.name == name })
}

// looksLikePath tells a mistyped file name from a mistyped subcommand, for
// the message: subcommands are single words.
func looksLikePath(a string) bool {
	return strings.ContainsAny(a, `/\.:`)
}

// launchUsage reports arguments that are neither a subcommand nor files.
func launchUsage(std *stdio, err error) int {
	fmt.Fprintf(std.err, "zhibiao: %v; usage: zhibiao [FILE...] or zhibiao [%s]\n", err, commandNames())
	return exitUsage
}
