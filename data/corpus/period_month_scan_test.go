package corpus

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestSingleMonthMatches: the scanner finds what the singleMonth regexp
// finds, on report sentences and on random strings of the pieces a month
// is written with (digits, full-width digits, numerals, 元, blanks, 月, 份,
// 当月, broken bytes).
func TestSingleMonthMatches(t *testing.T) {
	texts := []string{
		"6月，全市规模以上工业增加值增长5.2%；1-6月份增长4.8%。",
		"8月当月出口增长3%，9月单月下降", "12月份末", "112月", "十二月份", "十月", "元月份", "１２月", "１月", "１０ 月",
		"4月23日召开", "3月末", "2023年12月规模以上工业", "截至6月份", "补贴3000元至9月底",
	}
	pieces := []string{"1", "2", "0", "9", "１", "０", "２", "５", "十", "一", "二", "九", "元", "月", "份", "当月", "单月", " ", "\n", "\t", "，", "年", "\xe6\x9c", "\xbc", "至", "-"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		got, want := singleMonthMatches(s), singleMonth.FindAllStringSubmatchIndex(s, -1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("singleMonthMatches(%q) = %v, want %v", s, got, want)
		}
	}
}
