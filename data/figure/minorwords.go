package figure

// The knowledge of which counts are minor (minor.go): counts of what an
// administration did — meetings held, people reviewed or trained, papers
// issued, the members of a list — which fill the figures table of a work
// report but are not statistics of the economy.

// minorRule makes a count minor when its unit is one of units and its
// name, or the clause it stands in, holds one of words and, when with is
// set, one of with too.
type minorRule struct {
	why   string
	units []string
	words []string
	with  []string
}

var minorRules = []minorRule{
	{why: "meetings and campaigns held: 召开两次党工委（扩大）会议, 开展五次大学习活动",
		units: []string{"次", "场", "轮"},
		words: []string{"会议", "召开", "座谈", "学习", "培训", "专题", "调度", "督导", "督查", "巡查", "调研", "党工委", "党委"}},
	{why: "people reviewed, trained, visited, attending or honoured: 审核95人, 培训党员群众5600余人次",
		units: []string{"人", "名", "人次", "位", "万人次"},
		words: []string{"审核", "培训", "走访", "慰问", "约谈", "观摩", "参加", "出席", "参会", "选聘", "人选",
			"候选人", "代表", "同志", "选手", "先进个人", "表彰", "获奖", "一等奖", "评选", "后备", "党组织", "换届", "教研员"}},
	{why: "households or firms visited: 走访企业30家",
		units: []string{"家", "户", "个", "次"},
		words: []string{"走访", "慰问"}},
	{why: "papers issued: 出台文件12份, 制定管理办法3项",
		units: []string{"份", "件", "个", "项", "部", "条", "套", "篇"},
		words: []string{"文件", "制度", "办法", "实施意见", "方案", "措施", "通知"},
		with:  []string{"出台", "印发", "制定", "修订", "起草", "下发", "编印"}},
}

// listNouns are names that only number the members of a list: 该镇的18个村,
// 26个区直部门, 5家单位获批, 两项工作均实现“零”的突破. A count named by such a
// bare noun tells how long the list is, not how much of anything there is.
var listNouns = map[string]bool{
	"村": true, "社区": true, "单位": true, "部门": true, "区直部门": true, "集体": true,
	"同志": true, "选手": true, "教师": true, "人选": true, "工作": true, "表彰": true,
	"行动": true, "政策": true,
}

// economicWords keep a count major whatever else it says: a count of jobs,
// people, the poor, the insured, investment or firms of a statistical
// class is a statistic even in a sentence about a meeting (参加城乡居民基本
// 养老保险120万人 is coverage, not attendance).
var economicWords = []string{"就业", "人口", "贫困", "投资", "产值", "市场主体", "规模以上", "规上",
	"高新技术", "收入", "营收", "税收", "保险", "参保", "养老", "医疗", "低保", "救助"}

// isClauseBreak tells whether r ends the clause whose words minorRules
// read (a switch: the runes of a string searched for each character cost
// a tenth of the time Extract spends on minor counts).
func isClauseBreak(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '！', '!', '？', '?', '：', ':', '、', '\n':
		return true
	}
	return false
}

// clauseReach is how far, in bytes, a clause is read on each side of a
// count: about twenty Chinese characters.
const clauseReach = 60
