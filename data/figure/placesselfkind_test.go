package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// 巴州 is 巴音郭楞蒙古自治州 written short, and 巴中's 巴州区 too: a report
// titled so that says 全州 is the prefecture's (also when it ranks it once
// 居全区第3), one that says 全区 the district's; one that says neither, or
// both as often, is left without a place.
func TestSelfWordsSettleSharedName(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"巴州2023年经济运行\n\n全州地区生产总值增长7.5%,固定资产投资增长10.2%。", "巴音郭楞蒙古自治州"},
		{"巴州2023年经济运行\n\n全区地区生产总值增长7.5%,固定资产投资增长10.2%。", "巴州区"},
		{"巴州2023年经济运行\n\n全州地区生产总值增长7.5%,增速居全区第3位。全州固定资产投资增长10.2%。", "巴音郭楞蒙古自治州"},
		{"巴州2023年经济运行\n\n全州地区生产总值增长7.5%,增速居全区第3位。", ""},
		{"巴州2023年经济运行\n\n地区生产总值增长7.5%,固定资产投资增长10.2%。", ""},
	} {
		a := corpus.Parse("x.txt", []byte(c.text))
		Locate(Default().Places, a)
		if a.Region != c.want {
			t.Errorf("%q: region %q, want %q", c.text, a.Region, c.want)
		}
	}
}
