package corpus

import "strings"

// Place is a region the corpus talks about, with the city it belongs to.
type Place struct {
	Name  string // 马村区
	Short string // 马村, as it appears in 马村大地; empty when too ambiguous
	City  string // 焦作市; for a city, itself
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
	{Name: "示范区", City: "焦作市"},
	{Name: "修武县", Short: "修武", City: "焦作市"},
	{Name: "博爱县", Short: "博爱", City: "焦作市"},
	{Name: "武陟县", Short: "武陟", City: "焦作市"},
	{Name: "温县", City: "焦作市"},
	{Name: "沁阳市", Short: "沁阳", City: "焦作市"},
	{Name: "孟州市", Short: "孟州", City: "焦作市"},
	{Name: "河南省", Short: "河南", City: ""},
}

// mainRegion picks the region an article is about: the first place named in
// its title, else the district or county named most often in its text, else
// the city.
func mainRegion(title, text string) string {
	for _, p := range Places {
		if strings.Contains(title, p.Name) || (p.Short != "" && strings.Contains(title, p.Short)) {
			return p.Name
		}
	}
	best, bestN := "", 0
	for _, p := range Places {
		if p.City == p.Name || p.City == "" {
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
