package quantity

import "testing"

// 个 before a list's 个百分点 is a point also when each member repeats its
// change verb (分别下降0.2个、下降0.6个、提高0.8个百分点, a 2023 统计公报).
func TestPointsListWithVerbs(t *testing.T) {
	qs := Find("比重较上年分别下降0.2个、下降0.6个、提高0.8个百分点。")
	if len(qs) != 3 {
		t.Fatalf("got %d quantities: %+v", len(qs), qs)
	}
	for _, q := range qs {
		if q.Kind != PPChange || q.NormUnit != "pp" {
			t.Errorf("%q: kind %v, norm unit %q; want points", q.Text, q.Kind, q.NormUnit)
		}
	}
	// a count then a verb is no list of points
	if qs := Find("新增企业5个、下降0.6个百分点。"); qs[0].Kind == PPChange && qs[0].Unit != "个" {
		t.Errorf("a count became points: %+v", qs[0])
	}
}
