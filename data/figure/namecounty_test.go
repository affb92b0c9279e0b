package figure

import "testing"

// 县域 is the scope of a county-domain figure; in 县域地区生产总值 the 地区
// belongs to the indicator (地区生产总值), while in 县域地区农林牧渔业总产值
// 县域地区 together is the scope.
func TestCountyDomainKeepsGDPName(t *testing.T) {
	for text, want := range map[string]string{
		"前三季度，县域地区生产总值完成8000亿元，同比增长5.6%。":      "地区生产总值",
		"前三季度，全市县域地区农林牧渔业总产值219.4亿元，同比增长4.5%。": "农林牧渔业总产值",
	} {
		if got := Extract(testArticle(text, "", 0))[0].Name; got != want {
			t.Errorf("%s: name %q, want %q", text, got, want)
		}
	}
}
