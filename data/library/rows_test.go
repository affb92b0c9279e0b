package library

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/figure"
)

const reportC = "叶县2024年国民经济和社会发展统计公报\n\n2024年，全县地区生产总值完成318.2亿元，下降1.5%。\n"

// importSynced imports and writes the figure rows, as the app does after
// an import.
func importSynced(t *testing.T, l *Library, paths ...string) {
	t.Helper()
	importAll(t, l, paths...)
	if _, err := l.SyncRows(t.Context()); err != nil {
		t.Fatal(err)
	}
}

// named returns what Named finds for 地区生产总值 growth of 叶县 as
// doc:text pairs.
func named(t *testing.T, l *Library) []string {
	t.Helper()
	found, err := l.Named([]string{"地区生产总值"}, figure.Growth, []string{"410422"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range found {
		out = append(out, f.Figure.Doc+":"+f.Figure.Text)
	}
	return out
}

// The rows follow the figures: import adds them, edits drop them, a
// removed article's are hidden and a purged one's gone.
func TestNamedFollowsFigures(t *testing.T) {
	src := t.TempDir()
	a := writeFile(t, filepath.Join(src, "叶县2023.txt"), reportA)
	c := writeFile(t, filepath.Join(src, "叶县2024.txt"), reportC)
	l := openTest(t, t.TempDir())
	importSynced(t, l, a, c)
	if got := strings.Join(named(t, l), " "); got != "叶县2023.txt:5.6% 叶县2024.txt:1.5%" {
		t.Fatalf("after import: %s", got)
	}
	found, err := l.Named([]string{"地区生产总值"}, figure.Growth, []string{"410422"})
	if err != nil {
		t.Fatal(err)
	}
	if b := found[1].Before; !strings.HasSuffix(b, "下降") || len(b) > beforeBytes {
		t.Errorf("Before = %q, want at most %d bytes ending in 下降", b, beforeBytes)
	}
	if f := found[0].Figure; f.Region != "叶县" || f.Year == nil || *f.Year != 2023 || reportA[f.Start:f.End] != f.Text {
		t.Errorf("figure %+v is not 叶县 2023's, or does not point into its text", f)
	}
	if got, _ := l.Named([]string{"地区生产总值"}, figure.Growth, []string{"410400"}); len(got) != 0 {
		t.Errorf("another place's figures: %v", got)
	}

	y := 2022
	if err := l.SetEdits("叶县2023.txt", Edits{Year: &y}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(named(t, l), " "); got != "叶县2024.txt:1.5%" {
		t.Errorf("after an edit dropped the figures: %s", got)
	}
	if _, err := l.Refresh(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(named(t, l), " "); got != "叶县2023.txt:5.6% 叶县2024.txt:1.5%" {
		t.Errorf("after Refresh: %s", got)
	}
	if err := l.Remove("叶县2024.txt"); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(named(t, l), " "); got != "叶县2023.txt:5.6%" {
		t.Errorf("after Remove: %s", got)
	}
	if err := l.Purge(); err != nil {
		t.Fatal(err)
	}
	var n int
	l.db.QueryRow("SELECT count(*) FROM figure_rows r LEFT JOIN articles a ON a.rowid = r.article WHERE a.rowid IS NULL").Scan(&n)
	if n != 0 {
		t.Errorf("%d rows of purged articles left", n)
	}
}

// Names counts by name and kind; embedded articles count too.
func TestNames(t *testing.T) {
	src := t.TempDir()
	l := openTest(t, t.TempDir())
	importSynced(t, l, writeFile(t, filepath.Join(src, "叶县2023.txt"), reportA), writeFile(t, filepath.Join(src, "叶县2024.txt"), reportC))
	names, err := l.Names()
	if err != nil {
		t.Fatal(err)
	}
	var gdp NameCount
	for _, n := range names {
		if n.Name == "地区生产总值" && n.Kind == figure.Growth {
			gdp = n
		}
	}
	// The embedded articles have three 地区生产总值 growth figures
	// (马村区 2024, 焦作市 twice; the derived 马村区 2023 is named
	// 地区生产总值 (上年), which Compare joins by figure.CanonicalName);
	// the two reports one each.
	if gdp.Figures != 5 {
		t.Errorf("地区生产总值 growth: %+v, want 5 figures", gdp)
	}
	if err := l.Remove("叶县2024.txt"); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		names, err := l.Names()
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if n.Name == "地区生产总值" && n.Kind == figure.Growth {
				return n.Figures
			}
		}
		return 0
	}
	if n := count(); n != 4 {
		t.Errorf("after Remove: %d figures, want 4", n)
	}
	if err := l.Purge(); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 4 {
		t.Errorf("after Purge: %d figures, want 4", n)
	}
	if err := l.Restore("叶县2024.txt"); err == nil {
		t.Error("restored a purged article")
	}
}

// A database of schema 1, with figures cached, gets its rows from them
// when it is opened by this version, at the first SyncRows.
func TestMigrationFillsRows(t *testing.T) {
	dir := t.TempDir()
	src := t.TempDir()
	l := openTest(t, dir)
	importSynced(t, l, writeFile(t, filepath.Join(src, "叶县2023.txt"), reportA))
	// Back to schema 1: the table dropped, the version set back.
	for _, q := range []string{"DROP TABLE figure_rows", "DROP TABLE figure_names", "DROP INDEX figures_pending",
		"ALTER TABLE figures DROP COLUMN rows", "PRAGMA user_version = 1"} {
		if _, err := l.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	l.Close()
	l = openTest(t, dir)
	if got := named(t, l); len(got) != 0 {
		t.Errorf("rows before SyncRows: %v", got)
	}
	if n, err := l.PendingRows(); err != nil || n < 2 {
		t.Errorf("PendingRows before SyncRows: %d, %v", n, err)
	}
	if n, err := l.SyncRows(t.Context()); err != nil || n < 2 {
		t.Fatalf("SyncRows: %d articles, %v", n, err)
	}
	if n, err := l.PendingRows(); err != nil || n != 0 {
		t.Errorf("PendingRows after SyncRows: %d, %v", n, err)
	}
	if got := strings.Join(named(t, l), " "); got != "叶县2023.txt:5.6%" {
		t.Errorf("after migration: %q", got)
	}
	if names, err := l.Names(); err != nil || len(names) == 0 {
		t.Errorf("after migration: names %v, %v", names, err)
	}
	sameAsCached(t, l, "叶县2023.txt")
	sameAsCached(t, l, l.seeds.ids[0])
	var v int
	l.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != len(migrations) {
		t.Errorf("user_version %d, want %d", v, len(migrations))
	}
}

// A figure found by name is the figure cached, every field of it: the
// rows keep each field of figure.Figure as a column.
func TestNamedKeepsEveryField(t *testing.T) {
	if n := reflect.TypeOf(figure.Figure{}).NumField(); n != len(figureColumns)+1 {
		t.Fatalf("figure.Figure has %d fields, figure_rows %d columns and the doc: add the new field to figureColumns, Named and a migration", n, len(figureColumns))
	}
	l := openTest(t, t.TempDir())
	if _, err := l.SyncRows(t.Context()); err != nil {
		t.Fatal(err)
	}
	for _, id := range l.seeds.ids {
		sameAsCached(t, l, id)
	}
}

// sameAsCached checks that Named finds the article's figures as cached.
func sameAsCached(t *testing.T, l *Library, id string) {
	t.Helper()
	figs, _, _, err := l.Figures(id)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]bool{}
	for _, f := range figs {
		byName[f.Name] = true
	}
	var names []string
	for n := range byName {
		names = append(names, n)
	}
	found, err := l.Named(names, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var mine []figure.Figure
	for _, f := range found {
		if f.Figure.Doc == id {
			mine = append(mine, f.Figure)
		}
	}
	if !reflect.DeepEqual(mine, figs) {
		t.Errorf("%s: Named gives %d figures unlike the %d cached", id, len(mine), len(figs))
		for i := range min(len(mine), len(figs)) {
			if !reflect.DeepEqual(mine[i], figs[i]) {
				t.Errorf("first difference:\n%+v\n%+v", mine[i], figs[i])
				break
			}
		}
	}
}
