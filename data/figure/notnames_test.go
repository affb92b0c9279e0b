package figure

import (
	"strings"
	"testing"
)

// TestNamedNumbers pins numbers that name, scope or restate rather than
// report (a document's title, policy packages, the scope of a distinction or
// a rank, milestones, quoted slogans, 两位数, 近N个季度, 兵团第二师, the bound
// that selects a count) and the figures beside them, which stay.
func TestNamedNumbers(t *testing.T) {
	cases := []notFigureCase{
		{"今年7月，雅安市出台了《促进经济平稳增长的十二条措施》，1—9月，全市实现工业增加值170.94亿元，增长11.7%。",
			[]string{"十二条"}, []string{"170.94亿元", "11.7%"}},
		{"出台实施稳经济47条、助企纾困22条、民营企业参与政府投资项目13条等措施，推动国家、省、市稳增长一揽子政策落地见效。",
			[]string{"47条", "22条", "13条"}, nil},
		{"深入实施省、市“稳增长20条”，打好“发展六仗”，全县经济强劲复苏、回升向好。", []string{"20条"}, nil},
		{"新建改造城市道路15条、整治背街小巷37条，改造老旧小区26个。", nil, []string{"15条", "37条", "26个"}},
		{"配套制定稳经济40条、推进工业经济高质量发展36条,细化完善以更优营商环境服务市场主体任务261条,投放创业担保贷款1303万元。",
			[]string{"40条", "36条", "261条"}, []string{"1303万元"}},
		{"制定惠企措施20条,出台政策措施共12条,新建农村公路8条。", nil, []string{"20条", "12条", "8条"}},
		{"首次荣获国务院督查激励，获得土地计划指标奖励1000亩，为全国15个县市区之一。", []string{"15个"}, []string{"1000亩"}},
		{"1—4月，福州市固定资产投资完成1162.59亿元，增长23.5%。在全国27个省会城市中，增速排名第一。",
			[]string{"27个"}, []string{"1162.59亿元", "第一"}},
		{"2023年，全市地区生产总值完成2856.3亿元，同比增长5.2%，在全省16个地级市中排名第三。", []string{"16个"}, []string{"第三"}},
		{"一季度，全省规模以上工业增加值同比增长7.5%。在全省40个工业大类行业中，有26个行业增加值同比增长。",
			nil, []string{"40个", "26个"}},
		{"全县地区生产总值完成107.2亿元，稳定突破百亿元大关；固定资产投资完成39.9亿元。", []string{"百亿元"}, []string{"107.2亿元", "39.9亿元"}},
		{"人均地区生产总值突破5万关口、达到5.28万元。", []string{"5万"}, []string{"5.28万元"}},
		{"制造业税收迈上2亿元台阶，税收过千万元企业达到22家。", []string{"千万元"}, []string{"2亿元", "22家"}},
		{"经济总量首次在上半年突破7000亿元大关，同比增长6.3%。", []string{"7000亿元"}, []string{"6.3%"}}, // a threshold (notfigure_prec.go)
		{"实现税收4600万元，其中，天津大桥税收过千万元、得意电子税收过500万元。", nil, []string{"4600万元", "千万元"}},
		{"在2007年粮食总产量达到692.6亿斤的基础上，连续越过800、900、1000、1100亿斤四个台阶。",
			[]string{"800", "900", "1000", "1100亿斤"}, []string{"692.6亿斤"}},
		{"“十四五”以来，全省地区生产总值连跨4个千亿台阶。", []string{"千亿台"}, []string{"4个"}},
		{"乡党委政府以邓小平理论和“三个代表”重要思想为指导，全乡GDP达2.92亿元。", []string{"三个"}, []string{"2.92亿元"}},
		{"先后入榜综合实力、绿色发展等六个“全国百强县”。", nil, []string{"六个"}},
		{"其中，黄金、铅、精炼铜、镍、集成电路产量两位数增长。", []string{"两位"}, nil},
		{"增速高于全国0.9个百分点，实现近12个季度最高增速、近9个季度高于全国的最大幅度。", []string{"12个", "9个"}, []string{"0.9个百分点"}},
		{"第二师铁门关市统计局 国 家 统 计 局 兵 团 第 二 师 调 查 队", []string{"第 二"}, nil},
		{"统筹国内国际两个大局，一年来，县政府办成了三件大事。", []string{"两个", "三件"}, nil},
		{"县委书记在会上讲话，强调要抓好三件事。全县新增规上企业12家。", []string{"三件"}, []string{"12家"}},
		{"投资成效显著，8个市县城镇固定资产投资增速超过50%，16个市县一般预算收入增速超过30%。",
			[]string{"50%", "30%"}, []string{"8个", "16个"}},
		{"变压器累计实现2828.08万千伏安，增长44.9%。", nil, []string{"2828.08万千伏安", "44.9%"}},
		{"新建二级医院2所，防洪标准达到50年一遇。", []string{"50年"}, []string{"2所"}},
		{"每年至少开展1次专项检查，每季度召开1次调度会；全年召开常务会议24次。", []string{"1次"}, []string{"24次"}},
		{"1.5万平方米以上的建筑须配建停车位，每100平方米不少于1个；每千人口拥有床位6.87张。",
			[]string{"100平方米"}, []string{"6.87张"}},
		{"第1—3季度全县完成投资86亿元，占年度目标的78%。", []string{"第1"}, []string{"86亿元", "78%"}},
		{"第一，经济运行稳中有进，地区生产总值增长5.5%。第二，新增市场主体3200户。",
			[]string{"第一", "第二"}, []string{"5.5%", "3200户"}},
		{"地区生产总值增速居全省第一，规上工业增加值增速排名：第二。", nil, []string{"第一", "第二"}},
		{"全县12.5万名60周岁以上老人领取高龄津贴，庆祝建县75周年。", []string{"60周", "75周"}, []string{"12.5万名"}},
		{"12月31日24时，全县累计接种疫苗35.6万剂次。", nil, []string{"35.6万剂次"}},
		{"【打印本页】【关闭窗口】 阅读 2.3万\n全县新增规上企业12家。", []string{"2.3万"}, []string{"12家"}},
		{"本期编辑：李四 审核：王五 2024年第3期 共印20份\n全县新增规上企业12家。", []string{"20份"}, []string{"12家"}},
	}
	checkNotFigures(t, cases)
}

