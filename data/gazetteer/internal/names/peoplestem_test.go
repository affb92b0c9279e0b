package names

import (
	"slices"
	"testing"
)

// 东乡族自治县 is written 东乡县 (甘肃's poor counties: 和政县、东乡县、积石山县),
// and 东乡族 is the people, never a short form of the county.
func TestPeopleNamedUnitShorts(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		level int
		want  []string
	}{
		{"东乡族自治县", County, []string{"东乡县", "东乡自治县", "东乡"}},
		{"鄂温克族自治旗", County, []string{"鄂温克旗", "鄂温克自治旗", "鄂温克"}},
		{"积石山保安族东乡族撒拉族自治县", County, []string{"积石山县", "积石山自治县", "积石山"}},
	} {
		if got := tab.Shorts(c.name, c.level); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
