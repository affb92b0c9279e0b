package figure

import "testing"

// 全年累计 in a release of the months from January is the sum so far: the
// year is not over. In a review of a whole year it stays the year's.
func TestYearToDateSum(t *testing.T) {
	h1 := "2022年1—6月全区经济运行提要\n二、旅游恢复较为缓慢。上半年,我区共接待旅游人次180.4万人次,同口径下降47.9%;核心景区一次进山人数全年累计36.21万人,同比下降76.33%。\n"
	year := "2022年全区经济运行情况\n全年共接待旅游人次380.4万人次,同口径下降27.9%;核心景区一次进山人数全年累计86.21万人,同比下降46.33%。\n"
	checkPeriods(t, []periodCase{
		{h1, "36.21万人", 0, "H1"},
		{h1, "76.33%", 0, "H1"},
		{year, "86.21万人", 0, ""},
	})
}
