package corpus

import "testing"

// A title ending with the page's date is not continued by the body after
// it: the base year of the body's first sentence (较2019年同期) does not date
// 巫山县's first-quarter tourism news of 2023; a title broken inside its
// year still reads on into the next line.
func TestTitleEndingWithDate(t *testing.T) {
	cases := []struct {
		text string
		year int
	}{
		{"一季度旅游实现“开门红”\n刊发日期:2023-04-14\n\n一季度,全县共接待游客530.3万人次,同比增长35.32%;景区购票21.63万人,较2019年同期增长98.3%。\n", 2023},
		{"山西省忻州市五台县2021\n\n年国民经济和社会发展统计公报\n\n全年全县地区生产总值增长8.1%。\n", 2021},
	}
	for _, c := range cases {
		if a := Parse("t.txt", []byte(c.text)); a.Year != c.year {
			t.Errorf("Parse(%.30q…).Year = %d, want %d", c.text, a.Year, c.year)
		}
	}
}
