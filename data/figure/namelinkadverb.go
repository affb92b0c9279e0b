package figure

import "strings"

// dropLinkAdverb: 限上住宿餐饮企业共完成营业额 — the 共 before the verb the
// name drops (dropInnerLink) qualifies the verb, not the indicator: the
// subject is 限上住宿餐饮企业, not …企业共 (公共 keeps its 共).
func dropLinkAdverb(subject string) string {
	if t, ok := strings.CutSuffix(subject, "共"); ok && !strings.HasSuffix(t, "公") && runeLen(t) >= 2 {
		return t
	}
	return subject
}
