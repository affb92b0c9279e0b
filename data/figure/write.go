package figure

import (
	"bufio"
	"encoding/json"
	"io"
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

// csvHeader names the CSV columns, as the JSON fields are named.
var csvHeader = []string{"doc", "start", "end", "text", "value", "unit", "norm_value", "norm_unit",
	"kind", "name", "region", "year", "rank_scope", "derived", "derived_from", "qualifier",
	"region_code", "period"}

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
	bw := bufio.NewWriter(w)
	cw := fileio.CSVRows(bw)
	if header {
		var err error
		if cw, err = fileio.NewCSV(bw); err != nil {
			return err
		}
		if err := cw.Write(csvHeader); err != nil {
			return err
		}
	}
	for _, f := range figs {
		year := ""
		if f.Year != nil {
			year = strconv.Itoa(*f.Year)
		}
		rec := []string{f.Doc, strconv.Itoa(f.Start), strconv.Itoa(f.End), f.Text,
			num(f.Value), f.Unit, num(f.NormValue), f.NormUnit, string(f.Kind), f.Name, f.Region,
			year, f.RankScope, strconv.FormatBool(f.Derived), f.DerivedFrom, f.Qualifier,
			f.RegionCode, f.Period}
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
