package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/segment"
)

const (
	reportA = "叶县2023年国民经济和社会发展统计公报\n\n2023年，全县地区生产总值完成312.5亿元，增长5.6%。一般公共预算收入完成15.2亿元，增长8.1%。\n"
	reportB = "舞钢市政府工作报告\n\n过去一年，全市生物医药产业营业收入突破20亿元，规上工业增加值增长7.5%，新签约项目总投资86亿元。\n"
)

func openTest(t *testing.T, dir string) *Library {
	t.Helper()
	l, err := Open(dir, Options{Segmenter: segment.Default()})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func importAll(t *testing.T, l *Library, paths ...string) []Result {
	t.Helper()
	rs, err := l.Import(context.Background(), paths, nil)
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	return rs
}

// Two files with the same base name are two articles with their own ids,
// texts and figures (issue 15, item 1).
func TestSameBaseNameNeverCollides(t *testing.T) {
	src := t.TempDir()
	a := writeFile(t, filepath.Join(src, "a", "report.txt"), reportA)
	b := writeFile(t, filepath.Join(src, "b", "report.txt"), reportB)
	l := openTest(t, t.TempDir())
	rs := importAll(t, l, a, b)
	if len(rs) != 2 || rs[0].Doc != "report.txt" || rs[1].Doc != "report~2.txt" {
		t.Fatalf("results %+v, want report.txt and report~2.txt", rs)
	}
	for _, c := range []struct{ id, text, figure string }{
		{"report.txt", reportA, "312.5亿元"},
		{"report~2.txt", reportB, "86亿元"},
	} {
		raw, err := l.Text(c.id)
		if err != nil || string(raw) != c.text {
			t.Errorf("Text(%s) = %q, %v", c.id, raw, err)
		}
		figs, _, ok, err := l.Figures(c.id)
		if err != nil || !ok {
			t.Fatalf("Figures(%s): ok %v, %v", c.id, ok, err)
		}
		found := false
		for _, f := range figs {
			if f.Doc != c.id || c.text[f.Start:f.End] != f.Text {
				t.Errorf("%s: figure %+v does not point into its own text", c.id, f)
			}
			found = found || f.Text == c.figure
		}
		if !found {
			t.Errorf("%s: no figure %s among %d", c.id, c.figure, len(figs))
		}
	}
	// Reopened, they are still two.
	l.Close()
	l = openTest(t, l.Dir())
	arts, err := l.List()
	if err != nil {
		t.Fatal(err)
	}
	var user []string
	for _, a := range arts {
		if !a.Embedded {
			user = append(user, a.ID)
		}
	}
	if strings.Join(user, " ") != "report.txt report~2.txt" {
		t.Errorf("after reopening: %v", user)
	}
}

func TestImportStatuses(t *testing.T) {
	src := t.TempDir()
	writeFile(t, filepath.Join(src, "叶县.txt"), reportA)
	writeFile(t, filepath.Join(src, "sub", "copy.md"), reportA)
	writeFile(t, filepath.Join(src, "sub", "舞钢.html"), "<html><body><p>"+reportB+"</p></body></html>")
	writeFile(t, filepath.Join(src, "sub", "skip.pdf"), "%PDF")
	writeFile(t, filepath.Join(src, "bad.txt"), "\x00\x01\x02binary")
	fifo := makeFIFO(t, filepath.Join(src, "pipe.txt"))
	l := openTest(t, t.TempDir())
	rs := importAll(t, l, src, filepath.Join(src, "missing.txt"))
	got := map[string]Result{}
	for _, r := range rs {
		got[filepath.Base(r.Path)] = r
	}
	// Folders are read in lexical order: sub/copy.md comes first.
	want := map[string]Status{"叶县.txt": Duplicate, "copy.md": Added, "舞钢.html": Added,
		"bad.txt": Failed, "pipe.txt": Failed, "missing.txt": Failed}
	if !fifo {
		delete(want, "pipe.txt")
	}
	if len(got) != len(want) {
		t.Errorf("results for %d files, want %d: %+v", len(got), len(want), rs)
	}
	for name, st := range want {
		if got[name].Status != st {
			t.Errorf("%s: %s (%v), want %s", name, got[name].Status, got[name].Err, st)
		}
		if st == Failed && got[name].Err == nil {
			t.Errorf("%s failed without a reason", name)
		}
	}
	if got["叶县.txt"].Doc != "copy.md" {
		t.Errorf("duplicate names %q, want copy.md", got["叶县.txt"].Doc)
	}
}

// A changed file at the same path is a new version of the same article.
func TestReimportChangedFile(t *testing.T) {
	src := t.TempDir()
	p := writeFile(t, filepath.Join(src, "叶县.txt"), reportA)
	l := openTest(t, t.TempDir())
	importAll(t, l, p)
	if rs := importAll(t, l, p); rs[0].Status != Duplicate {
		t.Errorf("unchanged re-import: %+v", rs[0])
	}
	changed := strings.Replace(reportA, "312.5亿元", "318.0亿元", 1)
	writeFile(t, p, changed)
	rs := importAll(t, l, p)
	if rs[0].Status != Added || rs[0].Doc != "叶县.txt" || rs[0].Version != 2 {
		t.Fatalf("changed re-import: %+v", rs[0])
	}
	raw, _ := l.Text("叶县.txt")
	if string(raw) != changed {
		t.Errorf("text not updated")
	}
	if hits, _ := l.Search("318.0", 5); len(hits) == 0 || hits[0].Doc != "叶县.txt" {
		t.Errorf("new version not indexed: %+v", hits)
	}
}

func TestEditsAndUndo(t *testing.T) {
	src := t.TempDir()
	p := writeFile(t, filepath.Join(src, "叶县.txt"), reportA)
	l := openTest(t, t.TempDir())
	importAll(t, l, p)
	region, year := "叶县", 2022
	if err := l.SetEdits("叶县.txt", Edits{Region: &region, Year: &year}); err != nil {
		t.Fatal(err)
	}
	a, _ := l.Article("叶县.txt")
	if a.Region != "叶县" || a.Year != 2022 || a.Inferred.Year == 2022 {
		t.Errorf("edits not in force: %+v", a)
	}
	if ids, _ := l.Stale(l.opt.ExtractorVersion); len(ids) != 1 || ids[0] != "叶县.txt" {
		t.Errorf("edited article not stale: %v", ids)
	}
	if c, _ := l.Load("叶县.txt"); c.Year != 2022 || c.Region != "叶县" {
		t.Errorf("Load ignores edits: %d %s", c.Year, c.Region)
	}
	if err := l.SetEdits("叶县.txt", Edits{}); err != nil {
		t.Fatal(err)
	}
	a, _ = l.Article("叶县.txt")
	if a.Year != a.Inferred.Year || a.Region != a.Inferred.Region {
		t.Errorf("undo left %+v", a)
	}
	if n, err := l.Refresh(context.Background()); n != 1 || err != nil {
		t.Errorf("Refresh: %d, %v", n, err)
	}
}

func TestRemoveRestorePurge(t *testing.T) {
	src := t.TempDir()
	p := writeFile(t, filepath.Join(src, "叶县.txt"), reportA)
	l := openTest(t, t.TempDir())
	importAll(t, l, p)
	if err := l.Remove("叶县.txt"); err != nil {
		t.Fatal(err)
	}
	if hits, _ := l.Search("叶县", 5); len(hits) != 0 {
		t.Errorf("removed article found: %+v", hits)
	}
	if err := l.Remove("000_3d56ce9018f8a19f.txt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("removing an embedded article: %v", err)
	}
	if err := l.Restore("叶县.txt"); err != nil {
		t.Fatal(err)
	}
	if hits, _ := l.Search("叶县", 5); len(hits) != 1 {
		t.Errorf("restored article not found: %+v", hits)
	}
	l.Remove("叶县.txt")
	if err := l.Purge(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Article("叶县.txt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("purged article still there: %v", err)
	}
}

func TestSearch(t *testing.T) {
	src := t.TempDir()
	l := openTest(t, t.TempDir())
	importAll(t, l, writeFile(t, filepath.Join(src, "舞钢.txt"), reportB))
	hits, err := l.Search("生物医药", 10)
	if err != nil || len(hits) == 0 {
		t.Fatalf("no hits: %v", err)
	}
	var mine bool
	for _, h := range hits {
		raw, _ := l.Text(h.Doc)
		if string(raw[h.Start:h.End]) != "生物医药" && !strings.Contains("生物医药", string(raw[h.Start:h.End])) {
			t.Errorf("%s: span %d-%d is %q", h.Doc, h.Start, h.End, raw[h.Start:h.End])
		}
		if h.Snippet == "" || h.Score <= 0 {
			t.Errorf("%s: no snippet or score: %+v", h.Doc, h)
		}
		mine = mine || h.Doc == "舞钢.txt"
	}
	if !mine {
		t.Errorf("imported article not among hits %v", hits)
	}
	// 医药 is inside 生物医药: found through the inner words.
	if hits, _ := l.Search("医药", 10); len(hits) == 0 {
		t.Error("医药 not found inside 生物医药")
	}
}

func TestDamagedAndNewerMovedAside(t *testing.T) {
	for _, c := range []struct {
		name string
		kind error
		make func(path string)
	}{
		{"damaged", ErrDamaged, func(path string) {
			os.WriteFile(path, []byte(strings.Repeat("not a database ", 400)), 0o644)
		}},
		{"newer", ErrNewer, func(path string) {
			l := openTest(t, filepath.Dir(path))
			l.db.Exec("PRAGMA user_version = 99")
			l.Close()
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			c.make(path)
			before, _ := os.ReadFile(path)
			l, err := Open(dir, Options{})
			var oe *OpenError
			if !errors.As(err, &oe) || !errors.Is(err, c.kind) || l == nil {
				t.Fatalf("Open: %v", err)
			}
			defer l.Close()
			kept, _ := os.ReadFile(oe.MovedTo)
			if string(kept) != string(before) {
				t.Errorf("old database not kept as it was at %s", oe.MovedTo)
			}
			if arts, err := l.List(); err != nil || len(arts) != len(l.seeds.ids) {
				t.Errorf("fresh library: %d articles, %v", len(arts), err)
			}
		})
	}
}

// A second opener while the first writes gets the library read-only and
// is told so; its writes are refused, never half done.
func TestSecondOpenerReadOnly(t *testing.T) {
	dir := t.TempDir()
	src := t.TempDir()
	first := openTest(t, dir)
	l, err := Open(dir, Options{})
	if !errors.Is(err, ErrLocked) || l == nil || !l.ReadOnly() {
		t.Fatalf("second Open: %v", err)
	}
	defer l.Close()
	if _, err := l.Import(context.Background(), []string{writeFile(t, filepath.Join(src, "x.txt"), reportA)}, nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only import: %v", err)
	}
	importAll(t, first, filepath.Join(src, "x.txt"))
	if _, err := l.Article("x.txt"); err != nil {
		t.Errorf("reader does not see the writer's article: %v", err)
	}
	first.Close()
	third, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("after the writer closed: %v", err)
	}
	third.Close()
}

func TestImportCancelKeepsWhatIsDone(t *testing.T) {
	src := t.TempDir()
	for i := range 20 {
		writeFile(t, filepath.Join(src, strings.Repeat("x", i+1)+".txt"), strings.Replace(reportA, "312.5", strings.Repeat("1", i+1), 1))
	}
	l := openTest(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	rs, err := l.Import(ctx, []string{src}, func(p Progress) {
		if p.Done == 5 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || len(rs) != 5 {
		t.Fatalf("cancelled import: %d results, %v", len(rs), err)
	}
	arts, _ := l.List()
	if len(arts) != len(l.seeds.ids)+5 {
		t.Errorf("%d articles after cancel, want %d", len(arts), len(l.seeds.ids)+5)
	}
}
