package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A title ranking three of a city's districts (重庆日报, 2023: 渝北长寿潼南
// 位列前三) over a text that calls itself 全市 is the city's report: 我市
// GDP增速为5% is 重庆市's, not left unknown.
func TestTitleRankingUnits(t *testing.T) {
	text := "上半年全市区县GDP增速“出炉”！渝北长寿潼南位列前三\n\n8月5日，记者从市统计局获悉，日前该局公布了今年上半年全市各区县GDP增速数据，其中渝北、长寿和潼南的增速位列全市区县前3位。\n\n按照市统计局统计，今年上半年我市GDP增速为5%，主城都市区GDP增速为5.2%。\n\n在全市各区县中，有22个区县的上半年GDP增速“跑赢”全市增速。其中，渝北和长寿增速超过或达到7%；大渡口、九龙坡、北碚、涪陵、綦江、大足、梁平、忠县、彭水等区县的增速均在6%及以上。"
	a := corpus.Parse("x.txt", []byte(text))
	Locate(Default().Places, a)
	if a.Region != "重庆市" {
		t.Errorf("region %q, want 重庆市", a.Region)
	}
}
