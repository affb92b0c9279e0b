package figure

import (
	"strconv"
	"strings"
)

// monthNumerals are the months written in Chinese numerals.
var monthNumerals = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}

// bareMonth is the period code of s when s is a month alone (4月, 4月份,
// 十一月): a base month whose own value follows 的 (并高于4月的1.5%), which
// corpus.Periods does not read without a clause around it. ok is false
// otherwise.
func bareMonth(s string) (string, bool) {
	s = strings.TrimSuffix(s, "份")
	if !strings.HasSuffix(s, "月") {
		return "", false
	}
	s = strings.TrimSuffix(s, "月")
	n, ok := monthNumerals[s]
	if !ok {
		v, err := strconv.Atoi(s)
		if err != nil || len(s) > 2 {
			return "", false
		}
		n = v
	}
	if n < 1 || n > 12 {
		return "", false
	}
	return "M" + strconv.Itoa(n), true
}
