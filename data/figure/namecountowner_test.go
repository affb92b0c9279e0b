package figure

import "testing"

// An amount written after a count is of the things counted, named in full
// when a count before names them so.
func TestCountedOwner(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "上半年，我县新入库项目147个，新增37户规上工业企业，企业总数达401户，完成产值554亿元，增长13.3%，实现增加值131.3亿元，同比增长16.2%。", fig: "554亿元", name: "规上工业企业产值"},
		{text: "上半年，我县新入库项目147个，新增37户规上工业企业，企业总数达401户，完成产值554亿元，增长13.3%，实现增加值131.3亿元，同比增长16.2%。", fig: "16.2%", name: "规上工业增加值"},
		{text: "年末全县规上工业企业个数达到128家，实现产值86.5亿元。", fig: "86.5亿元", name: "规上工业企业产值"},
	})
	// 规上工业企业产值 and 规上工业产值 are one indicator
	if CanonicalName("规模以上工业企业产值") != CanonicalName("规上工业产值") {
		t.Errorf("CanonicalName(规模以上工业企业产值) = %q, want that of 规上工业产值", CanonicalName("规模以上工业企业产值"))
	}
}
