package corpus

import "testing"

// A yearbook's entry opens with its bracketed heading and then the year it
// describes, which holds for the paragraphs after it (c04).
func TestYearbookEntryYear(t *testing.T) {
	cases := []struct {
		text string
		year int
	}{
		{"【概况】2020年,琼山区辖国兴、府城、凤翔、滨江4个街道,龙塘、云龙、红旗、三门坡、大坡、甲子、旧州7个镇。土地面积939.9平方千米,常住人口65.56万人。全年地区生产总值完成265.07亿元,比上年增长6.8%。\n全区农业总产值43.81亿元,增长4.4%。\n", 2020},
		{"【概况】 2019年，全县实现地区生产总值120.5亿元，增长7.1%。\n", 2019},
		{"［概况］2020年,琼山区辖国兴、府城、凤翔、滨江4个街道。全年地区生产总值完成265.07亿元,比上年增长6.8%。\n", 2020},
		// a span opening the entry is not its year
		{"【概况】2016年以来,全县地区生产总值年均增长3.7%。\n", 0},
	}
	for _, c := range cases {
		if a := Parse("t.txt", []byte(c.text)); a.Year != c.year {
			t.Errorf("Parse(%.30q…): year %d, want %d", c.text, a.Year, c.year)
		}
	}
}
