package quantity

// qualifierWords end in a character that is also a prefix qualifier (约
// about, 近 nearly) without being one: 新签约19个项目 counts 19 projects
// signed, not about 19; 最近3年 are the last three years.
var qualifierWords = []string{"签约", "节约", "合约", "履约", "预约", "集约", "制约", "违约", "特约", "最近", "附近", "临近", "邻近", "靠近"}

// qualifierInWord: the qualifier w ending at byte p of s is the end of
// one of qualifierWords.
func qualifierInWord(s string, p int, w string) bool {
	if w != "约" && w != "近" {
		return false
	}
	_, ok := hasSuffixAt(s, p, qualifierWords)
	return ok
}
