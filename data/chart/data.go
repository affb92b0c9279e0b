package chart

import (
	"io"
	"strconv"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// csvHeader is the header row of WriteCSV.
var csvHeader = []string{"label", "value", "unit", "value_label", "group", "tag", "derived", "doc", "start", "end"}

// WriteCSV writes the data behind c, one row per bar with where it comes
// from, as CSV with a BOM and a header row (Excel opens the Chinese intact).
func WriteCSV(w io.Writer, c Chart) error {
	cw, err := fileio.NewCSV(w)
	if err != nil {
		return err
	}
	cw.Write(csvHeader)
	for _, b := range c.Bars {
		cw.Write(fileio.Row([]string{b.Label, strconv.FormatFloat(b.Value, 'f', -1, 64), c.Unit, b.ValueLabel, b.Group, b.Tag,
			strconv.FormatBool(b.Derived), b.Ref.Doc, strconv.Itoa(b.Ref.Start), strconv.Itoa(b.Ref.End)}))
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes c, title, unit, source and bars with their references,
// as indented JSON.
func WriteJSON(w io.Writer, c Chart) error {
	return fileio.WriteJSON(w, c)
}
