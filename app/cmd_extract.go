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
	if rc := parseFlags(std, fs, args); rc != exitOK {
		return rc
	}
	if *format != "jsonl" && *format != "csv" {
		return usageError(std, cmd, fmt.Sprintf("--format %q is neither jsonl nor csv", *format))
	}
	var articles []*corpus.Article
	if fs.NArg() == 0 || *useLib {
		var err error
		if articles, err = corpus.Embedded(); err != nil {
			return failure(std, cmd, err)
		}
	}
	for _, path := range fs.Args() {
		a, err := corpus.Load(path)
		if err != nil {
			return failure(std, cmd, err) // Load names the file
		}
		articles = append(articles, a)
	}
	var figs []figure.Figure
	for _, a := range articles {
		figs = append(figs, figure.Extract(a)...)
	}
	write := figure.WriteJSONL
	if *format == "csv" {
		write = figure.WriteCSV
	}
	if err := write(std.out, figs); err != nil {
		return failure(std, cmd, fmt.Errorf("write figures: %w", err))
	}
	if *useLib {
		return writeLibraryFigures(std, cmd, *format)
	}
	return exitOK
}

// quantitiesLine is one line of `zhibiao quantities`.
type quantitiesLine struct {
	Line       int                 `json:"line"`
	Quantities []quantity.Quantity `json:"quantities"`
}

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
	for n := 0; ; n++ {
		line, err := in.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return failure(std, cmd, fmt.Errorf("read standard input: %w", err))
		}
		if line == "" && err != nil {
			break
		}
		line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
		qs := quantity.Find(line)
		if qs == nil {
			qs = []quantity.Quantity{}
		}
		for i := range qs {
			qs[i].Kind = contractKind(line, qs[i])
		}
		if werr := enc.Encode(quantitiesLine{Line: n, Quantities: qs}); werr != nil {
			return failure(std, cmd, fmt.Errorf("write: %w", werr))
		}
		if err != nil {
			break
		}
	}
	if err := out.Flush(); err != nil {
		return failure(std, cmd, fmt.Errorf("write: %w", err))
	}
	return exitOK
}

// growthCues before a percentage make it a rate of change.
var growthCues = []string{"增长", "提高", "提升", "下降", "降低", "减少", "增加", "回落", "上升", "下滑", "增速", "增幅", "同比", "环比"}

// contractKind names a quantity's kind with the figure kinds of
// CONTRACTS.md where one applies: a percentage after 增长 is growth, else a
// share; a duration is physical. Dates, times, ordinals and bare numbers
// keep their own names.
func contractKind(line string, q quantity.Quantity) quantity.Kind {
	switch q.Kind {
	case quantity.Percent:
		before := line[:q.Start]
		if k := strings.LastIndexAny(before, "，,；;。"); k >= 0 {
			before = before[k:]
		}
		for _, c := range growthCues {
			if strings.Contains(before, c) {
				return quantity.Kind(figure.Growth)
			}
		}
		return quantity.Kind(figure.Share)
	case quantity.Duration:
		return quantity.Physical
	}
	return q.Kind
}
