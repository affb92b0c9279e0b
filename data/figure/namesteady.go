package figure

// steadyAdverbs say a level holds on (粮食产量继续保持500亿斤以上, 森林覆盖率
// 持续稳定在65%以上) before the link verb; they are said of the figure, not
// part of what it measures.
var steadyAdverbs = []string{"继续", "持续", "始终", "一直", "仍然", "依然"}
