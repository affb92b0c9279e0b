package figure

import "strings"

// This file gives a finished name the form an analyst writes in a
// spreadsheet. Reports write one indicator many ways: with the scope that
// opens the sentence (全县地区生产总值), as a total (GDP总量, 县经济总量),
// with the ordinal's 第 dropped (一产业所占比重), with the denominator's name
// repeated (占全市规上工业总产值的比重), the verb before the animal (出栏生猪).
// The forms are vocabulary (the tables below); formName applies them.

// scopeOpeners open a sentence's subject with whose it is (全县, 我市); the
// region field says that, the name does not.
var scopeOpeners = []string{
	"县域地区", "全县", "全市", "全区", "全省", "全州", "全旗", "全盟", "我县", "我市", "我区", "我省", "我州", "本县", "本市", "本区",
}

// targetLinks join a plan's targets to the indicator they are set for.
var targetLinks = []string{"目标是", "目标为", "目标："}

// boundVerbs end the words before a bound (税收过千万元, 产值突破百亿元).
var boundVerbs = []string{"超过", "突破", "逾", "过", "超"}

// afterInnerScope: 粮食生产再创新高，全区粮食总产量 — a scope word inside a
// name opens the indicator's own words; the words before it are another
// clause's. Not inside a share or a comparison (占全市比重, 高于全市).
func afterInnerScope(n string) string {
	if !strings.ContainsAny(n, scopeFirsts) {
		return n
	}
	for _, w := range scopeOpeners {
		k := strings.LastIndex(n, w)
		if k <= 0 || runeLen(n[k+len(w):]) < 4 || containsAny(n[:k], scopeKeepers) {
			continue
		}
		return n[k+len(w):]
	}
	return n
}

// scopeFirsts are the first characters of scopeOpeners, to skip the names
// that hold none.
const scopeFirsts = "县全我本"

// scopeKeepers before a scope word make it part of the name (占全市比重,
// 高于全市, 居全省).
var scopeKeepers = []string{"占", "于", "比", "较", "居", "在", "列", "排", "为", "全", "对", "超过"}

// nameForms rewrite a written form of a name to the analyst's, in order;
// a later entry may rely on an earlier one (GDP总量 → 地区生产总值 before
// openingForms see 县地区生产总值).
var nameForms = [][2]string{
	{"GDP总量", "地区生产总值"},
	{"gdp总量", "地区生产总值"},
	{"经济总量", "地区生产总值"},
	{"地区生产总值总量", "地区生产总值"},
	{"生产总值总量", "地区生产总值"},
	{"所占比重", "比重"},
	{"对全县", "对"},
	{"对全市", "对"},
	{"对全区", "对"},
	{"对全省", "对"},
	{"占比比重", "比重"},
	{"比重比重", "比重"},
	{"规模以上工业企业工业总产值", "规模以上工业总产值"},
	{"规模以上工业企业增加值", "规模以上工业增加值"},
	{"规上工业企业工业总产值", "规上工业总产值"},
	{"规上工业企业增加值", "规上工业增加值"},
	{"城镇常住人口占常住人口比重", "常住人口城镇化率"},
	{"城镇常住人口占常住总人口比重", "常住人口城镇化率"},
}

// openingForms rewrite the opening of a name that says whose it is
// (县经济总量, by then 县地区生产总值).
var openingForms = [][2]string{
	{"县地区生产总值", "地区生产总值"},
	{"市地区生产总值", "地区生产总值"},
	{"区地区生产总值", "地区生产总值"},
}

// ordinalIndustries are the three industries as written without 第
// (一产业所占比重 is 第一产业比重); the 第 is restored.
var ordinalIndustries = []string{"一产业", "二产业", "三产业"}

// stockVerbs written before the animal (出栏生猪85万头) follow it in the
// indicator's name (生猪出栏).
var stockVerbs = []string{"出栏", "存栏", "出笼", "出售"}

// livestock are the animals a stock verb can open on.
var livestock = byLength([]string{
	"生猪", "肉猪", "能繁母猪", "猪", "肉牛", "奶牛", "牛", "肉羊", "羊", "牛羊", "家禽", "活家禽", "禽", "肉禽", "蛋禽", "兔",
})

// shareEnds end the name of a share of a whole; a growth named so is the
// growth of the part (采矿业增加值占比96.05%，同比下降15.6%).
var shareEnds = []string{"占比"}

// formKey is a name and the kind of its figure, formName's memo key.
type formKey struct {
	k Kind
	n string
}

// formName is formName, remembered for the names the text repeats.
func (x *extractor) formName(n string, k Kind) string {
	key := formKey{k, n} // a struct, not kind+name joined: a look-up then copies nothing
	if f, ok := x.formed[key]; ok {
		return f
	}
	if x.formed == nil {
		x.formed = map[formKey]string{}
	}
	f := formName(n, k)
	x.formed[key] = f
	return f
}

