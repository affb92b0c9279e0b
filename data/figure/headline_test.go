package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A headline joins its parts with a space; the place opening the second
// part owns its figure (c17, 2021): in 贵州前三季度市县经济发展情况公布 黔东
// 南地区生产总值同比增长5.7%, the 5.7% is 黔东南's, not 贵州's.
func TestHeadlinePartOwner(t *testing.T) {
	text := "ZAKER贵阳 2021-11-13\n贵州前三季度市县经济发展情况公布 黔东南地区生产总值同比增长5.7%\n据贵州省统计局消息,今年前三季度,我省主要经济指标总体处于合理区间,总体延续了上半年稳定恢复的良好趋势。\n"
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if f.Text == "5.7%" && f.Region != "黔东南苗族侗族自治州" {
			t.Errorf("%s: region %q, want 黔东南苗族侗族自治州", f.Text, f.Region)
		}
	}
}
