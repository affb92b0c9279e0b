package ui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// CompareSource gives the Compare tab its indicators and tables: the
// articles in memory (memorySource), or the library (*compare.Library).
type CompareSource interface {
	Indicators() []compare.Indicator
	Table(q compare.Query) (compare.Table, error)
}

type compareSource = CompareSource

// memorySource compares the figures of the articles the window holds.
type memorySource struct{ docs func() []chart.Doc }

func (s memorySource) Indicators() []compare.Indicator {
	return compare.Indicators(compare.Counts(compare.Inputs(s.docs())))
}

func (s memorySource) Table(q compare.Query) (compare.Table, error) {
	return compare.Build(compare.Inputs(s.docs()), q)
}

// compareTab is the Compare tab: one indicator across places and years,
// as a table of place × year whose cells name their reports, and a chart
// of it; a cell opens its sentence in the reader.
type compareTab struct {
	source compareSource
	// placeW is the width of the table's places' column, last set.
	placeW float32
	// open, when set, opens the library's source: off the UI thread, the
	// first time the tab shows and again after the library changed,
	// because it first writes the rows of figures found since.
	open     func() (CompareSource, error)
	stale    bool // the library changed since open last ran
	places   func() *gazetteer.Gazetteer
	renderer *chart.Renderer

	indicators []compare.Indicator
	indicator  *widget.SelectEntry
	offered    []string // the indicator options on offer, as typed narrows them
	years      []int    // the years offered for the range
	kind       *widget.Select
	kinds      []figure.Kind
	place      *widget.SelectEntry
	counties   *widget.Check
	from, to   *widget.Select
	unit       *widget.Select   // see compare_unit.go
	unitLabel  *widget.Label    // the unit, when there is only one
	units      []string         // the norm unit of each unit offered
	unitWant   string           // the unit the user picked; "" for the commonest
	view       *widget.Select   // the chart: over the years, or ranked in one of them
	views      []compare.Column // the column each view ranks in; zero over the years
	table      *widget.Table
	detail     *wrapLabel
	sources    *fyne.Container // a button per source of the selected cell
	image      *chartPicture
	message    *widget.Label
	box        fyne.CanvasObject

	// do runs the result of a query made in the background on the UI
	// thread (fyne.Do); nil, or a source held in memory, queries at once.
	do  func(func())
	gen int // counts queries, so that only the last one's result shows

	current  compare.Table
	chart    *chart.Chart // what the image shows; nil when nothing
	selected widget.TableCellID
	loaded   bool
	dark     bool
	// seekKind is set while the kind shown is the tab's choice, not the
	// user's: one with nothing to compare gives way to the next.
	seekKind bool
	autoKind bool // the tab, not the user, is setting the kind
	width    float32

	// OnRef opens a value's sentence in the reader.
	OnRef func(ref chart.Ref)
	// OnExport asks for the export dialog for the table and chart shown.
	OnExport func()
}

func newCompareTab(src compareSource, places func() *gazetteer.Gazetteer, r *chart.Renderer) *compareTab {
	t := &compareTab{source: src, places: places, renderer: r, width: defaultChartWidth, selected: widget.TableCellID{Row: -1, Col: -1}}
	t.indicator = widget.NewSelectEntry(nil)
	t.indicator.SetPlaceHolder(tr("Indicator, e.g. 地区生产总值"))
	t.indicator.OnChanged = t.indicatorTyped
	t.kind = newSelect(nil, func(string) {
		t.unitWant = "" // another kind has its own units
		if !t.autoKind {
			t.seekKind = false // the user's choice stays
		}
		t.refresh()
	})
	t.place = widget.NewSelectEntry(nil)
	t.place.SetPlaceHolder(tr("All places"))
	t.place.OnChanged = func(string) { t.refresh() }
	t.counties = widget.NewCheck(tr("Its counties only"), func(bool) { t.refresh() })
	t.from = newSelect(nil, func(string) { t.refresh() })
	t.to = newSelect(nil, func(string) { t.refresh() })
	t.from.PlaceHolder, t.to.PlaceHolder = tr("From"), tr("To")
	t.unit = newSelect(nil, func(string) { t.unitPicked() })
	t.unit.Hide()
	t.unitLabel = widget.NewLabel("")
	t.unitLabel.Truncation = fyne.TextTruncateEllipsis
	t.view = newSelect(nil, func(string) { t.redraw() })
	t.table = t.newTable()
	t.detail = newWrapLabel(tr("Select a cell to see where its values come from."))
	t.sources = container.NewVBox()
	t.image = newChartPicture(func() float32 { return t.width }, func(w float32) { t.width = w; t.redraw() }, t.tapped)
	t.message = widget.NewLabel("")
	t.message.Wrapping = fyne.TextWrapWord
	export := &widget.Button{Text: tr("Export…"), Icon: theme.DocumentSaveIcon(), OnTapped: func() {
		if t.OnExport != nil {
			t.OnExport()
		}
	}}
	top := container.NewVBox(
		t.indicator,
		container.NewGridWithColumns(2, t.kind, container.NewBorder(nil, nil, nil, export, t.view)),
		container.NewBorder(nil, nil, nil, t.counties, t.place),
		container.NewGridWithColumns(3, t.from, t.to, container.NewStack(t.unit, t.unitLabel)),
	)
	cell := container.NewVBox(t.detail, t.sources)
	split := container.NewVSplit(container.NewBorder(nil, cell, nil, nil, t.table), container.NewVScroll(t.image))
	split.Offset = 0.45
	t.box = container.NewBorder(top, t.message, nil, nil, split)
	return t
}

