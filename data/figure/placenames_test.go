package figure

import "testing"

// A numeral inside a place's name counts nothing: the figures of 五台县,
// 七台河市, 三门峡市 and 十堰市 are their growth rates, and the names do not
// begin with what is left of the place (县…, 河市…).
func TestNumeralsInsidePlaceNames(t *testing.T) {
	text := "2023年，五台县地区生产总值增长5.2%，七台河市增长3.1%，三门峡市增长4.0%，十堰市增长2.6%。"
	figs := Extract(testArticle(text, "", 2023))
	var got []string
	for _, f := range figs {
		got = append(got, f.Text+" "+f.Region)
		if f.Kind != Growth {
			t.Errorf("%s is a %s named %q: a place's name counts nothing", f.Text, f.Kind, f.Name)
		}
	}
	if len(figs) != 4 {
		t.Errorf("figures %q, want the four growth rates", got)
	}
	// A place short form no longer than the number leaves it: 三台 is a count.
	if figs := Extract(testArticle("全县新购三台收割机。", "", 2023)); len(figs) != 1 || figs[0].Kind != Count {
		t.Errorf("新购三台收割机: %v, want one count", figs)
	}
}

// A rate that moves from one value to another is named by what stands
// before 从/由 in its own clause, not by the clause before it.
func TestFromToNamesItsOwnSubject(t *testing.T) {
	for _, text := range []string{
		"工程实施以来，其覆盖率从50%增至97.7%。",
		"2023年以来，城镇化率由45.2%提高到48.6%。",
	} {
		for _, f := range Extract(testArticle(text, "", 2023)) {
			// the complements derived from the two ends (乡村人口占比) are of
			// different years once the start's year is its own: not at issue
			if !f.Derived && f.Name != "覆盖率" && f.Name != "城镇化率" {
				t.Errorf("%s: %s named %q", text, f.Text, f.Name)
			}
		}
	}
}
