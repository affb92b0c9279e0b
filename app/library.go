package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/segment"
	"github.com/zhibiao/zhibiao/ui"
)

// homeEnv names a folder that holds the library instead of the app's
// storage folder: for tests, and for a portable install.
const homeEnv = "ZHIBIAO_HOME"

// libraryDir is the folder of the library: $ZHIBIAO_HOME, else the folder
// Fyne gives this app for its storage (fyne.io/fyne/v2/internal/app's
// rootConfigDir joined with the app id), worked out here so that the
// command line never creates a Fyne app.
func libraryDir() (string, error) {
	if dir := os.Getenv(homeEnv); dir != "" {
		return dir, nil
	}
	root, err := fyneConfigRoot(runtime.GOOS)
	if err != nil {
		return "", fmt.Errorf("find the app's storage folder (set %s to choose one): %w", homeEnv, err)
	}
	return filepath.Join(root, appID), nil
}

// openLibrary opens the library for a command. What Open has to say about
// a damaged, newer or locked database goes to stderr as one line; the
// command goes on with the library it got.
func openLibrary(std *stdio, cmd string) (*library.Library, int) {
	dir, err := libraryDir()
	if err != nil {
		return nil, failure(std, cmd, err)
	}
	lib, err := library.Open(dir, library.Options{Segmenter: segment.Default()})
	var notice *library.OpenError
	if errors.As(err, &notice) {
		fmt.Fprintf(std.err, "zhibiao %s: %s: %v\n", cmd, filepath.Join(dir, library.FileName), notice)
		err = nil
	}
	if err != nil {
		return nil, failure(std, cmd, err)
	}
	return lib, exitOK
}

// eachUserArticle calls f with every article the user imported into the
// library (not the embedded ones), in library order, parsed and with the
// user's edits in force, and its figures: the cached ones when the
// extractor that found them is this one, else found now (and cached when
// the library is writable). figs is nil when want is false.
func eachUserArticle(lib *library.Library, wantFigures bool, f func(a *corpus.Article, figs []figure.Figure) error) error {
	arts, err := lib.List()
	if err != nil {
		return err
	}
	for _, m := range arts {
		if m.Embedded {
			continue
		}
		a, err := lib.Load(m.ID)
		if err != nil {
			return err
		}
		var figs []figure.Figure
		if wantFigures {
			if figs, err = figuresOfLibrary(lib, a); err != nil {
				return err
			}
		}
		if err := f(a, figs); err != nil {
			return err
		}
	}
	return nil
}

// figuresOfLibrary returns an article's cached figures, re-extracting
// them when they are missing or were found by another extractor.
func figuresOfLibrary(lib *library.Library, a *corpus.Article) ([]figure.Figure, error) {
	figs, version, ok, err := lib.Figures(a.ID)
	if err != nil {
		return nil, err
	}
	if ok && version == figure.Version {
		return figs, nil
	}
	figs = figuresOf(a)
	if !lib.ReadOnly() {
		if err := lib.PutFigures(a, figure.Version, figs); err != nil {
			return nil, err
		}
	}
	return figs, nil
}

// libraryFlag is the --library flag's help, the same for every command.
const libraryFlag = "add the articles of the library (see import) to the embedded ones"

// writeLibraryFigures writes the figures of the library's own articles
// after those already written, one article at a time, never holding all of
// them: in CSV without a second byte-order mark and header.
func writeLibraryFigures(std *stdio, cmd, format string) int {
	lib, rc := openLibrary(std, cmd)
	if rc != exitOK {
		return rc
	}
	defer lib.Close()
	// The embedded articles came first and wrote the CSV header.
	err := eachUserArticle(lib, true, func(a *corpus.Article, figs []figure.Figure) error {
		if format == "csv" {
			return figure.WriteCSVRows(std.out, figs, false)
		}
		return figure.WriteJSONL(std.out, figs)
	})
	if err != nil {
		return failure(std, cmd, err)
	}
	return exitOK
}

// libraryDocs returns the library's own articles with figures of the
// indicator, for a chart across documents: only those are read.
func libraryDocs(lib *library.Library, indicator string) ([]chart.Doc, error) {
	key := figure.CanonicalName(indicator)
	var docs []chart.Doc
	err := eachUserArticle(lib, true, func(a *corpus.Article, figs []figure.Figure) error {
		for _, f := range figs {
			if figure.CanonicalName(f.Name) == key {
				docs = append(docs, chart.Doc{Article: a, Figures: figs})
				return nil
			}
		}
		return nil
	})
	return docs, err
}

