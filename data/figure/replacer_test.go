package figure

import "testing"

// A noise replacer leaves a name without its words as it is, and replaces
// as strings.Replacer does otherwise.
func TestWordReplacer(t *testing.T) {
	for _, s := range []string{"规模以上工业增加值", "按可比价格计算全年地区生产总值", "“十四五”规划项目", "@至@月", "预计全年累计"} {
		for _, r := range []wordReplacer{methodNoise, innerNoise, quoteMarks, dateRanges} {
			if got, want := r.Replace(s), r.r.Replace(s); got != want {
				t.Errorf("Replace(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