// load lists the indicators the first time the tab is shown: it reads
// the figures of every article.
func (t *compareTab) load() {
	if t.open != nil {
		if !t.loaded || t.stale {
			t.loaded, t.stale = true, false
			t.openLibrary()
		}
		return
	}
	if t.loaded {
		return
	}
	t.loaded = true
	t.useIndicators(t.source.Indicators())
}

// openLibrary opens the library's source in the background and lists its
// indicators when it comes; a query made meanwhile waits for it.
func (t *compareTab) openLibrary() {
	t.gen++
	t.message.SetText(tr("Reading the library's figures…"))
	open, do, gen := t.open, t.do, t.gen // the goroutine reads no field of t
	run := func(f func()) { go f() }
	if do == nil { // tests: at once
		do, run = func(f func()) { f() }, func(f func()) { f() }
	}
	run(func() {
		src, err := open()
		do(func() {
			if err != nil {
				t.message.SetText(reason(err))
				t.loaded = false
				return
			}
			t.source = src
			if gen == t.gen {
				t.message.SetText("")
			}
			t.useIndicators(src.Indicators())
		})
	})
}

// libraryChanged notes that the library gained or lost articles or
// figures: the tab reads it again when it is next shown, at once if it
// shows now.
func (t *compareTab) libraryChanged(showing bool) {
	if t.open == nil || !t.loaded {
		return
	}
	t.stale = true
	if showing {
		t.load()
	}
}

// useIndicators offers the indicators, keeping the one being compared.
func (t *compareTab) useIndicators(inds []compare.Indicator) {
	t.indicators = inds
	t.offer("")
	if len(t.indicators) == 0 {
		return
	}
	if t.indicator.Text == "" {
		t.indicator.SetText(t.indicators[0].Name)
		return
	}
	t.refresh()
}

// offer lists the indicators whose names contain typed.
func (t *compareTab) offer(typed string) {
	t.offered = t.indicatorOptions(typed)
	t.indicator.SetOptions(t.offered)
}

// indicatorOptions are the indicators whose names contain typed, each
// with its number of figures.
func (t *compareTab) indicatorOptions(typed string) []string {
	var opts []string
	for _, ind := range t.indicators {
		if typed != "" && !slices.ContainsFunc(ind.Names, func(n string) bool { return strings.Contains(n, typed) }) {
			continue
		}
		opts = append(opts, fmt.Sprintf("%s (%d)", ind.Name, ind.Figures))
		if len(opts) == 200 {
			break
		}
	}
	return opts
}

// indicatorTyped narrows the list to what is typed and, once it names an
// indicator (any of its names, or an option picked), compares it.
func (t *compareTab) indicatorTyped(s string) {
	name := optionName(s)
	if name != s {
		t.indicator.SetText(name) // an option picked: its name alone
		return
	}
	ind, ok := compare.Find(t.indicators, name)
	if !ok {
		t.offer(strings.TrimSpace(s))
		return
	}
	t.kinds, t.years, t.unitWant = nil, nil, ""
	var opts []string
	for _, k := range ind.Kinds {
		t.kinds = append(t.kinds, k.Kind)
		opts = append(opts, kindLabel(k.Kind)+" ("+strconv.Itoa(k.Figures)+")")
	}
	t.kind.Options = opts
	t.seekKind = true
	t.setKind(0)
}

// optionName strips the count from an option: 地区生产总值 (3).
func optionName(s string) string {
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		if _, err := strconv.Atoi(s[i+2 : len(s)-1]); err == nil {
			return s[:i]
		}
	}
	return s
}

