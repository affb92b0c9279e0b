package corpus

import "testing"

func TestCensusYear(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"根据第七次全国人口普查结果,现将2020年11月1日零时我市人口的基本情况公布如下", 2020},
		{"全市常住人口与2010年第六次全国人口普查的725482人相比", 2010},
		{"第四次全国经济普查结果显示", 2018},
		{"全县地区生产总值增长5.1%", 0},
	}
	for _, c := range cases {
		if got, _ := CensusYear(c.s); got != c.want {
			t.Errorf("CensusYear(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	// a census bulletin published in 2021 counts 2020; a 2021 bulletin of the
	// year's statistics that quotes the census is still 2021's
	a := Parse("t.txt", []byte("石嘴山市第七次全国人口普查公报(第一号)\n石嘴山市统计局\n2021年6月3日\n根据第七次全国人口普查结果,现将2020年11月1日零时我市人口的基本情况公布如下:\n全市常住人口为751389人。\n"))
	if a.Year != 2020 {
		t.Errorf("census bulletin: year %d, want 2020", a.Year)
	}
	b := Parse("t.txt", []byte("汾西县2021年国民经济和社会发展统计公报\n山西省汾西县统计局\n年末全县常住人口98509人,比上年末减少5647人。总人口性别比(以女性为100,男性对女性的比例)为107.50,与2020年第七次全国人口普查的106.36相比增长了1.14。\n"))
	if b.Year != 2021 {
		t.Errorf("bulletin quoting the census: year %d, want 2021", b.Year)
	}
}
