package figure

// The word lists naming reads (name.go, namestage.go, counted.go). Each
// list is what a reader of Chinese reports knows about a class of words;
// the rules that apply them are in the stages.

// verbEnds are verbs a counted object can follow (改造88个老旧小区), longest
// first.
var verbEnds = byLength([]string{
	"新增", "新建", "建成", "改造", "完成", "实施", "引进", "创建", "培育", "打造", "解决", "处理", "收集",
	"帮扶", "签约", "谋划", "储备", "申报", "推荐", "认定", "获批", "开放", "建设", "举办", "组织", "邀请",
	"审核", "发现", "选聘", "划分", "培训", "接待", "涵盖", "入选", "登榜", "达成", "签订", "对接", "实现",
	"开工", "投产", "新改建", "整治", "建成开放", "召开", "表彰", "带动", "吸引", "发放", "减免", "匹配",
	"开展", "承接", "设立", "新设立", "引导", "拉动", "争取", "改扩建", "新建改扩建", "编制", "新设", "获得", "赢得",
	// 民生实事 lists: 惠及10000个家庭, 遴选12所学校, 增设5G基站140座
	"惠及", "遴选", "增设", "开设", "铺设", "评选", "救助", "资助", "安置", "吸纳", "培养", "组建", "成立",
})

// bareVerbs stand alone as a name only with what they were done to
// (推荐68家, 审核95人), besides verbEnds.
var bareVerbs = []string{"推荐", "审核", "提供", "办理", "输送", "获批"}

// bareVerbAdverbs may come before a verb that stands alone as a name.
var bareVerbAdverbs = []string{"新", "再", "又", "还", "另"}

// newWords open the name of what was added; the total of the things is
// named without them (新增项目…总投资 is 项目总投资).
var newWords = []string{"新增", "新认定"}

// moneyVerbs name an amount of money by what was done with it (到位, 拨付):
// the amount is funds.
var moneyVerbs = map[string]bool{"到位": true, "拨付": true, "下达": true, "投入": true}

// groupEnds end the name of a group competed in or ranked among (县(市)组,
// 企业组, 各县区, 六县市排名第三):
// a rank's words that end in one name its scope, not what is ranked.
var groupEnds = []string{"组", "县区", "县市区", "县市", "区县", "市县", "县(市)", "县（市）", "县(市、区)", "县（市、区）", "县(区)", "县（区）"}

// yiCompounds start words with 以 that are not "by" (以上, 以来).
var yiCompounds = []string{"上", "下", "内", "外", "来", "及", "后", "前"}

// planWords follow 完成 when a share is of a plan (完成年度目标的115%).
var planWords = []string{"年度", "全年", "目标", "计划", "任务", "预算", "市定", "省定"}

// sowingWords follow the crop in the name of a sown area; the output that
// follows it is the crop's (粮食播种面积…，总产量 is 粮食总产量).
var sowingWords = []string{"播种", "种植", "收获", "面积"}

// boundWords right after a number make it a bound (35亿斤以上); what follows
// is another clause, not what is counted.
var boundWords = []string{"以上", "以下", "左右", "之多", "以内"}

// afterDeStops end the noun after 的 that a figure measures
// (…亿元的健康元生物医药研究院 | 顺利签约; 以9.0%的增速 | 排名第一).
var afterDeStops = []string{"顺利", "签约", "正式", "开工", "加快", "项目建设", "通过", "落户", "两个", "已", "建成", "投产", "竣工", "落地", "开业", "投用",
	"排名", "位居", "居全", "列全", "排在",
	"同比", "比上年", "较上年", "比去年", "较去年", // 占比63.3%的电力供应业同比增长6.5%: a comparison is said of the noun
	"较", "虽", "尽管", "但", "仍"} // 7.2%的增幅虽较去年同期下降: what is said of the noun

// whomPrepositions open a name with whom something was done for
// (向金融机构推荐); whomVerbs are what was done, where the name starts.
var (
	whomPrepositions = []string{"向", "对", "为", "给"}
	whomVerbs        = []string{"推荐", "发放", "提供", "解决", "办理", "争取", "帮扶", "培训", "输送"}
)

// secondActions join a second action to a first (中小微企业并获低息贷款):
// the figure measures the second.
var secondActions = []string{"并获得", "并获", "并实现", "并完成", "并带动", "并取得"}

// doneAdverbs say an action is done (现已到位, 已审核) and are no part of
// its name.
var doneAdverbs = []string{"现已", "目前已", "均已", "已经", "已", "正在"}

// fragmentOpeners end a word whose start was lost or belongs to the clause
// before (获|得资金支持, 完成|了): a name does not start with them, except
// in the words after them in fragmentKeeps (得分, 得票).
var (
	fragmentOpeners = []string{"得", "了", "着"}
	fragmentKeeps   = []string{"分", "票", "奖"}
)

// listMarkers open the items of a list (一是全年地区生产总值增长6%；二是…):
// numbering, no part of a name.
var listMarkers = []string{"一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "其一", "其二", "其三"}

// ageUnits after a number make it an age band, part of the name it opens
// (65岁及以上老年人口).
var ageUnits = []string{"岁", "周岁"}

// singleNames are the one-character names a count can have (村, 人;
// 全国2804个县实现…).
const singleNames = "村人户镇乡县"

// byLength returns words sorted longest first, so a longer word is tried
// before the shorter one it starts or ends with.
func byLength(words []string) []string {
	sortByLength(words)
	return words
}

// indexByFirst groups words by their first character, for a scan that
// tries only the words that can start at a position.
func indexByFirst(words []string) map[rune][]string {
	m := map[rune][]string{}
	for _, w := range words {
		r := []rune(w)[0]
		m[r] = append(m[r], w)
	}
	return m
}

// stopsByFirst is stopAfterCount by first character.
var stopsByFirst = indexByFirst(stopAfterCount)
