package corpus

import "testing"

// A year's statistical bulletin reports the year before its page date,
// whatever the month it came out in: a county's often comes out in May or
// June. Its 全年 figures are never of the year it is published in.
func TestBulletinYearFromLateDate(t *testing.T) {
	const body = "\n\n一、综 合\n\n初步核算,全年地区生产总值394.6亿元,比上年增长8.1%。年末全县常住人口55.27万人,比上年末减少0.11万人。\n"
	cases := []struct {
		text string
		year int
	}{
		{"华容县国民经济和社会发展统计公报\n发布日期:2022-06-15" + body, 2021},
		{"华容县国民经济和社会发展统计公报\n发布日期:2022-03-20" + body, 2021},
		{"华容县经济运行情况\n发布日期:2022-06-15" + body, 2022}, // no bulletin: the date's own year, as before
	}
	for _, c := range cases {
		if a := Parse("t.txt", []byte(c.text)); a.Year != c.year {
			t.Errorf("%.40q: year %d, want %d", c.text, a.Year, c.year)
		}
	}
}
