package figure

import "testing"

// Whose a figure is on reports from places the project was not written
// for: passages of real reports (the development set's slice d and pages
// like them), the region each figure should get written by hand.

const (
	// d04 (宝鸡家园网): the county's honours end in zone and county words
	fengxian = "宝鸡市凤县首次跻身2011年全国西部百强县\n\n日期:2011-08-22 来源:宝鸡家园网\n\n" +
		"8月 20日,从全国县域经济科学发展交流年会上传来喜讯,宝鸡市凤县首次跻身2011年全国西部百强县,排名第 93位。\n\n" +
		"该县先后荣获国家卫生县城、全国生态示范区、国家级水利风景区、省级文明县城、省级平安县、中国最美小城、中国生态文化旅游强县等 50余项殊荣。 " +
		"通过发展生态工业、特色旅游业等,凤县去年完成地方生产总值 66.54亿元 ,增长 23.2%。"
	// d09 (中商情报网): a province's report naming its cities by short names
	gansuCities = "中商情报网讯:前三季度,甘肃省生产需求不断改善,就业民生有效保障,经济运行稳定向好态势进一步巩固。前三季度,全省地区生产总值6444.3亿元,同比增长2.8%,增速比上半年提高1.3个百分点。其中,第一产业增加值889.3亿元,增长5.1%。\n\n" +
		"从经济总量来看,兰州依旧领先,GDP总量2051.01亿元,同比增长1.1%。庆阳紧随其后,GDP总量525.88元。酒泉天水呈现你追我赶的局面,前三季度酒泉、天水GDP总量分别为465.7亿元、465.45亿元。甘南GDP总量较少为156.98亿元。\n\n" +
		"从增速来看,11城GDP增速超全省平均水平。其中,金昌GDP增速最高达8.9%。酒泉、定西排名第二和第三,GDP增速分别为4.6%、4.0%。甘南GDP增速最第为0.3%。\n\n数据来源:中商产业研究院整理"
	// d07 (南海网): a province's report whose 其中 clause turns to its units
	hainanUnits = "南海网海口7月25日消息(南海网记者 李晓梅)今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。其中,洋浦以增速14.2%位列第一,临高县12.2%、东方市11.6%紧随其后位列二三名。增速最为缓慢的是五指山市3.0%,三亚市上半年GDP增速4.1%,排名倒数第三,这是南海网记者7月25日从省政府获悉的。\n\n" +
		"按三次产业分,第一产业增加值423.49亿元,增长5.0%。"
	// 宜都市's work report for 2017: 宜昌 and 全国 are scopes, not owners
	yidu = "(湖北省)2018年宜都市人民政府工作报告(全文)\n\n2018年2月1日在宜都市第八届人民代表大会第四次会议上\n\n市长 谭建国\n\n" +
		"经济运行总体平稳。经济增长保持在合理区间,预计实现生产总值560亿元、固定资产投资410亿元、公共财政预算收入28亿元、社会消费品零售总额118.2亿元。主要经济指标总量保持宜昌前列,综合实力稳居全省第一方阵,全国县域经济基本竞争力排名从上年85位升至81位。"
	// 广元市's work report: zones it built are counted, not owners
	guangyuan = "(四川省)2016年广元市人民政府工作报告(全文)\n\n2016年3月22日 在广元市第六届人民代表大会第七次会议上\n\n广元市人民政府代市长邹自景\n\n" +
		"工业化率从32.6%提高到40.4%,正加速迈进工业化中期阶段。建成国家级经济技术开发区1个、省级经济开发区4个。粮食总产量持续增长,新建现代农业园区47个,国家有机产品认证示范创建县2个。"
)

// a county's report that never names itself, comparing itself with a peer
// (https://hefei.baogaosu.com/xinwen/… "转型升级显成效 经济运行稳中有升"): whose
// the figures are is unknown, and must not become the peer's
const unnamedCounty = "转型升级显成效 经济运行稳中有升\n\n" +
	"今年上半年,我县经济发展保持健康发展良好态势,工业经济、招商引资、项目建设、现代农业等主要经济工作实现稳中有升,县域经济转型升级显现出初步成效。上半年全县实现地区生产总值(GDP,下同)200亿元,同比增长10.2%。\n\n" +
	"战略性新兴产业总产值达143.5亿元,同比增长51.2%,高于全市增幅31个百分点,占全县规上工业总产值的25.9%,比上年同期提高8.4个百分点,在市属五县(市)中,总量首次超过肥东县,跃居第一,增速更是遥遥领先。"

