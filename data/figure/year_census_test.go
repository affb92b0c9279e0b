package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A census bulletin counts the census's year, not the year it came out in;
// the census it is compared with counts its own.
func TestCensusYears(t *testing.T) {
	bulletin := "石嘴山市第七次全国人口普查公报(第一号)\n——全市人口情况\n石嘴山市统计局\n2021年6月3日\n根据第七次全国人口普查结果,现将2020年11月1日零时我市人口的基本情况公布如下:\n一、常住人口\n全市常住人口为751389人。\n二、人口增长\n全市常住人口与2010年第六次全国人口普查的725482人相比,增加25907人,增长3.57%,年平均增长率为0.35%。\n三、户别人口\n全市共有家庭户294617户,集体户11968户,家庭户人口为703095人,集体户人口为48294人。平均每个家庭户的人口为2.39人,比2010年第六次全国人口普查减少0.41人。\n"
	// a county's bulletin with no title on its page: its lead says what it releases
	untitled := "隆回县统计局\n隆回县第七次全国人口普查领导小组办公室\n2021年7月14日\n根据《中华人民共和国统计法》、《全国人口普查条例》和《国务院关于开展第七次全国人口普查的通知》,我国以2020年11月1日零时为标准时点进行了第七次全国人口普查。现将全县主要数据公布如下:\n一、常住人口\n全县常住人口为1009778人,与2010年第六次全国人口普查的1095392人相比,减少85614人,减少7.82%。\n二、户别人口\n全县共有家庭户357335户,集体户4949户,家庭户人口为982611人,集体户人口为27167人。\n"
	cases := []struct {
		text, fig string
		want      int
	}{
		{bulletin, "751389人", 2020},
		{bulletin, "725482人", 2010},
		{bulletin, "25907人", 2020},
		{bulletin, "294617户", 2020},
		{bulletin, "0.41人", 2020},
		{untitled, "1009778人", 2020},
		{untitled, "1095392人", 2010},
		{untitled, "357335户", 2020},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(corpus.Parse("t.txt", []byte(c.text))) {
			if f.Text != c.fig || f.Derived {
				continue
			}
			found = true
			if got := yearOf(f); got != c.want {
				t.Errorf("%.20q…: %s year %d, want %d", c.text, c.fig, got, c.want)
			}
			break
		}
		if !found {
			t.Errorf("%.20q…: no figure %s", c.text, c.fig)
		}
	}
}
