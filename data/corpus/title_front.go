package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Lines of a report's front that say who issued it, who spoke it and
// when, not what it is: a page that opens with 进贤县统计局 above its
// prose, or with a speech's dateline and speaker line above 各位代表, has no
// title in its text, and its file's name says more than the issuer does.

// issuers end the names of the bodies that issue reports: a line that is
// one or more of them (重庆市开州区统计局 国家统计局开州调查队) names the
// issuer.
var issuers = []string{"统计局", "调查队", "人民政府", "政府办公室", "办公室", "办公厅", "委员会", "管委会", "统计站"}

// issuerLine is the longest an issuer line is, in characters.
const issuerLine = 40

// speakerLine is a speaker line: an office and a name (县人民政府县长 张秀萍,
// 中卫市市长 马洪海), the name written close up only after the office of
// a place (渭南市市长陈晓勇, not 县长带队调研).
var speakerLine = regexp.MustCompile(`^\S{0,30}(?:(?:[省市县区州旗盟镇乡]长|书记|主任|主席)\s+|(?:政府|[省市县区州旗盟])(?:[省市县区州旗盟]长|书记)\s*)\p{Han}{2,4}$`)

// datelineLine opens a speech's dateline (2022年12月16日在中卫市第五届…;
// a dash-led one is a subtitle, see frontNotTitle) or ends one broken
// across lines (人民代表大会第一次会议上).
var datelineLine = regexp.MustCompile(`^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在|(?:会议|大会)上\s*[）)]?$`)

// frontNotTitle reports a line of the front that is not a title: a
// dateline or a line led by a dash (a subtitle: ——2019年1月3日在…会议上),
// a speaker line, or an issuer line.
func frontNotTitle(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "—") || strings.HasPrefix(s, "-") || datelineLine.MatchString(s) || datelineHead.MatchString(s) {
		return true
	}
	if utf8.RuneCountInString(s) > issuerLine || strings.ContainsAny(s, "。！？；;，,、：:") {
		return false
	}
	return speakerLine.MatchString(s) || issuerNames(s)
}

// issuerNames reports a line made only of issuers' names.
func issuerNames(s string) bool {
	fields := strings.Fields(s)
	for _, f := range fields {
		if !hasSuffixAny(f, issuers) {
			return false
		}
	}
	return len(fields) > 0
}
