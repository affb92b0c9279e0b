package quantity

import "testing"

// A numeral with 年/日 inside a noun (九年制学校, 一日游游客) is no date and
// no duration: only the count after it is a quantity (county bulletins'
// education and tourism sections).
func TestNumberInsideNoun(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"全县有九年制学校12所。", "12所"},
		{"全年接待一日游游客120万人次。", "120万人次"},
		{"九年一贯制学校3所。", "3所"},
	} {
		qs := Find(c.text)
		if len(qs) != 1 || qs[0].Text != c.want {
			t.Errorf("%s: got %+v; want only %s", c.text, qs, c.want)
		}
	}
}

// Poultry are counted by 羽 (a county bulletin's farm section).
func TestPoultryCount(t *testing.T) {
	qs := Find("出籠家禽393.53萬羽，增長15.6%。")
	if len(qs) != 2 || qs[0].Kind != Count || qs[0].NormValue != 3935300 || qs[0].NormUnit != "羽" {
		t.Errorf("got %+v; want a count of 3935300 羽", qs)
	}
}

// 一次性 is a word (one-off), not one time (建始县 2023 bulletin's employment
// paragraph).
func TestOneOffIsAWord(t *testing.T) {
	qs := Find("就业见习补贴62人,一次性创业补贴90人。")
	if len(qs) != 2 || qs[1].Text != "90人" {
		t.Errorf("got %+v; want 62人 and 90人 only", qs)
	}
}
