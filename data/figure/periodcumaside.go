package figure

import (
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// cumulativeAside reports whether period p is the sum to date marked 累计
// (半年累计, 1-6月累计) in a release of that single month, written after
// the month's own figure in its sentence: an aside beside it that holds
// to the end of its clause group. The
// next group (；完成规上销售产值20亿元) is the month's again: 今年6月全县实现
// 规上工业产值20.67亿元…,半年累计完成规上工业产值108.7亿元…;完成规上销售
// 产值20亿元.
func (x *extractor) cumulativeAside(p corpus.PeriodMention, pos int) bool {
	n := corpus.PeriodEndMonth(p.Code)
	if n == 0 || x.a.Period != "M"+strconv.Itoa(n) || p.Code == x.a.Period {
		return false
	}
	if !strings.Contains(x.s[p.Start:p.End], "累计") && !strings.HasPrefix(x.s[p.End:], "累计") {
		return false
	}
	ps, _ := x.l.sentence(p.Start)
	if !strings.ContainsAny(x.s[ps:p.Start], "0123456789") {
		return false // 1-6月累计,全县…。其中…: the sum opens its sentence, no aside
	}
	return strings.ContainsAny(x.s[p.End:pos], "；;。")
}
