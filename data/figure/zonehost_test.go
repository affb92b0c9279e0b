package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A zone written alone is named after its host's short form: in the
// title, with its host the one city the text names (c07, 芜湖经开区's
// report); in the body of its host county's news (b16, 长沙县's).
func TestBareZoneNamedAfterHost(t *testing.T) {
	c07 := "经开区2022年经济社会发展总体情况和2023年工作打算汇报\n今年以来,在市委市政府坚强领导下,经开区深入贯彻落实党的二十大精神。\n一是经济运行稳中向好。预计全年实现地区生产总值685亿元,增长8.5%左右。2022年,经开区入选国家进口贸易促进创新示范区,在2021年度全国217家国家级开发区综合考评中位列第13位。美的厨卫、美智空调2家企业分别揭榜入选2022年国家智能制造示范工厂,入选企业数占全市50%;有效助力芜湖市在该项工作中实现“零”的突破。"
	checkRegions(t, []regionCase{
		{"zone in the title", c07, [][2]string{{"685亿元", "芜湖经开区"}, {"第13位", "芜湖经开区"}, {"50%", "芜湖经开区"}}},
		{
			"zone in its county's news",
			"长沙县统计局近日公布数据显示,今年1-7月,全县完成工业总产值1234.1亿元,增长12.7%。经开区完成规模以上工业产值911.8亿元,增长12.5%。",
			[][2]string{{"1234.1亿元", "长沙县"}, {"911.8亿元", "长沙经开区"}},
		},
	})
	a := corpus.Parse("x.txt", []byte(c07))
	for _, f := range Extract(a) {
		if f.Text == "685亿元" && f.RegionCode != "340271" {
			t.Errorf("685亿元 region code %q, want 340271 (芜湖经济技术开发区)", f.RegionCode)
		}
	}
}

// An untitled item opening on a bare zone is the zone's, named after its
// host's short form (n04: 金坛区's 经济开发区, a street-level row).
func TestLeadZoneOfUntitledItem(t *testing.T) {
	checkRegions(t, []regionCase{{
		"untitled zone item",
		"本报讯 开发区是我区经济发展的主战场,行政管辖面积171平方公里,同时规划建设中德(金坛)创新产业区和智谷科技园两个高质量项目平台。2016年至2018年,分别完成国内生产总值236.3亿元、314.5亿元、365亿元,预计年均增长24.5%。",
		[][2]string{{"171平方公里", "金坛开发区"}, {"236.3亿元", "金坛开发区"}, {"24.5%", "金坛开发区"}},
	}})
}

// 经济开发区 written alone in a county's report is the county's zone (n06,
// 建平县's work report, the county named only in its dateline).
func TestBareEconomicZoneInCountyReport(t *testing.T) {
	checkRegions(t, []regionCase{{
		"bare 经济开发区",
		"政府工作报告\n——2018年12月22日在建平县第十八届人民代表大会第二次会议上\n县长王文佳\n各位代表:\n预计到年末,全县地区生产总值完成115亿元,同比增长7%。\n——“五个一工程”强力推进。经济开发区家居产业园60万平方米标房入驻46家企业陆续投产。",
		[][2]string{{"115亿元", "建平县"}, {"60万平方米", "建平经济开发区"}, {"46家", "建平经济开发区"}},
	}})
}
