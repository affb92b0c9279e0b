package figure

import "testing"

// A 分别 list of subjects that names a zone the gazetteer lacks gives the
// zone only its own value; the unknown names before it take none.
func TestRegionListedZones(t *testing.T) {
	checkRegions(t, []regionCase{
		{"关中、陕北、陕南县域", "陕西省前三季度县域经济运行情况\n\n分区域看,关中、陕北、陕南县域生产总值同比分别增长6.2%、6.3%、5.3%,占全省县域生产总值的比重分别为35.7%、46.7%、17.6%。", [][2]string{
			{"6.2%", ""}, {"6.3%", ""}, {"5.3%", "陕南县域"}, {"35.7%", ""}, {"17.6%", "陕南县域"},
		}},
	})
}
