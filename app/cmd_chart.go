package app

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// figuresOf extracts an article's figures; tests replace it to pin the
// command's behaviour apart from the extractor's.
var figuresOf = figure.Extract

// chartDefaultScale is the pixel density of a PNG when --scale is not
// given. Scripts that ask for --width 800 --height 500 get 800×500; the
// window's export dialog offers twice that for print.
const chartDefaultScale = 1

// runChart is `zhibiao chart [--doc ID] [--indicator NAME] [--kind KIND]
// [--width PX] [--height PX] [--scale N] -o FILE` (CONTRACTS.md). With
// --doc, the chart of that article's figures of --kind (default: the first
// of growth, level, share, count, rank… it has); with --indicator, that
// indicator across all embedded articles, one column per document, year
// and region. Without --height an article's chart is as tall as its bars
// need; PNG files are width*scale × height*scale pixels. FILE is written
// atomically: it is either the whole new chart or untouched.
func runChart(std *stdio, args []string) int {
	const cmd = "chart"
	fs := newFlags(std, cmd)
	doc := fs.String("doc", "", "document id (file name) of an embedded article, or a file to read")
	indicator := fs.String("indicator", "", "indicator to chart across all documents")
	kindName := fs.String("kind", "", "kind of figures: "+kindList())
	width := fs.String("width", "", "width in logical pixels (default 800)")
	height := fs.String("height", "", "height in logical pixels (default: as the bars need, or 500)")
	scale := fs.String("scale", "", fmt.Sprintf("pixel density of a PNG (default %d)", chartDefaultScale))
	dark := fs.Bool("dark", false, "light on dark")
	out := fs.String("o", "", "output file, .png or .svg")
	useLib := fs.Bool("library", false, libraryFlag)
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if fs.NArg() > 0 {
		return usageError(std, cmd, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}

	// Arguments first, all of them, before any work.
	if *out == "" {
		return usageError(std, cmd, "missing -o FILE")
	}
	format, err := chart.FormatOf(*out)
	if err != nil {
		return usageError(std, cmd, "-o "+err.Error())
	}
	opt := chart.Options{Width: chart.DefaultWidth, Scale: chartDefaultScale, Format: format, Dark: *dark}
	if (*doc == "") == (*indicator == "") {
		return usageError(std, cmd, "give either --doc ID or --indicator NAME")
	}
	kind := figure.Kind(*kindName)
	if kind != "" && !slices.Contains(figure.Kinds, kind) {
		return usageError(std, cmd, fmt.Sprintf("--kind %q is not one of %s", *kindName, kindList()))
	}
	if opt.Width, err = sizeFlag("width", *width, chart.DefaultWidth); err != nil {
		return usageError(std, cmd, err.Error())
	}
	var h int
	if h, err = sizeFlag("height", *height, 0); err != nil {
		return usageError(std, cmd, err.Error())
	}
	if *scale != "" {
		s, err := strconv.ParseFloat(*scale, 64)
		if err != nil || s < 0.25 || s > 16 {
			return usageError(std, cmd, fmt.Sprintf("--scale %q is not a number from 0.25 to 16", *scale))
		}
		opt.Scale = s
	}

	var c chart.Chart
	if *doc != "" {
		a, rc := chartArticle(std, *doc, *useLib)
		if rc != exitOK {
			return rc
		}
		c, err = chart.ForArticle(a, figuresOf(a), kind)
		if err != nil {
			return usageError(std, cmd, "--doc "+*doc+": "+nothingToChart(err))
		}
	} else {
		arts, err := figure.Embedded()
		if err != nil {
			return failure(std, cmd, err)
		}
		docs := make([]chart.Doc, len(arts))
		for i, a := range arts {
			docs[i] = chart.Doc{Article: a, Figures: figuresOf(a)}
		}
		if *useLib {
			more, rc := chartLibraryDocs(std, cmd, *indicator)
			if rc != exitOK {
				return rc
			}
			docs = append(docs, more...)
		}
		c, err = chart.ForIndicator(*indicator, kind, docs)
		if err != nil {
			return usageError(std, cmd, "--indicator "+*indicator+": "+nothingToChart(err))
		}
	}
	opt.Height = h
	if h == 0 {
		opt.Height = chart.DefaultHeight
		if *doc != "" {
			opt.Height = chart.SuggestHeight(c, opt.Width)
		}
	}

	if err := opt.Validate(); err != nil {
		return usageError(std, cmd, err.Error())
	}
	r, err := chart.NewRenderer()
	if err != nil {
		return failure(std, cmd, err)
	}
	if err := r.WriteFile(*out, c, opt); err != nil {
		return failure(std, cmd, err)
	}
	return exitOK
}

// chartArticle finds --doc: an embedded article by id (or by a prefix
// that names one, such as 000), else a file on disk.
func chartArticle(std *stdio, id string, useLib bool) (*corpus.Article, int) {
	arts, err := figure.Embedded()
	if err != nil {
		return nil, failure(std, "chart", err)
	}
	if a, rc := libraryArticle(std, id, useLib); a != nil || rc != exitOK {
		return a, rc
	}
	a, problem := pickDocument(arts, id)
	if a != nil {
		return a, exitOK
	}
	if st, err := os.Stat(id); err == nil && !st.IsDir() {
		a, err := corpus.Load(id)
		if err != nil {
			return nil, failure(std, "chart", err)
		}
		return a, exitOK
	}
	return nil, usageError(std, "chart", "--doc "+problem)
}

// sizeFlag reads --width or --height: empty gives def.
func sizeFlag(name, s string, def int) (int, error) {
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 120 || n > 10000 {
		return 0, fmt.Errorf("--%s %q is not a whole number of pixels from 120 to 10000", name, s)
	}
	return n, nil
}

func kindList() string {
	var ks []string
	for _, k := range figure.Kinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, "|")
}

// nothingToChart words an error from the chart builders.
func nothingToChart(err error) string {
	if errors.Is(err, chart.ErrNoFigures) {
		return strings.TrimSuffix(err.Error(), ": "+chart.ErrNoFigures.Error()) + ": nothing to chart"
	}
	return err.Error()
}
