package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	libReportA = "叶县2023年国民经济和社会发展统计公报\n\n2023年，全县地区生产总值完成312.5亿元，增长5.6%。一般公共预算收入完成15.2亿元，增长8.1%。\n"
	libReportB = "舞钢市政府工作报告\n\n过去一年，全市生物医药产业营业收入突破20亿元，地区生产总值增长6.2%，新签约项目总投资86亿元。\n"
)

// libraryHome points ZHIBIAO_HOME at a new folder and writes two files of
// the same base name, a/report.txt and b/report.txt.
func libraryHome(t *testing.T) (a, b string) {
	t.Helper()
	t.Setenv(homeEnv, t.TempDir())
	src := t.TempDir()
	a, b = filepath.Join(src, "a", "report.txt"), filepath.Join(src, "b", "report.txt")
	for path, text := range map[string]string{a: libReportA, b: libReportB} {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return a, b
}

func libLines(t *testing.T, out string, fields ...string) []map[string]any {
	t.Helper()
	var ms []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON %q: %v", l, err)
		}
		for _, f := range fields {
			if _, ok := m[f]; !ok {
				t.Fatalf("field %q missing in %s", f, l)
			}
		}
		ms = append(ms, m)
	}
	return ms
}

func TestImportCommand(t *testing.T) {
	a, b := libraryHome(t)
	out, errs, rc := runCmd(t, "", "import", filepath.Dir(filepath.Dir(a)))
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	lines := libLines(t, out, "path", "doc", "status", "error")
	if len(lines) != 2 || lines[0]["path"] != a || lines[0]["doc"] != "report.txt" || lines[1]["doc"] != "report~2.txt" {
		t.Fatalf("import printed %s", out)
	}
	for _, l := range lines {
		if l["status"] != "added" || l["error"] != "" {
			t.Errorf("not added: %v", l)
		}
	}
	if errs != "" {
		t.Errorf("stderr not a terminal, yet: %q", errs)
	}
	// Again: duplicates, naming the article that has the content.
	out, _, rc = runCmd(t, "", "import", b)
	if l := libLines(t, out); rc != exitOK || len(l) != 1 || l[0]["status"] != "duplicate" || l[0]["doc"] != "report~2.txt" {
		t.Errorf("re-import: exit %d, %s", rc, out)
	}
	// A file that fails: exit 1, the others still added.
	bad := filepath.Join(t.TempDir(), "bad.txt")
	os.WriteFile(bad, []byte("\x00\x01binary"), 0o644)
	c := filepath.Join(filepath.Dir(bad), "叶县.txt")
	os.WriteFile(c, []byte(strings.Replace(libReportA, "312.5", "299.1", 1)), 0o644)
	out, _, rc = runCmd(t, "", "import", bad, c)
	l := libLines(t, out)
	if rc != exitFailure || len(l) != 2 || l[0]["status"] != "failed" || l[0]["error"] == "" || l[1]["status"] != "added" {
		t.Errorf("failed import: exit %d, %s", rc, out)
	}
	if _, _, rc := runCmd(t, "", "import"); rc != exitUsage {
		t.Errorf("import with no PATH: exit %d", rc)
	}
}

func TestLibraryCommand(t *testing.T) {
	a, b := libraryHome(t)
	runCmd(t, "", "import", a, b)
	out, errs, rc := runCmd(t, "", "library")
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	lines := libLines(t, out, "doc", "title", "date", "period", "region", "region_code", "figures", "path", "added")
	if len(lines) != 7 {
		t.Fatalf("%d articles, want 5 embedded and 2: %s", len(lines), out)
	}
	for i, l := range lines[:5] {
		if l["path"] != "" || !strings.HasPrefix(l["doc"].(string), "00") {
			t.Errorf("line %d is not an embedded article: %v", i, l)
		}
	}
	if lines[5]["doc"] != "report.txt" || lines[6]["doc"] != "report~2.txt" || lines[6]["path"] != b {
		t.Errorf("user articles: %v / %v", lines[5], lines[6])
	}
	if lines[5]["title"] != "叶县2023年国民经济和社会发展统计公报" || lines[5]["figures"].(float64) < 3 {
		t.Errorf("report.txt: %v", lines[5])
	}
}

func TestLibraryFlag(t *testing.T) {
	a, b := libraryHome(t)
	runCmd(t, "", "import", a, b)

	out, errs, rc := runCmd(t, "", "extract", "--library")
	if rc != exitOK {
		t.Fatalf("extract --library: exit %d: %s", rc, errs)
	}
	texts := map[string]string{"report.txt": libReportA, "report~2.txt": libReportB}
	seen := map[string]int{}
	for _, f := range libLines(t, out, "doc", "start", "end", "text") {
		doc := f["doc"].(string)
		if text, ok := texts[doc]; ok {
			seen[doc]++
			if s, e := int(f["start"].(float64)), int(f["end"].(float64)); text[s:e] != f["text"] {
				t.Errorf("%s: %d-%d is %q, not %q", doc, s, e, text[s:e], f["text"])
			}
		}
	}
	if seen["report.txt"] == 0 || seen["report~2.txt"] == 0 || !strings.Contains(out, "000_3d56ce9018f8a19f.txt") {
		t.Errorf("extract --library: figures by doc %v", seen)
	}
	out, _, _ = runCmd(t, "", "extract", "--library", "--format", "csv")
	if strings.Count(out, "\uFEFF") != 1 || strings.Count(out, "doc,start,end") != 1 || !strings.Contains(out, "report~2.txt,") {
		t.Errorf("extract --library --format csv: one BOM and header, then every article")
	}

	out, errs, rc = runCmd(t, "", "search", "--library", "生物医药")
	hits := libLines(t, out, "doc", "start", "end", "score", "snippet")
	if rc != exitOK || len(hits) == 0 {
		t.Fatalf("search --library: exit %d, %s %s", rc, out, errs)
	}
	found := false
	for _, h := range hits {
		if h["doc"] == "report~2.txt" {
			found = true
			if s, e := int(h["start"].(float64)), int(h["end"].(float64)); libReportB[s:e] != "生物医药" {
				t.Errorf("hit span %d-%d is %q", s, e, libReportB[s:e])
			}
		}
	}
	if !found {
		t.Errorf("search --library missed report~2.txt: %s", out)
	}

	out, _, rc = runCmd(t, "", "keywords", "--library", "--top", "3")
	if rc != exitOK || !strings.Contains(out, `"doc":"report~2.txt"`) || !strings.Contains(out, `"doc":"000_3d56ce9018f8a19f.txt"`) {
		t.Errorf("keywords --library: exit %d, %s", rc, out)
	}
	out, _, rc = runCmd(t, "", "keywords", "--library", "--doc", "report~2.txt")
	if rc != exitOK || strings.Contains(out, `"doc":"000_`) || !strings.Contains(out, "report~2.txt") {
		t.Errorf("keywords --library --doc: exit %d, %s", rc, out)
	}

	svg := filepath.Join(t.TempDir(), "gdp.svg")
	if _, errs, rc := runCmd(t, "", "chart", "--indicator", "地区生产总值", "--library", "-o", svg); rc != exitOK {
		t.Fatalf("chart --indicator --library: exit %d: %s", rc, errs)
	}
	if b, _ := os.ReadFile(svg); !strings.Contains(string(b), "舞钢") && !strings.Contains(string(b), "report~2") {
		t.Logf("chart does not name the library's article (labels may be regions or years)")
	}
}