// query is what the pickers ask for; ok is false while the indicator or
// the place is not one yet.
func (t *compareTab) query() (compare.Query, bool) {
	ind, ok := compare.Find(t.indicators, optionName(t.indicator.Text))
	i := t.kind.SelectedIndex()
	if !ok || i < 0 || i >= len(t.kinds) {
		return compare.Query{}, false
	}
	q := compare.Query{Indicator: ind.Name, Kind: t.kinds[i], From: year(t.from.Selected), To: year(t.to.Selected), Unit: t.unitWant}
	name := strings.TrimSpace(t.place.Text)
	if name == "" || name == tr("All places") {
		return q, true
	}
	g := t.places()
	p, err := compare.Resolve(g, name)
	if err != nil {
		t.message.SetText(name + ": " + reason(err))
		return q, false
	}
	q.Scope = p // all of its divisions: a ranked chart says 居全市第N
	if t.counties.Checked {
		q.Places = compare.Counties(g, p.Code)
	} else {
		q.Places = compare.Under(g, p.Code)
	}
	return q, true
}

func year(s string) int {
	y, _ := strconv.Atoi(strings.TrimSuffix(s, "年"))
	return y
}

// refresh builds the table and the chart for what the pickers say. The
// library is queried in the background, so the window stays responsive
// while thousands of reports are read; only the last query's result is
// shown.
func (t *compareTab) refresh() {
	q, ok := t.query()
	if !ok {
		return
	}
	t.gen++
	if t.source == nil {
		return // the library's source is on its way; it refreshes then
	}
	_, inMemory := t.source.(memorySource)
	if t.do == nil || inMemory {
		tab, err := t.source.Table(q)
		t.show(q, tab, err)
		return
	}
	t.message.SetText(tr("Comparing…"))
	src, do, gen := t.source, t.do, t.gen // the goroutine reads no field of t
	go func() {
		tab, err := src.Table(q)
		do(func() {
			if gen == t.gen {
				t.show(q, tab, err)
			}
		})
	}()
}

// show puts a query's table and chart on screen.
func (t *compareTab) show(q compare.Query, tab compare.Table, err error) {
	if t.tryNextKind(q, tab, err) {
		return
	}
	t.current = tab
	t.selected = widget.TableCellID{Row: -1, Col: -1}
	t.table.UnselectAll()
	t.showCell()
	t.table.Refresh()
	t.sizeColumns()
	t.offerUnits(tab)
	if err != nil {
		t.chart = nil
		t.image.set(nil, chart.Map{}, fyne.Size{})
		if errors.Is(err, compare.ErrNoFigures) {
			t.message.SetText(tr("No figures of this indicator and kind."))
		} else {
			t.message.SetText(reason(err))
		}
		return
	}
	if q.Places == nil {
		t.offerPlaces(tab)
	}
	t.offerYears(tab)
	t.offerViews()
	t.redraw()
	t.message.SetText(t.summary())
}

// offerPlaces lists the places the figures are about, for the picker.
func (t *compareTab) offerPlaces(tab compare.Table) {
	opts := []string{tr("All places")}
	for _, p := range tab.Places {
		opts = append(opts, p.Name)
	}
	t.place.SetOptions(opts)
}

// offerYears adds the years of the table to the range pickers: the years
// seen since the indicator was picked, so that narrowing the range never
// takes a year out of reach.
func (t *compareTab) offerYears(tab compare.Table) {
	for _, c := range tab.Columns {
		if !slices.Contains(t.years, c.Year) {
			t.years = append(t.years, c.Year)
		}
	}
	slices.Sort(t.years)
	opts := []string{""}
	for _, y := range t.years {
		opts = append(opts, strconv.Itoa(y)+"年")
	}
	t.from.Options, t.to.Options = opts, opts
}

// summary says what the table holds.
func (t *compareTab) summary() string {
	values, conflicts := 0, 0
	for _, row := range t.current.Cells {
		for _, c := range row {
			values += len(c.Values)
			if c.Conflict() {
				conflicts++
			}
		}
	}
	if values == 0 {
		// Figures of the indicator and kind exist, but none says whose or
		// of which year it is (全县… in a report that names no county):
		// "0 places, 0 values in ." explained nothing.
		return tr("None of these figures says which place and year it is of: there is nothing to compare.")
	}
	s := tr("{{.Places}} places, {{.Values}} values in {{.Unit}}. * marks a value worked out from the text.",
		map[string]any{"Places": len(t.current.Places), "Values": values, "Unit": t.current.Unit})
	if conflicts > 0 {
		s += " " + tr("{{.N}} cells have different values from different reports.", map[string]any{"N": conflicts})
	}
	return s
}

// setDark follows the window's theme.
func (t *compareTab) setDark(dark bool) {
	if t.dark != dark {
		t.dark = dark
		t.redraw()
	}
}

// The library answers the tab as the articles in memory do: the app can
// hand it a *compare.Library for a library of thousands of reports.
var _ compareSource = (*compare.Library)(nil)
