package library

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/fileio"
)

// Extensions are the files a folder import takes, by lower-case extension.
// A file named on its own is taken whatever its name.
var Extensions = []string{".txt", ".md", ".html", ".htm"}

// Status is what an import did with one file.
type Status string

const (
	Added     Status = "added"     // a new article, or a new version of one (Result.Version > 1)
	Duplicate Status = "duplicate" // the same content is already in the library
	Failed    Status = "failed"    // not added; Result.Err says why
)

// Result is the outcome of importing one file.
type Result struct {
	Path    string
	Doc     string // the article's id; for a duplicate, the article that has the content
	Status  Status
	Err     error
	Version int // for Added: 1 for a new article, more for a new version
	// Replaced counts the bytes of the file that could not be decoded and
	// are U+FFFD in the text, for the user to be told.
	Replaced int
}

// Progress is where an import stands, reported after each file and, for
// a file that takes long (of partsFrom or more: a 9 MB file takes half a
// minute), as it is read, analysed and written.
type Progress struct {
	Done, Total               int
	Added, Duplicates, Failed int
	Current                   string // the file just done, or while Part > 0 the one in hand
	Last                      Result // the result of the file just done; none while Part > 0
	Elapsed, Left             time.Duration
	// Part is how much of the file in hand is done, from 0 to 1; a report
	// with Part > 0 says only that: no file was done (Last is empty, the
	// counts are as before it).
	Part float64
}

// The steps of a file's import and the share of its time each took on a
// 9 MB file (read 0.6 s, parse 4.7 s, places 2.4 s, words 13.3 s,
// figures 13.4 s, encoding 1.8 s, writing 14 s): Progress.Part moves
// through them.
const (
	stepRead = iota
	stepParse
	stepPlaces
	stepWords
	stepFigures
	stepEncode
	stepWrite
	numSteps
)

var stepShares = [numSteps]float64{0.01, 0.09, 0.05, 0.27, 0.27, 0.04, 0.27}

// fileProgress tells how far one file's import has gone, through report
// (nil: to no one), when it moved by a step worth showing.
type fileProgress struct {
	report func(part float64)
	last   float64
}

// partStep is the least move of Part reported.
const partStep = 0.005

// partsFrom is the size of the smallest file whose parts are reported:
// one that takes about a second. Smaller files report when done only, as
// thousands of them did before.
const partsFrom = 256 << 10

// at reports that step is done to the fraction within of it.
func (f *fileProgress) at(step int, within float64) {
	if f == nil || f.report == nil {
		return
	}
	part := 0.0
	for _, s := range stepShares[:step] {
		part += s
	}
	part += stepShares[step] * min(max(within, 0), 1)
	if part-f.last >= partStep {
		f.last = part
		f.report(part)
	}
}

// partOf is a file's part done, sent by the goroutine analysing it.
type partOf struct {
	file int
	part float64
}

// inFlight bounds the files read and analysed ahead of the one being
// written, and so the memory an import holds.
const inFlight = 16

// prepared is a file read and analysed, ready to write.
type prepared struct {
	path  string
	hash  string
	text  []byte
	art   *corpus.Article
	words []passageWords
	figs  []byte
	nfigs int
	dup   string // the id of an article with this content, found before analysis
	err   error
	// replaced counts the bytes that could not be decoded.
	replaced int
}

