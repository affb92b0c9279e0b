package app

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// runExtract is `zhibiao extract [--format jsonl|csv] [FILE...]`: every
// figure of the embedded articles, or of the files given, in document order
// (CONTRACTS.md).
func runExtract(std *stdio, args []string) int {
	const cmd = "extract"
	fs := newFlags(std, cmd)
	format := fs.String("format", "jsonl", "jsonl or csv")
	useLib := fs.Bool("library", false, libraryFlag)
	var o override
	fs.StringVar(&o.region, "region", "", "whose the files' figures are, as the article properties say it (叶县)")
	fs.IntVar(&o.year, "year", 0, "the year the files describe (2023)")
	fs.StringVar(&o.period, "period", "", "the part of the year the files cover (Q1, H1, Q1-Q3, M1-M5, M3E)")
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if *format != "jsonl" && *format != "csv" {
		return usageError(std, cmd, fmt.Sprintf("--format %q is neither jsonl nor csv", *format))
	}
	if problem := o.check(fs.NArg()); problem != "" {
		return usageError(std, cmd, problem)
	}
	// One document at a time: its text, figures and output are let go
	// before the next is read, so that many files need no more memory
	// than the largest.
	var embedded []*corpus.Article
	if fs.NArg() == 0 || *useLib {
		var err error
		if embedded, err = corpus.Embedded(); err != nil {
			return failure(std, cmd, err)
		}
	}
	n := len(embedded) + fs.NArg()
	for i := 0; i < n; i++ {
		var a *corpus.Article
		if i < len(embedded) {
			a, embedded[i] = embedded[i], nil
		} else {
			var err error
			if a, err = loadWarning(std, cmd, fs.Arg(i-len(embedded))); err != nil {
				return failure(std, cmd, err) // Load names the file
			}
			o.apply(a)
		}
		figs := figure.Extract(a)
		var err error
		if *format == "csv" {
			err = figure.WriteCSVRows(std.out, figs, i == 0)
		} else {
			err = figure.WriteJSONL(std.out, figs)
		}
		if err != nil {
			return failure(std, cmd, fmt.Errorf("write figures: %w", err))
		}
	}
	if n == 0 && *format == "csv" {
		if err := figure.WriteCSVRows(std.out, nil, true); err != nil {
			return failure(std, cmd, fmt.Errorf("write figures: %w", err))
		}
	}
	if *useLib {
		return writeLibraryFigures(std, cmd, *format)
	}
	return exitOK
}

// override is what --region, --year and --period say of the files of a
// run: it replaces what would be inferred, as the article properties in
// the window do (a figure whose sentence names another place or year keeps
// it).
type override struct {
	region string
	year   int
	period string
}

// check returns what is wrong with the override, or "".
func (o override) check(files int) string {
	switch {
	case (o.region != "" || o.year != 0 || o.period != "") && files == 0:
		return "--region, --year and --period apply to the files given, and none is"
	case o.year != 0 && (o.year < 1949 || o.year > 2100):
		return fmt.Sprintf("--year %d is not a year of a report", o.year)
	case o.period != "" && !corpus.ValidPeriod(o.period):
		return fmt.Sprintf("--period %q is not one of Q1…Q4, H1, H2, Q1-Q3, M1-M5 (months), M3E (month end)", o.period)
	case strings.TrimSpace(o.region) != o.region:
		return fmt.Sprintf("--region %q has blanks around it", o.region)
	}
	return ""
}

// apply sets the article's place, year and period from the override.
func (o override) apply(a *corpus.Article) {
	if o.region != "" {
		a.Region, a.RegionCode, a.City = o.region, "", ""
	}
	if o.year != 0 {
		a.Year = o.year
	}
	if o.period != "" {
		a.Period = o.period
	}
}

// loadWarning reads an article from disk as corpus.Load does, and says on
// standard error how many characters could not be decoded, if any.
func loadWarning(std *stdio, cmd, path string) (*corpus.Article, error) {
	a, err := corpus.Load(path)
	if err == nil && a.Replaced > 0 {
		fmt.Fprintf(std.err, "zhibiao %s: %s: %d bytes could not be decoded and are shown as \uFFFD\n", cmd, path, a.Replaced)
	}
	return a, err
}

// quantitiesLine is one line of `zhibiao quantities`.
type quantitiesLine struct {
	Line       int                 `json:"line"`
	Quantities []quantity.Quantity `json:"quantities"`
	Error      string              `json:"error,omitempty"` // why the line was not read
}

// maxQuantitiesLine bounds one input line of `zhibiao quantities`: a line
// is a paragraph, and the analysis of a line takes some twenty times its
// size, so a 200 MB line would need gigabytes.
const maxQuantitiesLine = 8 << 20

// runQuantities is `zhibiao quantities`: for each line of standard input,
// the quantities in it with byte offsets within the line.
func runQuantities(std *stdio, args []string) int {
	const cmd = "quantities"
	fs := newFlags(std, cmd)
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if fs.NArg() > 0 {
		return usageError(std, cmd, fmt.Sprintf("unexpected argument %q (input comes from standard input)", fs.Arg(0)))
	}
	in := bufio.NewReaderSize(std.in, 64<<10)
	out := bufio.NewWriter(std.out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	rc := exitOK
	for n := 0; ; n++ {
		raw, tooLong, err := readLine(in, maxQuantitiesLine)
		if err != nil && !errors.Is(err, io.EOF) {
			return failure(std, cmd, fmt.Errorf("read standard input: %w", err))
		}
		if len(raw) == 0 && !tooLong && err != nil {
			break
		}
		line := strings.TrimSuffix(strings.TrimSuffix(string(raw), "\n"), "\r")
		rec := quantitiesLine{Line: n, Quantities: []quantity.Quantity{}}
		if tooLong {
			// The line is skipped, not cut: a cut would report
			// quantities at offsets of a line that was never read.
			rec.Error = fmt.Sprintf("line longer than %d MB, not read", maxQuantitiesLine>>20)
			fmt.Fprintf(std.err, "zhibiao %s: line %d: %s\n", cmd, n, rec.Error)
			rc = exitFailure
		} else if qs := quantity.Find(line); qs != nil {
			rec.Quantities = qs
			contractKinds(line, qs)
		}
		if werr := enc.Encode(rec); werr != nil {
			return failure(std, cmd, fmt.Errorf("write: %w", werr))
		}
		if err != nil {
			break
		}
	}
	if err := out.Flush(); err != nil {
		return failure(std, cmd, fmt.Errorf("write: %w", err))
	}
	return rc
}

// contractKinds names each quantity's kind with the figure kinds of
// CONTRACTS.md where one applies: a percentage is growth or share as
// `extract` labels it (figure.PercentKinds applies the extractor's own
// rule); a duration is physical. Dates, times, ordinals and bare numbers
// keep their own names.
func contractKinds(line string, qs []quantity.Quantity) {
	kinds := figure.PercentKinds(line, qs)
	for i := range qs {
		switch qs[i].Kind {
		case quantity.Percent:
			qs[i].Kind = quantity.Kind(kinds[i])
		case quantity.Duration:
			qs[i].Kind = quantity.Physical
		}
	}
}

// readLine reads one line with its line break. A line longer than limit is
// read to its end but not kept: tooLong reports it.
func readLine(r *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	var b []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong && len(b)+len(chunk) > limit+1 { // +1: the \n itself
			tooLong, b = true, nil
		}
		if !tooLong {
			b = append(b, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return b, tooLong, err
	}
}
