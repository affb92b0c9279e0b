package figure

import "testing"

// 占有 is having, not a share's 占 (环县 2011 bulletin's health section;
// per-head grain in county bulletins).
func TestZhanyouNoShare(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "卫生技术人员中本科学历86人。每千人占有卫生技术人员1.65人。乡村医生440人。", fig: "1.65人", name: "每千人占有卫生技术人员"},
		{text: "全年粮食总产量12.5万吨，人均占有粮食450公斤。", fig: "450公斤", name: "人均占有粮食"},
	})
}
