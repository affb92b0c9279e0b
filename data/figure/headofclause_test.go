package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A place described by a phrase ending in 的 and closing its clause is the
// subject of the clauses after it (龙岩's counties, 2023): 上半年以微弱优势占
// 据第三的长汀县，前三季度GDP总量完成268.93亿元 is 长汀县's, not 龙岩市's.
func TestPlaceHeadingItsClause(t *testing.T) {
	text := "据龙岩市统计局最新数据发布：前三季度，全市实现地区生产总值（GDP）2523.31亿元，同比增长4.7%。\n" +
		"上半年以微弱优势占据第三的长汀县，前三季度GDP总量完成268.93亿元，高出紧随其后的永定区15.86亿元，长汀县第三的位置得以不断巩固。"
	want := map[string]string{"2523.31亿元": "龙岩市", "268.93亿元": "长汀县", "15.86亿元": "长汀县"}
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}
