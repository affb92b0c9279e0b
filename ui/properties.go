package ui

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/library"
)

// chainSep joins a place to its parents: 河南省 › 焦作市 › 马村区.
const chainSep = " › "

// periodChoices are the periods offered in the properties (the field
// takes any code the extractor writes, such as M1-M5).
var periodChoices = []string{"", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "Q1-Q3"}

// regionChain names a region with its parents, province first, from its
// code, or from its name when that names one place only; the name alone
// when the gazetteer is not loaded yet or the name is ambiguous. A zone
// named after its host division (焦作高新区) follows the host's chain.
func regionChain(g *gazetteer.Gazetteer, region, code string) string {
	if region == "" || g == nil {
		return region
	}
	var chain []gazetteer.Place
	if code != "" {
		chain = g.Chain(code)
	} else if ps := g.Lookup(region); len(ps) == 1 {
		chain = g.Chain(ps[0].Code)
	}
	if len(chain) == 0 {
		return region
	}
	names := make([]string, len(chain))
	for i, p := range chain {
		names[i] = p.Name
	}
	if last := names[len(names)-1]; last != region && !strings.HasPrefix(last, region) {
		names = append(names, region)
	}
	return strings.Join(names, chainSep)
}

// loadPlaces reads the gazetteer off the UI thread (the extractor's, read
// once for the process), then names the regions with their parents. On a
// first start it then has the embedded articles, not yet in the library,
// placed as soon as the dictionary allows (seedsIn shows what changed),
// rather than when all of them are in.
func (m *Main) loadPlaces() {
	do, locate := m.env.do, m.env.locateEmbedded
	go func() {
		g := figure.Default().Places
		do(func() {
			m.env.places = g
			m.reader.RefreshMeta()
		})
		if locate != nil && locate() {
			do(func() {
				m.seedsIn()
				m.env.trace("placed")
			})
		}
	}()
}

// properties is the dialog that shows an article's title, date, year,
// period and region as in force, each editable; what the text says is
// each field's placeholder.
type properties struct {
	id       string
	inferred library.Meta
	title    *widget.Entry
	date     *widget.Entry
	year     *widget.Entry
	period   *widget.SelectEntry
	region   *widget.Entry
	chain    *widget.Label
	file     *widget.Label // the file it was imported from
	form     *widget.Form
	dlg      dialog.Dialog
	// shown, if not nil, is told each time the dialog shows (again).
	shown func()
}

// showProperties opens the properties of the article on show (File →
// Properties…, Ctrl+I, and a tap on the reader's metadata line) and
// returns the dialog, nil when no article is on show.
func (m *Main) showProperties() *properties {
	a := m.reader.Article()
	if a == nil {
		return nil
	}
	e, err := m.env.store.Article(a.ID)
	if err != nil {
		dialog.ShowError(explained(tr("Could not open the article"), err), m.win)
		return nil
	}
	p := newProperties(e, m.env.places)
	p.shown = func() { m.escapeHides(p.dlg) }
	p.show(m.win, m.setEdits)
	return p
}

// newProperties makes the dialog's fields for a listed article; places
// names the region's parents (nil: not loaded yet).
func newProperties(e library.Article, places *gazetteer.Gazetteer) *properties {
	p := &properties{id: e.ID, inferred: e.Inferred}
	text := func(value, inferred string) *widget.Entry {
		w := widget.NewEntry()
		w.SetText(value)
		w.SetPlaceHolder(inferred)
		return w
	}
	p.title = text(e.Title, e.Inferred.Title)
	p.date = text(e.Date, e.Inferred.Date)
	p.year = text(yearOf(e.Year), yearOf(e.Inferred.Year))
	p.period = widget.NewSelectEntry(periodChoices)
	p.period.SetText(e.Period)
	p.period.SetPlaceHolder(e.Inferred.Period)
	p.region = text(e.Region, e.Inferred.Region)
	p.chain = widget.NewLabel("")
	p.chain.Wrapping = fyne.TextWrapWord
	p.file = fileLabel(e)
	showChain := func(region string) {
		code := ""
		if region == e.Inferred.Region {
			code = e.Inferred.RegionCode
		}
		text := regionChain(places, region, code)
		if note := namesakesNote(places, region, code); note != "" {
			text = note // the chain is the name alone
		}
		p.chain.SetText(text)
		p.fit() // a warning takes more lines than a chain
	}
	p.region.OnChanged = showChain
	showChain(e.Region)
	return p
}

