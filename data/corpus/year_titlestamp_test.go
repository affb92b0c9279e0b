package corpus

import "testing"

// A headline joined to the page's date line takes no year from the date:
// the news of a congress in February 2023 reviews 2022, as a page dated
// then without a title year does.
func TestTitleYearIsNotItsDateStamp(t *testing.T) {
	const fanxian = "范縣第十六屆人民代表大會第三次會議開幕\n作者: 來源: 發布時間:2023年02月13日\n\n2月10日,縣第十六屆人民代表大會第三次會議在縣文體館開幕。大會應到代表241名,實到211名,符合法定人數。\n"
	a := Parse("t.txt", []byte(fanxian))
	if a.Year != 2022 || a.Date.Year != 2023 {
		t.Errorf("year %d date %+v, want year 2022 dated 2023", a.Year, a.Date)
	}
	if got := firstYear(dropDayDates("2023年1-5月全市经济运行情况")); got != 2023 {
		t.Errorf("title year %d, want 2023", got)
	}
}