// TestNumberingInNames: list markers and age bands around a figure's name.
func TestNumberingInNames(t *testing.T) {
	cases := []struct{ text, fig, name string }{
		{"一是全年地区生产总值增长6%；二是财政收入增长5%。", "6%", "地区生产总值"},
		{"一是全年地区生产总值增长6%；二是财政收入增长5%。", "5%", "财政收入"},
		{"全县65岁及以上老年人口2.3万人，占12.5%。", "2.3万人", "65岁及以上老年人口"},
		{"2023年末，全省常住人口中，0—14岁人口为517.49万人，占14.93%。", "517.49万人", "0—14岁人口"},
		{"① 新建学校3所；② 改造道路5条。", "3所", "新建学校"},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(testArticle(c.text, "", 0)) {
			if f.Text == c.fig && !f.Derived {
				found = true
				if f.Name != c.name {
					t.Errorf("%q: %s named %q, want %q", c.text, c.fig, f.Name, c.name)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", c.text, c.fig)
		}
	}
}

// TestShortGrowth: 增 alone and 涨幅 make a percentage a growth; 新增 stays
// a word of its own.
func TestShortGrowth(t *testing.T) {
	cases := []struct {
		text, fig string
		kind      Kind
	}{
		{"水稻产量412.4亿斤，比上年增加43.6亿斤，增11.8%；小麦产量20.9亿斤。", "11.8%", Growth},
		{"社会消费品零售总额增长7%；居民消费价格涨幅控制在3%以内。", "3%", Growth},
		{"新增5家国家级、8家省级孵化器。", "5家", Count},
		{"到2025年，全县地区生产总值力争达到300亿元，年均增长6%—7%。", "7%", Growth},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(testArticle(c.text, "", 0)) {
			if f.Text == c.fig && !f.Derived {
				found = true
				if f.Kind != c.kind {
					t.Errorf("%q: %s is %s, want %s", c.text, c.fig, f.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", c.text, c.fig)
		}
	}
}

// TestCornerQuotes: 〝〞 quote a name as “” do (〝十五〞期末的1.9倍).
func TestCornerQuotes(t *testing.T) {
	text := "〝十一五〞期末，全区完成生产总值249.1亿元，是〝十五〞期末的1.9倍，年均增长15%。"
	for _, f := range Extract(testArticle(text, "", 0)) {
		if strings.ContainsAny(f.Name, "〝〞") {
			t.Errorf("%s named %q: a corner quote left in a name", f.Text, f.Name)
		}
	}
}
