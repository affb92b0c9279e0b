package figure

// The vocabulary the extractor reads sentences with, as tables: what links
// a subject to its number, what marks growth or a share, what opens a
// sentence without being part of a name. extract.go and name.go apply them.

// linkVerbs stand between an indicator and its number and are not part of
// its name (地区生产总值 | 增长 | 5.0%). Longest first within a group does not
// matter: they are stripped repeatedly from the end. The verbs that reach a
// level (贫困发生率降低到1.4%) are among them whole, so that their growth verb
// (降低) does not make the level a growth.
var linkVerbs = byLength([]string{
	"达到", "达", "为", "是", "完成", "实现", "突破", "超过", "超", "逾", "至", "到", "计",
	"累计", "共计", "合计", "总计", "共", "约", "近", "约合", "接近", "将近", "分别", "均",
	"已", "已经", "了", "仍", "再", "攀升", "增至", "提升到", "提升至", "提高到", "提高至", "下降到", "下降至", "增长到", "增长至", "上升到", "上升至", "减少到", "减少至", "降至", "降到", "升至",
	"高于", "低于", "快于", "慢于", "超出", "多", "少", "同比", "环比", "比上年", "较上年",
	"比去年", "较去年", "比去年同期", "较去年同期", "同期", "年均", "平均",
	"位居", "居", "排名", "排", "位列", "名列", "列", "跻身", "稳居", "保持", "占", "名义", "实际",
	"的", "有", "约为", "预计", "预计完成", "有望", "有望达到", "稳定在", "控制在", "保持在", "维持在", "稳定", "保持", "可", "可达", "将", "年产", "新增了", "达成",
	// 园区产值首次突破300亿元: how often is no part of the name
	"首次", "首度", "再次",
	"增加到", "增加至", "降低到", "降低至", "扩大到", "扩大至", "缩小到", "缩小至", "压减到", "压减至",
	// 中央财政扶贫资金已下达660.95亿元: the money handed down, not 已下
	"下达",
	// 夏粮总产量高达1.2亿斤: as high as, not 夏粮总产量高 and 达
	"高达", "多达", "最高达", "最多达",
})

// growthVerbs say the number is a rate of change (with %), or a change (with
// 个百分点 or a unit). They are not part of the name either.
var growthVerbs = byLength([]string{
	"同比增长", "同比下降", "同比提高", "同比增加", "同比减少", "增长", "下降", "提高", "提升",
	"降低", "减少", "增加", "回落", "上升", "下滑", "回升", "扩大", "缩小",
	"压减", "缩短", "压缩", "前移", "上涨", "下跌",
	// 生产总值33.74亿元，比增9.2%: 比上年增长 as 福建's reports shorten it
	"比增", "比降",
	// 负增长4.2% is a fall written as a growth (value as written, like 下降)
	"负增长",
	// 降幅收窄9.4个百分点: a fall that narrows (缩小)
	"收窄",
})

// harvestVerbs say a percentage is a harvest's rate of change (稻谷产量7.0万吨，
// 增产0.6%); before an amount (增产0.94亿斤) they stay in its name, as 增加
// would (粮食增产).
var harvestVerbs = []string{"增产", "减产"}

// shortGrowthVerbs are one-character forms of the growth verbs (比上年增加
// 43.6亿斤，增11.8%; 比上年减少8.7亿斤，减7.5%), read as such only alone or after what compares
// (shortGrowthAfter): 新增 and 净增 stay words of their own.
var shortGrowthVerbs = []string{"增", "降", "减"}

// shortGrowthAfter may stand right before a short growth verb.
var shortGrowthAfter = []string{"比", "上年", "去年", "同期", "同比"}

// rateNames in an indicator's name make its percentage growth
// (主导产业投资增速342.16%).
var rateNames = []string{"增速", "增幅", "增长率", "涨幅", "降幅"}

// shareRates are rates named like a growth that are shares of a population
// (人口自然增长率 is births less deaths per thousand people); a figure in ‰
// is such a rate whatever its name.
var shareRates = []string{"自然增长率"}

