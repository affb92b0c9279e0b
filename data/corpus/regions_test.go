package corpus

import "testing"

func TestCanonicalPlace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"示范区", "示范区"},
		{"高新区", "示范区"}, // 示范区(高新区): one administration
		{"焦作高新区", "示范区"},
		{"宁郭镇", "宁郭镇"},
		{"安阳城街道", "安阳城街道"},
		{"洛阳市", ""},
	} {
		if got := Canonical(c.in); got != c.want {
			t.Errorf("Canonical(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTownsBelongToListedDistricts(t *testing.T) {
	for _, p := range Places {
		if !p.IsTown() {
			continue
		}
		if cityOf(p.Of) != p.City {
			t.Errorf("%s: district %q is not a listed place of %s", p.Name, p.Of, p.City)
		}
	}
}

// A town is a place whose figures are its own, but never the region of a
// whole article: a page that names 宁郭镇 most is still about its district.
func TestMainRegionSkipsTowns(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		{"宁郭镇 打造年轻化知识化专业化干部队伍", "宁郭镇召开5次党委(扩大)会议。示范区", "示范区"},
		{"示范区经济运行", "宁郭镇 宁郭镇 宁郭镇", "示范区"},
		{"换届工作稳步推进", "宁郭镇召开会议。宁郭镇、李万街道和示范区", "示范区"},
	} {
		if got := mainRegion(c.title, c.text); got != c.want {
			t.Errorf("mainRegion(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
