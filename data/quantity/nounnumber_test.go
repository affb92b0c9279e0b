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
