package figure

import "testing"

// Variant spellings that reports write for the same indicator fold into one
// name: a work report's 地方生产总值 (地方生产总值完成435.6亿元) is the
// 地区生产总值, and residents' income in 元 without 人均 (城乡居民可支配收入
// 分别达到33810元、12403元) is the per-capita figure.
func TestCanonicalNameVariants(t *testing.T) {
	for _, c := range [][2]string{
		{"地方生产总值", "地区生产总值"},
		{"地方生产总值", "GDP"},
		{"城镇居民可支配收入", "城镇居民人均可支配收入"},
		{"农村居民可支配收入", "农村居民人均可支配收入"},
		{"全体居民可支配收入", "全体居民人均可支配收入"},
	} {
		if a, b := CanonicalName(c[0]), CanonicalName(c[1]); a != b {
			t.Errorf("%s → %s, %s → %s: want one name", c[0], a, c[1], b)
		}
	}
	if a, b := CanonicalName("地方财政收入"), CanonicalName("地区生产总值"); a == b {
		t.Errorf("地方财政收入 folded into %s", b)
	}
}
