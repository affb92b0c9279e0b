package app

import (
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// compareFields are the fields CONTRACTS.md fixes for a compare row.
var compareFields = []string{"indicator", "kind", "place", "region_code", "year", "period", "value", "unit",
	"norm_value", "norm_unit", "doc", "start", "end", "derived"}

// compareRows parses JSON lines and checks each has every contract field.
func compareRows(t *testing.T, out string) []map[string]any {
	t.Helper()
	var rows []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		for _, f := range compareFields {
			if _, ok := m[f]; !ok {
				t.Errorf("line %q lacks %q", l, f)
			}
		}
		rows = append(rows, m)
	}
	return rows
}

// summary is place year value doc derived, a row in a few words.
func summary(m map[string]any) string {
	return strings.Join([]string{m["place"].(string), m["region_code"].(string), jsonNum(m["year"]), m["period"].(string),
		jsonNum(m["value"]), m["unit"].(string), m["doc"].(string)[:3], jsonBool(m["derived"])}, " ")
}

func jsonNum(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func jsonBool(v any) string {
	if v.(bool) {
		return "derived"
	}
	return "written"
}

// The done-when, as the command line shows it: 地区生产总值 growth
// of 焦作市 and the places under it, by place then year, each with its
// source span; and the chart, PNG at twice the size.
func TestCompareEmbedded(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "gdp.png")
	rc, stdout, stderr := runCLI("compare", "--indicator", "地区生产总值", "--kind", "growth", "--place", "焦作市", "-o", out)
	if rc != exitOK {
		t.Fatalf("rc %d, stderr %s", rc, stderr)
	}
	rows := compareRows(t, stdout)
	var got []string
	for _, m := range rows {
		got = append(got, summary(m))
	}
	want := []string{
		"焦作市 410800 2024  5.4 % 003 written",
		"马村区 410804 2023  3.8 % 000 derived",
		"马村区 410804 2024  5 % 000 written",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, m := range rows {
		raw, err := os.ReadFile(filepath.Join("..", "seeds", m["doc"].(string)))
		if err != nil {
			t.Fatal(err)
		}
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		if string(raw[start:end]) != m["text"] {
			t.Errorf("%s: bytes %d-%d are %q, not %q", m["doc"], start, end, raw[start:end], m["text"])
		}
		if m["indicator"] != "地区生产总值" || m["kind"] != "growth" || m["norm_unit"] != "%" {
			t.Errorf("row %v", m)
		}
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1600 || cfg.Height != 1000 {
		t.Errorf("chart %dx%d, %v; want 1600x1000", cfg.Width, cfg.Height, err)
	}
}

func TestCompareCSVAndSVG(t *testing.T) {
	out := filepath.Join(t.TempDir(), "gdp.svg")
	rc, stdout, stderr := runCLI("compare", "--indicator", "GDP", "--place", "410804", "--from", "2024", "--format", "csv", "-o", out)
	if rc != exitOK {
		t.Fatalf("rc %d, stderr %s", rc, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\r\n"), "\r\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "\uFEFFindicator,kind,place,region_code,year,period,value,unit,norm_value,norm_unit,doc,start,end,derived") {
		t.Fatalf("csv:\n%q", stdout)
	}
	if !strings.HasPrefix(lines[1], "地区生产总值,growth,马村区,410804,2024,,5,%,5,%,000_3d56ce9018f8a19f.txt,1209,1213,false") {
		t.Errorf("row %q", lines[1])
	}
	svg, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(svg), "马村区") || !strings.Contains(string(svg), "<svg") {
		t.Errorf("svg %d bytes, %v", len(svg), err)
	}
}

func TestCompareUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		rc   int
		says string
	}{
		{[]string{"compare"}, exitUsage, "--indicator"},
		{[]string{"compare", "--indicator", "地区生产总值", "--kind", "speed"}, exitUsage, "--kind"},
		{[]string{"compare", "--indicator", "地区生产总值", "--place", "不存在县"}, exitUsage, "不存在县"},
		{[]string{"compare", "--indicator", "地区生产总值", "--place", "朝阳区"}, exitUsage, "110105"},
		{[]string{"compare", "--indicator", "地区生产总值", "--from", "2025", "--to", "2020"}, exitUsage, "--from"},
		{[]string{"compare", "--indicator", "地区生产总值", "--from", "twenty"}, exitUsage, "--from"},
		{[]string{"compare", "--indicator", "地区生产总值", "--format", "xml"}, exitUsage, "--format"},
		{[]string{"compare", "--indicator", "地区生产总值", "-o", "chart.gif"}, exitUsage, "chart.gif"},
		{[]string{"compare", "--indicator", "地区生产总值", "extra"}, exitUsage, "extra"},
		{[]string{"compare", "--indicator", "没有的指标"}, exitOK, "没有的指标"},
		{[]string{"compare", "--indicator", "没有的指标", "-o", "x.png"}, exitUsage, "nothing to chart"},
	} {
		rc, stdout, stderr := runCLI(c.args...)
		if rc != c.rc || !strings.Contains(stderr, c.says) || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
			t.Errorf("%v: rc %d, stderr %q; want rc %d and one line naming %s", c.args, rc, stderr, c.rc, c.says)
		}
		if stdout != "" {
			t.Errorf("%v: output %q", c.args, stdout)
		}
	}
}

