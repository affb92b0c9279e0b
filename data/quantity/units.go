package quantity

// This file holds the vocabulary of quantities as tables a reader can scan,
// in the spirit of Recognizers-Text's pattern files: units, measure words,
// qualifiers. The engine in find.go only applies them.

// unitDef is one unit a number may carry. Norm is the base unit its value is
// expressed in after normalisation and Factor what one of it is worth there.
type unitDef struct {
	Text   string
	Kind   Kind
	Norm   string
	Factor float64
}

// moneyUnits are currencies (kind level), in simplified and traditional
// characters. 万 and 亿 in front of them (万元, 亿美元) come from the
// number, so only the base units are listed. Sub-units (角, 分, 美分) are
// in subUnits; 元 is the yuan, and other currencies keep their own name.
var moneyUnits = []unitDef{
	{"元人民币", Level, "元", 1},
	{"人民币", Level, "元", 1},
	{"人民幣", Level, "元", 1},
	{"元", Level, "元", 1},
	{"圆", Level, "元", 1}, // 金额大写: 壹万圆整
	{"圓", Level, "元", 1},
	{"美元", Level, "美元", 1},
	{"美圆", Level, "美元", 1},
	{"美圓", Level, "美元", 1},
	{"美金", Level, "美元", 1},
	{"欧元", Level, "欧元", 1},
	{"歐元", Level, "欧元", 1},
	{"日元", Level, "日元", 1},
	{"日圆", Level, "日元", 1},
	{"日圓", Level, "日元", 1},
	{"港元", Level, "港元", 1},
	{"港币", Level, "港元", 1},
	{"港幣", Level, "港元", 1},
	{"港圓", Level, "港元", 1},
	{"澳门元", Level, "澳门元", 1},
	{"澳門元", Level, "澳门元", 1},
	{"澳门币", Level, "澳门元", 1},
	{"澳門幣", Level, "澳门元", 1},
	{"澳元", Level, "澳元", 1},
	{"英镑", Level, "英镑", 1},
	{"英鎊", Level, "英镑", 1},
	{"新台币", Level, "台币", 1},
	{"新台幣", Level, "台币", 1},
	{"台币", Level, "台币", 1},
	{"台幣", Level, "台币", 1},
	{"韩元", Level, "韩元", 1},
	{"韓元", Level, "韩元", 1},
	{"卢布", Level, "卢布", 1},
	{"盧布", Level, "卢布", 1},
	{"瑞士法郎", Level, "瑞士法郎", 1},
	{"法郎", Level, "法郎", 1},
	{"奈拉", Level, "奈拉", 1},
	{"比特币", Level, "比特币", 1},
	{"个比特币", Level, "比特币", 1},
}

// percentUnits are proportions; 个百分点 is a difference of percentages.
var percentUnits = []unitDef{
	{"%", Percent, "%", 1},
	{"％", Percent, "%", 1},
	// ℅ (care of) is typed for % by input methods that offer it beside ％
	// (增长15℅, a county congress's news)
	{"℅", Percent, "%", 1},
	{"‰", Percent, "%", 0.1},
	{"个百分点", PPChange, "pp", 1},
	{"個百分點", PPChange, "pp", 1},
	{"百分点", PPChange, "pp", 1},
	{"百分點", PPChange, "pp", 1},
	// a difference of per-mille rates (出生率比上年高0.2个千分点), in points
	// of a percent as ‰ is in percent
	{"个千分点", PPChange, "pp", 0.1},
	{"個千分點", PPChange, "pp", 0.1},
	{"千分点", PPChange, "pp", 0.1},
	{"千分點", PPChange, "pp", 0.1},
}

// measureWords count things (kind count). The unit itself is the base unit:
// 6008人 is 6008 人, 4.6万人次 is 46000 人次.
var measureWords = []string{
	"人次", "户次", "架次", "车次", "场次", "批次", "期次", "剂次", "个", "家", "人", "户", "项", "名", "所", "条",
	"座", "处", "件", "次", "张", "台", "套", "位", "批", "只", "双", "对",
	"种", "类", "棵", "株", "头", "匹", "辆", "艘", "栋", "间", "层", "场", "篇",
	"部", "本", "份", "起", "宗", "例", "支", "队", "组", "村", "镇", "校", "枚",
	"块", "轮", "遍", "回", "章", "节", "款", "票", "片", "幅", "盏", "根",
	"粒", "道", "笔", "剂", "管",
	// poultry are counted by 羽 in farm statistics (出笼家禽393.53万羽)
	"羽",
	// containers count what they hold in everyday speech (24瓶, 8杯, 3箱)
	"瓶", "杯", "碗", "盒", "袋", "箱", "桶", "罐", "颗",
}

