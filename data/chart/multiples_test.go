package chart

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// counties are real names, short and long, for charts of many places.
var counties = []string{"马村区", "解放区", "山阳区", "中站区", "修武县", "博爱县", "武陟县", "温县", "沁阳市", "孟州市",
	"叶县", "舞钢市", "鲁山县", "郏县", "宝丰县", "汝州市", "新华区", "卫东区", "湛河区", "石龙区",
	"林州市", "安阳县", "汤阴县", "滑县", "内黄县", "殷都区", "龙安区", "文峰区", "北关区", "管城回族区",
	"淇县", "浚县", "鹤山区", "山城区", "淇滨区", "卫辉市", "辉县市", "获嘉县", "原阳县", "巴音郭楞蒙古自治州"}

// manyPlaces is 地区生产总值 growth of n places over 2019–2024, with a
// derived value, a gap and a decline among them.
func manyPlaces(n int, kind Kind) Chart {
	c := Chart{Kind: kind, Title: "地区生产总值 增速", Subtitle: "单位：%　各地区各一小图，纵轴刻度相同；空心点为推算值", Unit: "%",
		Source: "90篇报告，逐项出处见导出的表格：000_3d56ce9018f8a19f.txt、003_0eb69baf86343ab7.txt、中站区2024年政府工作报告_01675.txt等",
		Note:   "34处不同报告给出不同数值，图中为先读到的一个，表中列出全部。5个地区没有数值。"}
	for y := 2019; y <= 2024; y++ {
		c.Categories = append(c.Categories, fmt.Sprintf("%d年", y))
	}
	for i, name := range counties[:n] {
		for y := 2019; y <= 2024; y++ {
			if (i+y)%7 == 0 {
				continue // a year without a figure breaks the line
			}
			v := 3 + float64((i*7+y*3)%50)/10
			if i == 3 && y == 2020 {
				v = -2.5
			}
			c.Bars = append(c.Bars, Bar{Label: fmt.Sprintf("%d年", y), Value: v, ValueLabel: fmt.Sprintf("%.1f%%", v),
				Group: name, Derived: (i+y)%5 == 0, Ref: Ref{Doc: "x", Start: i * 100, End: y}})
		}
	}
	return c
}

// labelsOf lays c out and returns where each label went.
func labelsOf(t *testing.T, r *Renderer, c Chart, opt Options) []placed {
	t.Helper()
	opt, err := opt.normal()
	if err != nil {
		t.Fatal(err)
	}
	pw, ph := opt.pixels()
	rd, err := gochart.PNG(pw, ph)
	if err != nil {
		t.Fatal(err)
	}
	rd.SetDPI(64 * opt.Scale)
	return r.layout(rd, c, opt).texts
}

// checkLabels fails when a label leaves the page or two labels overlap.
func checkLabels(t *testing.T, what string, texts []placed, w, h float64) {
	t.Helper()
	const slack = 0.5
	for i, a := range texts {
		r := a.rect
		if r[0] < -slack || r[1] < -slack || r[2] > w+slack || r[3] > h+slack {
			t.Errorf("%s: %q at %.1f,%.1f–%.1f,%.1f leaves the %.0f×%.0f page", what, a.s, r[0], r[1], r[2], r[3], w, h)
		}
		for _, b := range texts[i+1:] {
			q := b.rect
			if r[0] < q[2]-slack && q[0] < r[2]-slack && r[1] < q[3]-slack && q[1] < r[3]-slack {
				t.Errorf("%s: %q overlaps %q", what, a.s, b.s)
			}
		}
	}
}

