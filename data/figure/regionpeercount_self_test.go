package figure

import "testing"

// A count of the county's peers after 我省 is the province's, as after 全省:
// both name the whole of the report's own province (countScope reads
// selfWords).
func TestRegionPeerCountFirstPerson(t *testing.T) {
	checkRegions(t, []regionCase{{"乐昌", "乐昌市政府工作报告\n\n过去的一年,乐昌市着力推动县域经济高质量发展,县域经济综合实力首次进入我省57个县(市)前20名。", [][2]string{
		{"57个", "广东省"},
	}}})
}

// Only the self words naming the whole of the report's place scope a
// count: 该市 refers back to whatever place was written last.
func TestWholeSelf(t *testing.T) {
	for w, want := range map[string]bool{"全省": true, "我省": true, "本市": true, "全县": true, "该市": false, "县域": false, "区域内": false} {
		if got := wholeSelf(w); got != want {
			t.Errorf("wholeSelf(%s) = %v, want %v", w, got, want)
		}
	}
}
