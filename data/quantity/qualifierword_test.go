package quantity

import "testing"

// 约 and 近 that end a word (签约, 最近) qualify no number after them: 新签约
// 19个项目 are 19 projects, not about 19 (and the name before kept 新签).
func TestQualifierInWord(t *testing.T) {
	cases := map[string]string{
		"全县新签约19个项目":   "",
		"今年节约资金约120万元": "约",
		"最近3年累计投入5亿元":  "",
		"全县总人口约52万人":   "约",
		"全县接待游客近80万人次": "近",
	}
	for text, want := range cases {
		qs := Find(text)
		if len(qs) == 0 {
			t.Errorf("%q: no quantity", text)
			continue
		}
		if got := qs[0].Qualifier; got != want {
			t.Errorf("%q: qualifier of %q = %q, want %q", text, qs[0].Text, got, want)
		}
	}
}
