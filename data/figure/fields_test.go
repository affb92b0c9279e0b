package figure

import (
	"strconv"
	"testing"
)

// fieldCase pins some fields of one figure of a real sentence: the figure is
// found by its text (the n-th such, from 0); an empty want is not checked,
// "∅" wants an empty field, year 0 is not checked.
type fieldCase struct {
	region string
	period int
	text   string
	fig    string
	nth    int
	name   string
	kind   Kind
	owner  string
	year   int
}

func checkFields(t *testing.T, cases []fieldCase) {
	t.Helper()
	for _, c := range cases {
		var got *Figure
		n := 0
		figs := Extract(testArticle(c.text, c.region, c.period))
		for i := range figs {
			if figs[i].Text == c.fig && !figs[i].Derived {
				if n == c.nth {
					got = &figs[i]
					break
				}
				n++
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %q", c.text, c.fig)
			continue
		}
		want := func(field, g, w string) {
			if w == "∅" {
				w = ""
			} else if w == "" {
				return
			}
			if g != w {
				t.Errorf("%q: %s of %q = %q, want %q", c.text, field, c.fig, g, w)
			}
		}
		want("name", got.Name, c.name)
		want("kind", string(got.Kind), string(c.kind))
		want("region", got.Region, c.owner)
		if c.year != 0 {
			y := "-"
			if got.Year != nil {
				y = strconv.Itoa(*got.Year)
			}
			want("year", y, strconv.Itoa(c.year))
		}
	}
}

// Towns and streets own their figures; 高新区 is the 示范区.
func TestFieldsRegion(t *testing.T) {
	checkFields(t, []fieldCase{
		{region: "示范区", period: 2020, text: "本报讯(记者付凯明)村(社区)“两委”换届工作开展以来,宁郭镇召开5次党委(扩大)会议,制定工作流程图。", fig: "5次", owner: "宁郭镇"},
		{region: "示范区", period: 2020, text: "宁郭镇召开会议。\n截至目前,该镇的18个村已审核95人,发现不符合任职资格人选9名;18个村全部完成。", fig: "9名", owner: "宁郭镇"},
		{region: "示范区", period: 2020, text: "截至目前,该镇的18个村已审核95人。", fig: "18个", owner: "示范区"},
		{region: "焦作市", period: 2024, text: "焦作高新区综合排名全省第7,全国排名提升12位,创历史最好成绩。", fig: "第7", name: "综合排名", owner: "焦作高新区"},
		{region: "马村区", period: 2020, text: "安阳城街道新建污水管网12公里。", fig: "12公里", owner: "安阳城街道"},
		{region: "马村区", period: 2020, text: "全区新建污水管网12公里，其中安阳城街道3公里。", fig: "12公里", owner: "马村区"},
		{region: "马村区", period: 2020, text: "全区新建污水管网12公里，其中安阳城街道3公里。", fig: "3公里", owner: "安阳城街道"},
		{region: "郑州市", period: 2020, text: "高新区实现营业收入85亿元，同比增长12%。", fig: "85亿元", owner: "郑州高新区"}, // the city's zone, named after it (b16 长沙经开区)
		{region: "解放区", period: 2020, text: "12月23日上午,驻示范区10名市十三届人大代表赴解放区集中视察。", fig: "10名", owner: "示范区"},
		{region: "马村区", period: 2020, text: "项目落户示范区,总投资10亿元。", fig: "10亿元", owner: "马村区"},
	})
}

// Names: fragments give no name rather than a wrong one; a bare verb takes
// its object from the count before it; broken ends come off.
func TestFieldsName(t *testing.T) {
	checkFields(t, []fieldCase{
		// OCR lost 投 of 投资: no name, not the GDP of the figure before
		{region: "焦作市", period: 2024, text: "地区生产总 值增长5.4%, 资增长8.3%、 高于全省平均水 全省第5", fig: "8.3%", name: "∅", kind: Growth},
		{region: "焦作市", period: 2024, text: "地区生产总 值增长5.4%, 资增长8.3%、 高于全省平均水 全省第5", fig: "5.4%", name: "地区生产总值"},
		{region: "示范区", period: 2020, text: "该区申报推荐国家高新技术企业16家，同比增长130%，其中新获批11家，同比增长266.7%；", fig: "11家", name: "新获批国家高新技术企业", kind: Count},
		{region: "示范区", period: 2020, text: "其中包括项目资金7675万元、奖励资金350万元，现已到位4224.9万元，到位资金量同比增长236%。", fig: "4224.9万元", name: "到位资金", kind: Level},
		{region: "示范区", period: 2020, text: "森格材料公司从全市26家企业中脱颖而出。", fig: "26家", name: "企业"},
		{region: "示范区", period: 2020, text: "共签订合作项目14个，达成合作意向10个，邀请院士、校(所)长等高层次人才6人。", fig: "10个", name: "达成合作意向"},
		{region: "马村区", period: 2023, text: "城区高质量发展的 得资金支持4.32亿元，申报万亿国债项目2个。", fig: "4.32亿元", name: "资金支持"},
		{region: "马村区", period: 2024, text: "2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。", fig: "5.0%", name: "地区生产总值"},
		{region: "示范区", period: 2020, text: "帮助蒙牛、亿中弘等11家企业成功申请省疫情防控政策性低息贷款,向金融机构推荐68家符合“861金融暖春”行动条件的中小微企业并获低息贷款1.24亿元。", fig: "68家", name: "推荐中小微企业"},
		{region: "示范区", period: 2020, text: "帮助蒙牛、亿中弘等11家企业成功申请省疫情防控政策性低息贷款,向金融机构推荐68家符合“861金融暖春”行动条件的中小微企业并获低息贷款1.24亿元。", fig: "1.24亿元", name: "获低息贷款"},
		{region: "示范区", period: 2020, text: "该区共申请上级科技资金8025万元,同比增长352%,其中包括项目资金7675万元、奖励资金350万元。", fig: "7675万元", name: "项目资金"},
		{region: "马村区", period: 2020, text: "千业新材料以总分第一的成绩，获得第六届全国砂石骨料大赛第一名。", fig: "第一", name: "总分"},
		{region: "马村区", period: 2023, text: "\"多亏了咱们的集成服务,持续几 13位。", fig: "13位", name: "∅"},
		// money after a count is not named by the count
		{region: "马村区", period: 2023, text: "实施\"智改数转\"等6项行动,大力发展\"三室\"经济, 2.56亿元,超亿元企业突破20家。", fig: "2.56亿元", name: "∅"},
		{region: "马村区", period: 2020, text: "成交额4921万元。", fig: "4921万元", name: "成交额"},
		{region: "马村区", period: 2020, text: "一般公共预算收入完成15.6亿元，为预算的102.3%。", fig: "102.3%", name: "一般公共预算收入", kind: Share},
		{region: "马村区", period: 2020, text: "高新区实现营业收入85亿元，同比增长12%。", fig: "85亿元", name: "营业收入", owner: "高新区"},
		{region: "马村区", period: 2020, text: "全区第三产业增加值占GDP比重达到45.2%，比上年提高2.1个百分点。", fig: "45.2%", name: "第三产业增加值占GDP比重", kind: Share},
		{region: "马村区", period: 2020, text: "我区经济总量在全市排名第三位。", fig: "第三位", name: "地区生产总值", kind: Rank},
		{region: "马村区", period: 2020, text: "新增城镇就业人数完成年度目标任务的115%。", fig: "115%", name: "新增城镇就业人数", kind: Share},
		{region: "马村区", period: 2023, text: "先进制造业聚力\"3252\"转型重点。 商务2个生产性服务业以及文旅文创、康养研学2个生活性服务业。", fig: "2个", name: "生产性服务业"},
		{region: "马村区", period: 2023, text: "先进制造业聚力\"3252\"转型重点。 商务2个生产性服务业以及文旅文创、康养研学2个生活性服务业。", fig: "2个", nth: 1, name: "生活性服务业"},
		{region: "马村区", period: 2020, text: "该区4名选手均获一等奖。", fig: "4名", name: "选手"},
		{region: "马村区", period: 2020, text: "投资3亿元的智能制造产业园建成投产。", fig: "3亿元", name: "智能制造产业园投资"},
		{region: "马村区", period: 2020, text: "发放以奖代补资金500万元。", fig: "500万元", name: "发放以奖代补资金"},
		{region: "解放区", period: 2020, text: "花海广场总投资1亿元,建设总面积17.92万平方米,包括景观池、停车场。", fig: "17.92万平方米", name: "花海广场建设总面积"},
		{region: "示范区", period: 2020, text: "谋划上报了市级“十四五”规划项目106个,总投资1845.6亿元。", fig: "106个", name: "谋划上报市级十四五规划项目"},
		{region: "焦作市", period: 2024, text: "大咖・梦工厂一期、城市医疗服务能力提升等6个项目建成投用,68个省重 点、320个市重点项目分别完成年度投资计划的131.1%、122.3%。", fig: "68个", name: "省重点项目"},
		{region: "焦作市", period: 2024, text: "大咖・梦工厂一期、城市医疗服务能力提升等6个项目建成投用,68个省重 点、320个市重点项目分别完成年度投资计划的131.1%、122.3%。", fig: "131.1%", name: "省重点项目"},
		{region: "焦作市", period: 2024, text: "新增6家省质量标杆企业、23家省级绿色工厂、15家省级智能工厂车间。", fig: "23家", name: "省级绿色工厂"},
		{region: "示范区", period: 2020, text: "新增5家国家级、8家省级孵化器。", fig: "5家", name: "新增国家级孵化器"},
	})
}

// Years: a year that names what was done (申报2021年…项目, “2019年度…单位”)
// is its own clause's only; 当年 is the year the sentence named; a year
// compared with is not the figure's.
func TestFieldsYear(t *testing.T) {
	plan := "10月份以来，牵头开展了全区2021年项目谋划工作，截至11月底，已初步谋划项目282个，较2020年增加54个，增幅达23.7%；总投资1098亿元，较2020年增加129亿元，增幅达13.3%；当年计划完成投资300.17亿元，较2020年增加9.02亿元，增幅达3.1%。"
	bonds := "截至目前，已累计申报政策资金项目24个；申报2021年地方政府专项债项目10个，总投资111.1亿元，资金需求为42.4亿元；帮助蒙牛、亿中弘等11家企业成功申请省疫情防控政策性低息贷款。"
	checkFields(t, []fieldCase{
		{region: "示范区", period: 2020, text: plan, fig: "282个", year: 2021},
		{region: "示范区", period: 2020, text: plan, fig: "54个", year: 2021},
		{region: "示范区", period: 2020, text: plan, fig: "300.17亿元", year: 2021},
		{region: "示范区", period: 2020, text: bonds, fig: "24个", year: 2020},
		{region: "示范区", period: 2020, text: bonds, fig: "10个", year: 2021},
		{region: "示范区", period: 2020, text: bonds, fig: "11家", year: 2020},
		{region: "示范区", period: 2020, text: "焦作高新区被通报表彰为“2019年度火炬统计工作先进单位”。科技总部新城4个创新载体获评“科技产业综合先进单位”。", fig: "4个", year: 2020},
		{region: "马村区", period: 2020, text: "明年，全区力争地区生产总值增长6%。", fig: "6%", year: 2021},
		{region: "马村区", period: 2020, text: "2021年将新建改扩建中小学5所。", fig: "5所", year: 2021},
		{region: "马村区", period: 2024, text: "2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。", fig: "1.2个百分点", year: 2024},
		// targets set in a review of 2022 without a date are 2023's; one met is not a target
		{region: "果洛藏族自治州", period: 2022, text: "2022年,果洛州实现地区生产总值53.62亿元。\n\n果洛州划定发展预期目标,地区生产总值增长3%;全社会固定资产投资增长7%。", fig: "7%", year: 2023},
		{region: "广西壮族自治区", period: 2021, text: "上半年,全区经济持续稳定恢复,基本实现预期目标,增长12.0%。", fig: "12.0%", year: 2021},
		// 今年 after a base year it is compared with is the figure's year
		{region: "黑龙江省", period: 2011, text: "在2007年粮食总产量达到692.6亿斤的基础上，到今年的1114.1亿斤，比2007年增长60.9%。", fig: "60.9%", year: 2011},
		// a web page's paragraphs, one a line: the year of one line is not the next's
		{region: "广西壮族自治区", period: 2021, text: webLines, fig: "13536元", year: 2021},
	})
}

const webLines = "三是需求扩量。投资、消费保持扩容增量态势。上半年全区固定资产投资同比增长15.1%，比2019年同期增长16.4%，两年平均增长7.9%。规模以上工业增加值同比增长17.4%，两年平均增长6.7%，分别比一季度两年平均和2019年上半年增速高0.3、3.5个百分点。\n" +
	"五是民生改善。上半年，全区居民人均可支配收入13536元，同比名义增长12.9%，扣除价格因素实际增长12.1%。全区城镇新增就业22.30万人，城镇失业人员再就业8.66万人，就业困难人员就业3.55万人。\n"

// OCR of a page in columns joins lines of neighbouring columns with a
// space: the words before it are another column's. A space in prose or
// inside a word only wraps a line.
func TestFieldsColumnBreak(t *testing.T) {
	checkFields(t, []fieldCase{
		{region: "马村区", period: 2023, text: "\"枫桥经验\",切实把\"十件民生实事\" 办到老百姓心坎上,延伸\"微网格\"服 务功能,幸福生活更加可观可感可 群众反映问题3997个。", fig: "3997个", name: "群众反映问题"},
		{region: "马村区", period: 2023, text: "的美丽画卷 和怀川文化的历史画卷\"\"乡村振 的169%、172%,41个专项债项目", fig: "169%", name: "∅"},
		{region: "焦作市", period: 2024, text: "2 新引进省外境 保交房交付率 达 98.58%, 内项目 444 个 全省第4 全省第1", fig: "98.58%", name: "保交房交付率"},
		// prose: the space wraps a line, at a word boundary or inside a word
		{region: "焦作市", period: 2024, text: "大力推动惠民政策落实落地, 荣获省重点民生实事工作突出单位, 居民 人均可支配收入达35173元,全省第4。", fig: "35173元", name: "居民人均可支配收入"},
		{region: "焦作市", period: 2024, text: "全面深化污染防治攻坚,强力推动煤炭、钢铁、火电行业清洁运输比例 分别从年初的50%、20%、45%提升到年底的86.4%、95%、92.8%,空气质量 综合指数有效改善", fig: "95%", name: "钢铁行业清洁运输比例"},
		{region: "焦作市", period: 2024, text: "地区生产总 值增长5.4%, 资增长8.3%、 高于全省平均水 全省第5 1 科技支出增 速全省第1、综 合科技创新水平 全省第3", fig: "第3", name: "综合科技创新水平"},
		{region: "马村区", period: 2020, text: "全年实施“三大改造”项目25个，完成\n投 资 16.4 亿 元 ，占 年 度 投 资 计 划 的\n113.2%。", fig: "113.2%", name: "完成投资占年度投资计划比重"},
	})
}

// A bare 万 or 亿 of money is yuan.
func TestFieldsMoneyUnit(t *testing.T) {
	figs := Extract(testArticle("完善\"1+2+N\"投融资体系,新设立2亿元焦投天使投资基金,政府投资基金总规模达109亿。全区户籍人口达28万。", "焦作市", 2024))
	got := map[string]string{}
	for _, f := range figs {
		got[f.Text] = f.NormUnit
	}
	if got["109亿"] != "元" {
		t.Errorf("109亿 of a fund: norm unit %q, want 元", got["109亿"])
	}
	if u, ok := got["28万"]; ok && u == "元" {
		t.Errorf("28万 people taken as yuan")
	}
}
