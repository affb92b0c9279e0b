package figure

import "testing"

// A bracket note after a share's 比重 must not leave the share named by its
// part (a county bulletin's household survey; 黄南 2023 bulletin, dev c02).
func TestShareNote(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2023年，全县居民人均食品消费支出占消费总支出的比重(恩格尔系数)为26.53%。", fig: "26.53%", name: "恩格尔系数"},
		{text: "按城乡分,城镇人口12.4万人,乡村人口15.8万人,城镇人口占常住人口比重(常住人口城镇化率)为43.97%,比上年末提高0.84个百分点。", fig: "43.97%", name: "常住人口城镇化率"},
	})
}
