package figure

import "testing"

// Parts of a population by sex, written by one character or after other
// figures, are labelled by the sex and the whole (g02, 建始县 2023 bulletin).
func TestSexParts(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "年末全县总户籍人口为20.93万人,比上年末增加0.04万人。按性别分:男10.71万人,女10.22万人;城镇户籍人口7.98万人,农业户籍人口12.95万人。",
			fig: "10.71万人", name: "男性户籍人口", kind: Count},
		{text: "年末全县总户籍人口为20.93万人,比上年末增加0.04万人。按性别分:男10.71万人,女10.22万人;城镇户籍人口7.98万人,农业户籍人口12.95万人。",
			fig: "10.22万人", name: "女性户籍人口", kind: Count},
		{text: "年末户籍人口49.81万人,其中城镇人口12.82万人,占总人口的25.7%;男性25.79万人,占总人口的51.8%。",
			fig: "25.79万人", name: "男性户籍人口", kind: Count},
		{text: "年末全县常住人口32.20万人。按性别分,男16.51万人,女15.69万人。",
			fig: "15.69万人", name: "女性常住人口", kind: Count},
		// a whole with no qualifier: the part is of the population
		{text: "年末全县总人口53.35万人。其中:男27.81万人,女25.54万人。",
			fig: "27.81万人", name: "男性人口", kind: Count},
	})
}
