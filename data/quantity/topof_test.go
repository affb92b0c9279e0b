package quantity

import "testing"

// The top of a list (榜首) or a set stood at (居全市县域之首) is rank 1 (长沙县
// 2023 work report, 济宁 县域 2023 news); a title (百药之首) and a streak
// (连续七年位居…榜首) are not.
func TestTopOfList(t *testing.T) {
	for _, s := range []string{"荣登全国发展潜力百强县榜首,位居全国", "其中,邹城新增19家,达252家,居全市县域之首。"} {
		qs := Find(s)
		found := false
		for _, q := range qs {
			found = found || q.Kind == Rank && q.Value == 1
		}
		if !found {
			t.Errorf("%s: got %+v, want a rank 1", s, qs)
		}
	}
	for _, s := range []string{"桔梗被誉为百药之首。", "规上工业增加值增长9.4%,连续七年位居全国工业百强区榜首。"} {
		for _, q := range Find(s) {
			if q.Kind == Rank {
				t.Errorf("%s: got rank %q, want none", s, q.Text)
			}
		}
	}
}
