package figure

import "strings"

// A second list in a sentence that says how much each member listed before
// pulled the whole (三次产业对经济增长的贡献率分别为54.1%、-39.5%和85.4%，分别
// 拉动经济增长0.9、-0.6和1.4个百分点) names each pull by its member:
// 第一产业拉动经济增长, not the last member's for all.

// pullOf is what a clause written 分别拉动… says each member pulled
// (拉动经济增长), or "".
func pullOf(cl clause) string {
	raw := trimLeftSet(compact(cl.raw), "，,；;、")
	rest, ok := strings.CutPrefix(raw, "分别")
	if !ok || !strings.HasPrefix(rest, "拉动") {
		return ""
	}
	rest, _ = trimSuffixes(rest, []string{"了", "为", "达"})
	if runeLen(rest) < 3 || strings.ContainsAny(rest, "0123456789") {
		return ""
	}
	return rest
}

// memberSubject is who a listed member's figure is of: 第一产业 of 第一产业
// 对经济增长的贡献率 and of 第一产业增加值占地区生产总值比重.
func memberSubject(member string) string {
	for _, w := range []string{"对", "占"} {
		if k := strings.Index(member, w); k > 0 {
			return member[:k]
		}
	}
	if t, w := trimSuffixes(member, memberRateEnds); w != "" && t != "" {
		return t // 三次产业贡献率分别为…，分别拉动经济增长: 第一产业 of 第一产业贡献率
	}
	return strings.TrimSuffix(member, headOfName(member))
}

// memberRateEnds end a member's rate written without 对/占 (第一产业贡献率).
var memberRateEnds = []string{"贡献率"}

// pullWorded rewrites a pull written as a contribution (三次产业对经济增长
// 的拉动贡献分别为0.15、-5.64、1.34个百分点; 对全市GDP拉动力分别为6.0、4.3…
// 个百分点) as the verb bulletins name it by (三次产业拉动经济增长…), so each
// member reads 第一产业拉动经济增长 and a place's pull 拉动全市GDP.
func pullWorded(s string) string {
	k := strings.Index(s, "对")
	if k < 0 {
		return s
	}
	j, pull := strings.Index(s[k:], "的拉动"), "的拉动"
	if j < 0 {
		j, pull = strings.Index(s[k:], "拉动"), "拉动" // 对全市GDP拉动力: the 的 left out
	}
	if j <= len("对") {
		return s
	}
	rest, how := trimPrefixes(s[k+j+len(pull):], []string{"贡献", "作用", "力"})
	if pull == "拉动" && (how == "" || rest != "") {
		return s // 对工业拉动明显, 对消费拉动增长: not the pull's name
	}
	return s[:k] + "拉动" + s[k+len("对"):k+j] + rest
}
