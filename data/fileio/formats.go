package fileio

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
)

// BOM is the UTF-8 byte order mark. Excel reads a CSV file as UTF-8 only
// when it starts with one; without it Chinese comes out garbled.
const BOM = "\uFEFF"

// NewCSV writes the BOM to w and returns a CSV writer on w that ends lines
// with CRLF, as Excel expects. Write the header row first; call Flush and
// check Error at the end.
func NewCSV(w io.Writer) (*csv.Writer, error) {
	if _, err := io.WriteString(w, BOM); err != nil {
		return nil, err
	}
	return CSVRows(w), nil
}

// CSVRows returns a CSV writer on w that ends lines with CRLF, without the
// BOM: for rows that continue a file NewCSV began.
func CSVRows(w io.Writer) *csv.Writer {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw
}

// Round keeps d decimals of x, so that numbers written out are short and
// stable (5.0000000001 is written 5).
func Round(x float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(x*p) / p
}

// WriteJSON writes v as indented JSON with Chinese and <, >, & as they
// are (not \u escapes), ending in a newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
