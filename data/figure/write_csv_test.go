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

// The window's CSV adds label columns beside their codes; the command
// line's CSV (WriteCSV) keeps its columns exactly.
func TestWriteCSVWithLabels(t *testing.T) {
	year := 2023
	figs := []Figure{{Doc: "a.txt", Text: "增长5.0%", Value: 3.8, Unit: "%", Kind: Growth, Name: "地区生产总值",
		Year: &year, Derived: true, DerivedFrom: "5.0% − 1.2 pp (1.2个百分点) = 3.8% in 2023"}}
	var plain, labelled bytes.Buffer
	if err := WriteCSV(&plain, figs); err != nil {
		t.Fatal(err)
	}
	err := WriteCSVWith(&labelled, figs,
		Column{Name: "kind_label", After: "kind", Value: func(f Figure) string { return "增速" }},
		Column{Name: "derived_from_label", After: "derived_from", Value: func(f Figure) string { return "5.0% − 1.2个百分点 = 3.8%（2023年）" }})
	if err != nil {
		t.Fatal(err)
	}
	read := func(b *bytes.Buffer) [][]string {
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	p, l := read(&plain), read(&labelled)
	if got := len(p[0]); got != len(csvHeader) {
		t.Errorf("WriteCSV has %d columns, the contract %d", got, len(csvHeader))
	}
	if len(l[0]) != len(p[0])+2 {
		t.Fatalf("labelled header %q", l[0])
	}
	for i, h := range l[0] {
		switch h {
		case "kind_label":
			if l[0][i-1] != "kind" || l[1][i] != "增速" {
				t.Errorf("kind_label at %d after %q: %q", i, l[0][i-1], l[1][i])
			}
		case "derived_from_label":
			if l[0][i-1] != "derived_from" || !strings.Contains(l[1][i], "2023年") {
				t.Errorf("derived_from_label after %q: %q", l[0][i-1], l[1][i])
			}
		}
	}
}

// TestWriteMinor: the minor flag is written as a JSON bool and as the last
// CSV column, after every column the contract names.
func TestWriteMinor(t *testing.T) {
	figs := []Figure{{Doc: "a.txt", Text: "95人", Value: 95, Unit: "人", Kind: Count, Name: "审核", Minor: true},
		{Doc: "a.txt", Text: "6008人", Value: 6008, Unit: "人", Kind: Count, Name: "新增就业"}}
	var j, c bytes.Buffer
	if err := WriteJSONL(&j, figs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(j.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"minor":true`) || !strings.Contains(lines[1], `"minor":false`) {
		t.Errorf("JSONL:\n%s", j.String())
	}
	if err := WriteCSV(&c, figs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(c.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("%v: %q", err, c.String())
	}
	last := len(rows[0]) - 1
	if rows[0][last] != "minor" || rows[0][last-1] != "period" || rows[1][last] != "true" || rows[2][last] != "false" {
		t.Errorf("CSV header %q, rows %q %q", rows[0], rows[1], rows[2])
	}
}
