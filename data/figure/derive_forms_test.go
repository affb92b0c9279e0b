package figure

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// Each form of derived figure on real sentences: the seeds, the development
// set, and public reports (the 徽商 and 快递下乡 sentences, from Anhui's
// development commission and the State Post Bureau, in simplified
// characters). The expected values were worked out by hand: want lists
// every derived figure of the sentence as "value unit kind year ~name",
// where the name need only contain what follows ~.
var deriveForms = []struct {
	form, region string
	year         int
	text         string
	want         []string
}{
	// last year's level from a level and its growth
	{"last level", "焦作市", 2024, "扛稳粮食安全重任，粮食总产达42.4亿斤，同比增长3.5%，全省第2。",
		[]string{"41 亿斤 physical 2023 ~粮食总产 (上年)"}},
	{"last level", "进贤县", 2023, "税收总收入10.4亿元，比上年下降7.62%；非税收入12.85亿元，比上年增长28.63%。",
		[]string{"11.3 亿元 level 2022 ~税收总收入 (上年)", "9.99 亿元 level 2022 ~非税收入 (上年)"}},
	{"last level", "示范区", 2020, "一是创新主体数量倍增。该区申报推荐国家高新技术企业16家，同比增长130%，其中新获批11家，同比增长266.7%；",
		[]string{"7 家 count 2019 ~申报推荐国家高新技术企业 (上年)", "3 家 count 2019 ~新获批国家高新技术企业 (上年)"}},
	{"last level", "中江县", 2023, "户籍总户数49.2万户，户籍总人口134.3万人，比上年下降0.5%，其中：城镇人口25.1万人，乡村人口109.2万人。",
		[]string{"135 万人 count 2022 ~户籍总人口 (上年)"}},
	{"last level: a base year written", "黑龙江省", 2011, "在2007年粮食总产量达到692.6亿斤的基础上，连续越过800、900、1000、1100亿斤四个台阶，到今年的1114.1亿斤，比2007年增长60.9%，年均增长12.6%。",
		[]string{"692.4 亿斤 physical 2007 ~(2007年)"}},
	{"last level: real growth gives no level", "焦作市", 2023, "一年来，全市地区生产总值完成2345.6亿元，同比增长6.2%。", nil},
	{"last level: growth at comparable prices", "遂川县", 2023, "全年农林牧渔业总产值35.25亿元，按可比价格计算，比上年增长4.9%。", nil},
	{"last level: comparable growth gives no level", "南宫市", 2023, "一般公共预算收入完成6.1亿元，剔除留抵退税因素完成6.8亿元，可比增长8.7%。", nil},
	{"last level: half a firm is a wrong reading", "示范区", 2020, "焦作图钉科技服务有限公司获批“河南省技术转移示范机构”，全市共有3家企业入选，同比增长100%；", nil},

	// the base from an increment
	{"base", "示范区", 2020, "截至11月底，已初步谋划项目282个，较2020年增加54个，增幅达23.7%；",
		[]string{"228 个 count 2020 ~谋划项目"}},
	{"base: new firms are not the total of other firms", "焦作市", 2024, "新增规模以上工业企业312家，高新技术企业总数达到2860家。", nil},
	{"start: new firms and their total", "焦作市", 2024, "新认定创新龙头企业10家，全省第5，新增高新技术企业49家，总数达520家，规上工业企业研发机构覆盖率达25.2%，全省第5。",
		[]string{"471 家 count 2023 ~高新技术企业总数"}},

	// a total from a part and its share; the remainder of a whole in two
	{"total", "马村区", 2020, "2020年，财政用于民生支出7.2亿元，占一般公共预算支出的79.7%。",
		[]string{"9 亿元 level 2020 ~一般公共预算支出"}},
	{"total of the city", "示范区", 2020, "新认定国家科技型中小企业80家，同比增长54%，占全市总量的23%，居全市第一位。",
		[]string{"52 家 count 2019 ~新认定国家科技型中小企业 (上年)", "350 家 count 2020 ~新认定国家科技型中小企业 (全市总量)"}},
	{"total and arrival rate", "安徽省", 2020, "其中亿元以上在建徽商回归项目191个，徽商投资额522.4亿元，实际到位资金205.3亿元，占到位资金总额的97.9%。",
		[]string{"39.3 % share 2020 ~到位率", "210 亿元 level 2020 ~到位资金总额"}},
	{"remainder and total", "遂川县", 2023, "其中，城镇人口213468人，占常住人口的比重为42.69%，比上年提高1.02个百分点。",
		[]string{"500000 人 count 2023 ~常住人口", "57.31 % share 2023 ~乡村人口占常住人口比重", "41.67 % share 2022 ~城镇人口"}},
	{"remainder", "酉阳土家族苗族自治县", 2022, "年末常住人口60.67万人，其中城镇人口26.70万人，城镇化率44.01%，比上年提高0.6个百分点。",
		[]string{"55.99 % share 2022 ~乡村人口占比", "43.41 % share 2021 ~城镇化率"}},
	{"remainder: no named complement", "马村区", 2024, "普惠幼儿园占比92.3%、位居全省前列，实验学校荣获全市首批义务教育阶段优质教育集团荣誉。", nil},

	// a plan from its completion
	{"plan", "示范区", 2020, "截至11月底，全区7个省重点项目完成投资43.44亿元，占年度投资目标的162.7%；",
		[]string{"26.7 亿元 level 2020 ~(年度投资目标)", "62.7 个百分点 pp_change 2020 ~(超年度投资目标)"}},
	{"plan completed", "麻阳苗族自治县", 2022, "45个重点项目完成投资40.42亿元，完成年度计划112.2%。",
		[]string{"36.02 亿元 level 2022 ~(年度计划)", "12.2 个百分点 pp_change 2022 ~重点项目投资 (超年度计划)"}},
	{"plan from an excess", "马村区", 2020, "全年实施省、市重点项目24个，已完成投资52.7亿元，超投资计划\n24个百分点。",
		[]string{"124 % share 2020 ~完成率", "42.5 亿元 level 2020 ~(投资计划)"}},
	{"plan: completion rates without amounts give no plan, only the excess", "焦作市", 2024, "68个省重点、320个市重点项目分别完成年度投资计划的131.1%、122.3%，固定资产投资增长8.3%、全省第5。",
		[]string{"31.1 个百分点 pp_change 2024 ~省重点项目 (超年度投资计划)", "22.3 个百分点 pp_change 2024 ~市重点项目 (超年度投资计划)"}},

	// a change from a from-to pair; a rate from two levels
	{"from-to", "焦作市", 2024, "全面深化污染防治攻坚，强力推动煤炭、钢铁、火电行业清洁运输比例分别从年初的50%、20%、45%提升到年底的86.4%、95%、92.8%，空气质量综合指数有效改善。",
		[]string{"36.4 个百分点 pp_change 2024 ~煤炭", "75 个百分点 pp_change 2024 ~钢铁", "47.8 个百分点 pp_change 2024 ~火电"}},
	{"from-to", "全国", 2016, "2001至2016年，中国常住人口城镇化率从37.66%增长到57.35%，平均每年增长1.2%。",
		[]string{"19.69 个百分点 pp_change 2016 ~常住人口城镇化率"}},
	{"from-to: the subject before 从", "北京市", 2020, "从2014年国家邮政局启动“快递下乡”工程以来，其覆盖率从50%增至今年8月底的97.7%。",
		[]string{"47.7 个百分点 pp_change 2020 ~覆盖率"}},
	{"total, remainder and last year's rate", "全国", 2017, "2017年末，中国大陆总人口逾13.9亿人，其中城镇常住人口81347万人，占总人口比重（常住人口城镇化率）为58.52%，比上年末提高1.17个百分点。",
		[]string{"139000 万人 count 2017 ~总人口", "41.48 % share 2017 ~乡村常住人口", "57.35 % share 2016 ~常住人口城镇化率"}}, // the share is named by its bracketed rate, last year's too
	{"from-to: approximate amounts", "湖北省", 2020, "湖北省流感疫苗计划供应量从近三年的平均每年60多万支增至今年的300多万支。", nil},
	{"arrival rate", "示范区", 2020, "这也是以高新区为主体首次获得的国家级项目支持，为全市唯一，支持资金达5000万元，目前已到位资金3500万元。",
		[]string{"70 % share 2020 ~支持资金到位率"}},

	// the issue's own examples, worked by hand
	{"last level", "焦作市", 2024, "全年新增市场主体1.2万户，同比增长20%。",
		[]string{"1 万户 count 2023 ~新增市场主体 (上年)"}},
	{"base", "焦作市", 2024, "全年签约项目65个，较上年增加13个。",
		[]string{"52 个 count 2023 ~签约项目"}},
	{"total", "焦作市", 2024, "全年民生支出30.6亿元，占一般公共预算支出的80.5%。",
		[]string{"38 亿元 level 2024 ~一般公共预算支出"}},
	{"remainder", "焦作市", 2024, "全市城镇人口占比61.2%。",
		[]string{"38.8 % share 2024 ~乡村人口占比"}},
	{"plan", "焦作市", 2024, "全年完成投资48亿元，为年度计划的120%。",
		[]string{"40 亿元 level 2024 ~(年度计划)", "20 个百分点 pp_change 2024 ~(超年度计划)"}},
	{"from-to", "焦作市", 2024, "农村自来水覆盖率由年初的40%提高到76.5%。",
		[]string{"36.5 个百分点 pp_change 2024 ~农村自来水覆盖率"}},
	{"arrival rate", "焦作市", 2024, "项目到位资金1800万元，总额3000万元。",
		[]string{"60 % share 2024 ~到位率"}},

	// guards: a missing ≈ row costs a user less than a wrong one
	{"guard: a level with no name", "焦作市", 2024, "全年达到1.2万户，同比增长20%。", nil},
	{"guard: a part with no name", "焦作市", 2024, "其中30.6亿元，占一般公共预算支出的80.5%。", nil},
	{"guard: a share of another thing", "焦作市", 2024, "全年民生支出30.6亿元，教育支出占一般公共预算支出的20%。", nil},
	{"guard: a growth of another thing", "焦作市", 2024, "全年新增市场主体1.2万户，个体工商户同比增长20%。", nil},
	{"guard: two readings that agree give one figure", "焦作市", 2024, "全年新增市场主体1.2万户，比上年增加0.2万户，同比增长20%。",
		[]string{"1 万户 count 2023 ~新增市场主体 (上年)"}},
	{"guard: two readings that disagree (1.2−0.5 = 0.7, 1.2÷1.2 = 1.0) give none", "焦作市", 2024, "全年新增市场主体1.2万户，比上年增加0.5万户，同比增长20%。", nil},
	{"guard: a level and its growth read across a column break of OCR", "焦作市", 2024, "2 新增市场主体 城乡居民收入 1.2万户，同 稳步提高， 比增长20%， 全省第5", nil},
	{"guard: a part and its share read across a column break of OCR", "焦作市", 2024, "2 民生支出30.6 城乡居民收入 亿元，占 稳步提高， 一般公共预算支出的80.5% 增长6.1%，", nil},
	{"rounding: a count is as precise as its rate (11899 to 11910)", "焦作市", 2024, "全年新增市场主体12345户，同比增长3.7%。",
		[]string{"11900 户 count 2023 ~新增市场主体 (上年)"}},
	{"rounding: a level keeps its written decimals", "焦作市", 2024, "全年粮食产量5.03亿斤，同比增长0.6%。",
		[]string{"5 亿斤 physical 2023 ~粮食产量 (上年)"}},
	{"rounding: a count that cannot be whole is a wrong reading", "焦作市", 2024, "全市共有3家企业入选，同比增长100%。", nil},

	// the rate of the place above from a difference
	{"benchmark", "马村区", 2024, "2024年1月至12月，规上工业增加值增长7.5%，排名城区第二；固定资产投资提高9.6%，高于全市1.3个百分点，其中工业投资提高67.9%，高于全市44个百分点。",
		[]string{"8.3 % growth 2024 ~固定资产投资", "23.9 % growth 2024 ~工业投资"}},
	{"benchmark: one rate against two places", "桂林市", 2021, "从反映地区经济社会发展总体指标来看，上半年，我市地区生产总值为1067.55亿元，增长11.3%；其中，一产增加值增长8%，分别高于全国、全区0.2、0.1个百分点，增速创近年来新高；", nil},
	{"benchmark: the rate is the benchmark's own", "修武县", 2024, "全省地区生产总值增长5.1%，我市高于全省0.3个百分点。", nil},
}

