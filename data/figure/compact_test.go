package figure

import "testing"

// compact drops every space a web page puts between Chinese words: ASCII
// blanks, the ideographic space and the no-break space, also when that is
// the only one (the no-break space alone once went through untouched).
func TestCompact(t *testing.T) {
	cases := map[string]string{
		"地区生产总值":                   "地区生产总值",
		"地区 生产\n总值":                "地区生产总值",
		"地区\u3000生产总值":             "地区生产总值",
		"地区\u00a0生产总值":             "地区生产总值",
		"规模以上工业增加值\u00a0增长":        "规模以上工业增加值增长",
		"全市\u3000\u3000固定资产投资\t完成": "全市固定资产投资完成",
	}
	for in, want := range cases {
		if got := compact(in); got != want {
			t.Errorf("compact(%q) = %q, want %q", in, got, want)
		}
	}
}
