package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"time"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/library"
)

// importLine is one line of `zhibiao import` (CONTRACTS.md); version is an
// addition: 1 for a new article, more for a new version of one.
type importLine struct {
	Path    string `json:"path"`
	Doc     string `json:"doc"`
	Status  string `json:"status"`
	Error   string `json:"error"`
	Version int    `json:"version,omitempty"`
}

// libraryLine is one line of `zhibiao library` (CONTRACTS.md); year,
// version and embedded are additions. figures is null when they are not
// extracted yet (a read-only library whose figures are stale).
type libraryLine struct {
	Doc        string `json:"doc"`
	Title      string `json:"title"`
	Date       string `json:"date"`
	Period     string `json:"period"`
	Region     string `json:"region"`
	RegionCode string `json:"region_code"`
	Figures    *int   `json:"figures"`
	Path       string `json:"path"`
	Added      string `json:"added"`
	Year       int    `json:"year"`
	Version    int    `json:"version"`
	Embedded   bool   `json:"embedded"`
}

// runImport is `zhibiao import PATH...`: files and folders (recursively)
// into the library, one JSON line per file as each is done, a progress
// line on stderr when it is a terminal. Interrupted (Ctrl+C), it keeps
// what is done. Exit 1 when any file failed.
func runImport(std *stdio, args []string) int {
	const cmd = "import"
	fs := newFlags(std, cmd)
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if fs.NArg() == 0 {
		return usageError(std, cmd, "missing PATH")
	}
	lib, rc := openLibrary(std, cmd)
	if rc != exitOK {
		return rc
	}
	defer lib.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	enc := newJSONLines(std.out)
	term := isTerminal(std.err)
	var werr error
	failed := false
	_, err := lib.Import(ctx, fs.Args(), func(p library.Progress) {
		if p.Part > 0 { // a big file under way: no file is done
			if term {
				printProgress(std.err, p)
			}
			return
		}
		r := p.Last
		line := importLine{Path: r.Path, Doc: r.Doc, Status: string(r.Status), Version: r.Version}
		if r.Err != nil {
			line.Error = r.Err.Error()
		}
		failed = failed || r.Status == library.Failed
		if err := enc.Encode(line); err != nil && werr == nil {
			werr = err
			stop() // nowhere to report to: stop, keeping what is done
		}
		if term {
			printProgress(std.err, p)
		}
	})
	if term {
		fmt.Fprint(std.err, "\r\033[K")
	}
	switch {
	case werr != nil:
		return failure(std, cmd, fmt.Errorf("write: %w", werr))
	case err != nil:
		return failure(std, cmd, err)
	case failed:
		return exitFailure
	}
	return exitOK
}

// printProgress rewrites the progress line.
func printProgress(w io.Writer, p library.Progress) {
	name := filepath.Base(p.Current)
	if utf8.RuneCountInString(name) > 40 {
		name = string([]rune(name)[:39]) + "…"
	}
	if p.Part > 0 {
		name += fmt.Sprintf(" %d%%", int(p.Part*100))
	}
	fmt.Fprintf(w, "\r\033[K%d/%d  added %d, duplicate %d, failed %d  %s left  %s",
		p.Done, p.Total, p.Added, p.Duplicates, p.Failed, p.Left.Round(time.Second), name)
}

// isTerminal reports whether w is a terminal, where a progress line that
// rewrites itself belongs.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// runLibrary is `zhibiao library`: one JSON line per article, the
// embedded ones first. Figures stale after an upgrade of the extractor
// are found again first when the library is writable.
func runLibrary(std *stdio, args []string) int {
	const cmd = "library"
	fs := newFlags(std, cmd)
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if fs.NArg() > 0 {
		return usageError(std, cmd, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	lib, rc := openLibrary(std, cmd)
	if rc != exitOK {
		return rc
	}
	defer lib.Close()
	if !lib.ReadOnly() {
		if _, err := lib.Refresh(context.Background()); err != nil {
			return failure(std, cmd, err)
		}
	}
	arts, err := lib.List()
	if err != nil {
		return failure(std, cmd, err)
	}
	enc := newJSONLines(std.out)
	for _, a := range arts {
		line := libraryLine{Doc: a.ID, Title: a.Title, Date: a.Date, Period: a.Period, Region: a.Region,
			RegionCode: a.RegionCode, Path: a.Path, Added: a.Added, Year: a.Year, Version: a.Version, Embedded: a.Embedded}
		if a.Figures >= 0 {
			n := a.Figures
			line.Figures = &n
		}
		if err := enc.Encode(line); err != nil {
			return failure(std, cmd, fmt.Errorf("write: %w", err))
		}
	}
	return exitOK
}
