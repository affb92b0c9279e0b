package figure

import "testing"

// A count whose thing follows a spec with its own number (新建2座日处理能力
// 1万吨的污水处理厂, as work reports write) counts the thing after the
// spec's 的, not the spec.
func TestNamesSpecifiedObject(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "新建2座日处理能力1万吨的污水处理厂。", fig: "2座", name: "新建污水处理厂"},
		{text: "建成3个总投资5亿元的项目。", fig: "3个", name: "建成项目"},
	})
}