// tradMeasureWords are measure words in traditional characters; a count
// is normalised to the simplified word (3個 is 3 个).
var tradMeasureWords = []struct{ Text, Norm string }{
	{"個", "个"}, {"項", "项"}, {"雙", "双"}, {"對", "对"}, {"塊", "块"}, {"條", "条"},
	{"張", "张"}, {"臺", "台"}, {"輛", "辆"}, {"棟", "栋"}, {"層", "层"}, {"場", "场"},
	{"處", "处"}, {"戶", "户"}, {"種", "种"}, {"類", "类"}, {"頭", "头"}, {"間", "间"},
	{"筆", "笔"}, {"隻", "只"}, {"組", "组"}, {"隊", "队"}, {"輪", "轮"}, {"節", "节"},
	{"顆", "颗"},
	{"人次", "人次"}, {"戶次", "户次"}, {"場次", "场次"}, {"車次", "车次"},
}

// physicalUnits are lengths, areas, masses, volumes, energy and data sizes,
// in one normalisation: mass in 公斤, length in 米, area in 平方米, volume
// in 升. 亩 stays 亩: CONTRACTS.md pins 10万亩 as 100000 亩.
var physicalUnits = []unitDef{
	{"微克/立方米", Physical, "微克/立方米", 1},
	{"毫克/立方米", Physical, "毫克/立方米", 1},
	// speed and temperature keep their own units
	{"公里/小时", Physical, "公里/小时", 1},
	{"公里每小时", Physical, "公里/小时", 1},
	{"千米/小时", Physical, "公里/小时", 1},
	{"km/h", Physical, "公里/小时", 1},
	{"米/秒", Physical, "公里/小时", 3.6},
	{"m/s", Physical, "公里/小时", 3.6},
	{"摄氏度", Physical, "℃", 1},
	{"攝氏度", Physical, "℃", 1},
	{"℃", Physical, "℃", 1},
	{"°C", Physical, "℃", 1},
	// area
	{"平方公里", Physical, "平方米", 1e6},
	{"平方公裏", Physical, "平方米", 1e6},
	{"平方千米", Physical, "平方米", 1e6},
	{"平方米", Physical, "平方米", 1},
	{"平方英里", Physical, "平方米", 2589988.110336},
	{"平方英尺", Physical, "平方米", 0.09290304},
	{"平方英呎", Physical, "平方米", 0.09290304},
	{"平方呎", Physical, "平方米", 0.09290304}, // Hong Kong flats
	{"英亩", Physical, "平方米", 4046.8564224},
	{"英畝", Physical, "平方米", 4046.8564224},
	{"平方公尺", Physical, "平方米", 1},
	{"平米", Physical, "平方米", 1},
	{"公顷", Physical, "平方米", 1e4},
	{"公頃", Physical, "平方米", 1e4},
	{"亩", Physical, "亩", 1},
	{"畝", Physical, "亩", 1},
	// volume
	{"立方米", Physical, "升", 1000},
	{"立方公尺", Physical, "升", 1000},
	{"立方厘米", Physical, "升", 0.001},
	{"毫升", Physical, "升", 0.001},
	{"公升", Physical, "升", 1},
	{"升", Physical, "升", 1},
	{"加仑", Physical, "升", 3.785411784},
	{"加侖", Physical, "升", 3.785411784},
	{"ml", Physical, "升", 0.001},
	{"cc", Physical, "升", 0.001},
	{"L", Physical, "升", 1},
	// length
	{"公里", Physical, "米", 1000},
	{"公裏", Physical, "米", 1000},
	{"千米", Physical, "米", 1000},
	{"英里", Physical, "米", 1609.344},
	{"海里", Physical, "米", 1852},
	{"公厘", Physical, "米", 0.001},
	{"英裏", Physical, "米", 1609.344},
	{"英尺", Physical, "米", 0.3048},
	{"英寸", Physical, "米", 0.0254},
	{"吋", Physical, "米", 0.0254},
	{"呎", Physical, "米", 0.3048},
	{"英呎", Physical, "米", 0.3048},
	{"厘米", Physical, "米", 0.01},
	{"釐米", Physical, "米", 0.01},
	{"公分", Physical, "米", 0.01},
	{"毫米", Physical, "米", 0.001},
	{"公尺", Physical, "米", 1},
	{"米", Physical, "米", 1},
	{"cm", Physical, "米", 0.01},
	{"mm", Physical, "米", 0.001},
	{"km", Physical, "米", 1000},
	{"m", Physical, "米", 1},
	// mass
	{"公斤", Physical, "公斤", 1},
	{"千克", Physical, "公斤", 1},
	{"毫克", Physical, "公斤", 1e-6},
	{"微克", Physical, "公斤", 1e-9},
	{"克", Physical, "公斤", 0.001},
	{"吨", Physical, "公斤", 1000},
	{"噸", Physical, "公斤", 1000},
	{"公吨", Physical, "公斤", 1000},
	{"公噸", Physical, "公斤", 1000},
	{"公克", Physical, "公斤", 0.001},
	{"斤", Physical, "公斤", 0.5},
	{"磅", Physical, "公斤", 0.45359237},
	{"盎司", Physical, "公斤", 0.028349523125},
	{"kg", Physical, "公斤", 1},
	{"mg", Physical, "公斤", 1e-6},
	{"g", Physical, "公斤", 0.001},
	// energy, containers, data; food energy in 千卡 (352千卡 is not 352千)
	{"千卡", Physical, "千卡", 1},
	{"大卡", Physical, "千卡", 1},
	{"卡路里", Physical, "千卡", 0.001},
	{"kcal", Physical, "千卡", 1},
	{"千焦", Physical, "千焦", 1},
	{"kJ", Physical, "千焦", 1},
	{"千瓦时", Physical, "千瓦时", 1},
	{"千瓦時", Physical, "千瓦时", 1},
	{"度电", Physical, "千瓦时", 1},
	{"千瓦", Physical, "千瓦", 1},
	{"千伏安", Physical, "千伏安", 1}, // transformers are rated in apparent power
	{"兆伏安", Physical, "千伏安", 1000},
	{"兆瓦", Physical, "千瓦", 1000},
	{"瓦", Physical, "千瓦", 0.001},
	{"标箱", Physical, "标箱", 1},
	// transport work: freight and passengers times distance (货物周转量
	// 114912万吨公里, 旅客周转量22.93亿人公里), not tons nor people
	{"吨公里", Physical, "吨公里", 1},
	{"噸公里", Physical, "吨公里", 1},
	{"人公里", Physical, "人公里", 1},
	{"兆字节", Physical, "字节", 1 << 20},
	{"千字节", Physical, "字节", 1000}, // 六千字节: 6 of them as Recognizers-Text reads it, 6000 bytes as written
	{"千比特", Physical, "比特", 1000},
	{"字节", Physical, "字节", 1},
	{"比特", Physical, "比特", 1},
}