// show opens the dialog in win; save is given the edits to keep: those
// typed (Save, once they check), or none (Use What the Text Says).
func (p *properties) show(win fyne.Window, save func(id string, e library.Edits)) {
	reset := func() {
		if p.dlg != nil {
			p.dlg.Hide()
		}
		save(p.id, library.Edits{}) // what the text says
	}
	dlg := dialog.NewCustomConfirm(tr("Properties"), tr("Save"), tr("Cancel"), p.content(reset), func(ok bool) {
		if !ok {
			return
		}
		e, err := p.edits()
		if err != nil {
			// The dialog is closed by now: open it again, with what the
			// user typed, once they read why. It was lost, every field.
			ed := dialog.NewError(err, win)
			ed.SetOnClosed(p.showAgain)
			ed.Show()
			return
		}
		save(p.id, e)
	}, win)
	p.dlg = dlg
	// Enter in a field saves, as Save is the dialog's default button on
	// every desktop; it did nothing, and the user typed on or reached
	// for the mouse.
	for _, e := range []*widget.Entry{p.title, p.date, p.year, &p.period.Entry, p.region} {
		e.OnSubmitted = func(string) { dlg.Confirm() }
	}
	p.fit()
	p.showAgain()
}

// showAgain shows the dialog as the user left it.
func (p *properties) showAgain() {
	p.dlg.Show()
	if p.shown != nil {
		p.shown()
	}
}

func (p *properties) content(reset func()) fyne.CanvasObject {
	p.form = widget.NewForm(
		widget.NewFormItem(tr("Title"), p.title),
		widget.NewFormItem(tr("Date"), p.date),
		widget.NewFormItem(tr("Year"), p.year),
		widget.NewFormItem(tr("Period"), p.period),
		widget.NewFormItem(tr("Region"), p.region),
		widget.NewFormItem("", p.chain),
		widget.NewFormItem(tr("File"), p.file),
	)
	p.form.Items[1].HintText = tr("2024, 2024-01 or 2024-01-22")
	return container.NewVBox(p.form, &widget.Button{Text: tr("Use What the Text Says"), OnTapped: reset})
}

// checkDate reads a date as typed (2024-01-22, 2024年1月22日) into the
// library's form. A part that is not a month or day is refused, where
// corpus.ParseDate, which reads what texts say, leaves it out.
func checkDate(s string) (string, bool) {
	d, err := corpus.ParseDate(s)
	if err != nil || d.Year == 0 {
		return "", false
	}
	parts := len(digitRuns.FindAllString(s, -1))
	if parts != len(strings.Split(d.String(), "-")) {
		return "", false
	}
	return d.String(), true
}

// digitRuns are the numbers written in a date.
var digitRuns = regexp.MustCompile(`[0-9]+`)

func yearOf(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// edits are the fields that differ from what the text says, checked: an
// empty field is what the text says.
func (p *properties) edits() (library.Edits, error) {
	var e library.Edits
	str := func(w string, inferred string) *string {
		w = strings.TrimSpace(w)
		if w == "" || w == inferred {
			return nil
		}
		return &w
	}
	e.Title = str(p.title.Text, p.inferred.Title)
	e.Date = str(p.date.Text, p.inferred.Date)
	if e.Date != nil {
		d, ok := checkDate(*e.Date)
		if !ok {
			return e, errors.New(tr("The date must be written 2024, 2024-01 or 2024-01-22."))
		}
		e.Date = &d
	}
	e.Period = str(p.period.Text, p.inferred.Period)
	e.Region = str(p.region.Text, p.inferred.Region)
	if y := strings.TrimSpace(p.year.Text); y != "" && y != yearOf(p.inferred.Year) {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1900 || n > 2200 {
			return e, errors.New(tr("The year must be a year, such as 2023."))
		}
		e.Year = &n
	}
	return e, nil
}

// setEdits keeps the user's edits of an article and shows it again with
// them: its figures are found again with the edited region and year.
func (m *Main) setEdits(id string, e library.Edits) {
	if err := m.env.store.SetEdits(id, e); err != nil {
		dialog.ShowError(explained(tr("Could not save the properties"), err), m.win)
		return
	}
	m.forget(id)
	m.reload()
	if cur := m.reader.Article(); cur != nil && cur.ID == id {
		m.reader.Forget()
		m.open(m.articleByID(id))
	}
	m.win.SetTitle(windowTitle(m.reader.Article()))
}
