package figure

import "testing"

// 但 opens a clause and is no part of a name: the change of 降幅 is the
// figure's before it (枞阳 industry news; the same as …,降幅比1-10月收窄).
func TestButOpensNoName(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "1-11月，海螺公司累计完成工业产值12.49亿元，同比下降14%，但降幅较上月收窄了2个百分点。", fig: "2个百分点", name: "海螺公司工业产值降幅"},
	})
}
