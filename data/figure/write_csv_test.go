package figure

import (
	"bytes"
	"encoding/csv"
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
