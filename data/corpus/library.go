package corpus

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/seeds"
)

// catalogEntry is the editorial metadata kept beside the shipped articles,
// for what their damaged texts do not state reliably (a title set in a
// column header, a page with no date).
type catalogEntry struct {
	Title    string `json:"title"`
	Subtitle string `json:"subtitle"`
	Date     string `json:"date"`
	Source   string `json:"source"`
	Region   string `json:"region"`
	Year     int    `json:"year"`
	Note     string `json:"note"`
}

// Embedded returns the articles shipped inside the binary, in id order.
func Embedded() ([]*Article, error) {
	return fromFS(seeds.FS)
}

func fromFS(fsys fs.FS) ([]*Article, error) {
	catalog, err := readCatalog(fsys)
	if err != nil {
		return nil, err
	}
	names, err := seedNames(fsys)
	if err != nil {
		return nil, err
	}
	out := make([]*Article, 0, len(names))
	for _, name := range names {
		a, err := seedArticle(fsys, catalog, name)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// seedArticle parses the shipped article in the file name, with what the
// catalogue says of it.
func seedArticle(fsys fs.FS, catalog map[string]catalogEntry, name string) (*Article, error) {
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("read seed %s: %w", name, err)
	}
	a := parse(name, raw)
	if e, ok := catalog[name]; ok {
		if err := e.apply(a); err != nil {
			return nil, fmt.Errorf("seed %s: %w", name, err)
		}
	}
	markFurniture(a)
	return a, nil
}

func (e catalogEntry) apply(a *Article) error {
	d, err := ParseDate(e.Date)
	if err != nil {
		return err
	}
	// The catalogue holds only what a text cannot tell of itself; what it
	// leaves empty stays as the text says.
	if e.Title != "" {
		a.Title, a.Subtitle = e.Title, e.Subtitle
	}
	if e.Source != "" {
		a.Source = e.Source
	}
	if e.Note != "" {
		a.Note = e.Note
	}
	if !d.IsZero() {
		a.Date = d
		a.Year = 0
	}
	inferTime(a)
	if e.Year != 0 {
		a.Year = e.Year
	}
	if e.Region != "" {
		a.Region, a.City = e.Region, "" // figure.Locate settles the city from the gazetteer
	}
	return nil
}

// MaxFileSize bounds what Load reads: reports are tens of kilobytes, and a
// file of hundreds of megabytes is a mistake that must not freeze the app.
const MaxFileSize = 32 << 20

// Load reads an article from disk. Text files in UTF-8, UTF-16 and
// GBK/GB18030 are accepted; HTML and Markdown are read as text with their
// markup visible only where it carries words. The id is the base name.
func Load(path string) (*Article, error) {
	// Regular files only, and no more than the limit is read: /dev/zero
	// never ends and a named pipe never opens.
	b, err := fileio.ReadRegular(path, MaxFileSize)
	if err != nil {
		return nil, err // names the file and says why
	}
	text, bad, err := FileText(path, b)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	a := Parse(filepath.Base(path), text)
	a.Replaced = bad
	return a, nil
}

// FileText returns the text of a file's bytes as Load reads it: decoded to
// UTF-8 and, for HTML (by the name's extension), decoded in the encoding
// its <meta charset> declares and stripped of markup. Every
// offset into the article points into this text. Replaced counts the
// bytes that could not be decoded and became U+FFFD.
func FileText(name string, b []byte) (text []byte, replaced int, err error) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".html" && ext != ".htm" {
		return DecodeCounting(b)
	}
	if text, replaced, err = decodeHTML(b); err != nil {
		return nil, 0, err
	}
	return StripHTML(text), replaced, nil
}

// readCatalog reads the seeds' catalog.json: what their texts cannot tell
// (a date the text does not state). No catalog is an empty one.
func readCatalog(fsys fs.FS) (map[string]catalogEntry, error) {
	catalog := map[string]catalogEntry{}
	if b, err := fs.ReadFile(fsys, "catalog.json"); err == nil {
		if err := json.Unmarshal(b, &catalog); err != nil {
			return nil, fmt.Errorf("read seeds catalog: %w", err)
		}
	}
	return catalog, nil
}

// seedNames lists the seeds' text files in id order.
func seedNames(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("list seeds: %w", err)
	}
	sort.Strings(names)
	return names, nil
}
