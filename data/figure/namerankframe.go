package figure

import "strings"

// rankFrameEnds close the frame of a ranking a sentence opens with 在:
// 在16个县市区(含其他县市区比拼对象)经济指标综合排名中，我县由二季度的第12位上升
// 到第6位.
var rankFrameEnds = []string{"排名中", "排位中", "排序中", "评比中"}

// rankFrameReach bounds, in bytes, how far back from its 排名中 a frame's
// 在 may stand.
const rankFrameReach = 120

// rankInFrame names a rank held by the place itself (我县, or no one
// written) inside such a frame by the ranking the frame names
// (经济指标综合排名), without its scope (16个县市区, and a bracket).
func (c *naming) rankInFrame() bool {
	holder := c.n
	if k := strings.Index(holder, "由"); k >= 0 {
		holder = holder[:k] // 我县由二季度的第12位: the rank moved from
	}
	if c.f.Kind != Rank || holder != "" && !isSelfWord(holder) {
		return false
	}
	x := c.x
	sent := x.s[x.sentStart:c.q.Start]
	end, w := -1, ""
	for _, e := range rankFrameEnds {
		if k := strings.LastIndex(sent, e); k > end {
			end, w = k, e
		}
	}
	if end < 0 || strings.ContainsAny(sent[end:], "。；;") {
		return false
	}
	open := strings.LastIndex(sent[max(0, end-rankFrameReach):end], "在")
	if open < 0 {
		return false
	}
	frame := sent[max(0, end-rankFrameReach)+open+len("在") : end+len(w)-len("中")]
	if k := strings.LastIndexAny(frame, ")）"); k >= 0 {
		frame = frame[k+1:] // 16个县市区(含其他县市区比拼对象): the scope and its note
	} else if k := strings.LastIndex(frame, "个"); k >= 0 {
		frame = frame[k+len("个"):] // 16个县市区经济…: the scope, its noun cut below
		frame = trimPrefixesOnce(frame, rankScopeNouns)
	}
	if runeLen(frame) < 4 {
		return false
	}
	c.n = frame
	return true
}

// rankScopeNouns are what a ranking's scope counts (16个县市区).
var rankScopeNouns = []string{"县市区", "县(市、区)", "县区", "区县", "县市", "城市", "地市", "市州", "开发区", "乡镇", "省会城市", "省份"}

// isSelfWord: 我县, 全市, 本区 — a place named by its kind alone.
func isSelfWord(w string) bool {
	for _, table := range [...][]struct{ words, endings []string }{selfWords, townsSelfWords} {
		for _, sw := range table {
			if isAny(w, sw.words) {
				return true
			}
		}
	}
	return false
}
