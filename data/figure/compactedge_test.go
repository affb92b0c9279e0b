package figure

import "testing"

// TestCompactBlanksAtEdge: a window cut at a line break keeps the same
// text whether the blanks are sliced off or copied out.
func TestCompactBlanksAtEdge(t *testing.T) {
	for in, want := range map[string]string{
		"全年粮食总产量\n\n":        "全年粮食总产量",
		"\n　全年粮食总产量":         "全年粮食总产量",
		"地区生产\n总值\n":         "地区生产总值",
		"\n地区生产 总值":          "地区生产总值",
		" \n\t\r":            "",
		"规模以上工业增加值\u00a0":    "规模以上工业增加值",
		"\n\n二、农  业\n全年粮食作物": "二、农业全年粮食作物",
	} {
		if got := compact(in); got != want {
			t.Errorf("compact(%q) = %q, want %q", in, got, want)
		}
	}
}
