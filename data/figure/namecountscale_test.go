package figure

import "testing"

// A change of a count written in a unit of another scale (万人, then 人) is
// still the count's (c10 五台县 2021 bulletin).
func TestCountChangeOtherScale(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "年末全县常住人口21.2万人,比上年末减少3959人。其中,城镇常住人口9.14万人。", fig: "3959人", name: "常住人口", kind: Count},
	})
}
