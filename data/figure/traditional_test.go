package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// traditionalBulletin is a county bulletin as forums repost it, in
// traditional characters.
const traditionalBulletin = "2023年永嘉縣國民經濟和社會發展統計公報\n\n" +
	"一、綜合\n\n" +
	"初步核算，全年全縣地區生產總值（GDP）512.36億元，按可比價格計算，比上年增長6.5%。" +
	"其中，第一產業增加值18.27億元，增長4.1%；第二產業增加值226.53億元，增長7.3%。\n\n" +
	"二、工業\n\n" +
	"全年規模以上工業增加值128.4億元，比上年增長7.2%，增速高於全市1.5個百分點。\n"

func TestTraditionalReportReadsLikeSimplified(t *testing.T) {
	raw := []byte(traditionalBulletin)
	a := corpus.Parse("yongjia.txt", raw)
	if a.Year != 2023 {
		t.Errorf("year %d, want 2023 from the title 2023年永嘉縣…統計公報", a.Year)
	}
	if a.Title != "2023年永嘉縣國民經濟和社會發展統計公報" {
		t.Errorf("title %q, want the title as written", a.Title)
	}
	want := []struct {
		text, unit, kind, name string
		value                  float64
	}{
		{"512.36億元", "億元", "level", "地区生产总值", 512.36},
		{"6.5%", "%", "growth", "地区生产总值", 6.5},
		{"18.27億元", "億元", "level", "第一产业增加值", 18.27},
		{"128.4億元", "億元", "level", "规模以上工业增加值", 128.4},
		{"7.2%", "%", "growth", "规模以上工业增加值", 7.2},
		{"1.5個百分點", "個百分點", "pp_change", "", 1.5},
	}
	got := map[string]Figure{}
	for _, f := range Extract(a) {
		if string(raw[f.Start:f.End]) != f.Text {
			t.Errorf("%q at %d-%d: the original there is %q", f.Text, f.Start, f.End, raw[f.Start:f.End])
		}
		if _, ok := got[f.Text]; !ok {
			got[f.Text] = f
		}
	}
	for _, w := range want {
		f, ok := got[w.text]
		if !ok {
			t.Errorf("no figure %q", w.text)
			continue
		}
		if f.Value != w.value || f.Unit != w.unit || string(f.Kind) != w.kind || (w.name != "" && f.Name != w.name) {
			t.Errorf("%q: %v %q %s %q, want %v %q %s %q", w.text, f.Value, f.Unit, f.Kind, f.Name, w.value, w.unit, w.kind, w.name)
		}
		if f.Region != "永嘉县" || f.RegionCode != "330324" {
			t.Errorf("%q: region %q %q, want 永嘉县 330324", w.text, f.Region, f.RegionCode)
		}
		if f.Year == nil || *f.Year != 2023 {
			t.Errorf("%q: year %v, want 2023", w.text, f.Year)
		}
	}
}

// The same report in simplified characters gives the same figures at the
// same offsets: only the text and unit differ, as written.
func TestTraditionalMatchesSimplified(t *testing.T) {
	trad := Extract(corpus.Parse("t.txt", []byte(traditionalBulletin)))
	simp := Extract(corpus.Parse("s.txt", []byte(hanzi.Simplify(traditionalBulletin))))
	if len(trad) != len(simp) {
		t.Fatalf("%d figures from the traditional text, %d from the simplified", len(trad), len(simp))
	}
	for i := range trad {
		f, g := trad[i], simp[i]
		if f.Start != g.Start || f.End != g.End || f.Kind != g.Kind || f.Name != g.Name || f.Region != g.Region || f.Period != g.Period || hanzi.Simplify(f.Text) != g.Text {
			t.Errorf("traditional %+v\nsimplified %+v", f, g)
		}
	}
}

// The library and the charts settle an article's place with Locate: a
// traditional report's place is the gazetteer's simplified one.
func TestLocateTraditional(t *testing.T) {
	a := corpus.Parse("yongjia.txt", []byte(traditionalBulletin))
	Locate(Default().Places, a)
	if a.Region != "永嘉县" || a.RegionCode != "330324" || a.City != "温州市" {
		t.Errorf("located %q %q %q, want 永嘉县 330324 温州市", a.Region, a.RegionCode, a.City)
	}
	if a.Title != "2023年永嘉縣國民經濟和社會發展統計公報" {
		t.Errorf("Locate changed the title to %q", a.Title)
	}
}
