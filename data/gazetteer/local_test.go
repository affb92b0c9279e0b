package gazetteer

import (
	"strings"
	"testing"
)

// TestLocalShorts: a league's report names its banners by local short forms;
// a named sibling (突泉, 阿尔山) resolves them, and alone they stay ambiguous.
func TestLocalShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, want string
	}{
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "扎旗", "152223"},
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "前旗", "152221"},
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "中旗", "152222"},
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "乌市", "152201"},
		{"扎旗下降62.8%。", "扎旗", "150526,152223"},
	} {
		var got string
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name {
				got = strings.Join(m.Codes, ",")
			}
		}
		if got != c.want {
			t.Errorf("%s in %q: got %q, want %q", c.name, c.text, got, c.want)
		}
	}
}