// caseExactUnits are Latin units read only in the case written here: 5G
// and 4G are networks, 3CC nothing.
var caseExactUnits = []string{"g", "mg", "L", "cc"}

// unitNotBefore: a unit followed by one of these is part of another word:
// 60周岁 (an age), 75周年 (an anniversary).
var unitNotBefore = map[string]string{"周": "岁年"}

// notGramAfter: after 5g these are a network (5g网络, 5g手机), not grams.
const notGramAfter = "网基手信技时终用应专芯模频覆商牌"

// liang is 两 as a weight (三十两, 9两半): a twentieth of a 公斤. It is
// told from the numeral 两 by where it stands, not by the table.
var liang = unitDef{"两", Physical, "公斤", 0.05}

// durationUnits measure time spans (figures report them as physical).
var durationUnits = []unitDef{
	{"个小时", Duration, "小时", 1},
	{"個小時", Duration, "小时", 1},
	{"小时", Duration, "小时", 1},
	{"小時", Duration, "小时", 1},
	{"分钟", Duration, "分钟", 1},
	{"分鐘", Duration, "分钟", 1},
	{"个月", Duration, "月", 1},
	{"個月", Duration, "月", 1},
	{"个工作日", Duration, "天", 1},
	{"工作日", Duration, "天", 1},
	{"天", Duration, "天", 1},
	{"周", Duration, "周", 1},
	{"载", Duration, "年", 1}, // 十载, 卌載: years in a literary register
	{"載", Duration, "年", 1},
	{"秒", Duration, "秒", 1},
}

// otherUnits: multiples.
var otherUnits = []unitDef{
	{"倍", Multiple, "倍", 1},
}

