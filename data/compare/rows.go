package compare

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// Row is one value of one place in one year (and period), as `zhibiao
// compare` prints it (CONTRACTS.md): value and unit as the report writes
// them, norm_value and norm_unit in the base unit, both signed as the text
// says (下降3.2% is −3.2), and the span of the figure shown. A cell whose
// reports disagree gives a row per value, Conflict set on each; Sources
// lists every report that gives the row's value.
type Row struct {
	Indicator   string   `json:"indicator"`
	Kind        string   `json:"kind"`
	Place       string   `json:"place"`
	RegionCode  string   `json:"region_code"`
	Year        int      `json:"year"`
	Period      string   `json:"period"`
	Value       float64  `json:"value"`
	Unit        string   `json:"unit"`
	NormValue   float64  `json:"norm_value"`
	NormUnit    string   `json:"norm_unit"`
	Doc         string   `json:"doc"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Derived     bool     `json:"derived"`
	Text        string   `json:"text"`
	DerivedFrom string   `json:"derived_from,omitempty"`
	Conflict    bool     `json:"conflict"`
	Sources     []Source `json:"sources"`
}

// Rows lists the table's values by place, then column, then value.
func (t Table) Rows() []Row {
	var out []Row
	for i, p := range t.Places {
		for j, c := range t.Columns {
			cell := t.Cells[i][j]
			for _, v := range cell.Values {
				out = append(out, t.row(p, c, v, cell.Conflict()))
			}
		}
	}
	return out
}

func (t Table) row(p Place, c Column, v Value, conflict bool) Row {
	f := v.Figure
	sign := 1.0
	if v.Value < 0 && f.NormValue > 0 {
		sign = -1
	}
	return Row{
		Indicator: t.Indicator, Kind: string(t.Kind), Place: p.Name, RegionCode: p.Code,
		Year: c.Year, Period: c.Period,
		Value: sign * f.Value, Unit: f.Unit, NormValue: sign * f.NormValue, NormUnit: f.NormUnit,
		Doc: f.Doc, Start: f.Start, End: f.End, Derived: f.Derived, Text: f.Text, DerivedFrom: f.DerivedFrom,
		Conflict: conflict, Sources: v.Sources,
	}
}

// WriteJSONL writes rows as JSON lines, Chinese as it is.
func WriteJSONL(w io.Writer, rows []Row) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range rows {
		if err := enc.Encode(&rows[i]); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// csvHeader names the CSV columns as the JSON fields are named; sources
// is the documents that give the value, as doc:start-end separated by
// spaces.
var csvHeader = []string{"indicator", "kind", "place", "region_code", "year", "period", "value", "unit",
	"norm_value", "norm_unit", "doc", "start", "end", "derived", "text", "derived_from", "conflict", "sources"}

// WriteCSV writes rows as CSV for spreadsheets: UTF-8 with a byte order
// mark, a header row, CRLF, cells a spreadsheet would run as formulas kept
// as text.
func WriteCSV(w io.Writer, rows []Row) error {
	cw, err := fileio.NewCSV(w)
	if err != nil {
		return err
	}
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, r := range rows {
		srcs := ""
		for i, s := range r.Sources {
			if i > 0 {
				srcs += " "
			}
			srcs += s.Doc + ":" + strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End)
		}
		cw.Write(fileio.Row([]string{r.Indicator, r.Kind, r.Place, r.RegionCode, strconv.Itoa(r.Year), r.Period,
			num(r.Value), r.Unit, num(r.NormValue), r.NormUnit, r.Doc, strconv.Itoa(r.Start), strconv.Itoa(r.End),
			strconv.FormatBool(r.Derived), r.Text, r.DerivedFrom, strconv.FormatBool(r.Conflict), srcs}))
	}
	cw.Flush()
	return cw.Error()
}
