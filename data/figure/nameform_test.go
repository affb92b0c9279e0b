package figure

import "testing"

// The analyst's form of a name (nameform.go), on sentences of the reports
// of the development set's slice h: one case per table or rule.
func TestNameForms(t *testing.T) {
	checkFields(t, []fieldCase{
		// a total and the sentence's scope are no part of the name
		{text: "根据地区生产总值统一核算结果,全县地区生产总值总量为52.22亿元,同比增长4.0%。", fig: "52.22亿元", name: "地区生产总值", kind: Level},
		{text: "上半年,全县实现GDP总量400.61亿元,按可比价计算同比增长6.1%。", fig: "400.61亿元", name: "地区生产总值", kind: Level},
		// the pp change after a growth is of the same indicator
		{text: "全县地区生产总值总量为52.22亿元,同比增长4.0%,比去年同期加快2.2个百分点,六县市排名第三。", fig: "2.2个百分点", name: "地区生产总值", kind: PPChange},
		// a rank's scope (六县市) is not what is ranked
		{text: "全县地区生产总值总量为52.22亿元,同比增长4.0%,比去年同期加快2.2个百分点,六县市排名第三。", fig: "第三", name: "地区生产总值", kind: Rank},
		// the ordinal's 第 is restored, 所占比重 is 比重
		{text: "全县三次产业结构由上年的14.9:33.2:51.9调整为15.3:31.3:53.4,一产业所占比重上升0.4个百分点,二产业所占比重下降1.9个百分点。", fig: "0.4个百分点", name: "第一产业比重", kind: PPChange},
		// the whole of a share named by its place alone when it repeats the part
		{text: "上半年,全县实现规上工业总产值1564.97亿元,占全市规上工业总产值的比重为69.3%,同比增长5.4%。", fig: "69.3%", name: "规上工业总产值占全市比重", kind: Share},
		// the growth after a share is the part's growth
		{text: "分行业看,采矿业增加值占比达96.05%,同比下降15.6%,特别是煤炭开采和洗选业占比为95.56%,同比下降15.4%。", fig: "15.6%", name: "采矿业增加值", kind: Growth},
		// a list of ordinals writing 第 and the head once: each member whole,
		// and 第一 is no rank
		{text: "第一、二、三产业对经济增长的贡献率分别为9.4%、55.6%、35.0%。", fig: "9.4%", name: "第一产业对经济增长的贡献率", kind: Share},
		{text: "第一、二、三产业对经济增长的贡献率分别为9.4%、55.6%、35.0%。", fig: "55.6%", name: "第二产业对经济增长的贡献率", kind: Share},
		// the animal before its stock verb
		{text: "全年出栏生猪85万头,增长3.2%。", fig: "85万头", name: "生猪出栏", kind: Count},
		// a part under 其中 takes its whole's qualifier
		{text: "年末全县常住人口94.5万人,比上年末减少0.4万人,其中:城镇人口42.1万人,乡村人口52.4万人。", fig: "42.1万人", name: "城镇常住人口", kind: Count},
		{text: "年末全县常住人口94.5万人,比上年末减少0.4万人,其中:城镇人口42.1万人,乡村人口52.4万人。", fig: "52.4万人", name: "乡村常住人口", kind: Count},
		// who ranks (洋浦以) is no part of the rate's name
		{text: "今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。其中,洋浦以增速14.2%位列第一。", fig: "14.2%", name: "地区生产总值增速", kind: Growth},
		// members listed before 分别 and a stock verb after it: each number its
		// member, in its own unit, and the growths after them too
		{text: "生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只,分别增长81.8%、3.3%、5.2%、27.9%。", fig: "1342头", name: "牛出栏", kind: Count},
		{text: "生猪、牛、羊、家禽分别出栏6.4万头、1342头、1.2万只、5.5万只,分别增长81.8%、3.3%、5.2%、27.9%。", fig: "27.9%", name: "家禽出栏", kind: Growth},
		// a rate compared with 全国's level is of the same indicator
		{text: "今年上半年,河南省GDP同比增长5.7%,高于全国平均5.3%的水平。", fig: "5.3%", name: "GDP"},
		// a judged rate (增速也较快) is the rate of the indicator the text is about
		{text: "上半年,海口市地区生产总值完成749.49亿元,比上年同期增长8.1%。白沙黎族自治县增速也较快,比上年同期增长6.5%。", fig: "6.5%", name: "地区生产总值", kind: Growth},
		// an amount after a bare verb is of the clause before, not of the bound it passed
		{text: "全县生产总值实现131487万元,同比增长15%;财政总收入突破亿元大关,实现11338万元,增长57.7%。", fig: "11338万元", name: "财政总收入", kind: Level},
		// the output after a crop's sown area is the crop's
		{text: "油菜籽播种面积57836亩,同比增长17%;蔬菜播种面积3930亩,同比增长2.7%,产量5346吨,同比增长3.7%。", fig: "5346吨", name: "蔬菜产量", kind: Physical},
		// an industry after a sibling's indicator has the same indicator
		{text: "分三大门类看,一季度采矿业增加值同比增长8.6%,制造业增长15.6%,电力、热力、燃气及水生产和供应业增长0.8%。", fig: "15.6%", name: "制造业增加值", kind: Growth},
		{text: "分行业看,采矿业增加值占比达96.05%,同比下降15.6%,特别是煤炭开采和洗选业占比为95.56%,同比下降15.4%。", fig: "95.56%", name: "煤炭开采和洗选业增加值占比", kind: Share},
		// a level under 其中 counts the whole's things of that level
		{text: "年末全县农产品加工企业840家;县级以上农业龙头企业98家,其中:省级8家,市级30家。", fig: "8家", name: "省级农业龙头企业", kind: Count},
		// 在库, 在外 are words, not the preposition
		{text: "上半年,全县在库统计投资项目数187个。", fig: "187个", name: "在库统计投资项目数", kind: Count},
		{text: "农村外出就业劳动力7.91万人,增长0.3%;在外务工总收入59.06亿元。", fig: "59.06亿元", name: "在外务工总收入", kind: Level},
		// a bare 新增 counts more of what the count before counted
		{text: "全县“四上”企业达到126家,新增18家。", fig: "18家", name: "新增四上企业", kind: Count},
		// a contribution written after the part's figure is the part's
		{text: "全部工业增加值45.2亿元,增长7.7%,对经济增长的贡献率达38.5%。", fig: "38.5%", name: "工业对经济增长的贡献率", kind: Share},
		// a bare part of a population under 其中
		{text: "年末全县户籍人口52.3万人,其中男性26.9万人,女性25.4万人。", fig: "25.4万人", name: "女性户籍人口", kind: Count}, // the whole is 户籍人口, as the golds of c20 and g02 label its parts
		// a class of goods after a sibling class's price
		{text: "上半年,全市居民消费价格(CPI)同比上涨0.3%。其中,食品烟酒类价格下降1.2%,衣着类上涨1.5%。", fig: "1.5%", name: "衣着类价格", kind: Growth},
		// a classified industry's name is kept whole, 、 and 和 and all
		{text: "全市规上服务业营业收入增长11.6%,其中,信息传输、软件和信息技术服务业营业收入增长23.5%,租赁和商务服务业增长9.8%。", fig: "23.5%", name: "信息传输、软件和信息技术服务业营业收入", kind: Growth},
		{text: "全市规上服务业营业收入增长11.6%,其中,信息传输、软件和信息技术服务业营业收入增长23.5%,租赁和商务服务业增长9.8%。", fig: "9.8%", name: "租赁和商务服务业营业收入", kind: Growth},
		// the totals of listed new things are of the things
		{text: "新增高新技术企业15家、专精特新企业8家,总数分别达到62家、21家。", fig: "21家", name: "专精特新企业总数", kind: Count},
		// an industry under 其中 after its sector's value added, in the sentence before
		{text: "服务业持续恢复,第三产业增加值376.26亿元,增长7.3%。其中,批发和零售业增长10.8%,交通运输、仓储和邮政业增长6.7%。", fig: "6.7%", name: "交通运输、仓储和邮政业增加值", kind: Growth},
		// a part's contribution and pull keep the part
		{text: "三季度,第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点。", fig: "6.6%", name: "第一产业对地区生产总值的贡献率", kind: Share},
		{text: "三季度,第一产业对全县地区生产总值的贡献率为6.6%,拉动GDP增长0.2个百分点。", fig: "0.2个百分点", name: "第一产业拉动GDP", kind: PPChange},
		// the change of a share named by the bare word for a share
		{text: "前三季度,全省县域生产总值占全省地区生产总值的比重为48.6%,占比较上年同期提高0.9个百分点。", fig: "0.9个百分点", name: "县域生产总值", kind: PPChange},
		// a place at the end of a judged rate's words is whose, not what
		{text: "今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。其中,洋浦以增速14.2%位列第一。增速最为缓慢的是五指山市3.0%,三亚市上半年GDP增速4.1%。", fig: "3.0%", name: "地区生产总值增速"},
		// the members of a 分别 list written in the clause before, with what is said of them
		{text: "进口、出口双向发力,分别增长50.7%、45%,增速均居全国第2位。", fig: "45%", name: "出口", kind: Growth},
		// a share of the year's plan (a budget is one) is named by the result and the plan, the growth after it by the subject
		{text: "一般公共预算收入完成7.8亿元,完成年度预算的56.2%,同比增长9.1%。", fig: "56.2%", name: "一般公共预算收入完成年度预算", kind: Share},
		{text: "一般公共预算收入完成7.8亿元,完成年度预算的56.2%,同比增长9.1%。", fig: "9.1%", name: "一般公共预算收入", kind: Growth},
		// a ratio keeps its 比
		{text: "年末金融机构人民币存款余额356.2亿元,存贷比为69.8%。", fig: "69.8%", name: "存贷比", kind: Share},
		// an area sown is named by its crop
		{text: "全县种植水稻68万亩。", fig: "68万亩", name: "水稻种植面积", kind: Physical},
	})
}

