package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/library"
	"github.com/zhibiao/zhibiao/data/segment"
)

// compareArgs are the arguments of `zhibiao compare`, checked.
type compareArgs struct {
	query  compare.Query
	places []string // the --place names, as given
	useLib bool
	format string
	out    string
	chart  chart.Format
}

// runCompare is `zhibiao compare --indicator NAME [--kind KIND] [--place
// NAME]... [--from YEAR] [--to YEAR] [--library] [--format jsonl|csv] [-o
// FILE]` (CONTRACTS.md): one row per place and year (and period) with its
// source, by place then year; with -o the chart too, written atomically.
func runCompare(std *stdio, args []string) int {
	const cmd = "compare"
	a, rc := parseCompare(std, args)
	if rc != exitOK {
		return rc
	}
	if len(a.places) > 0 {
		g := figure.Default().Places
		seen := map[string]bool{}
		a.query.Places = []compare.Place{}
		for _, name := range a.places {
			p, err := compare.Resolve(g, name)
			if err != nil {
				return usageError(std, cmd, "--place "+err.Error())
			}
			if len(a.places) == 1 {
				a.query.Scope = p // a ranked chart says 居全市第N
			}
			for _, u := range compare.Under(g, p.Code) {
				if !seen[u.Code] {
					seen[u.Code] = true
					a.query.Places = append(a.query.Places, u)
				}
			}
		}
	}
	t, err := compareTable(std, a)
	if err != nil && !errors.Is(err, compare.ErrNoFigures) {
		return failure(std, cmd, err)
	}
	if err != nil && a.out == "" {
		fmt.Fprintf(std.err, "zhibiao %s: --indicator %s: %v\n", cmd, a.query.Indicator, err)
		return exitOK // as search: nothing found is no output
	}
	rows := t.Rows()
	if a.out != "" && len(rows) == 0 {
		return usageError(std, cmd, "--indicator "+a.query.Indicator+": nothing to chart")
	}
	write := compare.WriteJSONL
	if a.format == "csv" {
		write = compare.WriteCSV
	}
	if err := write(std.out, rows); err != nil {
		return failure(std, cmd, fmt.Errorf("write: %w", err))
	}
	if a.out == "" {
		return exitOK
	}
	r, err := chart.NewRenderer()
	if err != nil {
		return failure(std, cmd, err)
	}
	c := t.Chart()
	opt := chart.Options{Width: chart.DefaultWidth, Height: chart.DefaultHeight, Scale: chart.ExportScale}
	if c.Kind != chart.Lines {
		// Rows and small multiples grow the chart rather than leave places out.
		opt.Height = max(opt.Height, chart.SuggestHeight(c, opt.Width))
	}
	if err := r.WriteFile(a.out, c, opt); err != nil {
		return failure(std, cmd, err)
	}
	return exitOK
}

// parseCompare reads and checks the arguments, all of them, before any
// work.
func parseCompare(std *stdio, args []string) (compareArgs, int) {
	const cmd = "compare"
	var a compareArgs
	fs := newFlags(std, cmd)
	fs.StringVar(&a.query.Indicator, "indicator", "", "the indicator, by any of its names")
	kind := fs.String("kind", "", "kind of figures: "+kindList())
	fs.Func("place", "a place of the gazetteer, with the places under it (repeatable)", func(s string) error {
		a.places = append(a.places, s)
		return nil
	})
	from := fs.String("from", "", "first year")
	to := fs.String("to", "", "last year")
	fs.BoolVar(&a.useLib, "library", false, libraryFlag)
	fs.StringVar(&a.format, "format", "jsonl", "jsonl or csv")
	fs.StringVar(&a.out, "o", "", "also write the chart, .png or .svg")
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return a, rc
	}
	if fs.NArg() > 0 {
		return a, usageError(std, cmd, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if a.query.Indicator == "" {
		return a, usageError(std, cmd, "missing --indicator NAME")
	}
	a.query.Kind = figure.Kind(*kind)
	if a.query.Kind != "" && !slices.Contains(figure.Kinds, a.query.Kind) {
		return a, usageError(std, cmd, fmt.Sprintf("--kind %q is not one of %s", *kind, kindList()))
	}
	if a.format != "jsonl" && a.format != "csv" {
		return a, usageError(std, cmd, fmt.Sprintf("--format %q is not jsonl or csv", a.format))
	}
	var err error
	if a.query.From, err = yearFlag("from", *from); err != nil {
		return a, usageError(std, cmd, err.Error())
	}
	if a.query.To, err = yearFlag("to", *to); err != nil {
		return a, usageError(std, cmd, err.Error())
	}
	if a.query.From != 0 && a.query.To != 0 && a.query.From > a.query.To {
		return a, usageError(std, cmd, fmt.Sprintf("--from %d is after --to %d", a.query.From, a.query.To))
	}
	if a.out != "" {
		if a.chart, err = chart.FormatOf(a.out); err != nil {
			return a, usageError(std, cmd, "-o "+err.Error())
		}
	}
	return a, exitOK
}

// yearFlag reads --from or --to: empty gives 0.
func yearFlag(name, s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2200 {
		return 0, fmt.Errorf("--%s %q is not a year", name, s)
	}
	return y, nil
}

// compareTable builds the table from the embedded articles, or with
// --library from the library (which holds them too), its figures brought
// up to this extractor first when it is writable.
func compareTable(std *stdio, a compareArgs) (compare.Table, error) {
	if !a.useLib {
		arts, err := corpus.Embedded()
		if err != nil {
			return compare.Table{}, err
		}
		docs := make([]chart.Doc, len(arts))
		for i, art := range arts {
			docs[i] = chart.Doc{Article: art, Figures: figuresOf(art)}
		}
		return compare.Build(compare.Inputs(docs), a.query)
	}
	dir, err := libraryDir()
	if err != nil {
		return compare.Table{}, err
	}
	lib, err := library.Open(dir, library.Options{Segmenter: segment.Default()})
	var notice *library.OpenError
	if errors.As(err, &notice) {
		fmt.Fprintf(std.err, "zhibiao compare: %s: %v\n", filepath.Join(dir, library.FileName), notice)
	} else if err != nil {
		return compare.Table{}, err
	}
	defer lib.Close()
	if !lib.ReadOnly() {
		if _, err := lib.Refresh(context.Background()); err != nil {
			return compare.Table{}, err
		}
	}
	src, err := compare.NewLibrary(lib)
	if err != nil {
		return compare.Table{}, err
	}
	if n, err := lib.PendingRows(); err == nil && n > 0 { // read-only: another Zhibiao writes them
		fmt.Fprintf(std.err, "zhibiao compare: %d articles of the library are not indexed for compare yet; they are left out\n", n)
	}
	return src.Table(a.query)
}
