package figure

import (
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// nowOpeners open a sentence about how things stand as the report is
// written: 目前，全市工业园区累计开发面积96.12平方公里.
var nowOpeners = []string{"目前", "截至目前", "截止目前", "截至当前", "截止当前", "到目前为止", "至目前"}

// flowNameWords mark a figure of what was done over the months (完成投资同比
// 增长23.0%, 固定资产投资增速): a flow keeps the release's months even
// in a 目前 sentence.
var flowNameWords = []string{"投资", "完成", "收入", "产值", "增加值", "销售", "零售", "利润", "税", "出口", "进口", "营业", "到位", "消费", "用电", "产量"}

// nowStock is the period of a stock in a sentence opened by 目前 in a
// release of cumulative months: a statistics office writes 目前 for the
// release's reference date, the end of its last month, so 目前全县在库
// 固定资产投资项目141个 in a 1-11月 analysis stands at the end of November
// (M11E), as does 目前，累计开发面积96.12平方公里，同比增长2.07% in a 1-7月
// one; what was done in the months (完成投资同比增长23.0%) keeps code. A
// sentence opened by 截至今年上半年 speaks of the half's end so too.
func (x *extractor) nowStock(ss, pos int, f Figure, code string) string {
	if code == "" || strings.HasSuffix(code, "E") {
		return code
	}
	m := corpus.PeriodEndMonth(code)
	if head := compact(x.s[ss:pos]); m == 0 || !hasPrefixAny(head, nowOpeners) && !x.asOfPartHolds(ss, head) {
		return code
	}
	if f.Kind != Count && f.Kind != Physical && containsAny(f.Name, flowNameWords) {
		return code
	}
	return "M" + strconv.Itoa(m) + "E"
}
