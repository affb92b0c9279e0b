package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// asOfLeads before a month's end make it the date the figures after it
// run to (截至9月末，生猪出栏下降4.6%…。肉类总产量…): it holds on.
var asOfLeads = []string{"截至", "截止", "截止到", "截至到", "至", "到"}

// monthEndAside reports whether period p is a bare month's end (3月末)
// in a release of the months to that end (一季度, 1-3月): it dates the
// stocks of its own sentence (3月末城镇登记失业率为1.5%), and the flows of
// the next (全省一般公共预算收入同比增长26.7%) are of the release's months
// again, as after a single month's aside. A part of the stock opened by
// 其中 is still the month's end, and so is a balance (余额).
func (x *extractor) monthEndAside(p corpus.PeriodMention, ss, pos int) bool {
	if !strings.HasSuffix(p.Code, "E") || x.a.Period == "" || strings.HasSuffix(x.a.Period, "E") {
		return false
	}
	if corpus.PeriodEndMonth(x.a.Period) != corpus.PeriodEndMonth(p.Code) {
		return false
	}
	if hasSuffixAny(compact(x.s[runeStart(x.s, max(0, p.Start-12)):p.Start]), asOfLeads) {
		return false
	}
	sent := trimLeftSet(x.s[ss:pos], " \n\u3000")
	return !strings.HasPrefix(sent, "其中") && !strings.Contains(sent, "余额")
}