// With --library the library's reports join the embedded articles.
func TestCompareLibrary(t *testing.T) {
	a, b := libraryHome(t)
	if rc, _, stderr := runCLI("import", a, b); rc != exitOK {
		t.Fatalf("import: %s", stderr)
	}
	rc, stdout, stderr := runCLI("compare", "--indicator", "地区生产总值", "--kind", "growth", "--library")
	if rc != exitOK {
		t.Fatalf("rc %d, stderr %s", rc, stderr)
	}
	var got []string
	for _, m := range compareRows(t, stdout) {
		got = append(got, m["place"].(string)+" "+jsonNum(m["year"])+" "+jsonNum(m["value"])+" "+m["doc"].(string))
	}
	for _, w := range []string{"叶县 2023 5.6 report.txt", "马村区 2024 5 000_3d56ce9018f8a19f.txt", "焦作市 2024 5.4 003_0eb69baf86343ab7.txt"} {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("no row %q in:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

// Every district and county of 郑州市 over two years, from the library:
// a row per place and year, each with its report, and the chart (more
// places than a line chart can tell apart: a small chart each) as tall as
// its rows.
func TestCompareManyPlacesLibrary(t *testing.T) {
	t.Setenv(homeEnv, t.TempDir())
	src := t.TempDir()
	names := []string{"中原区", "二七区", "管城回族区", "金水区", "上街区", "惠济区", "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市", "郑州市"}
	var files []string
	for i, name := range names {
		for _, y := range []int{2023, 2024} {
			path := filepath.Join(src, name+strconv.Itoa(y)+"年经济运行情况.txt")
			text := fmt.Sprintf("%s%d年经济运行情况\n\n%d年，%s地区生产总值增长%.1f%%。\n", name, y, y, name, 4+float64(i%7)/2+float64(y-2023)/10)
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		}
	}
	if rc, _, stderr := runCLI(append([]string{"import"}, files...)...); rc != exitOK {
		t.Fatalf("import: %s", stderr)
	}
	out := filepath.Join(t.TempDir(), "zz.png")
	rc, stdout, stderr := runCLI("compare", "--indicator", "地区生产总值", "--kind", "growth", "--place", "郑州市", "--from", "2023", "--library", "-o", out)
	if rc != exitOK {
		t.Fatalf("rc %d, stderr %s", rc, stderr)
	}
	rows := compareRows(t, stdout)
	if len(rows) != 2*len(names) {
		t.Fatalf("%d rows, want %d", len(rows), 2*len(names))
	}
	if rows[0]["place"] != "郑州市" || rows[0]["year"].(float64) != 2023 || !strings.HasPrefix(rows[0]["doc"].(string), "郑州市2023年") {
		t.Errorf("first row %v, want 郑州市 2023 from its report", rows[0])
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 1600 || cfg.Height <= 1000 {
		t.Errorf("chart %dx%d (%v), want 1600 wide and taller than 1000", cfg.Width, cfg.Height, err)
	}
}
