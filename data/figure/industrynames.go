package figure

// industryNames are the industries of the national classification (GB/T
// 4754) whose names are long or hold 、 and 和, as reports write them: a
// name that ends with one is kept from its start, not cut blind at a
// length (信息传输、软件和信息技术服务业营业收入).
var industryNames = byLength([]string{
	"农、林、牧、渔业", "农林牧渔业", "农、林、牧、渔专业及辅助性活动",
	"电力、热力、燃气及水生产和供应业", "电力、热力生产和供应业", "燃气生产和供应业", "水的生产和供应业",
	// the same written without 、 or with the 2002 classification's 的
	// (采矿业、制造业、电力热力燃气及水生产和供应业增加值分别增长…)
	"电力热力燃气及水生产和供应业", "电力、热力、燃气及水的生产和供应业", "电力、燃气及水的生产和供应业",
	"电力热力生产和供应业",
	"批发和零售业", "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业",
	"租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业",
	"居民服务、修理和其他服务业", "卫生和社会工作", "文化、体育和娱乐业",
	"公共管理、社会保障和社会组织", "计算机、通信和其他电子设备制造业",
	"铁路、船舶、航空航天和其他运输设备制造业", "皮革、毛皮、羽毛及其制品和制鞋业",
	"木材加工和木、竹、藤、棕、草制品业", "酒、饮料和精制茶制造业", "文教、工美、体育和娱乐用品制造业",
	"石油、煤炭及其他燃料加工业", "化学原料和化学制品制造业", "有色金属冶炼和压延加工业",
	"黑色金属冶炼和压延加工业", "电气机械和器材制造业", "纺织服装、服饰业", "造纸和纸制品业",
	"印刷和记录媒介复制业", "橡胶和塑料制品业", "仪器仪表制造业", "农副食品加工业",
	"煤炭开采和洗选业", "石油和天然气开采业", "黑色金属矿采选业", "有色金属矿采选业", "非金属矿物制品业",
	"金属制品、机械和设备修理业", "废弃资源综合利用业",
})

// industryStart returns where in s the last classified industry name that
// s holds begins, or -1.
func industryStart(s string) int {
	best := -1
	for _, n := range industryNames {
		if k := lastIndex(s, n); k >= 0 && (best < 0 || k < best) && k+len(n) > len(s)-3*12 {
			best = k
		}
	}
	return best
}
