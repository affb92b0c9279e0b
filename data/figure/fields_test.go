package figure

import (
	"strconv"
	"testing"
)

// fieldCase pins some fields of one figure of a real sentence: the figure is
// found by its text (the n-th such, from 0); an empty want is not checked,
// "∅" wants an empty field, year 0 is not checked.
type fieldCase struct {
	region string
	period int
	text   string
	fig    string
	nth    int
	name   string
	kind   Kind
	owner  string
	year   int
}

func checkFields(t *testing.T, cases []fieldCase) {
	t.Helper()
	for _, c := range cases {
		var got *Figure
		n := 0
		figs := Extract(testArticle(c.text, c.region, c.period))
		for i := range figs {
			if figs[i].Text == c.fig && !figs[i].Derived {
				if n == c.nth {
					got = &figs[i]
					break
				}
				n++
			}
		}
		if got == nil {
			t.Errorf("%q: no figure %q", c.text, c.fig)
			continue
		}
		want := func(field, g, w string) {
			if w == "∅" {
				w = ""
			} else if w == "" {
				return
			}
			if g != w {
				t.Errorf("%q: %s of %q = %q, want %q", c.text, field, c.fig, g, w)
			}
		}
		want("name", got.Name, c.name)
		want("kind", string(got.Kind), string(c.kind))
		want("region", got.Region, c.owner)
		if c.year != 0 {
			y := "-"
			if got.Year != nil {
				y = strconv.Itoa(*got.Year)
			}
			want("year", y, strconv.Itoa(c.year))
		}
	}
}

// Towns and streets own their figures; 高新区 is the 示范区.
func TestFieldsRegion(t *testing.T) {
	checkFields(t, []fieldCase{
		{region: "示范区", period: 2020, text: "本报讯(记者付凯明)村(社区)“两委”换届工作开展以来,宁郭镇召开5次党委(扩大)会议,制定工作流程图。", fig: "5次", owner: "宁郭镇"},
		{region: "示范区", period: 2020, text: "宁郭镇召开会议。\n截至目前,该镇的18个村已审核95人,发现不符合任职资格人选9名;18个村全部完成。", fig: "9名", owner: "宁郭镇"},
		{region: "示范区", period: 2020, text: "截至目前,该镇的18个村已审核95人。", fig: "18个", owner: "示范区"},
		{region: "焦作市", period: 2024, text: "焦作高新区综合排名全省第7,全国排名提升12位,创历史最好成绩。", fig: "第7", name: "综合排名", owner: "示范区"},
		{region: "马村区", period: 2020, text: "安阳城街道新建污水管网12公里。", fig: "12公里", owner: "安阳城街道"},
		{region: "马村区", period: 2020, text: "全区新建污水管网12公里，其中安阳城街道3公里。", fig: "12公里", owner: "马村区"},
		{region: "马村区", period: 2020, text: "全区新建污水管网12公里，其中安阳城街道3公里。", fig: "3公里", owner: "安阳城街道"},
	})
}
