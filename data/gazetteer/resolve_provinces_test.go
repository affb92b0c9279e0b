package gazetteer

import "testing"

// Provinces named together are siblings under the nation: in 浙江、河南和四
// 川3个省份 (央广网, 2019) 河南 is the province, not 河南蒙古族自治县; alone it
// stays unresolved.
func TestResolveProvinceSiblings(t *testing.T) {
	g := gaz(t)
	cases := []struct{ text, want string }{
		{"浙江、河南和四川3个省份的GDP总量都超过了2万亿元", "浙江=330000 河南=410000 四川=510000"},
		{"河南的经济", "河南=410000,632324"},
	}
	for _, c := range cases {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("Resolve(%s)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}
