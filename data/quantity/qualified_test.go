package quantity

import "testing"

// A qualifier is written where Chinese writes it: 预期增长5.5%左右 is
// 5.5%左右, never 左右5.5%.
func TestQualified(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"今年全市地区生产总值预期增长5.5%左右。", "5.5%左右"},
		{"粮食总产量稳定在35亿斤以上。", "35亿斤以上"},
		{"全年接待游客近5万人。", "近5万人"},
		{"完成投资约3亿元。", "约3亿元"},
	} {
		qs := Find(c.sentence)
		var got string
		for _, q := range qs {
			if q.Kind != Date && q.Qualifier != "" {
				got = Qualified(numberText(c.sentence, q), q.Qualifier)
			}
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.sentence, got, c.want)
		}
	}
}

// numberText is the quantity's number and unit without the qualifier.
func numberText(s string, q Quantity) string {
	return s[q.NumStart:q.End]
}
