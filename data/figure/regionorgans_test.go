package figure

import "testing"

// A count of a place's own departments (省直部门, 市直单位) is that place's,
// read on the report's chain: in 宿松县's report 41家省直部门 are 安徽省's and
// 12家市直单位 安庆市's; 县直 stays the county's.
func TestRegionDirectOrgansCounted(t *testing.T) {
	text := "宿松县2023年政府工作报告\n\n过去一年,宿松县地区生产总值增长6.1%。41家省直部门出台支持县域发展的配套政策,12家市直单位结对帮扶,30个县直部门完成机构改革。"
	checkRegions(t, []regionCase{
		{"organs", text, [][2]string{{"6.1%", "宿松县"}, {"41家", "安徽省"}, {"12家", "安庆市"}, {"30个", "宿松县"}}},
	})
}