// formName returns the analyst's form of name n of a figure of kind k.
func formName(n string, k Kind) string {
	n = strings.TrimLeftFunc(n, isPunct)
	if t, ok := strings.CutPrefix(n, "的"); ok && runeLen(t) >= 2 {
		n = t // …开工仪式上的 | 重点项目: the 的 belongs to the words before
	}
	for k := 0; k < 2; k++ { // 全市县域地区农林牧渔业总产值
		if t, w := trimPrefixes(n, scopeOpeners); w != "" && runeLen(t) >= 2 {
			n = t
			if w == "县域地区" && strings.HasPrefix(t, "生产总值") {
				n = "地区" + t // 县域地区生产总值: the 地区 is the indicator's own
			}
		}
	}
	n = cutRecord(dropContributor(afterInnerScope(n)))
	for _, w := range targetLinks {
		if k := strings.Index(n, w); k >= 0 && runeLen(n[k+len(w):]) >= 2 {
			n = n[k+len(w):] + "目标" // 主要预期目标是地区生产总值增长6%: the target of 地区生产总值
			break
		}
	}
	if k := strings.LastIndex(n, "以来"); k > 0 && runeLen(n[k+len("以来"):]) >= 2 {
		n = n[k+len("以来"):] // 十四五以来完成投资: since when is the period, not the name
	}
	if t, w := trimSuffixes(n, boundVerbs); w != "" && runeLen(t) >= 2 && !strings.HasSuffix(n, "通过") {
		n = t // 天津大桥税收过千万元: the bound's verb is no part of the name
	}
	for _, p := range nameForms {
		n = strings.ReplaceAll(n, p[0], p[1])
	}
	for _, p := range openingForms {
		if rest, ok := strings.CutPrefix(n, p[0]); ok { // 县地区生产总值 only as the name's opening scope
			n = p[1] + rest
		}
	}
	if t, w := trimSuffixes(n, newWords); w != "" && runeLen(t) >= 2 {
		n = w + t // 其中规上工业企业新增23家: 新增规上工业企业
	}
	n = restoreOrdinal(n)
	n = animalFirst(n)
	n = dropRepeatedWhole(n)
	if k == Growth {
		if t, w := trimSuffixes(n, shareEnds); w != "" && runeLen(t) >= 2 {
			n = t
		}
	}
	return n
}

// restoreOrdinal writes 第 before 一产业, 二产业, 三产业 where it was left out.
func restoreOrdinal(n string) string {
	for _, w := range ordinalIndustries {
		k := strings.Index(n, w)
		if k < 0 || strings.HasSuffix(n[:k], "第") || strings.HasSuffix(n[:k], "、") {
			continue
		}
		n = n[:k] + "第" + n[k:]
	}
	return n
}

// animalFirst turns 出栏生猪 into 生猪出栏.
func animalFirst(n string) string {
	for _, v := range stockVerbs {
		rest, ok := strings.CutPrefix(n, v)
		if !ok {
			continue
		}
		for _, a := range livestock {
			if tail, ok := strings.CutPrefix(rest, a); ok {
				return a + v + tail
			}
		}
	}
	return n
}

// dropRepeatedWhole: 规上工业总产值占全市规上工业总产值比重 names the whole
// by its place alone (占全市比重), as 地区生产总值占朝阳市总GDP比重 does
// (占朝阳市比重): the indicator is the same on both sides of 占.
func dropRepeatedWhole(n string) string {
	k := strings.Index(n, "占")
	if k <= 0 {
		return n
	}
	part, whole := n[:k], n[k+len("占"):]
	end := ""
	for _, e := range []string{"的比重", "比重"} {
		if strings.HasSuffix(whole, e) {
			end = e
			break
		}
	}
	if end == "" {
		return n
	}
	mid := strings.TrimSuffix(whole, end)
	want := CanonicalName(part)
	for j := range mid {
		if j == 0 {
			continue
		}
		if CanonicalName(strings.TrimPrefix(mid[j:], "总")) == want {
			return part + "占" + mid[:j] + "比重"
		}
	}
	return n
}

// ordinalMembers reads a list of ordinals that writes its head once
// (第一、二、三产业对经济增长的贡献率, 第一、第三产业增加值) into its members
// (第一产业对经济增长的贡献率…); nil when s opens with no such list.
func ordinalMembers(s string) []string {
	var nums []string
	rest, _ := trimPrefixes(s, scopeOpeners) // 全县一、二、三产增加值
	for {
		rest = strings.TrimPrefix(rest, "第")
		r := []rune(rest)
		if len(r) == 0 || !strings.ContainsRune("一二三四五六七八九十", r[0]) {
			return nil
		}
		nums = append(nums, string(r[0]))
		rest = string(r[1:])
		next := trimLeftSet(rest, "、和及与")
		if next == rest {
			break
		}
		rest = next
	}
	if strings.HasPrefix(rest, "产") && !strings.HasPrefix(rest, "产业") {
		rest = "产业" + strings.TrimPrefix(rest, "产") // 一、二、三产投资: 产 short for 产业
	}
	head := ""
	for _, w := range ordinalNames {
		if strings.HasPrefix(rest, w) {
			head = w
		}
	}
	if len(nums) < 2 || head == "" {
		return nil
	}
	out := make([]string, len(nums))
	for k, n := range nums {
		out[k] = "第" + n + rest
	}
	return out
}
