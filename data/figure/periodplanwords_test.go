package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// The year's list of key projects ends with its plan written 年度计划完成投资
// or 计划投资 as well: its counts and 总投资 are the year's, what the months
// did keeps their period.
func TestYearPlanGroupWrittenOtherwise(t *testing.T) {
	const half = "上半年重点项目建设情况\n2020年计划实施千万元以上重点建设项目71个,总投资337.13亿元,年度计划完成投资56.21亿元,1-6月份累计完成投资35.9亿元,占年度目标的63.88%。\n"
	const may = "全县1-5月项目投资进展良好\n截止5月份,全县固定资产投资完成74.5亿元,同比增长24.6%。重点项目104个,计划投资93.68亿元,完成投资44.24亿元,占年度计划的47.2%。\n"
	checkYears(t, []yearCase{
		{half, "71个", 2020, ""},
		{half, "337.13亿元", 2020, ""},
		{half, "35.9亿元", 2020, "H1"},
		{may, "104个", 0, ""},
		{may, "93.68亿元", 0, ""},
		{may, "44.24亿元", 0, "M5E"},
	})
}

// A budget is a plan too: 完成年度预算的28.6% measures the quarter against
// the year's budget and does not turn the figures after it to the whole
// year.
func TestYearBudgetIsAPlan(t *testing.T) {
	const release = "我县一季度经济实现“开门红”\n\n今年一季度，全县地区生产总值完成52.3亿元，同比增长6.2%。\n\n全县一般公共预算收入完成3.2亿元，完成年度预算的28.6%。固定资产投资完成年度计划的26.1%。城镇新增就业1800人，完成年度目标任务的30.5%。\n"
	checkYears(t, []yearCase{
		{release, "28.6%", 0, "Q1"},
		{release, "26.1%", 0, "Q1"},
		{release, "1800人", 0, "Q1"},
	})
}

// 年度重点项目 names the year's list of projects, whose progress a release
// of the half reports: the investment done is the half's, and so is the
// share of the plan; the plan derived from them is the year's.
func TestYearListOfProjects(t *testing.T) {
	const release = "全县上半年经济运行情况\n\n上半年，全县地区生产总值完成86.3亿元，同比增长5.9%。全县32个年度重点项目完成投资56.2亿元，占年度计划投资的52.1%。\n"
	checkYears(t, []yearCase{
		{release, "56.2亿元", 0, "H1"},
		{release, "52.1%", 0, "H1"},
	})
	found := false
	for _, f := range Extract(corpus.Parse("user.txt", []byte(release))) {
		if f.Derived && strings.Contains(f.Name, "年度计划投资") {
			found = true
			if f.Period != "" {
				t.Errorf("derived plan %s %s%s has period %q, want none", f.Name, num(f.Value), f.Unit, f.Period)
			}
		}
	}
	if !found {
		t.Error("no plan derived from 占年度计划投资的52.1%")
	}
}
