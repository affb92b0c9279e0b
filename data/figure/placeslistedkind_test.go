package figure

import "testing"

// A short form shared by a city and a county of one parent (伊宁, 临夏) is
// the unit of the kind the rest of its list is: counties beside counties,
// cities beside cities; a list of mixed kinds settles nothing.
func TestRegionListedKind(t *testing.T) {
	checkRegions(t, []regionCase{
		{"counties", "伊犁州2023年经济运行\n\n伊宁、霍城、察布查尔地区生产总值分别增长5.1%、6.2%和7.3%。", [][2]string{
			{"5.1%", "伊宁县"}, {"6.2%", "霍城县"},
		}},
		{"cities", "伊犁州2023年经济运行\n\n伊宁、奎屯、霍尔果斯地区生产总值分别增长5.1%、6.2%和7.3%。", [][2]string{
			{"5.1%", "伊宁市"}, {"6.2%", "奎屯市"},
		}},
		{"prefecture's counties", "临夏州2023年经济运行\n\n临夏、康乐、永靖地区生产总值分别增长5.1%、6.2%和7.3%。", [][2]string{
			{"5.1%", "临夏县"},
		}},
		{"mixed", "伊犁州2023年经济运行\n\n伊宁、奎屯、霍城地区生产总值分别增长5.1%、6.2%和7.3%。", [][2]string{
			{"5.1%", "伊宁"},
		}},
	})
}
