package corpus

import "strings"

// Place is a region the corpus talks about, with the city it belongs to.
type Place struct {
	Name  string // 马村区
	Short string // 马村, as it appears in 马村大地; empty when too ambiguous
	City  string // 焦作市; for a city, itself
	// Of is the district or county a town or street (镇, 乡, 街道) belongs
	// to; empty for districts, counties, cities and provinces. A town's
	// figures are the town's own (宁郭镇召开5次党委会议), so towns are
	// places, but an article is never about a town as a whole region.
	Of string
	// Aliases are other names of the same administration, written in full
	// (高新区 for 示范区: in 焦作 the 示范区(高新区) is one body).
	Aliases []string
}

// Places is the gazetteer used to tell whose figure is whose. It lists the
// city of 焦作 and its districts and counties, and the province; add rows to
// teach the app new places.
var Places = []Place{
	{Name: "焦作市", Short: "焦作", City: "焦作市"},
	{Name: "马村区", Short: "马村", City: "焦作市"},
	{Name: "解放区", City: "焦作市"},
	{Name: "山阳区", Short: "山阳", City: "焦作市"},
	{Name: "中站区", Short: "中站", City: "焦作市"},
	{Name: "示范区", City: "焦作市", Aliases: []string{"高新区", "焦作高新区"}},
	{Name: "修武县", Short: "修武", City: "焦作市"},
	{Name: "博爱县", Short: "博爱", City: "焦作市"},
	{Name: "武陟县", Short: "武陟", City: "焦作市"},
	{Name: "温县", City: "焦作市"},
	{Name: "沁阳市", Short: "沁阳", City: "焦作市"},
	{Name: "孟州市", Short: "孟州", City: "焦作市"},
	{Name: "河南省", Short: "河南", City: ""},

	// towns and streets (乡镇, 街道) the seeds name, with their districts
	{Name: "安阳城街道", City: "焦作市", Of: "马村区"},
	{Name: "待王街道", City: "焦作市", Of: "马村区"},
	{Name: "冯营街道", City: "焦作市", Of: "马村区"},
	{Name: "九里山街道", City: "焦作市", Of: "马村区"},
	{Name: "演马街道", City: "焦作市", Of: "马村区"},
	{Name: "武王街道", City: "焦作市", Of: "马村区"},
	{Name: "宁郭镇", City: "焦作市", Of: "示范区"},
	{Name: "李万街道", City: "焦作市", Of: "示范区"},
	{Name: "文昌街道", City: "焦作市", Of: "示范区"},
	{Name: "阳庙镇", City: "焦作市", Of: "示范区"},
	{Name: "磨头镇", City: "焦作市", Of: "博爱县"},
}

// IsTown reports whether p is a town or street rather than a district,
// county, city or province.
func (p Place) IsTown() bool { return p.Of != "" }

// Canonical returns the gazetteer name for a place name or alias (高新区
// gives 示范区), or "" when the name is not listed.
func Canonical(name string) string {
	for _, p := range Places {
		if p.Name == name {
			return p.Name
		}
		for _, a := range p.Aliases {
			if a == name {
				return p.Name
			}
		}
	}
	return ""
}

// mainRegion picks the region an article is about: the first place named in
// its title, else the district or county named most often in its text, else
// the city.
func mainRegion(title, text string) string {
	for _, p := range Places {
		if p.IsTown() {
			continue
		}
		if strings.Contains(title, p.Name) || (p.Short != "" && strings.Contains(title, p.Short)) {
			return p.Name
		}
	}
	best, bestN := "", 0
	for _, p := range Places {
		if p.City == p.Name || p.City == "" || p.IsTown() {
			continue
		}
		if n := strings.Count(text, p.Name); n > bestN {
			best, bestN = p.Name, n
		}
	}
	if best != "" {
		return best
	}
	if strings.Contains(text, "焦作") {
		return "焦作市"
	}
	return ""
}

func cityOf(region string) string {
	for _, p := range Places {
		if p.Name == region {
			return p.City
		}
	}
	return ""
}
