package chart_test

import (
	"bytes"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/fileio"
)

// A chart is plain data; a Renderer, made once, draws it to PNG or SVG and
// says where each bar landed, so a click maps back to its sentence.
func Example() {
	r, err := chart.NewRenderer()
	if err != nil {
		panic(err)
	}
	c := chart.Chart{
		Title:  "马村区 2024年 增速",
		Unit:   "%",
		Source: "焦作日报 2025-04-28",
		Bars: []chart.Bar{
			{Label: "规上工业增加值", Value: 7.5, ValueLabel: "7.5%", Ref: chart.Ref{Doc: "000_3d56ce9018f8a19f.txt", Start: 1190, End: 1194}},
			{Label: "地区生产总值", Value: 5.0, ValueLabel: "5.0%"},
		},
	}
	var png bytes.Buffer
	m, err := r.Render(&png, c, chart.Options{Width: 800, Height: 500, Scale: 2})
	if err != nil {
		panic(err)
	}
	if i := m.BarAt(image.Pt(400, m.Bars[0].Min.Y+5)); i >= 0 {
		fmt.Println("clicked", c.Bars[i].Label, "→", c.Bars[i].Ref.Doc)
	}

	// Export: the file is either the whole new chart or untouched.
	path := filepath.Join(os.TempDir(), "zhibiao-example.svg")
	err = fileio.WriteAtomic(path, func(w io.Writer) error {
		_, err := r.Render(w, c, chart.Options{Format: chart.SVG})
		return err
	})
	fmt.Println(err)
	os.Remove(path)
	// Output:
	// clicked 规上工业增加值 → 000_3d56ce9018f8a19f.txt
	// <nil>
}
