package figure

import "strings"

// A report on its work measures each result against the year's plan:
// 城镇新增就业2093人，占全年目标任务1200人的174%; 实现城镇新增就业1885人，完成全年
// 指标的105%. The share is the result's (named by it, as shareOfPlan does
// 新增城镇就业人数完成年度目标任务的115%), the amount written with the plan
// is the result's target — neither is a figure of the bare word 指标.

// planClause reports whether the words before a number only say it is
// measured against the plan (完成全年指标, 占全年目标任务), and returns the
// plan's words (全年指标).
func planClause(raw string) (string, bool) {
	raw = strings.TrimSuffix(raw, "的")
	rest, w := trimPrefixes(raw, planLinks)
	if w == "" {
		return "", false
	}
	plan := rest
	rest, _ = trimPrefixes(rest, planOwners)
	rest, _ = trimPrefixes(rest, planTimes)
	if !isAny(rest, planNames) {
		return "", false
	}
	return plan, true
}

// planLinks measure a result against its plan; planOwners say who set it
// (完成市政府考核目标61亿元的117%), planTimes which year's; planNames name
// the plan.
var (
	planLinks  = []string{"完成", "占", "达到"}
	planOwners = []string{"市政府", "省政府", "县政府", "上级", "市", "省"}
	planTimes  = []string{"全年", "年度", "本年度", "本年", "今年", "年初", "年"}
	planNames  = []string{"目标任务", "目标", "任务", "计划", "指标", "计划任务", "考核目标", "考核任务", "工作任务", "预算"}
)

// resultBefore is the written figure of the sentence before pos that a
// plan measures: an amount or a count, not a share or a plan's target.
func (x *extractor) resultBefore(pos int) *Figure {
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Start >= pos || x.inClosedBracket(g.End, pos) {
			continue // 居家养老人数达到20553人(其中…自费10317人)，完成全年目标的100.75%: the bracket's part is not the result
		}
		if g.Kind == Share || g.Kind == Rank || g.Kind == Growth || g.Kind == PPChange {
			return nil
		}
		if _, ok := planClause(compact(x.s[clauseStart(x.s, x.sentStart, g.Start):g.Start])); ok {
			continue // the target of the result before
		}
		if g.Name == "" {
			return nil
		}
		return g
	}
	return nil
}

// planMeasure names a share of the plan and the plan's target by the
// result before them.
func (c *naming) planMeasure() bool {
	x := c.x
	if c.afterPlanShare() {
		return true
	}
	if c.f.Kind != Share && !strings.HasPrefix(x.s[c.q.End:], "的") || !hasPrefixAny(c.cl.raw, planLinks) && c.cl.raw != "的" {
		return false // most figures: neither a share of a plan nor its target
	}
	own := compact(x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start])
	target := false
	if c.f.Kind == Share && c.prev != nil && own != c.cl.raw {
		// 占全年目标任务1200人的174%: the share's clause holds the target
		own = strings.TrimSuffix(own, c.cl.raw)
		own = strings.TrimSuffix(own, c.prev.Text)
	} else if c.f.Kind != Share {
		target = true
		if !strings.HasPrefix(x.s[c.q.End:], "的") {
			return false
		}
	}
	plan, ok := planClause(own)
	if !ok {
		return false
	}
	g := x.resultBefore(clauseStart(x.s, x.sentStart, c.q.Start))
	if g == nil || target && g.Unit != c.f.Unit && !(countsPeople(g.Unit) && countsPeople(c.f.Unit)) {
		return false
	}
	if target {
		c.n = g.Name + plan
		return true
	}
	// 完成投资40.42亿元，完成年度计划112.2%: 重点项目投资完成年度计划
	c.n = strings.Replace(g.Name, "完成", "", 1) + "完成" + plan
	return true
}

// afterPlanShare: 完成市政府考核目标61亿元的117%，同比增长42% — a rate
// that goes on from a share of the plan, with no words of its own, is the
// result's, not the plan's.
func (c *naming) afterPlanShare() bool {
	p := c.prev
	if c.f.Kind != Growth && c.f.Kind != Multiple || p == nil || p.Kind != Share || c.n != p.Name {
		return false
	}
	k := strings.LastIndex(c.n, "完成")
	if k <= 0 {
		return false
	}
	if _, ok := planClause(c.n[k:]); !ok {
		return false
	}
	c.n = c.n[:k]
	return true
}
