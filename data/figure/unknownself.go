package figure

import "strings"

// A self word whose place the text does not tell (全省, 全市 in a county's
// report that never names its county or province) still owns the figures
// after it: 城镇居民人均可支配收入4894元(全国5963元、全省4881元、全市6351元)
// gave 全省's and 全市's values to 全国, the last owner that could be named.
// Such figures are left empty rather than given to another place.

// unknownSelf stands for the place of a self word that cannot be named.
const unknownSelf = "\x00self"

// knownRegion is region, or "" for a self word's place not named.
func knownRegion(region string) string {
	if region == unknownSelf {
		return ""
	}
	return region
}

// plainSelfWords open the self words that always name a place of their
// kind (全省, 我市, 本县); 县域 and 区域内 may be the report's own domain,
// which the article's region names when the gazetteer cannot.
var plainSelfWords = []string{"全", "我", "本"}

// plainSelfWord reports whether w opens with one of plainSelfWords.
func plainSelfWord(w string) bool {
	for _, p := range plainSelfWords {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
