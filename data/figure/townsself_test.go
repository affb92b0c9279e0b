package figure

import "testing"

// 镇街 (the county's towns and streets together) after a zone's clause is
// the county's again, not the zone's.
func TestRegionTownsSelfWords(t *testing.T) {
	checkRegions(t, []regionCase{
		{"镇街", "长沙县工业经济\n\n今年1-7月,全县完成工业总产值1234.1亿元,增长12.7%。经开区完成规模以上工业产值911.8亿元,增长12.5%;镇街完成规模以上工业产值207.3亿元,增长12.2%。", [][2]string{
			{"911.8亿元", "长沙经开区"}, {"207.3亿元", "长沙县"}, {"12.2%", "长沙县"},
		}},
	})
}