// Small multiples draw a panel per place, each named, every point where a
// click finds it, no label over another or off the page, at the window's
// width and at the export's, as tall as SuggestHeight says.
func TestMultiples(t *testing.T) {
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{13, 23, 40} {
		for _, w := range []int{560, 800, 1100} {
			c := manyPlaces(n, Multiples)
			h := SuggestHeight(c, w)
			what := fmt.Sprintf("%d places at %d×%d", n, w, h)
			texts := labelsOf(t, r, c, Options{Width: w, Height: h, Scale: 2})
			checkLabels(t, what, texts, float64(w), float64(h))
			var all strings.Builder
			for _, x := range texts {
				all.WriteString(x.s + "\n")
			}
			for _, name := range counties[:n] {
				if !strings.Contains(all.String(), name) {
					t.Errorf("%s: no panel names %s", what, name)
				}
			}
			for _, s := range []string{"来源：90篇报告", "34处不同报告", "推算值", "2019", "2024"} {
				if !strings.Contains(all.String(), s) {
					t.Errorf("%s: %q not drawn", what, s)
				}
			}
			if strings.Contains(all.String(), "未画出，可加大") {
				t.Errorf("%s: places left out at the suggested height", what)
			}
			_, m, err := r.Image(c, Options{Width: w, Height: h})
			if err != nil {
				t.Fatal(err)
			}
			for i, b := range m.Bars {
				if b.Empty() {
					t.Fatalf("%s: point %d (%s %s) not drawn", what, i, c.Bars[i].Group, c.Bars[i].Label)
				}
				if got := m.BarAt(b.Min.Add(b.Size().Div(2))); got < 0 || c.Bars[got].Group != c.Bars[i].Group || c.Bars[got].Label != c.Bars[i].Label {
					t.Errorf("%s: a click on point %d finds %d", what, i, got)
				}
			}
		}
	}
}

// One scale for every panel: a value sits as high in any panel's plot,
// and the larger of two values higher.
func TestMultiplesShareTheScale(t *testing.T) {
	r, _ := NewRenderer()
	c := Chart{Kind: Multiples, Unit: "%", Categories: []string{"2023年", "2024年"}}
	for i, name := range counties[:14] {
		v := 5.0
		if i == 13 {
			v = 7.5
		}
		c.Bars = append(c.Bars, Bar{Label: "2024年", Value: v, Group: name})
	}
	_, m, err := r.Image(c, Options{Width: 800, Height: SuggestHeight(c, 800)})
	if err != nil {
		t.Fatal(err)
	}
	// Panels 0 and 5 are the first of two rows of five (14 places: three
	// rows of five).
	offset := func(i int) int { return m.Bars[i].Min.Y - m.Bars[i%5].Min.Y }
	if m.Bars[0].Min.Y >= m.Bars[5].Min.Y || m.Bars[0].Min.Y != m.Bars[4].Min.Y {
		t.Fatalf("panels not in rows of five: %v", m.Bars)
	}
	row := m.Bars[5].Min.Y - m.Bars[0].Min.Y
	if offset(10)-2*row != 0 || m.Bars[13].Min.Y >= m.Bars[12].Min.Y {
		t.Errorf("5.0 sits at different heights, or 7.5 not above it: %v", m.Bars)
	}
}

// Cramped, the panels that do not fit are left out and the note says so;
// nothing overlaps.
func TestMultiplesCramped(t *testing.T) {
	r, _ := NewRenderer()
	c := manyPlaces(40, Multiples)
	texts := labelsOf(t, r, c, Options{Width: 800, Height: 500})
	checkLabels(t, "40 places at 800×500", texts, 800, 500)
	found := false
	for _, x := range texts {
		found = found || strings.Contains(x.s, "因篇幅未画出")
	}
	if !found {
		t.Error("no note of the panels left out")
	}
}

// The SVG export keeps the panels' names, the legend and the source.
func TestMultiplesSVG(t *testing.T) {
	r, _ := NewRenderer()
	c := manyPlaces(23, Multiples)
	var svg bytes.Buffer
	if _, err := r.Render(&svg, c, Options{Format: SVG, Width: 800, Height: SuggestHeight(c, 800)}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"马村区", "卫东区", "推算值，原文未直接写出", "来源：90篇报告", "34处不同报告"} {
		if !strings.Contains(svg.String(), s) {
			t.Errorf("svg lacks %q", s)
		}
	}
	if b, _ := Multiples.MarshalText(); string(b) != "multiples" {
		t.Errorf("Multiples marshals as %q", b)
	}
}

// A line chart of twelve places names every one in its legend, at the
// window's narrow width too, and no label overlaps another.
func TestTwelveLinesLegend(t *testing.T) {
	r, _ := NewRenderer()
	c := manyPlaces(12, Lines)
	for _, w := range []int{480, 640, 800} {
		texts := labelsOf(t, r, c, Options{Width: w, Height: w * 5 / 8, TextScale: 1})
		checkLabels(t, fmt.Sprintf("12 lines at %d", w), texts, float64(w), float64(w*5/8))
		seen := map[string]bool{}
		for _, x := range texts {
			seen[x.s] = true
		}
		for _, name := range counties[:12] {
			if !seen[name] {
				t.Errorf("width %d: the legend lacks %s", w, name)
			}
		}
	}
}