// searchLibrary answers `search --library` from the library's persisted
// index, which holds the embedded articles too.
func searchLibrary(std *stdio, cmd, query string, limit int) int {
	lib, rc := openLibrary(std, cmd)
	if rc != exitOK {
		return rc
	}
	defer lib.Close()
	hits, err := lib.Search(query, limit)
	if err != nil {
		return failure(std, cmd, err)
	}
	return writeHits(std, cmd, hits)
}

// withEmbedded puts the embedded articles before the files' when files
// were given: --library adds the library to the embedded articles.
func withEmbedded(std *stdio, cmd string, arts []*corpus.Article, files bool) ([]*corpus.Article, int) {
	if !files {
		return arts, exitOK
	}
	emb, err := figure.Embedded()
	if err != nil {
		return nil, failure(std, cmd, err)
	}
	return append(emb, arts...), exitOK
}

// keywordsOfLibrary prints the keywords of the library's own articles.
func keywordsOfLibrary(std *stdio, cmd string, lib *library.Library, seg *segment.Segmenter, n int) int {
	enc := newJSONLines(std.out)
	err := eachUserArticle(lib, false, func(a *corpus.Article, _ []figure.Figure) error {
		for i, k := range keywords.Top(seg, a, n) {
			line := keywordLine{Doc: a.ID, Rank: i + 1, Word: k.Word, Weight: fileio.Round(k.Weight, 6), Count: k.Count}
			if err := enc.Encode(line); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return failure(std, cmd, err)
	}
	return exitOK
}

// chartLibraryDocs opens the library for `chart --indicator --library`.
func chartLibraryDocs(std *stdio, cmd, indicator string) ([]chart.Doc, int) {
	lib, rc := openLibrary(std, cmd)
	if rc != exitOK {
		return nil, rc
	}
	defer lib.Close()
	docs, err := libraryDocs(lib, indicator)
	if err != nil {
		return nil, failure(std, cmd, err)
	}
	return docs, exitOK
}

// libraryArticle returns the library's article with this id for `chart
// --doc ID --library`, or nil when there is none (or useLib is off).
func libraryArticle(std *stdio, id string, useLib bool) (*corpus.Article, int) {
	if !useLib {
		return nil, exitOK
	}
	lib, rc := openLibrary(std, "chart")
	if rc != exitOK {
		return nil, rc
	}
	defer lib.Close()
	a, err := lib.Load(id)
	if errors.Is(err, library.ErrNotFound) {
		return nil, exitOK
	}
	if err != nil {
		return nil, failure(std, "chart", err)
	}
	return a, exitOK
}

// openWindowLibrary opens the library for the window. What Open has to
// say (a damaged or newer database kept aside, another Zhibiao holding it)
// comes back as a note for the window to show, written once the window
// speaks its language. A library that cannot be opened at all (its folder
// unwritable) gives way to one in a temporary folder, said in the note, so
// that the window still opens.
func openWindowLibrary() (*library.Library, func() string, error) {
	none := func() string { return "" }
	dir, err := libraryDir()
	if err == nil {
		var lib *library.Library
		// No segmenter named: the shared one, fetched when first wanted,
		// so that the dictionary starts loading once the window shows.
		// The embedded articles go in after it shows, too (ui.Options.
		// SyncEmbedded): on a first start that took 300 ms before it.
		lib, err = library.Open(dir, library.Options{DeferEmbedded: true})
		var notice *library.OpenError
		if errors.As(err, &notice) {
			path := filepath.Join(dir, library.FileName)
			return lib, func() string { return ui.LibraryNote(path, "", notice) }, nil
		}
		if err == nil {
			return lib, none, nil
		}
	}
	tmp, terr := os.MkdirTemp("", "zhibiao-library-")
	if terr != nil {
		return nil, none, fmt.Errorf("open the library: %w", err)
	}
	lib, terr := library.Open(tmp, library.Options{DeferEmbedded: true})
	if lib == nil {
		return nil, none, fmt.Errorf("open the library: %w (and in %s: %v)", err, tmp, terr)
	}
	return lib, func() string { return ui.LibraryNote(dir, tmp, err) }, nil
}
