package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// 该地区 refers back to the place named last (贵州's cities, 2021, c17):
// 遵义地区生产总值3037.87亿元…。该地区生产总值首次突破3000亿元 is 遵义市's.
func TestGaiDiquRefersBack(t *testing.T) {
	text := "分市州看,在经济总量方面,今年前三季度,贵阳地区生产总值为 3102.44 亿元,占全省的比重为 22.2%,占比较上年同期回落 0.8 个百分点;遵义地区生产总值 3037.87 亿元,占全省的比重为 21.7%,占比较上年同期提高 0.6 个百分点。该地区生产总值首次突破 3000 亿元,同比增速位居 9 个市(州)首位。"
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if f.Text == "3000 亿元" && f.Region != "遵义市" {
			t.Errorf("%s: region %q, want 遵义市", f.Text, f.Region)
		}
	}
}
