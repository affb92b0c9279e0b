package gazetteer

import "testing"

// 沅江, 太湖, 洪湖 are rivers and lakes before they are the counties named
// after them: before a water word the short form is not read.
func TestRiverLakeNotCounty(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"实施沅江流域综合治理，完成沅江沿岸造林1.2万亩",
		"太湖水域总磷浓度下降12%",
		"洪湖水质稳定达到III类",
	} {
		for _, m := range g.Find(s) {
			t.Errorf("%s: water read as a county: %+v", s, m)
		}
	}
	for _, c := range []struct{ text, name string }{
		{"在沅江全年实现地区生产总值", "沅江"},
		{"湖南省沅江市全年实现地区生产总值", "沅江市"},
	} {
		ms := g.Find(c.text)
		if len(ms) == 0 || ms[len(ms)-1].Text != c.name {
			t.Errorf("%s: want %s read, got %+v", c.text, c.name, ms)
		}
	}
}