// prefixQualifiers mark the number after them as approximate or a bound
// (不少于75个: a plan's floor).
var prefixQualifiers = []string{
	"不少于", "不低于", "不超过", "不多于", "不高于", "不小于", "不大于",
	"将近", "接近", "大约", "约合", "超过", "不足", "不到", "至少", "最多", "突破", "逾", "近", "约", "超", "达约",
	"將近", "大約", "約合", "超過", "至少", "約", "達約",
}

// suffixQualifiers follow the number, before or after its unit.
var suffixQualifiers = []string{"以上", "以下", "左右", "上下", "之多", "有余", "有餘", "余", "餘", "多"}

// unitsOfDate follow a number that is a date or time, not a quantity.
var unitsOfDate = []string{"年度", "年", "月份", "月底", "月初", "月末", "月", "日", "号", "號", "时", "時", "点", "季度"}

// notPercentAfterCheng and notPercentAfterZhe are the characters that,
// right after 成 or 折, make it part of another word (成交, 成为, 折旧, 折合),
// not tenths of a percentage (九成, 八折).
const (
	notPercentAfterCheng = "交为果功效本立员绩熟就长型品都片批套年人文色像分败全才亲婚群语规龙事"
	notPercentAfterZhe   = "旧合算叠射腾服返损价"
)

// articleMeasures after 一 make it the article "a": 一批项目, 一场考验.
const articleMeasures = "批场份条张回道番股片"

// notDozenAfter: 打 after a number is a dozen unless it starts a verb.
const notDozenAfter = "造击通开破响好赢出入工卡印包算扫牢下压捞拼架动磨球折分电车交听扮理量假黑非针赢响"

// smallMoneyUnit is a money unit that is also an everyday word (角, 毛, 分,
// 块), so it counts as money only when what follows says so: Take (钱, 子)
// is read as part of it, Compound lets a sub-unit or closing digit follow
// (两角五分, 两毛五, 三块五), Alone takes it anywhere but before NotAfter,
// Arabic takes it after Arabic digits and EndOnly after any numeral, both
// when no word follows (5角, 50仙, 五十仙。), and Priced after any numeral
// that a price word comes before in its clause, again when no word follows
// (车费5分，冰棍两毛。): without one 95分 is a score, 三毛 a name.
type smallMoneyUnit struct {
	unitDef
	Take     string
	Compound bool
	Alone    bool
	NotAfter string
	Arabic   bool
	EndOnly  bool
	Priced   bool
}

var smallMoneyUnits = []smallMoneyUnit{
	{unitDef: unitDef{"角", Level, "元", 0.1}, Take: "钱錢", Compound: true, Arabic: true, Priced: true},
	{unitDef: unitDef{"毛", Level, "元", 0.1}, Take: "钱錢", Compound: true, Arabic: true, Priced: true},
	{unitDef: unitDef{"分", Level, "元", 0.01}, Take: "钱錢", Priced: true},
	{unitDef: unitDef{"块", Level, "元", 1}, Take: "钱錢", Compound: true, Priced: true},
	{unitDef: unitDef{"塊", Level, "元", 1}, Take: "钱錢", Compound: true, Priced: true},
	// Cantonese: 蚊 is a Hong Kong dollar, 毫 a tenth, 仙 a cent
	{unitDef: unitDef{"蚊", Level, "港元", 1}, Compound: true, Alone: true, NotAfter: "子虫蟲帐帳香蝇蠅"},
	{unitDef: unitDef{"毫", Level, "港元", 0.1}, Take: "子"},
	{unitDef: unitDef{"仙", Level, "港元", 0.01}, Arabic: true, EndOnly: true},
}

// priceWords before a number in its clause make 分, 毛 and 角 after it
// money (车费5分, 票价两毛): the amount is what something costs.
var priceWords = []string{
	"费", "費", "价", "價", "票", "售", "卖", "賣", "付", "花了", "找零", "找回", "找返", "只要", "仅需", "僅需", "收费", "收費",
}

// subUnits are the smaller units that may follow a unit in one amount
// (3元5角2分, 3斤5两, 两美元又三美分, 10日元5日本銭); Part is what one of them
// is worth in the leading unit. Listed largest first for each lead.
var subUnits = []subUnit{
	{"元", "角", 0.1}, {"元", "毛", 0.1}, {"元", "分", 0.01},
	{"圆", "角", 0.1}, {"圆", "分", 0.01}, {"圓", "角", 0.1}, {"圓", "分", 0.01},
	{"块", "毛", 0.1}, {"块", "角", 0.1}, {"块", "分", 0.01},
	{"塊", "毛", 0.1}, {"塊", "角", 0.1}, {"塊", "分", 0.01},
	{"角", "分", 0.1}, {"毛", "分", 0.1},
	{"美元", "美分", 0.01}, {"欧元", "欧分", 0.01}, {"英镑", "便士", 0.01},
	{"日元", "日本銭", 0.01}, {"日元", "钱", 0.01},
	{"港元", "仙", 0.01}, {"蚊", "毫", 0.1}, {"蚊", "仙", 0.01},
	{"斤", "两", 0.1}, {"斤", "兩", 0.1},
	{"小时", "分钟", 1.0 / 60}, {"小时", "分", 1.0 / 60},
}

