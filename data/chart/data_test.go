package chart

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteCSV(t *testing.T) {
	c := sampleCharts(t)["growth"]
	var buf bytes.Buffer
	if err := WriteCSV(&buf, c); err != nil {
		t.Fatal(err)
	}
	s, ok := strings.CutPrefix(buf.String(), "\uFEFF")
	if !ok {
		t.Fatal("no BOM")
	}
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(c.Bars)+1 || strings.Join(rows[0], ",") != "label,value,unit,value_label,group,tag,derived,doc,start,end" {
		t.Fatalf("rows %q", rows)
	}
	if got := strings.Join(rows[1], ","); !strings.HasPrefix(got, "工业投资 2024年,67.9,%,67.9%,,,false,000_3d56ce9018f8a19f.txt,") {
		t.Errorf("first row %q", got)
	}
}

func TestChartJSONRoundTrip(t *testing.T) {
	c := sampleCharts(t)["rank"]
	var buf bytes.Buffer
	if err := WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"kind": "dots"`) || !strings.Contains(buf.String(), `"value_label": "城区第二"`) {
		t.Errorf("json:\n%s", buf.String())
	}
	var back Chart
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Kind != c.Kind || len(back.Bars) != len(c.Bars) || back.Bars[0].Ref != c.Bars[0].Ref {
		t.Errorf("round trip: %+v", back)
	}
}
