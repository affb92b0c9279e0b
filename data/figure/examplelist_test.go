package figure

import "testing"

// A place opening a project's name in a list of examples closed by 等N个
// is the project's name, not the count's owner.
func TestPlaceInExampleList(t *testing.T) {
	checkRegions(t, []regionCase{
		{"project named after a county", "廊坊市2023年国民经济和社会发展统计公报\n全年重点项目建设加快推进，三河汇福粮油江苏基地、固安航天产业园二期等24个新开工项目完成投资86.5亿元。",
			[][2]string{{"24个", "廊坊市"}}},
	})
}
