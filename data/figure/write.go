package figure

import (
	"bufio"
	"encoding/json"
	"io"
	"slices"
	"strconv"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// WriteJSONL writes one JSON object per figure per line, with the fields of
// `zhibiao extract` (CONTRACTS.md).
func WriteJSONL(w io.Writer, figs []Figure) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range figs {
		if err := enc.Encode(&figs[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// csvRecord is a figure's row, in the order of csvHeader.
func csvRecord(f Figure) []string {
	year := ""
	if f.Year != nil {
		year = strconv.Itoa(*f.Year)
	}
	return []string{f.Doc, strconv.Itoa(f.Start), strconv.Itoa(f.End), f.Text,
		num(f.Value), f.Unit, num(f.NormValue), f.NormUnit, string(f.Kind), f.Name, f.Region,
		year, f.RankScope, strconv.FormatBool(f.Derived), f.DerivedFrom, f.Qualifier,
		f.RegionCode, f.Period, strconv.FormatBool(f.Minor)}
}

// withColumns inserts the extra columns' cells into a row after the
// columns they name (at the end when the name is unknown).
func withColumns(names, rec []string, extra []Column, cell func(Column) string) []string {
	if len(extra) == 0 {
		return rec
	}
	out := make([]string, 0, len(rec)+len(extra))
	for i, v := range rec {
		out = append(out, v)
		for _, c := range extra {
			if c.After == names[i] {
				out = append(out, cell(c))
			}
		}
	}
	for _, c := range extra {
		if !slices.Contains(names, c.After) {
			out = append(out, cell(c))
		}
	}
	return out
}

// csvHeader names the CSV columns, as the JSON fields are named.
var csvHeader = []string{"doc", "start", "end", "text", "value", "unit", "norm_value", "norm_unit",
	"kind", "name", "region", "year", "rank_scope", "derived", "derived_from", "qualifier",
	"region_code", "period", "minor"}

// WriteCSV writes the figures as CSV for spreadsheets, as every CSV of
// the app is written (fileio.NewCSV): UTF-8 with a byte order mark so that
// Excel reads the Chinese, lines ending in CRLF, a header row with the JSON
// field names; year is empty when unknown. A cell a spreadsheet would
// run as a formula (=, +, -, @) is kept as text (fileio.Cell).
func WriteCSV(w io.Writer, figs []Figure) error {
	return WriteCSVRows(w, figs, true)
}

// WriteCSVRows writes figures as WriteCSV does, with the byte order mark
// and the header row only when header is set: a long run writes one
// document's figures at a time.
func WriteCSVRows(w io.Writer, figs []Figure, header bool) error {
	return writeCSV(w, figs, header, nil)
}

// Column is a column added to the CSV, after the column named After: the
// window adds the kind and the derivation in the interface language beside
// their codes, which the command line's CSV keeps alone (CONTRACTS.md).
type Column struct {
	Name, After string
	Value       func(Figure) string
}

// WriteCSVWith writes the figures as WriteCSV does, with extra columns.
func WriteCSVWith(w io.Writer, figs []Figure, extra ...Column) error {
	return writeCSV(w, figs, true, extra)
}

func writeCSV(w io.Writer, figs []Figure, header bool, extra []Column) error {
	bw := bufio.NewWriter(w)
	cw := fileio.CSVRows(bw)
	if header {
		var err error
		if cw, err = fileio.NewCSV(bw); err != nil {
			return err
		}
		if err := cw.Write(withColumns(csvHeader, csvHeader, extra, func(c Column) string { return c.Name })); err != nil {
			return err
		}
	}
	for _, f := range figs {
		rec := withColumns(csvHeader, csvRecord(f), extra, func(c Column) string { return c.Value(f) })
		if err := cw.Write(fileio.Row(rec)); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}
