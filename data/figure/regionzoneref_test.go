package figure

import "testing"

// 该园区 refers back to the zone named last, also when only the text names
// it (星沙产业基地, which the gazetteer lacks); a group of zones (四大开发区)
// is none to refer to, and a bare 园区 inside a name refers to nothing new.
func TestRegionProseZoneReference(t *testing.T) {
	checkRegions(t, []regionCase{
		{"该园区", "长沙县工业经济\n\n长沙县统计局近日公布数据显示,今年1-7月,全县完成工业总产值1234.1亿元,增长12.7%。\n星沙产业基地今年上半年新引进优质工业项目11个。新老项目共同发力下,该园区上半年实现工业总产值17亿元,同比增长193.1%。", [][2]string{
			{"1234.1亿元", "长沙县"}, {"17亿元", "星沙产业基地"}, {"193.1%", "星沙产业基地"},
		}},
		{"四大开发区", "巢湖经开区发展\n\n2019年,安巢经开区招商引资到位资金142亿元,增幅12.5%,增幅位居四大开发区首位。\n该园区新增国家高新技术企业12家。", [][2]string{
			{"12家", "安巢经开区"},
		}},
	})
}
