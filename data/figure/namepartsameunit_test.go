package figure

import "testing"

// A count after 其中 with no words of its own is part of the last count of
// its unit, past the rate between them.
func TestPartOfSameUnit(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "核心景区一次进山人数全年累计36.21万人，同比下降76.33%；其中6月份累计15.2万人，同比下降43.0%。", fig: "15.2万人", name: "进山人数"},
		{text: "核心景区一次进山人数全年累计36.21万人，同比下降76.33%；其中6月份累计15.2万人，同比下降43.0%。", fig: "43.0%", name: "进山人数"},
	})
}
