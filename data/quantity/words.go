package quantity

// notQuantities are words and names that contain a numeral but count
// nothing: idioms (一切, 进一步), plans and congresses (十四五, 二十大),
// place names (三门峡, 六盘水), industries (第一产业), words that start with
// 零 and a measure word (零部件, 零件). A
// number that starts inside one of them is not reported.
var notQuantities = []string{
	// idioms and function words
	"之一", "一切", "一直", "一定", "一起", "一体", "一流", "一致", "一样", "一般", "一系列",
	"进一步", "统一", "唯一", "万一", "一线", "一路", "一心", "一手", "一道", "一并",
	"一把手", "一带一路", "一对一", "一站式", "一盘棋", "一张网", "一根针", "千条线",
	"一个个", "一次又一次", "一成不变", "一举", "一方面", "另一方面", "一边", "一番",
	"一旦", "一度", "一贯", "一律", "一同", "一齐", "一再", "一时", "一向", "一味",
	"一揽子", "一次性", "一级", "二级", "三级", "四级", "一星", "二星", "三星", "四星", "五星",
	"一等奖", "二等奖", "三等奖", "一流", "一体化", "一条龙", "一张蓝图", "一把尺",
	"千方百计", "千家万户", "万众", "四面八方", "五湖四海", "七上八下", "三心二意",
	"九牛一毛", "千载难逢", "千載難逢", "一载体",
	"百姓", "老百姓", "百花", "千秋", "万象", "万物", "千百",
	"一二三产", "三产融合", "二产", "三产", "一产",
	// plans, congresses, sessions
	"十四五", "十三五", "十二五", "十五五", "二十大", "十九大", "十八大",
	"二十届", "十九届", "十八届", "二中全会", "三中全会", "四中全会", "五中全会", "六中全会",
	// industries, tiers and ordinal names
	"第一产业", "第二产业", "第三产业", "三次产业", "一二三产业", "第一方阵", "第二方阵", "第三方阵", "第三方",
	"第一书记", "第一责任人", "第一时间", "第一线", "第一要务", "第一动力", "第一资源",
	"第一生产力", "三甲", "二甲", "放在第一位", "摆在第一位", "放在首位", "摆在首位", "放在第一", "摆在第一",
	"二次供水", // 二次供水泵站15座: a kind of water supply, not a second time
	"一次性",  // 一次性创业补贴90人: a one-off kind of payment, not one time
	// places and firms
	"四川", "三门峡", "十堰", "六盘水", "三亚", "万达", "万邦",
	"万科", "千禧", "九州", "十一五",
	// school systems and tour kinds: the number and its 年/日 are part of
	// the noun (九年制学校, 一日游游客), no date or duration
	"一年制", "两年制", "二年制", "三年制", "四年制", "五年制", "六年制", "九年制", "十二年制", "十五年制",
	"九年一贯制", "十二年一贯制", "十五年一贯制",
	"一日游", "二日游", "两日游", "三日游", "一夜游",
	// a product group the statistics name with its count (十种有色金属产
	// 量增长0.7%): the ten metals are one indicator, not a count of kinds
	"十种有色金属",
	// 零 before a measure word that is part of a word (汽车及零部件)
	"零部件", "零配件", "零件", "零星", "零散", "零碎", "零距离", "零容忍",
}

// phoneWords before a long number make it a phone number or a code.
var phoneWords = []string{"热线", "电话", "传真", "手机", "联系方式", "号码", "邮编"}

// Quotes around a slogan; " both opens and closes.
const (
	openQuotes  = "“\"「『‘"
	closeQuotes = "”」』’"
)
