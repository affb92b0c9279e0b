package figure

import "strings"

// contributorUnits name the counties (or the one county) whose
// contribution to the whole a name measures (7个平川县市区对全市经济贡献率,
// 以上7个县(市、区)拉动GDP上升): the contributors are the figure's region,
// as 全县 is, and no part of the label.
var contributorUnits = byLength([]string{"县（市、区）", "县(市、区)", "县（市）", "县(市)", "县市区", "县区", "区县", "县市", "市县", "县", "市", "区"})

// contributionLinks open what a unit gives the whole it belongs to.
var contributionLinks = []string{"对", "拉动"}

// dropContributor: 县市区对经济贡献率 is 对经济贡献率, 县拉动GDP is 拉动GDP.
func dropContributor(n string) string {
	for _, u := range contributorUnits {
		rest, ok := strings.CutPrefix(n, u)
		if ok && hasPrefixAny(rest, contributionLinks) && runeLen(rest) >= 4 {
			return rest
		}
	}
	return n
}
