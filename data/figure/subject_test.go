package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// The place a report is about, read from its own text (passages from the
// development set, part f, shortened).
func TestLocateSubject(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{
			// a two-character county in the title after its year, its parent
			// city named twice in the body
			"title county after a year",
			"2024年夏县政府工作报告\n\n各位代表:\n\n现在,我代表县人民政府,向大会报告工作,请予审议。\n\n过去的一年,我们认真践行习近平总书记在运城考察时的殷殷嘱托,全力打造“盐临夏一体化运城后花园”。全县经济社会发展总体平稳。全年地区生产总值完成82.86亿元,增长2.5%,全市排名第3。",
			"夏县",
		},
		{
			// the city named twice, inside proper names; 全市 and 全区 lift
			// every city the text names alike (天津港, 大连港, 阜新)
			"self words do not erase the lead of names",
			"各位代表:\n预计全市地区生产总值增长4%左右。工业投资增长30%、领跑全区。招商引资签约项目数量全区第一。\n全市人民期盼多年的赤大铁路客运正式通车。赤峰国际陆港至天津港、大连港“公转铁”铁海联运集装箱班列和赤峰至莫斯科的跨境公路运输成功开行。巴林—奈曼—阜新500千伏输变电工程竣工投运。5个园区成功认定自治区级化工园区,数量居全区第一。",
			"赤峰市",
		},
		{
			// a district written after its city in the title: the city only
			// says which 鼓楼区, and gains from its counties listed below
			"parent written before the child",
			"徐州市鼓楼区2023年经济运行情况\n\n2023年，全区实现地区生产总值720亿元，增长6.1%，增速居全市第2位。全市地区生产总值8900亿元，增长5.5%。\n\n睢宁县地区生产总值增长7.0%，新沂市增长6.5%。",
			"鼓楼区",
		},
		{
			// a name several places share, and nothing says which: written
			// as the title names it (its code stays empty)
			"shared name left unresolved",
			"朝阳区2023年经济运行情况\n\n2023年，全区实现地区生产总值8500亿元，增长5.1%。",
			"朝阳区",
		},
		{
			// a short form shared by a city and districts: nothing written
			"shared short form",
			"朝阳2023年经济运行情况\n\n2023年，全区实现地区生产总值8500亿元，增长5.1%。",
			"",
		},
		{
			// an autonomous county titled short, its peoples left out but
			// its kind kept (峨边自治县 for 峨边彝族自治县)
			"autonomous county written short",
			"2023年峨边自治县国民经济和社会发展统计公报\n\n2023年，全县实现地区生产总值75.2亿元，比上年增长5.1%。",
			"峨边彝族自治县",
		},
		{
			// a district naming its region as often as itself, 全区 lifting
			// both alike: the district's report (slice m's 良庆区, retold)
			"district ties its region",
			"2023年,是青秀区发展进程中极不平凡的一年。广西各族群众倍受鼓舞,青秀区党委、政府团结带领全区干部群众,为广西发展大局作出新贡献。\n全年地区生产总值1250亿元,增长5.0%。",
			"青秀区",
		},
		{
			// no place read, 该县 and 全县 throughout, the county named only
			// inside a slogan (slice p's 洋县, retold for 眉县)
			"county written only in a slogan",
			"今年以来,该县以建设“美丽眉县”为目标,全县完成财政收入3.2亿元,同比增长8.5%。该县规上工业企业完成产值45亿元。",
			"眉县",
		},
		{
			// the same, its province read once: still the county below it
			"county in a slogan, its province read",
			"今年以来,该县紧跟陕西追赶超越步伐,以建设“美丽眉县”为目标,全县完成财政收入3.2亿元,同比增长8.5%。该县规上工业企业完成产值45亿元。",
			"眉县",
		},
		{
			// a city's report speaking of its 县域 and of one county it
			// writes unread: still no county's (and 全市 outnumbers 全县)
			"city report writing a county",
			"今年以来,全市县域经济加快发展,全市完成财政收入32亿元,同比增长8.5%。全县域规上工业企业完成产值450亿元,全市上下支持眉县建设,全县域…全县域。",
			"",
		},
		{
			// two counties written so: neither is clearly the text's
			"two counties in slogans",
			"今年以来,该县对标“美丽眉县”“幸福凤县”,全县完成财政收入3.2亿元,同比增长8.5%。该县规上工业企业完成产值45亿元。",
			"",
		},
		{
			// 高县 inside 提高县域 is a word, not the county
			"county name inside a word",
			"今年以来,该县着力提高县域经济实力,全县完成财政收入3.2亿元,同比增长8.5%。该县规上工业企业完成产值45亿元。",
			"",
		},
		{
			// a text calling itself 全县 once: too little to read 眉县 as its own
			"one self word",
			"今年以来,围绕建设“美丽眉县”,全县完成财政收入3.2亿元,同比增长8.5%。",
			"",
		},
		{
			// places named alike and a 全市 report: no subject
			"no lead, no subject",
			"上半年全市实现地区生产总值407.43亿元,增长13.3%。增速继续保持全省第一,比第二位的泸州市(增12.1%)快1.2个百分点,比乐山市快2个百分点。",
			"",
		},
	}
	g := Default().Places
	for _, c := range cases {
		a := corpus.Parse("x.txt", []byte(c.text))
		Locate(g, a)
		if a.Region != c.want {
			t.Errorf("%s: region %q, want %q", c.name, a.Region, c.want)
		}
		if c.name == "shared name left unresolved" && a.RegionCode != "" {
			t.Errorf("%s: code %q, want none", c.name, a.RegionCode)
		}
	}
}

