package corpus

import (
	"strings"
	"unicode/utf8"
)

// monthIndicators open the indicator a bare month dates in news of one
// month's figures: 中国5月进出口5220.7亿元, 5月出口增长7.6%, 全国5月规模以上
// 工业增加值. Only these follow a bare month: 5月召开 dates an event.
var monthIndicators = []string{"进出口", "出口", "进口", "外贸", "规模以上", "规上", "居民消费价格", "CPI", "PPI", "工业", "制造业", "社会消费品", "固定资产投资", "财政", "一般公共预算", "税收", "用电", "发电", "新增",
	"重工业", "轻工业", "限额以上", "限上", "房地产", "商品房", "全社会", // 其中5月重工业增加值同比增长9.8%
	"增长", "下降", "同比", "环比"} // 1-7月…增长3.6%，其中，7月增长13.1%: the month's own change

// monthScopes may stand between a bare month and its indicator: the whole
// area the release covers (4月全省社会消费品零售总额, 5月全市规模以上工业).
var monthScopes = []string{"全国", "全省", "全市", "全县", "全区", "全州", "全盟", "全旗"}

// monthSubjectRunes is the longest subject, in characters, that may stand
// between a clause's start and such a month: 中国, 广东, 上海市.
const monthSubjectRunes = 4

// indicatorMonth reports whether a bare month written between before and
// after dates the indicator after it: it opens its clause, or follows a
// short subject that does, and an indicator of monthIndicators follows.
func indicatorMonth(before, after string) bool {
	for _, w := range monthScopes {
		if strings.HasPrefix(after, w) {
			after = after[len(w):] // 4月全省社会消费品零售总额1766.56亿元
			break
		}
	}
	if !hasPrefixAny(after, monthIndicators) {
		return false
	}
	n := 0
	for k := len(before); k > 0; {
		r, sz := utf8.DecodeLastRuneInString(before[:k])
		if r == '\n' || strings.ContainsRune("，,。；;：:！？", r) {
			break
		}
		if r < 0x2E80 || strings.ContainsRune("比较于与同的", r) {
			return false // a digit, a Latin word, a comparison: 高于4月
		}
		if n++; n > monthSubjectRunes {
			return false
		}
		k -= sz
	}
	return true
}
