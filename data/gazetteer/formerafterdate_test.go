package gazetteer

import "testing"

// A county's former two-character name (安县, today 安州区) is its full
// official name of the time, 县 written: after a date it is read as 夏县 is
// (上半年安县集中开工的17个项目, 绵阳's 2011 parks news), not only after a
// comma or another place.
func TestFormerNameAfterDate(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "上半年安县集中开工的17个项目,华晨汽车花荄项目建设稳步推进。"
	found := false
	for _, m := range g.Find(text) {
		if m.Text == "安县" && len(m.Codes) == 1 && m.Codes[0] == "510705" {
			found = true
		}
	}
	if !found {
		t.Errorf("安县 after 上半年 not read in %q", text)
	}
}
