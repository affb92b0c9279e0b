package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// 全区 in a report on 天津市 (a city, not a district) is the district its
// sentence named before it (天津市及下辖各区经济财政实力研究, 2021, shortened).
func TestSelfWordOfSentencePlace(t *testing.T) {
	const head = "天津市及下辖各区经济财政实力与债务研究(2020)\n\n天津市是我国四大直辖市之一，2020年实现地区生产总值1.86万亿元。天津市下辖各区经济发展差异较大，"
	cases := []struct{ name, text, want string }{
		{"one district", head + "其中滨海新区依托区位优势和政策支持，经济总量在全市处于绝对领先地位，统计口径变更后，2020年全区地区生产总值预计为7000亿元。", "滨海新区"},
	}
	for _, c := range cases {
		for _, f := range Extract(corpus.Parse("x.txt", []byte(c.text))) {
			if f.Text == "7000亿元" && f.Region != c.want {
				t.Errorf("%s: %s region %q, want %q", c.name, f.Text, f.Region, c.want)
			}
		}
	}
}