// Import adds files and folders (recursively, files with Extensions) to
// the library. Each file is read, analysed (words for the index, figures)
// and written in its own transaction, so that a crash loses at most the
// file in flight. A file whose content is already in the library is a
// Duplicate; a changed file at the path of an article becomes its new
// version. Results come in the order of the files found; progress, when
// not nil, is called after each. Cancelling ctx stops the import, keeping
// the files written, and returns their results with ctx's error.
func (l *Library) Import(ctx context.Context, paths []string, progress func(Progress)) ([]Result, error) {
	if l.readOnly {
		return nil, ErrReadOnly
	}
	files, results := collect(paths)
	jobs := make(chan int)
	slots := make([]chan prepared, len(files))
	for i := range slots {
		slots[i] = make(chan prepared, 1)
	}
	parts := make(chan partOf, 16) // a part that finds it full is dropped: the next says more
	var wg sync.WaitGroup
	for range l.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				fp := &fileProgress{report: func(part float64) {
					select {
					case parts <- partOf{i, part}:
					default:
					}
				}}
				slots[i] <- l.prepare(ctx, files[i], fp)
			}
		}()
	}
	window := make(chan struct{}, inFlight)
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-stop:
				return
			}
			select {
			case jobs <- i:
			case <-stop:
				return
			}
		}
	}()
	defer wg.Wait()
	defer close(stop)

	p := Progress{Total: len(files) + len(results)}
	for _, r := range results {
		p.count(r)
		p.Current, p.Last = r.Path, r
		if progress != nil {
			progress(p)
		}
	}
	start := time.Now()
	tell := func(file int, part float64) {
		if progress != nil {
			q := p
			q.Current, q.Last, q.Part = files[file], Result{}, part
			progress(q)
		}
	}
	for i := range files {
		if err := ctx.Err(); err != nil {
			return results, err
		}
		pr, err := waitFor(ctx, i, slots[i], parts, tell)
		if err != nil { // a 10 MB file takes seconds: do not wait for it
			return results, err
		}
		<-window
		var fp *fileProgress
		if len(pr.text) >= partsFrom {
			fp = &fileProgress{report: func(part float64) { tell(i, part) }, last: prepareDone()}
		}
		r := l.commit(ctx, pr, fp)
		if ctx.Err() != nil && r.Status == Failed {
			return results, ctx.Err()
		}
		results = append(results, r)
		p.count(r)
		p.Current, p.Last = pr.path, r
		p.Elapsed = time.Since(start)
		p.Left = time.Duration(float64(p.Elapsed) / float64(i+1) * float64(len(files)-i-1))
		if progress != nil {
			progress(p)
		}
	}
	return results, nil
}

// waitFor waits for file i to be read and analysed, telling how far it
// has gone meanwhile; parts of the other files in flight are dropped.
func waitFor(ctx context.Context, i int, slot chan prepared, parts chan partOf, tell func(int, float64)) (prepared, error) {
	for {
		select {
		case pr := <-slot:
			return pr, nil
		case pt := <-parts:
			if pt.file == i {
				tell(i, pt.part)
			}
		case <-ctx.Done():
			return prepared{}, ctx.Err()
		}
	}
}

// prepareDone is the part of a file done once it is read and analysed.
func prepareDone() float64 {
	part := 0.0
	for _, s := range stepShares[:stepWrite] {
		part += s
	}
	return part
}

func (p *Progress) count(r Result) {
	p.Done++
	switch r.Status {
	case Added:
		p.Added++
	case Duplicate:
		p.Duplicates++
	default:
		p.Failed++
	}
}

// collect lists the files to import: each path that is a file, and the
// files with Extensions under each folder, in lexical order. A path that
// cannot be listed is a failed result.
func collect(paths []string) ([]string, []Result) {
	var files []string
	var failed []Result
	for _, root := range paths {
		st, err := os.Stat(root)
		if err != nil {
			failed = append(failed, Result{Path: root, Status: Failed, Err: err})
			continue
		}
		if !st.IsDir() {
			files = append(files, root)
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, Result{Path: path, Status: Failed, Err: err})
				return nil
			}
			if !d.IsDir() && wanted(path) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, Result{Path: root, Status: Failed, Err: err})
		}
	}
	return files, failed
}

