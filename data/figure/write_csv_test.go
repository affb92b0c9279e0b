package figure

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// TestWriteCSVFormula: a name a spreadsheet would run as a formula is kept
// as text; a negative value stays a number.
func TestWriteCSVFormula(t *testing.T) {
	var b bytes.Buffer
	figs := []Figure{{Doc: "a.txt", Text: "-3.2%", Value: -3.2, Unit: "%", Kind: Growth, Name: "=HYPERLINK(\"http://x\")", Region: "@马村区"}}
	if err := WriteCSV(&b, figs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("%v: %q", err, b.String())
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	want := map[string]string{"name": "'=HYPERLINK(\"http://x\")", "region": "'@马村区", "value": "-3.2", "text": "-3.2%"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
}

// TestWriteCSVLikeEveryCSV: the figures' CSV is written as every CSV of the
// app (fileio.NewCSV): a BOM, then CRLF line ends, also for the rows a long
// run appends without a header.
func TestWriteCSVLikeEveryCSV(t *testing.T) {
	var b bytes.Buffer
	fig := Figure{Doc: "马村区.txt", Text: "121.7亿元", Value: 121.7, Unit: "亿元", Kind: Level, Name: "地区生产总值", Region: "马村区"}
	if err := WriteCSVRows(&b, []Figure{fig}, true); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSVRows(&b, []Figure{fig}, false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.HasPrefix(out, "\uFEFFdoc,") {
		t.Errorf("does not start with the BOM and the header: %q", out[:min(len(out), 20)])
	}
	if strings.Count(out, "\uFEFF") != 1 {
		t.Errorf("%d BOMs, want 1", strings.Count(out, "\uFEFF"))
	}
	if n, crlf := strings.Count(out, "\n"), strings.Count(out, "\r\n"); n != 3 || crlf != 3 {
		t.Errorf("%d lines, %d ending in CRLF; want 3 and 3:\n%q", n, crlf, out)
	}
}
