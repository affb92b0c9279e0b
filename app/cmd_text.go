package app

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

// searchDefaultLimit is how many articles `zhibiao search` prints without
// --limit.
const searchDefaultLimit = 20

// keywordLine is one line of `zhibiao keywords` (CONTRACTS.md).
type keywordLine struct {
	Doc    string  `json:"doc"`
	Rank   int     `json:"rank"`
	Word   string  `json:"word"`
	Weight float64 `json:"weight"`
	Count  int     `json:"count"`
}

// searchLine is one line of `zhibiao search` (CONTRACTS.md); para and marks
// are additions: the paragraph of the passage, and the byte spans of the
// matched terms within the snippet.
type searchLine struct {
	Doc     string   `json:"doc"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Score   float64  `json:"score"`
	Snippet string   `json:"snippet"`
	Para    int      `json:"para"`
	Marks   [][2]int `json:"marks"`
}

// runKeywords is `zhibiao keywords [--top N] [--doc ID] [FILE...]`: the top
// N keywords of each document by TF-IDF, one JSON object a line, ranks from
// 1 within each document. Without FILE, the embedded articles; --doc keeps
// the one document with that id (or the one id it begins).
func runKeywords(std *stdio, args []string) int {
	const cmd = "keywords"
	fs := newFlags(std, cmd)
	top := fs.String("top", "10", "how many keywords per document")
	doc := fs.String("doc", "", "only the document with this id")
	useLib := fs.Bool("library", false, libraryFlag)
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	n, err := strconv.Atoi(*top)
	if err != nil || n < 1 {
		return usageError(std, cmd, fmt.Sprintf("--top %q is not a whole number from 1", *top))
	}
	files := fs.Args()
	if len(files) > 0 && files[0] == "--" {
		files = files[1:]
	}
	for _, f := range files {
		if strings.HasPrefix(f, "-") {
			return usageError(std, cmd, fmt.Sprintf("flag %q after a FILE; flags come first", f))
		}
	}
	arts, rc := loadDocuments(std, cmd, files, true)
	if rc != exitOK {
		return rc
	}
	var lib *library.Library
	if *useLib {
		if arts, rc = withEmbedded(std, cmd, arts, len(files) > 0); rc != exitOK {
			return rc
		}
		if lib, rc = openLibrary(std, cmd); rc != exitOK {
			return rc
		}
		defer lib.Close()
	}
	if *doc != "" && lib != nil {
		if a, err := lib.Load(*doc); err == nil {
			arts, lib = []*corpus.Article{a}, nil
		}
	}
	if *doc != "" {
		a, problem := pickDocument(arts, *doc)
		if a == nil {
			return usageError(std, cmd, "--doc "+problem)
		}
		arts = []*corpus.Article{a}
	}
	seg := segment.Default()
	if err := seg.Wait(); err != nil {
		return failure(std, cmd, err)
	}
	enc := newJSONLines(std.out)
	for _, a := range arts {
		for i, k := range keywords.Top(seg, a, n) {
			line := keywordLine{Doc: a.ID, Rank: i + 1, Word: k.Word, Weight: fileio.Round(k.Weight, 6), Count: k.Count}
			if err := enc.Encode(line); err != nil {
				return failure(std, cmd, fmt.Errorf("write: %w", err))
			}
		}
	}
	if lib != nil && *doc == "" {
		return keywordsOfLibrary(std, cmd, lib, seg, n)
	}
	return exitOK
}

// runSearch is `zhibiao search [--limit N] QUERY [-- FILE...]`: the
// articles matching QUERY, best first, one JSON object a line with the span
// of the first matched term of the best passage and a snippet. Words of an
// unquoted query are joined with spaces. FILEs after -- are searched with the
// embedded articles. No hits: no output, exit 0.
func runSearch(std *stdio, args []string) int {
	const cmd = "search"
	fs := newFlags(std, cmd)
	limitFlag := fs.String("limit", strconv.Itoa(searchDefaultLimit), "how many documents at most (0: all)")
	useLib := fs.Bool("library", false, libraryFlag)
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	rest := fs.Args()
	// Flags may also follow the query: zhibiao search 生物医药 --limit 3.
	var words []string
	for len(rest) > 0 && rest[0] != "--" {
		if strings.HasPrefix(rest[0], "-") && rest[0] != "-" {
			cut := slices.Index(rest, "--") // flags stop there; FILEs follow
			if cut < 0 {
				cut = len(rest)
			}
			if rc := parseFlags(std, fs, rest[:cut]); rc != exitOK {
				return rc
			}
			rest = append(fs.Args(), rest[cut:]...)
			continue
		}
		words = append(words, rest[0])
		rest = rest[1:]
	}
	var files []string
	if len(rest) > 0 { // rest[0] is "--"
		files = rest[1:]
	}
	query := strings.TrimSpace(strings.Join(words, " "))
	if query == "" {
		return usageError(std, cmd, "missing QUERY")
	}
	limit, err := strconv.Atoi(*limitFlag)
	if err != nil || limit < 0 {
		return usageError(std, cmd, fmt.Sprintf("--limit %q is not a whole number from 0", *limitFlag))
	}

	if *useLib {
		if len(files) > 0 {
			return usageError(std, cmd, "--library searches the library; import FILEs into it first")
		}
		return searchLibrary(std, cmd, query, limit)
	}
	extra, rc := loadDocuments(std, cmd, files, false)
	if rc != exitOK {
		return rc
	}
	arts, err := figure.Embedded()
	if err != nil {
		return failure(std, cmd, err)
	}
	seg := segment.Default()
	if err := seg.Wait(); err != nil {
		return failure(std, cmd, err)
	}
	if len(extra) > 0 {
		// Large files: collect garbage at 40% growth rather than 100%;
		// two 31 MB files then peak at 1.4 GB instead of 2.0 GB, for about
		// a tenth more time.
		debug.SetGCPercent(40)
	}
	// An index for this one query: passages without any of its characters
	// are counted for the ranking but not kept (a 31 MB file once took
	// 1.7 GB here).
	ix := search.NewQueryIndex(seg, query, append(arts, extra...)...)
	<-ix.Ready()
	return writeHits(std, cmd, ix.Query(query, limit))
}

// writeHits prints search hits, one JSON object a line.
func writeHits(std *stdio, cmd string, hits []search.Hit) int {
	enc := newJSONLines(std.out)
	for _, h := range hits {
		line := searchLine{Doc: h.Doc, Start: h.Start, End: h.End, Score: fileio.Round(h.Score, 4), Snippet: h.Snippet, Para: h.Para, Marks: [][2]int{}}
		for _, m := range h.Marks {
			line.Marks = append(line.Marks, [2]int{m.Start, m.End})
		}
		if err := enc.Encode(line); err != nil {
			return failure(std, cmd, fmt.Errorf("write: %w", err))
		}
	}
	return exitOK
}

// loadDocuments reads FILEs, or returns the embedded articles when there
// are none and embedded is set. A file that cannot be read is a runtime
// failure naming it.
func loadDocuments(std *stdio, cmd string, files []string, embedded bool) ([]*corpus.Article, int) {
	if len(files) == 0 && embedded {
		arts, err := figure.Embedded()
		if err != nil {
			return nil, failure(std, cmd, err)
		}
		return arts, exitOK
	}
	var arts []*corpus.Article
	for _, f := range files {
		a, err := loadWarning(std, cmd, f)
		if err != nil {
			return nil, failure(std, cmd, err) // corpus.Load names the file
		}
		arts = append(arts, a)
	}
	return arts, exitOK
}

// pickDocument finds id among arts, exactly or as the prefix of one id, and
// otherwise says what is wrong.
func pickDocument(arts []*corpus.Article, id string) (*corpus.Article, string) {
	var prefixed []*corpus.Article
	var ids []string
	for _, a := range arts {
		if a.ID == id {
			return a, ""
		}
		if strings.HasPrefix(a.ID, id) {
			prefixed = append(prefixed, a)
		}
		ids = append(ids, a.ID)
	}
	switch len(prefixed) {
	case 1:
		return prefixed[0], ""
	case 0:
		return nil, fmt.Sprintf("%q: no such document (have %s)", id, strings.Join(ids, ", "))
	}
	return nil, fmt.Sprintf("%q names more than one document", id)
}

// newJSONLines writes one JSON object a line, with Chinese and <>& as they
// are.
func newJSONLines(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