func wanted(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// prepare reads and analyses one file, off the writing goroutine, telling
// fp how far it has gone.
func (l *Library) prepare(ctx context.Context, path string, fp *fileProgress) prepared {
	p := prepared{path: path}
	b, err := fileio.ReadRegular(path, corpus.MaxFileSize)
	if err != nil {
		p.err = err
		return p
	}
	if len(b) < partsFrom {
		fp = nil
	}
	fp.at(stepRead, 1)
	sum := sha256.Sum256(b)
	p.hash = hex.EncodeToString(sum[:])
	if id, err := liveWithHash(l.db, p.hash); err == nil && id != "" {
		p.dup = id
		return p
	}
	if p.text, p.replaced, err = corpus.FileText(path, b); err != nil {
		p.err = err
		return p
	}
	if p.text == nil {
		p.text = []byte{} // a page of markup only: an empty text, not SQL's NULL
	}
	p.art = corpus.Parse(filepath.Base(path), p.text)
	if p.err = ctx.Err(); p.err != nil {
		return p
	}
	fp.at(stepParse, 1)
	l.opt.Locate(p.art)
	fp.at(stepPlaces, 1)
	if p.words, p.err = wordsOf(ctx, l.seg(), p.art, func(done float64) { fp.at(stepWords, done) }); p.err != nil {
		return p
	}
	figs, err := l.extract(ctx, p.art, func(done float64) { fp.at(stepFigures, done) })
	if err != nil {
		p.err = err
		return p
	}
	p.nfigs = len(figs)
	p.figs, p.err = encodeFigures(figs)
	fp.at(stepEncode, 1)
	return p
}

// extract finds an article's figures; the default extractor stops when
// the import is cancelled (Cancel waited 13 s for a 10 MB file), and
// tells step how far it has gone.
func (l *Library) extract(ctx context.Context, a *corpus.Article, step func(float64)) ([]figure.Figure, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if l.opt.extractContext != nil {
		return l.opt.extractContext(ctx, a, step)
	}
	return l.opt.Extract(a), nil
}

type queryRower interface {
	QueryRow(string, ...any) *sql.Row
}

// liveWithHash returns the id of an article in the library with this
// content hash, or "".
func liveWithHash(q queryRower, hash string) (string, error) {
	var id string
	err := q.QueryRow("SELECT id FROM articles WHERE hash = ? AND removed = '' ORDER BY embedded DESC, rowid LIMIT 1", hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}

// commit writes one prepared file in its own transaction, telling fp
// how far it has gone.
func (l *Library) commit(ctx context.Context, p prepared, fp *fileProgress) Result {
	r := Result{Path: p.path, Status: Failed, Err: p.err, Replaced: p.replaced}
	if p.err != nil {
		return r
	}
	if p.dup != "" {
		r.Status, r.Doc = Duplicate, p.dup
		return r
	}
	abs, err := filepath.Abs(p.path)
	if err != nil {
		abs = p.path
	}
	err = l.write(ctx, func(tx *sql.Tx) error {
		if id, err := liveWithHash(tx, p.hash); err != nil || id != "" {
			r.Status, r.Doc = Duplicate, id
			return err
		}
		var err error
		r.Doc, r.Version, err = l.store(tx, abs, p, fp)
		r.Status = Added
		return err
	})
	if err != nil {
		r.Status, r.Doc, r.Version, r.Err = Failed, "", 0, err
	}
	return r
}

// store writes the article of p, a new one or a new version of the one
// imported from the same path, and returns its id and version.
func (l *Library) store(tx *sql.Tx, path string, p prepared, fp *fileProgress) (string, int, error) {
	a := p.art
	now := l.now()
	date := a.Date.String()
	code := a.RegionCode
	var rowid int64
	var id string
	var version int
	err := tx.QueryRow("SELECT rowid, id, version FROM articles WHERE path = ? AND NOT embedded ORDER BY rowid DESC LIMIT 1", path).Scan(&rowid, &id, &version)
	switch {
	case err == nil:
		version++
		_, err = tx.Exec(`UPDATE articles SET hash = ?, size = ?, title = ?, date = ?, year = ?, period = ?, region = ?,
			region_code = ?, updated = ?, version = ?, removed = '' WHERE rowid = ?`,
			p.hash, len(p.text), a.Title, date, a.Year, a.Period, a.Region, code, now, version, rowid)
		if err == nil {
			err = deleteIndex(tx, rowid)
		}
		if err == nil {
			_, err = tx.Exec("UPDATE texts SET raw = ? WHERE article = ?", p.text, rowid)
		}
	case errors.Is(err, sql.ErrNoRows):
		version = 1
		if id, err = freeID(tx, path); err != nil {
			return "", 0, err
		}
		var res sql.Result
		res, err = tx.Exec(`INSERT INTO articles(id, path, hash, size, title, date, year, period, region, region_code, added, updated)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, path, p.hash, len(p.text), a.Title, date, a.Year, a.Period, a.Region, code, now, now)
		if err == nil {
			rowid, err = res.LastInsertId()
		}
		if err == nil {
			_, err = tx.Exec("INSERT INTO texts(article, raw) VALUES (?, ?)", rowid, p.text)
		}
	}
	if err != nil {
		return "", 0, err
	}
	if err := putIndex(tx, rowid, p.words, func(done float64) { fp.at(stepWrite, 0.9*done) }); err != nil {
		return "", 0, err
	}
	// The figures were found with what the text says; an article the user
	// edited is left for Refresh to extract with the edits in force.
	var edits string
	if err := tx.QueryRow("SELECT edits FROM articles WHERE rowid = ?", rowid).Scan(&edits); err != nil {
		return "", 0, err
	}
	if edits != "{}" {
		return id, version, dropFigures(tx, rowid)
	}
	return id, version, putFigures(tx, rowid, l.opt.ExtractorVersion, p.nfigs, p.figs)
}