// shareCues make a percentage a share: 占…N%, 普惠幼儿园占比, 覆盖率; so
// does a 的 right before the number (完成年度投资计划的131%).
var shareCues = []string{"占", "比重", "占比", "率"}

// genericNames are attributes that need the indicator they belong to: in
// 新签约项目33个、总投资128亿元 the 总投资 is the projects' total investment.
var genericNames = map[string]bool{
	"总投资": true, "总投资额": true, "投资": true, "投资额": true, "增速": true, "增幅": true, "涨幅": true, "降幅": true, "增长率": true,
	"总数": true, "总量": true, "总额": true, "总产值": true, "总规模": true, "总面积": true, "总产量": true,
	"规模": true, "占比": true, "比重": true, "排名": true, "位次": true, "数量": true, "金额": true,
	"资金": true, "资金额": true, "综合排名": true, "全国排名": true, "全省排名": true, "全市排名": true,
	"产值": true, "建设总面积": true, "年产值": true, "总和": true,
}

// IsOwnerlessAttribute reports a name that is only an attribute (总投资,
// 增速, 总产量): the extractor joins such a word to its owner when the text
// gives one, and a figure still named by it alone says of what only in its
// sentence. Charts use it to keep such names out of their indicators.
func IsOwnerlessAttribute(name string) bool {
	return genericNames[name]
}

// noiseByFirst is leadingNoise by first character, in its order: the
// opening words of every subject are tried against it.
var noiseByFirst = indexByFirst(leadingNoise)

// leadingNoise opens a clause without being part of the indicator: time
// phrases, connectives, adverbs of manner.
var leadingNoise = byLength([]string{
	"全年", "今年", "去年", "当年", "上年", "明年", "年内", "同期", "其中包括", "其中", "包括", "同时", "此外", "另外", "目前",
	"截至目前", "截至", "截止", "至今", "已", "已经", "共", "共有", "共计", "总共", "累计", "合计", "总计", "并", "还", "又",
	"和", "与", "及", "以及", "也", "都", "但", "但是", "特别是", "尤其是", "尤其", "、", "，", "：", ":", "（", "）", "(", ")", "“", "”", "\"", "——", "—", "均",
	"分别", "先后", "全部", "一共", "仅", "仅用", "另有", "在", "对", "为", "将", "把", "通过", "围绕",
	"强力", "大力", "全力", "持续", "全面", "积极", "加快", "深入", "扎实", "着力", "进一步", "成功", "及时",
	"顺利", "稳步", "有效", "初步", "基本", "率先", "当年计划", "计划", "预计", "年初以来", "以来",
	"同比", "环比", // 同比增幅达到23.6%: against when, not what; the bare 增幅 takes its subject
	"月底", "月份", "上半年", "下半年", "前三季度", "一季度", "全省", "全国", "该区", "该镇",
	"该街道", "该公司", "该", "我市", "本市", "我省", "本省", "该省", "我国", "全州", "我州", "本州", "该州", "该市", "全区", "全市", "全县", "我区", "本区", "我县", "本县", "该县", "全镇", "该镇", "本镇",
	"组织", "帮助", "推动", "推进", "实施", "开展", "实现", "是", "有", "拥有", "完成",
	"共同", "其", "的", "此次", "本次", "辖区", "带动", "力争", "确保", "目标是", "预期", "提升到", "提高到", "增至", "降至", "年底", "年初", "年末",
})

// actionVerbs end a long clause's preamble: what follows them is the
// indicator (…持续招大引强,设立 | 20亿元生物医药产业基金).
var actionVerbs = byLength([]string{
	"打造", "推动", "推进", "实施", "开展", "完成", "实现", "建成", "建设", "改造", "创建", "设立",
	"认定", "获批", "培育", "带动", "拉动", "发放", "投入", "引导", "聚焦",
})

