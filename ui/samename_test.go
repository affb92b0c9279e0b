package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Two files with the same base name, opened one after the other, are two
// articles in the window: each shows its own text, with its own figures
// marked where they are written (issue 15, item 1: the second replaced
// the first, and after a restart one showed the other's figures).
func TestSameNamedFilesShowOwnTextAndFigures(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	src := t.TempDir()
	texts := map[string]string{
		"甲": "温县经济运行情况\n\n2024年，温县地区生产总值增长5.1%，粮食总产42.4万吨。\n",
		"乙": "孟州市经济运行情况\n\n2024年，孟州市一般公共预算收入12.7亿元，同比增长8.3%，新增市场主体3260户。\n",
	}
	var paths []string
	for dir, text := range texts {
		p := filepath.Join(src, dir, "report.txt")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	importAndWait(t, m, paths[0])
	importAndWait(t, m, paths[1])
	seen := map[string]bool{}
	for _, e := range m.library.all() {
		if !strings.HasPrefix(e.ID, "report") {
			continue
		}
		m.library.list.selectID(e.ID)
		art := m.reader.Article()
		if art == nil || art.ID != e.ID {
			t.Fatalf("selecting %s shows %v", e.ID, art)
		}
		seen[string(art.Raw)] = true
		figs := m.panel.figures.figs
		if len(figs) == 0 {
			t.Errorf("%s: no figures", e.ID)
		}
		text := art.Text()
		for _, f := range figs {
			if f.Doc != e.ID || f.End > len(text) || text[f.Start:f.End] != f.Text {
				t.Errorf("%s shows figure %q of %s at %d-%d, where its text reads otherwise", e.ID, f.Text, f.Doc, f.Start, f.End)
			}
		}
	}
	if len(seen) != 2 {
		t.Errorf("the window shows %d distinct texts for the two report.txt, want 2", len(seen))
	}
}
