package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A national new area (雄安新区, 两江新区) owns the figures written after it,
// named without it; its province's figures stay the province's.
func TestRegionNamedAreas(t *testing.T) {
	checkRegions(t, []regionCase{
		{"雄安 q3", "前三季度雄安新区完成投资同比增长12.1%\n\n河北省统计局新闻发言人24日表示,前三季度河北经济运行稳中向好。前三季度,雄安新区投资同比增长12.1%,比上月加快1.1个百分点,拉动全省投资同比增长1.3个百分点。", [][2]string{
			{"12.1%", "雄安新区"}, {"12.1%", "雄安新区"}, {"1.1个百分点", "雄安新区"}, {"1.3个百分点", "雄安新区"},
		}},
		{"雄安 status", "雄安新区发展现状\n\n2019年,雄安新区地区生产总值为215亿元。2020年前三季度,雄安新区完成固定资产投资同比增长16.6倍,拉动河北省投资增长3.3个百分点。", [][2]string{
			{"215亿元", "雄安新区"}, {"16.6倍", "雄安新区"},
		}},
	})
	a := corpus.Parse("x.txt", []byte("两江新区一季度GDP增长15%\n\n记者4月27日从两江新区获悉,今年一季度新区GDP同比增长(下同)15%;进出口总值743亿元,增长1.8倍,占全市当季进出口总值的56.4%。"))
	found := false
	for _, f := range Extract(a) {
		found = found || f.Text == "743亿元"
		if f.Text == "743亿元" && (f.Region != "两江新区" || f.RegionCode != "500000" || f.Name != "进出口总值") {
			t.Errorf("743亿元: got %s %s %s, want 进出口总值 of 两江新区 500000", f.Name, f.Region, f.RegionCode)
		}
	}
	if !found {
		t.Error("743亿元 not extracted")
	}
}
