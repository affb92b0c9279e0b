package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/library"
)

// fileLabel names the file an article was imported from, for the
// properties: a user with two articles of one title (two years' bulletins
// of a county) could not tell which the dialog was about. Selectable, so
// that the path can be copied.
func fileLabel(e library.Article) *widget.Label {
	text := e.Path
	if e.Embedded || text == "" {
		text = tr("Built-in sample")
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapBreak // a path has no spaces to wrap at
	l.Selectable = true
	return l
}

// maxNamesakes is how many places of one name the warning lists.
const maxNamesakes = 4

// namesakesNote warns that a region with no code is the name of several
// places (朝阳区: 北京市's and 长春市's): the chain then shows the name
// alone, which looked like a place found and placed. "" when the name is
// one place's, or the region has a code.
func namesakesNote(g *gazetteer.Gazetteer, region, code string) string {
	if g == nil || region == "" || code != "" {
		return ""
	}
	ps := g.Lookup(region)
	if len(ps) < 2 {
		return ""
	}
	var chains []string
	for i, p := range ps {
		if i == maxNamesakes {
			chains = append(chains, "…")
			break
		}
		chains = append(chains, regionChain(g, region, p.Code))
	}
	return tr("{{.N}} places are called {{.Name}} ({{.Places}}): the name alone does not say which one is meant.",
		map[string]any{"N": len(ps), "Name": region, "Places": strings.Join(chains, tr("; "))})
}

// propertiesWidth is the width of the properties dialog.
const propertiesWidth = 460

// fit sizes the dialog to its fields: the region's line changes height as
// it is typed (a chain, or a warning of namesakes), and a dialog keeps the
// size it was given, so the warning was drawn over the File row below it.
func (p *properties) fit() {
	if p.dlg == nil {
		return
	}
	p.dlg.Resize(fyne.NewSize(propertiesWidth, p.dlg.MinSize().Height))
}