// countFollowers are nouns after a measure word that name what is counted
// when nothing before the number does (18个贫困村全部摘帽).
var stopAfterCount = byLength(withMisreadings([]string{
	"完成", "实现", "全部", "已", "获得", "接受", "加速", "实体化", "诠释", "提升", "争取", "推进", "确定", "开展", "获批", "入围", "喜获", "之一", "等", "是", "办理", "赴", "实行", "划分", "分包", "担任", "参加", "受益", "从其", "符合", "帮扶", "发挥", "涵盖", "成为", "获", "入选", "进入", "开工", "建成", "投产", "签约", "落户",
	"争取", "通过", "被", "成功", "顺利", "加速", "加快", "正在", "参加", "名列", "分别", "均",
	"集中", "陆续", "相继", "先后", "实质性", "发放", // 98个项目集中开工: the adverb opens what was done to them
	"发展良好", "运行良好", "进展顺利", // 200个…项目发展良好: how they fared
	"日前", "近日", "目前", "有序", "稳步", // 9个项目日前举行了集中签约仪式, 29个前期项目有序推进: when and how, not what
	"纳入", // 9588名灵活就业人员纳入…养老保险范畴: where they were taken in
	"累计", // 纳入监测的25家重点景区累计接待游客…: how much they did, not what they are
	"的", "和", "与", "及", "以及", "或", "、", "，", "。", "；", "（", "(", "“", "\"",
	"中脱颖", "中评选", "中选出", "中遴选", // 从全市26家企业中脱颖而出
	"中排名", "中排", "中居", "中位居", "中位列", "中名列", // 在全省16个地级市中排名第三
}))

// ocrMisreadings are the misreadings OCR makes of a word, which text
// scanned from print carries (入 read as 人: 人选 for 入选, 人围 for 入围).
var ocrMisreadings = map[string][]string{
	"入选": {"人选"},
	"入围": {"人围"},
}

// withMisreadings adds to words the OCR misreadings of each.
func withMisreadings(words []string) []string {
	for _, w := range words {
		words = append(words, ocrMisreadings[w]...)
	}
	return words
}

// durationVerbs make a duration a figure (仅用23天, 增加12天); other
// durations (三年行动, 近5年来) are not statistics.
var durationVerbs = byLength([]string{"仅用", "用", "历时", "增加", "减少", "缩短", "压减", "提前", "延长", "平均", "累计", "达", "达到", "为", "共"})

// comparisonWords before a year make it the base of a comparison, not the
// year the figure describes (较2020年增加54个).
var comparisonWords = byLength([]string{"较", "比", "高于", "低于", "高出", "低出", "快于", "慢于", "相比", "与", "同", "超过", "对比", "相较"})

// scopeVerbs before a place make it the scope of a comparison or rank,
// not the owner of the figure (高于全市, 居全市第一).
var scopeVerbs = byLength([]string{"高于", "低于", "快于", "慢于", "于", "比", "较", "占", "居", "位居", "排名", "在", "赴", "到", "落户", "至", "入驻", "列", "进入", "跻身", "为", "与", "领跑", "全", "驻"})

// scopeAfter: a place followed by one of these is a scope (全市第一, 全省唯一).
var scopeAfter = byLength([]string{"第", "首届", "前列", "首位", "唯一", "首家", "首个", "首宗", "首批", "首台", "首套", "首款", "首例", "首座", "首条", "首部", "首单", "首笔", "首创", "率先", "领先", "排名", "总量", "平均", "一流", "城区第", "乃至", "重点", "党建"})

// rankScopes, nearest first when written together (全市城区第一 is among the
// city's districts).
var rankScopes = []string{"城区", "全国", "全省", "全市", "全区"}

// generic words that cannot be a name on their own
var emptyNames = map[string]bool{
	"": true, "其中": true, "全年": true, "分别": true, "共": true, "累计": true,
	"同比": true, "比": true, "较": true, "达": true, "年": true, "的": true,
}

// nameFinals are characters that end an indicator's name as a word of
// their own (保交房交付率, 接待游客数, 普惠幼儿园占比, 四好农村路). A name read
// off a row of OCR columns that ends in any other single character at the
// end of its column's line has lost the rest of its last word (新认定创新龙
// | 头企业, 乡村建设示 | 范).
const nameFinals = "率数量额值比价费税款金人户家村镇乡区县市企员者时收债院园厂站所校馆路"
