package gazetteer

import "testing"

// 温泉 is a hot spring in any county's tourism news (强势推出温泉康体休闲度假
// 旅游, 掀起了温泉游的热潮), not 新疆's 温泉县, which is still read by its
// official name.
func TestHotSpringNotAPlace(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range g.Find("今年以来,我县强势推出温泉康体休闲度假旅游,掀起了温泉游的热潮。") {
		t.Errorf("read %q as a place: %+v", m.Text, m)
	}
	ms := g.Find("博尔塔拉蒙古自治州温泉县")
	if len(ms) == 0 || ms[len(ms)-1].Text != "温泉县" {
		t.Errorf("温泉县 not read: %+v", ms)
	}
}
