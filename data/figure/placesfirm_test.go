package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A company named after its home province (浙江吉利控股集团有限公司, 河南双
// 汇投资发展股份有限公司) is no report's subject: an item about a firm's
// results has no place, and a county's report still has its county; a
// clause about the province (浙江省属企业集团)
// still names it.
func TestFirmNameIsNoSubject(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"企业动态\n\n浙江吉利控股集团有限公司实现营业收入3000亿元,增长10%。", ""},
		{"招商引资\n\n河南双汇投资发展股份有限公司实现利润60亿元,增长5%。", ""},
		{"经济运行\n\n全县规模以上工业增加值增长5.2%。浙江吉利控股集团有限公司在我县投资20亿元。宿松县地区生产总值增长6.1%。", "宿松县"},
		{"企业改革\n\n浙江省属企业集团实现营业收入增长8.1%。", "浙江省"},
	} {
		a := corpus.Parse("x.txt", []byte(c.text))
		Locate(Default().Places, a)
		if a.Region != c.want {
			t.Errorf("%q: region %q, want %q", c.text, a.Region, c.want)
		}
	}
	checkRegions(t, []regionCase{
		{"firm", "企业动态\n\n浙江吉利控股集团有限公司实现营业收入3000亿元,增长10%。", [][2]string{{"3000亿元", ""}}},
	})
}
