package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// firmEnds close a company's name (浙江吉利控股集团有限公司, 河南双汇投资发展
// 股份有限公司, 湖南金荣集团).
var firmEnds = []string{"公司", "集团"}

// firmNotWords, between a place and a firm's ending, make the words a
// collective of the place's firms (浙江省属企业集团, 规上企业) or a clause
// about the place (安徽今年以来新增上市公司, 引进…集团) rather than one
// firm's name: the place is still what it is about.
var firmNotWords = []string{"企业", "属", "国有", "规上", "规模以上", "上市", "新增", "引进", "培育", "拥有", "实现", "完成", "共有", "年", "月", "以来", "全"}

// firmNameAt reports whether mention i of ms opens a company's name: a
// firm's ending follows within twelve characters, all Chinese, before the
// next place the text names. A firm is named after its home (浙江吉利控股集
// 团 invests in a county of 云南); the home is no report's subject, nor,
// written so, a figure's region.
func firmNameAt(text string, ms []gazetteer.Mention, i int) bool {
	end := len(text)
	if i+1 < len(ms) {
		end = ms[i+1].Start
	}
	rest := text[ms[i].End:end]
	if !hanRunEnds(rest, 0, 12, firmEnds) {
		return false
	}
	k := len(rest)
	for _, e := range firmEnds {
		if j := strings.Index(rest, e); j >= 0 && j < k {
			k = j
		}
	}
	return !containsAny(rest[:k], firmNotWords)
}
