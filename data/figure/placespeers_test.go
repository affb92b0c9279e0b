package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A survey of the provinces' half-year figures (中新网, 2013) names 天津
// twice and five other provinces once each: it is none of theirs, so a
// figure no province owns is left without a place rather than given to 天津.
func TestSurveyOfPeersHasNoSubject(t *testing.T) {
	text := "7月15日国家统计局公布的数据显示，上半年我国GDP同比增长7.6%。据中新网财经频道不完全统计，截至23日，全国31个省、直辖市和自治区中的20个省份公布了经济半年报。尽管多个省份增速环比下滑，但经济增速全部超过全国平均水平。其中天津以12.5%的增速充当领头羊，北京和上海一同垫底。\n\n中新网财经频道统计已经公布上半年经济数据的20个省、自治区和直辖市数据显示，经济增速位于前三甲的是：天津增长12.5%，继续领跑；重庆和云南并列第二，同比增长均为12.4%；福建则增长了11.3%，摘得“探花”。"
	a := corpus.Parse("x.txt", []byte(text))
	Locate(Default().Places, a)
	if a.Region != "" {
		t.Errorf("region %q, want none", a.Region)
	}
}
