package figure

// stageAdverbs may stand between a counted project and the stage it
// reached (12个项目顺利投产, 6个项目相继竣工, 98个项目集中开工): a manner
// adverb says how the stage came, not which, and is dropped (投产项目, as
// for 6个项目竣工投产); 集中 names an event of its own, a joint ceremony,
// and stays (集中开工项目, as golds write 集中开工重点项目).
var stageAdverbs = byLength([]string{"顺利", "相继", "陆续", "先后", "已经", "均已", "已", "均", "全部", "正式", "成功", "同时", "集中"})

// stageAdverbKept are the stageAdverbs that stay in the name.
var stageAdverbKept = map[string]bool{"集中": true}

// stageAfterAdverb is the stage rest opens with past an adverb of manner
// (顺利投产: 投产; 集中开工 whole), when the counted noun is the bare 项目;
// else "". A counted noun of its own (重点项目, 旅游项目) is already a
// label a reader can tell apart, and golds write it either way round
// (重点项目集中开工, 集中开工重点项目); the bare 项目 names nothing without
// what happened to it.
func stageAfterAdverb(noun, rest string) string {
	if noun != "项目" {
		return ""
	}
	t, adv := trimPrefixes(rest, stageAdverbs)
	if adv == "" {
		return ""
	}
	_, stage := trimPrefixes(t, projectStages)
	if stage != "" && stageAdverbKept[adv] {
		return adv + stage
	}
	return stage
}
