package corpus

import "testing"

// A news item that opens with its day dates its figures by the year its
// first sentence writes, though they come paragraphs later (i09, i08); the
// item's own date stays unknown (that year may be the one it looks back on).
func TestDayLeadYear(t *testing.T) {
	cases := []struct {
		text string
		date string
		year int
	}{
		{"4月3日上午,2022年开封市通许县春季线上项目签约暨招商大会召开。县长憨振强参加签约大会。\n据了解,此次签约线上签约项目3个,线下签约项目9个。\n", "", 2022},
		{"3月4日,石泉县2020年招商引资项目集中签约仪式成功举行。\n据悉,本次签订的19个招商引资项目,涵盖工业、农业。\n", "", 2020},
		{"4月3日上午,全县春季项目签约大会召开,较2021年多签约5个。\n", "", 0}, // a base only
	}
	for _, c := range cases {
		a := Parse("t.txt", []byte(c.text))
		if a.Date.String() != c.date || a.Year != c.year {
			t.Errorf("Parse(%.30q…): date %q year %d, want %q %d", c.text, a.Date, a.Year, c.date, c.year)
		}
	}
}
