package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// 我国 names the nation as 全国 does: in a news item on the provinces'
// half-year figures (中新网, 2013), 上半年我国GDP同比增长7.6% is the
// nation's, whatever place the item leads on.
func TestWoguoIsNational(t *testing.T) {
	text := "7月15日国家统计局公布的数据显示，上半年我国GDP同比增长7.6%。据中新网财经频道不完全统计，截至23日，全国31个省、直辖市和自治区中的20个省份公布了经济半年报。其中天津以12.5%的增速充当领头羊，北京和上海一同垫底。\n\n中新网财经频道统计已经公布上半年经济数据的20个省、自治区和直辖市数据显示，经济增速位于前三甲的是：天津增长12.5%，继续领跑；福建则增长了11.3%，摘得“探花”。"
	want := map[string]string{"7.6%": "全国", "11.3%": "福建省"}
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}
