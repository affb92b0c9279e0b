package figure

import "testing"

// A text without a date that glosses 今年 with a year (今年(2024年)) means
// that year by every later 今年 too.
func TestThisYearGlossed(t *testing.T) {
	const news = "【點新聞報道】廣東省十四屆人大二次會議今日(23日)上午開幕。廣東省省長王偉中作省政府工作報告時表示,今年(2024年)廣東省發展面臨的有利條件強於不利因素,預期地區生產總值增長5%。\n" +
		"王偉中指,今年經濟社會發展的主要預期目標是:地區生產總值增長5%;固定資產投資增長4%,糧食產量1270萬噸。\n"
	checkYears(t, []yearCase{
		{news, "4%", 2024, ""},
		{news, "1270萬噸", 2024, ""},
	})
}
