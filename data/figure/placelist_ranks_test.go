package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// 分列 (like 分别) pairs listed places with listed ranks in order: 江苏张家
// 港市和常熟市分列第二、第三名 (百强县 news, 2017) gives 第三名 to 常熟市.
func TestPlaceListRanksFenlie(t *testing.T) {
	text := "第十六届全国县域经济与县域基本竞争力百强县名单22日公布，江苏江阴市、昆山市并列第一，江苏张家港市和常熟市分列第二、第三名。"
	want := map[string]string{"第二": "张家港市", "第三名": "常熟市"}
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}
