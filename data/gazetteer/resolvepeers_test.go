package gazetteer

import (
	"strings"
	"testing"
)

// A name shared by a prefecture and its seat (玉树州 and 玉树市, 恩施州 and
// 恩施市) listed among the prefecture's peers is the prefecture; listed
// among the seat's peers, or with the seat named, it stays as the text
// supports.
func TestResolveKinAmongPeers(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, want string }{
		{"青海省海北、海南、黄南、果洛、玉树五州牧民人均可支配收入均增长7%以上。", "玉树", "632700"},
		{"青海省玉树市城镇居民人均可支配收入增长6.2%,玉树城区面积扩大。", "玉树", "632701"},
		{"湖北省武汉、宜昌、恩施等市州地区生产总值均实现增长。", "恩施", "422800"},
	} {
		var got []string
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name {
				got = append(got, strings.Join(m.Codes, ","))
			}
		}
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%s in %q: got %q, want %s", c.name, c.text, got, c.want)
		}
	}
}
