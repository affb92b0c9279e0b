package figure

import "testing"

// A bare indicator after a share is the one the share is of.
func TestHeadAfterShare(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "第二产业实现增加值280.5亿元，占GDP比重61.8%，增加值增长6.8%，增速比全市高2.8个百分点。", fig: "6.8%", name: "第二产业增加值", kind: Growth},
		{text: "第二产业实现增加值280.5亿元，占GDP比重61.8%，增加值增长6.8%，增速比全市高2.8个百分点。", fig: "2.8个百分点", name: "第二产业增加值增速"},
		{text: "第一产业增加值26.4亿元，占GDP比重5.8%，增加值增长4.6%，增速较1季度提高0.5个百分点。", fig: "4.6%", name: "第一产业增加值", kind: Growth},
	})
}