func describeDerived(f Figure) string {
	y := "-"
	if f.Year != nil {
		y = strconv.Itoa(*f.Year)
	}
	return fmt.Sprintf("%s %s %s %s ~%s", num(f.Value), f.Unit, f.Kind, y, f.Name)
}

func TestDeriveForms(t *testing.T) {
	for _, c := range deriveForms {
		var got []string
		for _, f := range Extract(testArticle(c.text, c.region, c.year)) {
			if !f.Derived {
				continue
			}
			got = append(got, describeDerived(f))
			if f.DerivedFrom == "" || f.Start != strings.Index(c.text, strings.TrimSpace(f.Text)) && f.Text == "" {
				t.Errorf("%s: %v has no arithmetic or span", c.form, f)
			}
		}
		ok := len(got) == len(c.want)
		for i := 0; ok && i < len(got); i++ {
			w := strings.SplitN(c.want[i], "~", 2)
			g := strings.SplitN(got[i], "~", 2)
			ok = g[0] == w[0] && strings.Contains(g[1], w[1])
		}
		if !ok {
			t.Errorf("%s: %s\n got: %q\nwant: %q", c.form, c.text, got, c.want)
		}
	}
}

// Two readings of one sentence that give one figure two values cancel each
// other: a missing ≈ row costs less than a wrong one.
func TestDisagreeingReadings(t *testing.T) {
	s := "粮食总产达42.4亿斤，比上年增加1.4亿斤，同比增长3.5%。"
	x := &extractor{s: s}
	y := yearPtr(2023)
	base := Figure{Start: 0, End: len(s), Derived: true, Kind: Physical, Name: "粮食总产", Year: y, Value: 41.0}
	x.addDerived(base)
	same := base
	same.Name, same.Value = "粮食总产 (上年)", 40.97
	x.addDerived(same)
	if len(x.out) != 1 {
		t.Fatalf("a second reading that agrees added a figure: %v", x.out)
	}
	other := base
	other.Value = 38.2
	x.addDerived(other)
	if got := dropWithdrawn(x.out, x.withdrawn); len(got) != 0 {
		t.Errorf("readings 41.0 and 38.2 of one sentence kept %v", got)
	}
}

// A rate derived from 比去年同期 is of last year's same period.
func TestDerivedPeriod(t *testing.T) {
	text := "工业：2025年一季度，规上工业增加值同比增长13.1%，比去年同期下降16.5个百分点，增速全市第4。"
	for _, f := range Extract(testArticle(text, "北票市", 2025)) {
		if f.Derived {
			if f.Value != 29.6 || f.Year == nil || *f.Year != 2024 || f.Period != "Q1" {
				t.Errorf("got %s%s of %v %q, want 29.6%% of 2024 Q1", num(f.Value), f.Unit, f.Year, f.Period)
			}
			return
		}
	}
	t.Errorf("%s: no derived figure", text)
}
