package app

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, in string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	rc := dispatch(&stdio{in: strings.NewReader(in), out: &out, err: &errb}, args)
	return out.String(), errb.String(), rc
}

func TestExtractJSONL(t *testing.T) {
	out, errs, rc := runCmd(t, "", "extract")
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 100 {
		t.Fatalf("only %d figures from the embedded articles", len(lines))
	}
	fields := []string{"doc", "start", "end", "text", "value", "unit", "norm_value", "norm_unit",
		"kind", "name", "region", "year", "rank_scope", "derived"}
	derived := 0
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON %q: %v", l, err)
		}
		for _, f := range fields {
			if _, ok := m[f]; !ok {
				t.Fatalf("field %q missing in %s", f, l)
			}
		}
		if m["derived"] == true {
			derived++
			if m["derived_from"] == "" || m["derived_from"] == nil {
				t.Errorf("derived figure without derived_from: %s", l)
			}
		}
	}
	if derived == 0 {
		t.Error("no derived figures")
	}
	if !strings.Contains(out, `"text":"121.7亿元"`) || !strings.Contains(out, `"norm_value":12170000000`) {
		t.Error("121.7亿元 missing or not normalised")
	}
}

func TestExtractSpansMatchFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.txt")
	text := "2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。一般公共预算收入完成8.6亿元，增速排名全市第一。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, rc := runCmd(t, "", "extract", path)
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var f struct {
			Doc        string `json:"doc"`
			Start, End int
			Text       string
			Derived    bool
		}
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatal(err)
		}
		if f.Doc != "report.txt" {
			t.Errorf("doc %q, want the base name", f.Doc)
		}
		if text[f.Start:f.End] != f.Text {
			t.Errorf("span %d:%d is %q, text %q", f.Start, f.End, text[f.Start:f.End], f.Text)
		}
		n++
	}
	if n < 5 {
		t.Errorf("%d figures, want at least 5:\n%s", n, out)
	}
}

func TestExtractCSV(t *testing.T) {
	out, errs, rc := runCmd(t, "", "extract", "--format", "csv")
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Fatal("no byte order mark")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := strings.Join(recs[0], ",")
	if !strings.HasPrefix(head, "doc,start,end,text,value,unit,norm_value,norm_unit,kind,name,region,year,rank_scope,derived") {
		t.Errorf("header %q", head)
	}
	if len(recs) < 100 {
		t.Errorf("%d rows", len(recs))
	}
}

func TestExtractErrors(t *testing.T) {
	if _, errs, rc := runCmd(t, "", "extract", "--format", "xml"); rc != exitUsage || !strings.Contains(errs, "xml") {
		t.Errorf("bad format: exit %d, %q", rc, errs)
	}
	if _, errs, rc := runCmd(t, "", "extract", "--nope"); rc != exitUsage || errs == "" {
		t.Errorf("bad flag: exit %d, %q", rc, errs)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	if _, errs, rc := runCmd(t, "", "extract", missing); rc != exitFailure || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: exit %d, %q", rc, errs)
	}
}

func TestQuantities(t *testing.T) {
	in := "121.7亿元\n没有数字\n增长5.0%，高于2023年1.2个百分点\r\n" + strings.Repeat("很长的一行", 30000) + "3家"
	out, errs, rc := runCmd(t, in, "quantities")
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d output lines, want 4:\n%.300s", len(lines), out)
	}
	if lines[0] != `{"line":0,"quantities":[{"start":0,"end":11,"text":"121.7亿元","value":121.7,"unit":"亿元","norm_value":12170000000,"norm_unit":"元","kind":"level"}]}` {
		t.Errorf("line 0: %s", lines[0])
	}
	if lines[1] != `{"line":1,"quantities":[]}` {
		t.Errorf("line 1: %s", lines[1])
	}
	var l2 struct {
		Line       int
		Quantities []struct {
			Start, End       int
			Text, Unit, Kind string
		}
	}
	if err := json.Unmarshal([]byte(lines[2]), &l2); err != nil || l2.Line != 2 || len(l2.Quantities) != 3 {
		t.Errorf("line 2: %s", lines[2])
	} else if l2.Quantities[0].Kind != "growth" || l2.Quantities[2].Kind != "pp_change" {
		t.Errorf("line 2 kinds: %s", lines[2])
	}
	if !strings.Contains(lines[3], `"text":"3家"`) {
		t.Errorf("long line lost its quantity: %.200s", lines[3])
	}
	if _, _, rc := runCmd(t, "", "quantities", "extra"); rc != exitUsage {
		t.Errorf("extra argument: exit %d", rc)
	}
}

// --region, --year and --period say what the text does not: they replace
// the inferred place, year and period of the files of the run, and a
// sentence that writes its own year keeps it, as a whole year.
func TestExtractOverride(t *testing.T) {
	path := filepath.Join(t.TempDir(), "经济运行.txt")
	text := "经济运行情况\n\n全县地区生产总值增长5.1%，规上工业增加值增长6.2%。\n\n2022年，全县粮食总产量12万吨。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	figures := func(args ...string) map[string]map[string]any {
		t.Helper()
		out, errs, rc := runCmd(t, "", append([]string{"extract"}, args...)...)
		if rc != exitOK {
			t.Fatalf("%v: exit %d: %s", args, rc, errs)
		}
		m := map[string]map[string]any{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var f map[string]any
			if err := json.Unmarshal([]byte(l), &f); err != nil {
				t.Fatalf("bad JSON %q: %v", l, err)
			}
			m[f["text"].(string)] = f
		}
		return m
	}
	plain := figures(path)
	if f := plain["5.1%"]; f["region"] != "" || f["year"] == 2023.0 || f["period"] != "" {
		t.Errorf("without overrides the text tells no place or period (its year is the 2022 it opens a paragraph with): %v", f)
	}
	got := figures("--region", "叶县", "--year", "2023", "--period", "H1", path)
	for _, c := range []struct {
		text, region, code, period string
		year                       float64
	}{
		{"5.1%", "叶县", "410422", "H1", 2023},
		{"6.2%", "叶县", "410422", "H1", 2023},
		{"12万吨", "叶县", "410422", "", 2022}, // the sentence writes 2022年: that whole year, not the run's H1
	} {
		f := got[c.text]
		if f == nil || f["region"] != c.region || f["region_code"] != c.code || f["year"] != c.year || f["period"] != c.period {
			t.Errorf("%s: got %v, want %s %s %v %s", c.text, f, c.region, c.code, c.year, c.period)
		}
	}
	for _, bad := range [][]string{
		{"--period", "H3", path}, {"--period", "M5-M1", path}, {"--year", "23", path}, {"--region", "叶县"},
	} {
		if _, errs, rc := runCmd(t, "", append([]string{"extract"}, bad...)...); rc != exitUsage || errs == "" {
			t.Errorf("%v: exit %d, %q", bad, rc, errs)
		}
	}
}
