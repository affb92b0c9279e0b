package figure

import "testing"

// The parts of a population listed in a sentence of their own, opened by
// 其中, are parts of the whole of the sentence before: 城镇人口 after 户籍人口
// is 城镇户籍人口, as it is when 其中 follows a comma (c20, 云和县's
// bulletin; county bulletins write both).
func TestPartOfWholeInNextSentence(t *testing.T) {
	const text = "云和县2022年国民经济和社会发展统计公报\n据公安部门户籍人口及其变动情况统计,年末全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,女性人口54882人。\n"
	figs := Extract(testArticle(text, "", 0))
	for _, c := range []struct{ text, want string }{
		{"54715人", "城镇户籍人口"},
		{"57920人", "乡村户籍人口"},
		{"57753人", "男性户籍人口"},
		{"54882人", "女性户籍人口"},
	} {
		if got := nameOfText(figs, c.text); got != c.want {
			t.Errorf("%s named %q, want %q", c.text, got, c.want)
		}
	}
}
