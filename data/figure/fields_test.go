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
		{region: "焦作市", period: 2024, text: "焦作高新区综合排名全省第7,全国排名提升12位,创历史最好成绩。", fig: "第7", name: "综合排名", owner: "示范区"},
		{region: "马村区", period: 2020, text: "安阳城街道新建污水管网12公里。", fig: "12公里", owner: "安阳城街道"},
		{region: "马村区", period: 2020, text: "全区新建污水管网12公里，其中安阳城街道3公里。", fig: "12公里", owner: "马村区"},
		{region: "马村区", period: 2020, text: "全区新建污水管网12公里，其中安阳城街道3公里。", fig: "3公里", owner: "安阳城街道"},
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
	})
}
