package figure

import "testing"

// A zone's own report names it in full once, its province before it, then
// by a short form the gazetteer cannot read: every figure is the zone's,
// named as the title writes it.
func TestZoneQualifiedAndAbbreviated(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "province before a zone",
		text: "湖北孝感经济开发区：前三季度主要经济指标稳中有进\n" +
			"今年以来，湖北孝感经济开发区坚持项目为王，前三季度完成规模以上工业总产值168.5亿元，同比增长9.2%，在全市各开发区中排名第二位。\n" +
			"园区新签约亿元以上项目26个，协议总投资215亿元。\n",
		want: [][2]string{{"168.5亿元", "湖北孝感经济开发区"}, {"9.2%", "湖北孝感经济开发区"}, {"26个", "湖北孝感经济开发区"}},
	}, {
		name: "short form after the full name",
		text: "安徽巢湖经济开发区：产业发展动力强劲\n" +
			"2022年，安巢经开区招商引资到位资金156亿元，增长10.3%。\n",
		want: [][2]string{{"156亿元", "安徽巢湖经济开发区"}, {"10.3%", "安徽巢湖经济开发区"}},
	}})
}

func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"安巢经开区", "安徽巢湖经济开发区", true},
		{"经开区", "经济开发区", true},
		{"巢湖经开区", "安徽巢湖经济开发区", false}, // not opening as the full name does
		{"安庆经开区", "安徽巢湖经济开发区", false},
		{"安徽巢湖经济开发区", "安徽巢湖经济开发区", false},
	} {
		if got := abbreviates(c.short, c.full); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", c.short, c.full, got, c.want)
		}
	}
}

// 全市占比 in a zone's report is the share of its city the zone holds: the
// zone's figure, the city only its whole.
func TestSelfWordBeforeShare(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "zone's share of its city",
		text: "成都高新区上半年经济运行稳中向好\n\n" +
			"上半年，高新区电子信息、生物医药两大主导产业实现营业收入2816.3亿元，增长9.6%，全市占比达41.2%。\n",
		want: [][2]string{{"2816.3亿元", "成都高新区"}, {"41.2%", "成都高新区"}},
	}})
}

// A zone's own report titles itself 高新区 alone and names its host only in
// the source line: the zone is the one 高新区 the text names with a host.
func TestBareZoneTitleSourceLine(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "高新区 titled alone",
		text: "高新区2023年上半年经济运行简况\n\n" +
			"上半年，高新区实现营业收入856.2亿元，同比增长12.1%。园区规模以上工业增加值增长9.8%。\n\n" +
			"来源：洛阳高新区管委会\n",
		want: [][2]string{{"856.2亿元", "洛阳高新区"}, {"12.1%", "洛阳高新区"}, {"9.8%", "洛阳高新区"}},
	}})
}

// A national new area the gazetteer lacks, titled in full: 新区 alone later
// is that area, named as the title writes it.
func TestBareZoneTitledProse(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "两江新区",
		text: "两江新区上半年经济运行情况\n\n" +
			"上半年，两江新区实现地区生产总值2231.5亿元，同比增长6.2%。新区规模以上工业增加值增长8.0%。\n",
		want: [][2]string{{"2231.5亿元", "两江新区"}, {"8.0%", "两江新区"}},
	}})
}
