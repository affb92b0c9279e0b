package figure

import "testing"

// A period written right after the division that is its clause's subject
// opens the clause: it holds for the next sentence too (a21).
func TestPeriodAfterSubjectOpensClause(t *testing.T) {
	const news = "福州经济稳中有进\n最新出炉的统计数据显示,今年1—4月,全市GDP达1641.08亿元,同比增长9.0%。特别值得一提的是,福州市第一季度固定资产投资完成1162.59亿元,增长23.5%。在全国27个省会城市中,增速排名第一。\n"
	checkYears(t, []yearCase{
		{news, "9.0%", 0, "M1-M4"},
		{news, "23.5%", 0, "Q1"},
		{news, "第一", 0, "Q1"},
	})
	if got := trimClauseSubject("增速比全市"); got != "增速比全市" {
		t.Errorf("a compared scope is no subject: %q", got)
	}
}