type subUnit struct {
	Lead, Sub string
	Part      float64
}

// tenthTails are units after which one more digit is a tenth of the unit
// (三块五, 两毛五, 一米八, 三斤二).
const tenthTails = "元块塊角毛斤米蚊"

// tailEnds may follow the closing digit of an amount (三块五。一米八的):
// punctuation, 的 and 钱; anything else makes the digit another number.
const tailEnds = "，。；、：！？）」”,;:!?)的钱錢"

// halfAfter are the kinds whose unit may take 半 (三斤半, 一个半, 两块半).
var halfAfter = map[Kind]bool{Physical: true, Duration: true, Level: true}

// notHalfBefore: 半 after these is part of a word (上半年, 大半, 过半,
// 多半, 好半天), not half of a unit.
const notHalfBefore = "上下前后大多过過好"

// notHalfAfter: 一半 before these is a word of its own (一半导体).
const notHalfAfter = "导導岛島径徑球坡自"

// letterMultipliers are the Latin multipliers after Arabic digits (3M,
// 1.2B, 5bn). K is read with the digits (15k). Bare ones count without
// context (M, as in SI, is never metres); the others need a money or count
// unit after them or a money or count word before the number.
var letterMultipliers = []struct {
	Letter string
	Factor float64
	Bare   bool
}{
	{"bn", 1e9, false}, {"M", 1e6, true}, {"B", 1e9, false}, {"m", 1e6, false}, {"b", 1e9, false},
}

// moneyCountCues before a number make a following M or B a multiplier:
// 营收3M, 用户2.5M, 估值1.2B.
var moneyCountCues = []string{
	"收入", "营收", "營收", "融资", "融資", "估值", "市值", "资金", "資金", "投资", "投資", "销售额", "銷售額",
	"利润", "利潤", "金额", "金額", "价格", "價格", "成本", "预算", "預算", "收益", "费用", "費用", "营业额",
	"工资", "薪", "美元", "元", "$", "用户", "用戶", "人口", "粉丝", "粉絲", "下载", "下載", "访问", "訪問",
	"销量", "銷量", "订单", "訂單", "观看", "觀看", "播放", "会员", "會員", "客户", "客戶", "游客", "遊客",
}

// lengthCues before a number make M metres: 长度3M, 宽2M.
var lengthCues = []string{
	"长度", "長度", "全长", "全長", "长约", "長約", "长达", "長達", "宽", "寬", "高度", "身高", "深度", "水深",
	"距离", "距離", "直径", "直徑", "半径", "半徑", "厚度", "海拔", "跑",
}

// notMultiplierAfter: a letter before these names a firm or product (3M公司).
var notMultiplierAfter = []string{"公司", "胶带", "膠帶"}

// currencySigns are the signs written before an amount, with the letters
// that say whose dollar it is (HK$100 is Hong Kong dollars). The plain
// sign comes after the lettered ones.
var currencySigns = []struct{ Before, Sign, Norm string }{
	{"HK", "$", "港元"}, {"US", "$", "美元"}, {"NT", "$", "台币"}, {"MOP", "$", "澳门元"},
	{"A", "$", "澳元"}, {"S", "$", "新加坡元"}, {"C", "$", "加元"}, {"", "$", "美元"},
	{"", "￥", "元"}, {"", "¥", "元"}, {"", "€", "欧元"}, {"", "£", "英镑"},
}

// currencyBefore are currencies written before the number whose unit is a
// bare 元 (港幣100元, 新台币500元): the amount is in them, not in yuan.
var currencyBefore = []struct{ Word, Norm string }{
	{"港币", "港元"}, {"港幣", "港元"}, {"新台币", "台币"}, {"新台幣", "台币"}, {"台币", "台币"}, {"台幣", "台币"},
	{"澳门币", "澳门元"}, {"澳門幣", "澳门元"}, {"美金", "美元"},
}
