package figure

import "testing"

// A count of enterprises (villages, projects…) followed by 的 and what they
// own counts the owners, not what they own (it had been named
// 纳税额更是同比增长); a count before 的 of no such noun still counts what
// follows 的. From a district's 1-7月 report and a county's roads news.
func TestCountOfOwners(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "区内工业企业纳税额同比增长了25%,其中86家重点监测企业的纳税额更是同比增长了39%。", fig: "86家", name: "重点监测企业"},
		{text: "全县解决了12条搁置多年的“断头路”。", fig: "12条", name: "解决断头路"},
	})
}