func TestFormName(t *testing.T) {
	for _, c := range []struct {
		in, want string
		k        Kind
	}{
		{"全市县域地区农林牧渔业总产值", "农林牧渔业总产值", Level},
		{"产再创新高全区粮食总产量", "粮食总产量", Physical},
		{"地区生产总值占全市地区生产总值比重", "地区生产总值占全市比重", Share},
		{"增速高于全市平均水平", "增速高于全市平均水平", PPChange},
		{"大桥税收过", "大桥税收", Level},
		{"人大常委会审议通过", "人大常委会审议通过", Count},
		{"县经济总量", "地区生产总值", Level},
		{".全县固定资产投资", "固定资产投资", Growth},
		{"规上工业企业新增", "新增规上工业企业", Count},
		{"十四五以来完成投资", "完成投资", Level},
		{"要预期目标是地区生产总值", "地区生产总值目标", Growth},
	} {
		if got := formName(c.in, c.k); got != c.want {
			t.Errorf("formName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCanonicalNameFolds(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"GDP总量", "地区生产总值"},
		{"第三产业经济增长的贡献率", "第三产业对经济增长贡献率"},
		{"一产业所占比重", "一产比重"},
		{"农业总产值", "农业产值"},
	} {
		if CanonicalName(c.a) != CanonicalName(c.b) {
			t.Errorf("CanonicalName(%q) = %q, CanonicalName(%q) = %q: want the same", c.a, CanonicalName(c.a), c.b, CanonicalName(c.b))
		}
	}
}

func TestOrdinalMembers(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"第一、二、三产业增加值", []string{"第一产业增加值", "第二产业增加值", "第三产业增加值"}},
		{"第一、第三产业投资", []string{"第一产业投资", "第三产业投资"}},
		{"第一产业增加值", nil},
		{"第一、二季度", nil},
	} {
		got := ordinalMembers(c.in)
		if len(got) != len(c.want) {
			t.Errorf("ordinalMembers(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] {
				t.Errorf("ordinalMembers(%q) = %q, want %q", c.in, got, c.want)
			}
		}
	}
}