func TestRegionOnUnseenReports(t *testing.T) {
	checkFields(t, []fieldCase{
		// a host written before its county is the county's name
		{text: fengxian, fig: "第 93位", owner: "凤县"},
		// honours (全国生态示范区, …强县) are the county's, not 全国's
		{text: fengxian, fig: "50余项", owner: "凤县"},
		{text: fengxian, fig: "66.54亿元", owner: "凤县"},
		// a province's own figures, its cities named by short forms
		{text: gansuCities, fig: "889.3亿元", owner: "甘肃省"},
		{text: gansuCities, fig: "2051.01亿元", owner: "兰州市"},
		{text: gansuCities, fig: "156.98亿元", owner: "甘南藏族自治州"},
		// places listed before as many values own them in order
		{text: gansuCities, fig: "465.7亿元", owner: "酒泉市"},
		{text: gansuCities, fig: "465.45亿元", owner: "天水市"},
		{text: gansuCities, fig: "第二", owner: "酒泉市"},
		{text: gansuCities, fig: "第三", owner: "定西市"},
		{text: gansuCities, fig: "4.0%", owner: "定西市"},
		{text: gansuCities, fig: "8.9%", owner: "金昌市"},
		// the dateline's city is where the item was filed; the province is
		// the subject; each unit owns its own clause, 的是 included
		{text: hainanUnits, fig: "1675.57亿元", owner: "海南省"},
		{text: hainanUnits, fig: "12.2%", owner: "临高县"},
		{text: hainanUnits, fig: "11.6%", owner: "东方市"},
		{text: hainanUnits, fig: "3.0%", owner: "五指山市"},
		{text: hainanUnits, fig: "423.49亿元", owner: "海南省"},
		// a peer city and 全国 before a ranking are scopes
		{text: yidu, fig: "560亿元", owner: "宜都市"},
		{text: yidu, fig: "81位", owner: "宜都市"},
		{text: guangyuan, fig: "1个", owner: "广元市"},
		{text: guangyuan, fig: "2个", owner: "广元市"},
		// a peer the county overtook is neither its subject nor the owner
		{text: unnamedCounty, fig: "200亿元", owner: "∅"},
		{text: unnamedCounty, fig: "第一", owner: "∅"},
		// a dateline broken across lines, as pages copied from the web
		// are, still says whose report it is; the body says only 我县
		{text: "政府工作报告\n——2024年2月28日在鹿寨县第十七届\n人民代表大会第四次会议上\n县长 张三\n各位代表:\n一、2023年工作回顾\n过去一年,我县地区生产总值增长6.1%,增速排全市第二。与柳江区共建产业园区。", fig: "6.1%", owner: "鹿寨县"},
		{text: "政府工作报告\n2023年1月9日在华容县第十八届人民代表\n大会第三次会议上\n各位代表:\n全县规模以上工业增加值增长8.2%。对口支援汶川县。", fig: "8.2%", owner: "华容县"},
		// a title the city seeks is not its 示范区 (焦作城乡一体化示范区)
		{text: "焦作市创建国家生态文明建设示范区纪实\n\n2023年,全市地区生产总值增长5.1%,森林覆盖率达到36.5%。", fig: "5.1%", owner: "焦作市"},
	})
}

func TestBylinesAndDatelines(t *testing.T) {
	checkFields(t, []fieldCase{
		// a newspaper named after the city is not the report's subject: 全县
		// stays unknown rather than the paper's city
		{text: "来源：宝鸡日报 编辑：李四\n\n今年以来,全县完成地方生产总值 66.54亿元 ,增长 23.2%。", fig: "66.54亿元", owner: "∅"},
		// the government that publishes its own report is its subject
		{text: "来源：凤县人民政府 编辑：李四\n\n今年以来,全县完成地方生产总值 66.54亿元 ,增长 23.2%。", fig: "66.54亿元", owner: "凤县"},
		// a reporter's line names no subject; the body's county does
		{text: "宝鸡日报全媒体记者 张三\n\n通过发展生态工业、特色旅游业等,凤县去年完成地方生产总值 66.54亿元 ,增长 23.2%;实现地方财政收入 2.54亿元,增长 35.49%。", fig: "2.54亿元", owner: "凤县"},
		// the dateline gives the city whose 全市 the item reports
		{text: "甘肃日报 2024年1月6日\n\n新华社兰州1月5日电（记者 王五）2023年全市地区生产总值3487.3亿元,增长6.3%。", fig: "3487.3亿元", owner: "兰州市"},
	})
}
