package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// show renders mentions as Text=codes[/zone], for compact expectations.
func show(ms []Mention) string {
	var s []string
	for _, m := range ms {
		x := m.Text + "=" + strings.Join(m.Codes, ",")
		if m.Zone != "" {
			x += "/" + m.Zone
		}
		s = append(s, x)
	}
	return strings.Join(s, " ")
}

func TestFind(t *testing.T) {
	g := gaz(t)
	cases := []struct{ text, want string }{
		// Official names and short forms.
		{"河南省焦作市马村区", "河南省=410000 焦作市=410800 马村区=410804"},
		{"宿松县2023年地区生产总值", "宿松县=340826"},
		{"在宿松，粮食总产量", "宿松=340826"},
		{"黔东南州、延边州和峨边的经验", "黔东南州=522600 延边州=222400 峨边=511132"},
		{"浙江、上海、广西、内蒙古、新疆、宁夏、西藏、香港", "浙江=330000 上海=310000 广西=450000 内蒙古=150000 新疆=650000 宁夏=640000 西藏=540000 香港=810000"},
		{"平顶山市和平顶山", "平顶山市=410400 平顶山=410400"},
		{"武陟、孟州、沁阳3县市", "武陟=410823 孟州=410883 沁阳=410882"},
		// A two-character county's full name after a date (a title's year).
		{"2024年夏县政府工作报告", "夏县=140828"},
		{"2023年攸县国民经济和社会发展统计公报", "攸县=430223"},
		// Towns by full name only, ambiguous until resolved.
		{"焦作城乡一体化示范区宁郭镇、阳庙镇", "焦作城乡一体化示范区=410871 宁郭镇=410871101 阳庙镇=410871100"},
		// Right after its parent, a shared name keeps only the parent's place.
		{"北京市朝阳区", "北京市=110000 朝阳区=110105"},
		{"阳泉市城区", "阳泉市=140300 城区=140302"},
		// Zones named after their host.
		{"雅安经开区", "雅安经开区=511800/经开区"},
		{"焦作高新区综合排名", "焦作高新区=410800/高新区"},
		{"长春高新区", "长春高新区=220173/高新区"},
		{"博爱县经开区入选", "博爱县经开区=410822/经开区"},
		{"郑州经济技术开发区", "郑州经济技术开发区=410171"},
		// No place: ordinary words that look like names.
		{"全市城区面积", ""},
		{"开发区建设和新区规划", ""},
		{"城中村改造，前进中的和平发展", ""},
		{"人民的幸福安康，项目顺利通过验收", ""},
		{"推进示范县(市、区)创建", ""},
		{"中心城区和县城基础设施", ""},
		{"近年来宾馆数量增加", ""},
		{"联动发展乡村振兴", ""},
		{"东海大道和文昌路北段", ""},
		{"GDP增长5.0%，人均可支配收入", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := show(g.Find(c.text)); got != c.want {
			t.Errorf("Find(%s)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	g := gaz(t)
	text := "据统计，2023年宿松县实现地区生产总值"
	ms := g.Find(text)
	if len(ms) != 1 || text[ms[0].Start:ms[0].End] != "宿松县" || ms[0].Text != "宿松县" || ms[0].Short {
		t.Fatalf("Find = %+v", ms)
	}
	if ms := g.Find("宿松"); len(ms) != 1 || !ms[0].Short {
		t.Errorf("Find(宿松) = %+v, want one short mention", ms)
	}
}

func TestResolve(t *testing.T) {
	g := gaz(t)
	cases := []struct{ text, want string }{
		{"朝阳区的经济", "朝阳区=110105,220104"},
		{"长春：朝阳区全年", "长春=220100 朝阳区=220104"},
		{"北京。海淀区、朝阳区", "北京=110000 海淀区=110108 朝阳区=110105"},
		{"海淀区、朝阳区", "海淀区=110108 朝阳区=110105"}, // siblings
		{"宿松县孚玉镇", "宿松县=340826 孚玉镇=340826100"},
		{"鼓楼区，南京", "鼓楼区=320106 南京=320100"},
		// Two hosts named: 朝阳区 stays unresolved rather than guessed.
		{"长春和北京都有朝阳区", "长春=220100 北京=110000 朝阳区=110105,220104"},
	}
	for _, c := range cases {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("Resolve(%s)\n got %s\nwant %s", c.text, got, c.want)
		}
	}
	ms := g.Find("城关镇")
	if r := g.Resolve(ms); len(r[0].Codes) != len(ms[0].Codes) || len(r[0].Codes) < 50 {
		t.Errorf("城关镇 alone: %d codes, want all (%d)", len(r[0].Codes), len(ms[0].Codes))
	}
}

func ExampleGazetteer_Find() {
	g, err := Load() // once per program: the caller keeps g
	if err != nil {
		panic(err)
	}
	text := "长春：朝阳区地区生产总值增长6.5%，长春高新区增长8.1%。鼓楼区增长4%"
	for _, m := range g.Resolve(g.Find(text)) {
		if len(m.Codes) > 1 {
			fmt.Printf("%s: unresolved, %d candidates\n", m.Text, len(m.Codes))
			continue
		}
		p, _ := g.Place(m.Codes[0])
		fmt.Printf("%s: %s %s", m.Text, p.Code, p.Name)
		if m.Zone != "" {
			fmt.Printf(" (zone %s)", m.Zone)
		}
		fmt.Println()
	}
	var chain []string
	for _, p := range g.Chain("410804") {
		chain = append(chain, p.Name)
	}
	fmt.Println(strings.Join(chain, " › "))
	// Output:
	// 长春: 220100 长春市
	// 朝阳区: 220104 朝阳区
	// 长春高新区: 220173 长春高新技术产业开发区 (zone 高新区)
	// 鼓楼区: unresolved, 4 candidates
	// 河南省 › 焦作市 › 马村区
}

func TestWholeZone(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for z, want := range map[string]bool{"县域": true, "经开区": false, "高新区": false, "示范区": false} {
		if got := g.WholeZone(z); got != want {
			t.Errorf("WholeZone(%q) = %v, want %v", z, got, want)
		}
	}
}

func TestCountyShortBeforeDiqu(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ms := g.Find("省定监测点同仁地区全年居民消费价格总水平(CPI)与上年持平。")
	if len(ms) != 1 || ms[0].Text != "同仁" || len(ms[0].Codes) != 1 || ms[0].Codes[0] != "632301" {
		t.Errorf("got %+v, want 同仁 (同仁市, 632301)", ms)
	}
}

// FindAt is the first mention Find lists when it opens the text.
func TestFindAtOpening(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"宿松县地区生产总值增长5%", "全县地区生产总值", "北京市朝阳区", "GDP宿松县", "", "阳泉市城区"} {
		m, ok := g.FindAt(s)
		ms := g.Find(s)
		want := len(ms) > 0 && ms[0].Start == 0
		if ok != want || ok && m.End != ms[0].End {
			t.Errorf("FindAt(%q) = %v, %v; Find says %v", s, m, ok, ms)
		}
	}
}
