package figure

import "testing"

// TestYearOfASpanMember: a 分别 list after a run of years as long as the
// list gives its n-th member the n-th year (金坛开发区, n04); a rate after
// the list keeps the sentence's last year, and a list of another length
// pairs with nothing.
func TestYearOfASpanMember(t *testing.T) {
	const jintan = "本报讯 开发区是我区经济发展的主战场。三年来有130多个项目正在加速建设、或竣工投产,2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%;分别完成工业开票销售506亿元、639.4亿元、785亿元,预计年均增长27.9%。\n"
	const two = "2016年至2018年,全区分别完成国内生产总值236.3亿元、365亿元。\n"
	checkYears(t, []yearCase{
		{jintan, "236.3亿元", 2016, ""},
		{jintan, "314.5亿元", 2017, ""},
		{jintan, "365亿元", 2018, ""},
		{jintan, "24.5%", 2018, ""},
		{jintan, "506亿元", 2016, ""},
		{jintan, "639.4亿元", 2017, ""},
		{two, "236.3亿元", 2018, ""},
	})
}
