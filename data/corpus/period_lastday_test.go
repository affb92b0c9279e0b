package corpus

import "testing"

// 截至6月30日 dates a stock at the month's end, as 6月末 does; another day
// of the month, or the year's last day, is no period.
func TestMonthLastDay(t *testing.T) {
	checkFirstPeriods(t, []periodCase{
		{"截至6月30日,全县金融机构各项存款余额350亿元。", "M6E"},
		{"截至2024年9月30日,全县金融机构各项存款余额350亿元。", "M9E"},
		{"截止到3月31日,全县市场主体达5.2万户。", "M3E"},
		{"截至6月15日,全县已完成夏粮收购。", ""},
		{"截至12月31日,全县金融机构各项存款余额350亿元。", ""},
	})
}
