package chart

import (
	"fmt"
	"image"
	"testing"
)

// stressChart has a title, labels and a source far too long for the page,
// negative values, derived bars and more bars than fit.
func stressChart(kind Kind) Chart {
	c := Chart{Kind: kind, Unit: "%", Subtitle: "单位：%",
		Title:  "一个非常非常长的标题，用来检验标题过长时是否会被截断而不是画出边界之外，继续加长再加长再加长",
		Source: "焦作日报 2025-04-28《马村区:建设“一区两城三基地” 实现高水平发展走前列》（000_3d56ce9018f8a19f.txt）；焦作日报 2025-04-28《同一篇文章再来一次，很长很长很长》（000_3d56ce9018f8a19f.txt）"}
	for i := range 30 {
		c.Bars = append(c.Bars, Bar{
			Label:   fmt.Sprintf("指标名称特别特别特别长的第%d项指标名称", i),
			Value:   float64(i*7%23) - 6.5,
			Derived: i%5 == 0,
			Group:   []string{"马村区", "焦作市", "示范区"}[i%3],
			Tag:     fmt.Sprintf("%03d", i%5),
		})
	}
	return c
}

// Whatever the chart, nothing is drawn in the outer margin of the page:
// long text is shortened or wrapped, not clipped at the edge.
func TestNothingDrawnInMargins(t *testing.T) {
	r := renderer(t)
	for _, kind := range []Kind{HBar, VBar, Dots} {
		c := stressChart(kind)
		for _, o := range []Options{{}, {Width: 300, Height: 200}, {Width: 1200, Height: 400, Scale: 2}, {Height: SuggestHeight(c, 800)}} {
			img, _, err := r.Image(c, o)
			if err != nil {
				t.Fatal(err)
			}
			b := img.Bounds()
			m := int(8 * o.normalScale()) // the pad is at least 18*0.75 logical pixels
			for _, edge := range []image.Rectangle{
				image.Rect(0, 0, m, b.Dy()), image.Rect(b.Dx()-m, 0, b.Dx(), b.Dy()),
				image.Rect(0, 0, b.Dx(), m), image.Rect(0, b.Dy()-m, b.Dx(), b.Dy()),
			} {
				if n := ink(img, edge); n > 0 {
					t.Errorf("kind %v %+v: %d pixels inked in margin %v", kind, o, n, edge)
				}
			}
		}
	}
}

func (o Options) normalScale() float64 {
	n, _ := o.normal()
	return n.Scale
}