func TestComparedThrough(t *testing.T) {
	cases := []struct {
		text, place string
		want        bool
	}{
		{"增速继续保持全省第一,比第二位的泸州市(增12.1%)快1.2个百分点", "泸州市", true},
		{"总量高于排名第一的长沙县", "长沙县", true},
		{"占全市比重最高的夏县", "夏县", false},
		{"全县的夏县人民", "夏县", false},
		{"比上年提高,全省的成都市", "成都市", false},
	}
	for _, c := range cases {
		at := strings.Index(c.text, c.place)
		if got := comparedThrough(c.text, at); got != c.want {
			t.Errorf("comparedThrough(%s, %s) = %v, want %v", c.text, c.place, got, c.want)
		}
	}
}

// A place a compared phrase closes is a peer: its own value in brackets
// and a rank that qualifies it are its, the differences are the report's.
func TestPeerFigures(t *testing.T) {
	text := "上半年全市实现地区生产总值407.43亿元,增长13.3%。增速继续保持全省第一,比第二位的泸州市(增12.1%)快1.2个百分点,比全国快6.3个百分点。"
	want := map[string]string{"407.43亿元": "", "13.3%": "", "第一": "", "第二位": "泸州市", "12.1%": "泸州市", "1.2个百分点": "", "6.3个百分点": ""}
	figs := Extract(testArticle(text, "", 0))
	if len(figs) != len(want) {
		t.Errorf("%d figures, want %d", len(figs), len(want))
	}
	for _, f := range figs {
		if w, ok := want[f.Text]; !ok || f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}

// A zone the table lacks, written with its own name before its ending, owns
// the figures of its clause, named as written; a verb before the ending is
// not part of the name.
func TestProseZones(t *testing.T) {
	cases := []struct{ text, fig, want string }{
		{"2023年浦东新区国民经济和社会发展统计公报\n\n张江镇实现税收100亿元。金桥经济技术开发区工业总产值2500亿元，增长3%。外高桥保税区进出口总额1.2万亿元。", "2500亿元", "金桥经济技术开发区"},
		{"2023年浦东新区国民经济和社会发展统计公报\n\n张江镇实现税收100亿元。金桥经济技术开发区工业总产值2500亿元，增长3%。外高桥保税区进出口总额1.2万亿元。", "1.2万亿元", "外高桥保税区"},
		{"长沙县统计局近日公布数据显示，“八园”中榔梨工业园完成规模工业产值30亿元。", "30亿元", "榔梨工业园"},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(testArticle(c.text, "", 2023)) {
			if f.Text == c.fig {
				found = true
				if f.Region != c.want {
					t.Errorf("%s: region %q, want %q", c.fig, f.Region, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s not found in %s", c.fig, c.text)
		}
	}
	for _, f := range Extract(testArticle("项目落户示范区,总投资10亿元。", "", 2023)) {
		if strings.Contains(f.Region, "落户") {
			t.Errorf("项目落户示范区: region %q holds the verb", f.Region)
		}
	}
}

// A page of several counties' news, none of them its subject: each
// paragraph opening on a county (【宿松县】, 望江县：) turns the text to it, and
// 全县 there is that county.
func TestTopicsWithoutSubject(t *testing.T) {
	text := "各县区上半年经济亮点\n\n【宿松县】上半年实现地区生产总值150亿元，增长6.2%。全县粮食产量20万吨。\n\n【太湖县】上半年地区生产总值120亿元，增长5.8%。规上工业增加值增长9%。\n\n望江县：上半年地区生产总值110亿元，增长5.5%。全县规上工业增加值增长8.1%。"
	want := map[string]string{"150亿元": "宿松县", "6.2%": "宿松县", "20万吨": "宿松县", "120亿元": "太湖县", "5.8%": "太湖县", "9%": "太湖县", "110亿元": "望江县", "5.5%": "望江县", "8.1%": "望江县"}
	for _, f := range Extract(testArticle(text, "", 2023)) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}

// A second news item on a page (又讯) is a story of its own, and a place
// right after the news marker (又讯 太湖县…) opens its clause.
func TestSecondNewsItem(t *testing.T) {
	text := "宿松：上半年经济稳中向好\n\n本报讯 上半年，全县实现地区生产总值150亿元，增长6.2%，增速居全市第二。\n\n又讯 太湖县上半年地区生产总值增长5.8%。该县粮食产量20万吨。"
	want := map[string]string{"150亿元": "宿松县", "6.2%": "宿松县", "5.8%": "太湖县", "20万吨": "太湖县"}
	for _, f := range Extract(testArticle(text, "", 2023)) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}

// A value in brackets right after a place is that place's, wherever the
// place stands in its clause (其次是太湖县（6.5%）).
func TestBracketedValueOfPlace(t *testing.T) {
	text := "2023年安庆市经济运行情况\n\n分县区看，增速最快的是宿松县（7.1%），其次是太湖县（6.5%）。"
	want := map[string]string{"7.1%": "宿松县", "6.5%": "太湖县"}
	for _, f := range Extract(testArticle(text, "", 2023)) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}

// 全国 before a first (全国首台, 全国首套) is the scope of the first, not
// the owner of the figures that follow in the sentence.
func TestNationalFirstIsNoOwner(t *testing.T) {
	text := "2024年深圳市龙华区政府工作报告\n\n龙华科技创新形成标志性成果,全国首台国产体外膜肺氧合仪获批上市,打破了国外技术垄断;城区品质得到整体性提升,重点片区投资增长25.8%。"
	for _, f := range Extract(testArticle(text, "", 2023)) {
		if f.Text == "25.8%" && f.Region != "龙华区" {
			t.Errorf("%s: region %q, want 龙华区", f.Text, f.Region)
		}
	}
}

// A 全市 report naming several counties of one city and none of another,
// without naming the city, is the city's (i05, 六安市's investment brief).
func TestCommonParentSubject(t *testing.T) {
	checkRegions(t, []regionCase{{
		"counties of one city",
		"1-6月份全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个、裕安区27个、舒城县25个、金安区21个、霍邱县18个、市开发区14个、叶集区3个。",
		[][2]string{{"174个", "六安市"}, {"34个", "霍山县"}, {"14个", "六安市开发区"}, {"3个", "叶集区"}},
	}})
}
