package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// periodCase pins the period of one figure (the nth written as fig, from 0)
// of a passage parsed as a whole article.
type periodCase struct {
	text, fig string
	nth       int
	want      string
}

func checkPeriods(t *testing.T, cases []periodCase) {
	t.Helper()
	for _, c := range cases {
		n, found := 0, false
		for _, f := range Extract(corpus.Parse("t.txt", []byte(c.text))) {
			if f.Text != c.fig || f.Derived {
				continue
			}
			if n == c.nth {
				found = true
				if f.Period != c.want {
					t.Errorf("%.40q…: %s period %q, want %q", c.text, c.fig, f.Period, c.want)
				}
				break
			}
			n++
		}
		if !found {
			t.Errorf("%.40q…: no figure %s", c.text, c.fig)
		}
	}
}

// 为全年 makes the year what is done for or measured against; an aside in
// brackets counts what is counted. Neither returns the sentences after to
// the whole year.
func TestWholeYearAsideKeepsPeriod(t *testing.T) {
	q1 := "全市经济运行情况\n农业生产形势稳定。一季度,全市实现农林牧渔业总产值43.2亿元,同比增长4.5%。小麦长势良好,播种面积达到146.2万亩,较去年增加2.3万亩,为全年粮食稳产增产打下坚实基础。畜牧生产较快增长,生猪出栏20.8万头,增长8.3%;实现禽蛋产量2.9万吨,增长18.7%。\n"
	h1 := "全市经济运行情况\n上半年,全市规模以上工业增加值同比增长11.2%,高于全省4.3个百分点,居全省第1位。上半年,全市新增规上企业(含2022年年度入库)326户,比同期多40户,总数达2469户,居全省第2位。高技术工业增加值增长0.8%,高于全省2.6个百分点。\n"
	plan := "全市重点项目进展\n2021年安排全市重点建设项目710项,项目总投资6960亿元,年度投资计划1015亿元。全市重点建设项目1-3月项目累计完成投资313.64亿元,同比增长95.66%,为年度投资计划的30.90%,超过时间进度5.90个百分点。本年度计划新开工项目270项。\n"
	checkPeriods(t, []periodCase{
		{q1, "20.8万头", 0, "Q1"},
		{q1, "18.7%", 0, "Q1"},
		{h1, "326户", 0, "H1"},
		{h1, "0.8%", 0, "H1"},
		{plan, "30.90%", 0, "Q1"},
		{plan, "1015亿元", 0, ""},
		{plan, "270项", 0, ""},
		// a whole year that governs its figures still does
		{"全县经济运行情况\n一季度,全县地区生产总值增长5%,全年预计增长6%。\n", "6%", 0, ""},
	})
}

// 年度计划投资 names the year's plan: its value is the year's, and what the
// months did after it keeps their period.
func TestYearPlanClauseKeepsPeriod(t *testing.T) {
	text := "重点项目进展\n1-5月,全县重点项目年度计划投资100亿元,完成投资45.2亿元,同比增长12.1%。\n"
	checkPeriods(t, []periodCase{
		{text, "100亿元", 0, ""},
		{text, "45.2亿元", 0, "M1-M5"},
		{text, "12.1%", 0, "M1-M5"},
	})
}
