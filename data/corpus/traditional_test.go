package corpus

import "testing"

func TestTraditionalReadInSimplifiedView(t *testing.T) {
	raw := []byte("來源：永嘉縣統計局 發布時間：2024-03-15\n\n" +
		"2023年永嘉縣國民經濟和社會發展統計公報\n\n" +
		"初步核算，全年全縣地區生產總值（GDP）512.36億元，按可比價格計算，比上年增長6.5%。\n")
	a := Parse("yongjia.txt", raw)
	if string(a.Raw) != string(raw) {
		t.Errorf("Raw changed")
	}
	if a.Title != "2023年永嘉縣國民經濟和社會發展統計公報" {
		t.Errorf("title %q, want it as written", a.Title)
	}
	if a.Year != 2023 || a.Date.Year != 2024 {
		t.Errorf("year %d, date %v: want 2023 from the title, dated 2024", a.Year, a.Date)
	}
	if a.Source != "永嘉县统计局" {
		t.Errorf("source %q", a.Source)
	}
	if len(a.Paragraphs) != 3 || a.Paragraphs[0].Kind != Furniture {
		t.Fatalf("paragraphs %+v: want the 來源 line as furniture", a.Paragraphs)
	}
	for _, p := range a.Paragraphs {
		if p.Text != string(raw[p.Start:p.End]) {
			t.Errorf("paragraph %q is not the original %q", p.Text, raw[p.Start:p.End])
		}
	}
	v := a.Simplified()
	if v.Title != "2023年永嘉县国民经济和社会发展统计公报" || len(v.Raw) != len(raw) {
		t.Errorf("simplified view: title %q, %d bytes of %d", v.Title, len(v.Raw), len(raw))
	}
	if v.Paragraphs[2].Text[:len("初步核算")] != "初步核算" || v.Paragraphs[2].Start != a.Paragraphs[2].Start {
		t.Errorf("simplified paragraph %+v", v.Paragraphs[2])
	}
}

func TestSimplifiedIsItselfForSimplifiedText(t *testing.T) {
	a := Parse("x.txt", []byte("2023年永嘉县国民经济和社会发展统计公报\n\n全年全县地区生产总值512.36亿元。\n"))
	if a.Simplified() != a {
		t.Errorf("a simplified text was copied")
	}
}
