// Package app wires the data and the widgets together: it dispatches the
// command line and, with no command, opens the window.
package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

// Exit codes of the command line, as ../shared/CONTRACTS.md fixes them.
const (
	exitOK      = 0
	exitFailure = 1 // a runtime failure: unreadable file, unwritable output
	exitUsage   = 2 // a usage error
)

// command is one headless subcommand. run gets the arguments after the
// command name and returns an exit code; it reports errors itself.
type command struct {
	name    string
	usage   string // the synopsis after "zhibiao "
	summary string
	run     func(io *stdio, args []string) int
}

// stdio is where a command writes; tests pass buffers.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// commands lists every subcommand, in the order the usage text shows them.
func commands() []command {
	return []command{
		{"extract", "extract [--format jsonl|csv] [--library] [--region NAME] [--year YEAR] [--period P] [FILE...]", "print every figure of the articles", runExtract},
		{"quantities", "quantities < LINES", "print the quantities of each input line", runQuantities},
		{"chart", "chart [--doc ID] [--indicator NAME] [--kind KIND] [--width PX] [--height PX] [--scale N] [--library] -o FILE", "render a chart to PNG or SVG", runChart},
		{"keywords", "keywords [--top N] [--doc ID] [--library] [FILE...]", "print the top keywords of each article", runKeywords},
		{"search", "search [--limit N] [--library] QUERY [-- FILE...]", "search all articles", runSearch},
		{"compare", "compare --indicator NAME [--kind KIND] [--place NAME]... [--from YEAR] [--to YEAR] [--library] [--format jsonl|csv] [-o FILE]", "one indicator across places and years", runCompare},
		{"import", "import PATH...", "add files and folders to the library", runImport},
		{"library", "library", "list the articles of the library", runLibrary},
		{"version", "version", "print the version", runVersion},
	}
}

// Main runs the command line and returns the process exit code. With no
// arguments it opens the window; with files (see launchFiles), the window
// opens with them added to the library.
func Main(args []string) int {
	args = launchArgs(runtime.GOOS, args)
	if len(args) > 0 {
		attachConsole() // Windows: see console_windows.go
	}
	std := &stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr}
	files, err := launchFiles(args)
	if err != nil {
		return launchUsage(std, err)
	}
	if len(args) == 0 || len(files) > 0 {
		return runWindow(std, files)
	}
	quietBrokenPipe() // see pipe_*.go
	return dispatch(std, args)
}

func dispatch(std *stdio, args []string) int {
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		printUsage(std.out)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(std, args[1:])
		}
	}
	fmt.Fprintf(std.err, "zhibiao: unknown command %q; usage: zhibiao [%s]\n", name, commandNames())
	return exitUsage
}

func commandNames() string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return strings.Join(names, "|")
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: zhibiao            open the window")
	for _, c := range commands() {
		fmt.Fprintf(w, "       zhibiao %s\n         %s\n", c.usage, c.summary)
	}
}

// newFlags makes a flag set for a command that reports a bad flag as one
// line on stderr naming it, with the command's synopsis, and never exits
// the process itself.
func newFlags(std *stdio, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args and returns exitOK, or prints the problem and
// returns exitUsage.
func parseFlags(std *stdio, fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(std.out, "usage: zhibiao %s\n", usageOf(fs.Name()))
			return exitUsage
		}
		return usageError(std, fs.Name(), err.Error())
	}
	return exitOK
}

// usageError prints one line naming the problem and the synopsis.
func usageError(std *stdio, cmd, problem string) int {
	fmt.Fprintf(std.err, "zhibiao %s: %s; usage: zhibiao %s\n", cmd, problem, usageOf(cmd))
	return exitUsage
}

// failure prints a runtime error as one line and returns exitFailure.
func failure(std *stdio, cmd string, err error) int {
	if brokenPipe(err) { // the reader went away: `zhibiao extract | more`, quit early
		return exitOK
	}
	fmt.Fprintf(std.err, "zhibiao %s: %v\n", cmd, err)
	return exitFailure
}

func usageOf(name string) string {
	for _, c := range commands() {
		if c.name == name {
			return c.usage
		}
	}
	return name
}

func runVersion(std *stdio, args []string) int {
	fs := newFlags(std, "version")
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if fs.NArg() > 0 {
		return usageError(std, "version", fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	fmt.Fprintf(std.out, "zhibiao %s\n", version)
	return exitOK
}
