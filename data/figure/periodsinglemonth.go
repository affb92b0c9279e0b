package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// singleMonthMarks mark a month's own figure apart from the year to date a
// release gives: 单5月, 5月当月, 5月单月.
var singleMonthMarks = []string{"当月", "单月"}

// markedSingleMonth reports whether period p is one month marked as that
// month alone (单5月,规模以上工业增加值增长7.1%): an aside in a release of
// the months to date, which holds for its own sentence only; the next
// sentence (全市固定资产投资同比增长8.3%) is of the months to date again.
func (x *extractor) markedSingleMonth(p corpus.PeriodMention) bool {
	if !strings.HasPrefix(p.Code, "M") || strings.ContainsAny(p.Code, "-E") {
		return false
	}
	if containsAny(x.s[p.Start:p.End], singleMonthMarks) || hasPrefixAny(x.s[p.End:], singleMonthMarks) {
		return true
	}
	return strings.HasSuffix(x.s[max(0, p.Start-len("单")):p.Start], "单")
}
