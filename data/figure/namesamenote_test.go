package figure

import "testing"

// A 下同 note between the comparison and the verb (长沙县 2023 work report:
// 全年地区生产总值同比(下同)增长4.5%) is no part of the name.
func TestNamesSameNote(t *testing.T) {
	const changsha = "全年地区生产总值同比(下同)增长4.5%,规模以上工业增加值增长6.9%,固定资产投资增长9.1%。"
	checkFields(t, []fieldCase{
		{text: changsha, fig: "4.5%", name: "地区生产总值"},
		{text: changsha, fig: "6.9%", name: "规模以上工业增加值"},
		{text: "全县地区生产总值同比（下同）增长8.6%。", fig: "8.6%", name: "地区生产总值"},
	})
}

func TestDropSameNote(t *testing.T) {
	for in, want := range map[string]string{
		"地区生产总值同比(下同)":   "地区生产总值同比",
		"地区生产总值(GDP,下同)": "地区生产总值",
		"引进创新人才(团队)":     "引进创新人才(团队)",
	} {
		if got, _ := dropSameNote(in); got != want {
			t.Errorf("dropSameNote(%q) = %q, want %q", in, got, want)
		}
	}
}
