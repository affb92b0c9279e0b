package gazetteer

import "testing"

// Autonomous counties whose short forms the dictionary also has as words
// (五峰, 融水, 民和) are read in their cities' lists, and not inside words.
func TestKeptAutonomousCountyShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, want string }{
		{"宜昌市长阳、五峰两个自治县农村居民人均可支配收入分别增长8.1%和8.3%。", "五峰", "420529"},
		{"柳州市融安、融水、三江三县粮食产量增长2.1%。", "融水", "450225"},
		{"海东市乐都、平安、民和、互助四区县地区生产总值增长5.6%。", "民和", "630222"},
	} {
		found := false
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name && len(m.Codes) == 1 && m.Codes[0] == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s not read as %s in %q: %v", c.name, c.want, c.text, show(g.Find(c.text)))
		}
	}
	for _, c := range []struct{ text, name string }{
		{"春季冰雪融水补给河流,水位上涨。", "融水"},
		{"互助合作社带动农户增收。", "互助"},
	} {
		for _, m := range g.Find(c.text) {
			if m.Text == c.name {
				t.Errorf("%s read in %q: %+v", c.name, c.text, m)
			}
		}
	}
}

// County shorts the dictionary has as rare words, read in their cities'
// lists (keep.txt).
func TestKeptCountyShortsInLists(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, want string }{
		{"襄阳市南漳、谷城、保康三县旅游收入增长12%。", "保康", "420626"},
		{"十堰市竹山、竹溪两县脱贫人口人均纯收入增长9.5%。", "竹溪", "420324"},
		{"黄冈市红安、麻城规上工业增加值分别增长8.2%和7.9%。", "红安", "421122"},
		{"三明市泰宁、建宁两县接待游客增长15.3%。", "建宁", "350430"},
		{"吉安市遂川、万安、永新三县粮食总产量增长1.8%。", "永新", "360830"},
		{"吉安市遂川、万安、永新三县粮食总产量增长1.8%。", "万安", "360828"},
		{"黔东南州施秉、镇远两县接待游客增长20.1%。", "镇远", "522625"},
	} {
		found := false
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name && len(m.Codes) == 1 && m.Codes[0] == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s not read as %s in %q: %v", c.name, c.want, c.text, show(g.Resolve(g.Find(c.text))))
		}
	}
}
