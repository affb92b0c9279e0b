package fileio

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestNewCSV(t *testing.T) {
	var buf bytes.Buffer
	cw, err := NewCSV(&buf)
	if err != nil {
		t.Fatal(err)
	}
	cw.Write([]string{"name", "value"})
	cw.Write([]string{"规上工业增加值, \"全年\"", "7.5"})
	cw.Flush()
	if err := cw.Error(); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.HasPrefix(s, "\xEF\xBB\xBFname,value\r\n") {
		t.Errorf("want a BOM, the header and CRLF: %q", s)
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, BOM))).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "规上工业增加值, \"全年\"" {
		t.Errorf("rows %q (%v)", rows, err)
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, map[string]string{"name": "<R&D> 指标"}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "{\n  \"name\": \"<R&D> 指标\"\n}\n" {
		t.Errorf("got %q", got)
	}
}
