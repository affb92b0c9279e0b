package ui

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// Columns of the figures table.
// The year comes before kind and region: a narrow panel (a 900×600
// window) scrolls the last columns out of view, and a figure without its
// year is easily misread.
const (
	colName = iota
	colValue
	colYear
	colKind
	colRegion
	colScope
	numCols
)

var colWidths = [numCols]float32{86, 108, 54, 60, 60, 50}

// colWidth is a column's width: its usual width, or wider when its title
// and a sort mark need it (Scope▼ in English is wider than 范围▼).
// The kind column is as wide as its longest label (Physical, Multiple).
func colWidth(c int) float32 {
	widest := func(s string) float32 {
		return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 1
	}
	w := max(colWidths[c], widest(colTitle(c)+"▼"))
	if c == colKind {
		for _, k := range figure.Kinds {
			w = max(w, widest(kindLabel(k)))
		}
	}
	return w
}

// nameFillsTable lays out the figures table so that its columns fill
// the panel: the indicator column, whose names run longest, takes the
// width the others leave, and a horizontal scroll bar appears only when
// the panel is narrower than the columns' own widths.
type nameFillsTable struct {
	tab   *figuresTab
	width float32 // the indicator column's width, last set
}

func (l *nameFillsTable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	others := float32(0)
	cols := l.tab.cols()
	for c := colName + 1; c < cols; c++ {
		others += l.tab.colW[c]
	}
	// Fyne's table puts a padding's width between columns (and after the
	// last); the vertical scroll bar floats over the last column.
	gaps := float32(cols) * theme.Padding()
	w := max(l.tab.colW[colName], size.Width-others-gaps)
	if w != l.width {
		l.width = w
		l.tab.table.SetColumnWidth(colName, w)
		l.tab.rewrap() // names break where the new width ends
	}
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (l *nameFillsTable) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

func colTitle(c int) string {
	return [...]string{tr("Indicator"), tr("Value"), tr("Year"), tr("Kind"), tr("Region"), tr("Scope")}[c]
}

// figuresTab is the 指标 tab: a sortable, filterable table of the
// article's figures, a legend of the colours the reader marks them in, and
// the selected figure explained.
type figuresTab struct {
	article *corpus.Article
	figs    []figure.Figure
	rows    []int // indices into figs, filtered and sorted

	kind    figure.Kind // "" for every kind
	query   string
	sortCol int // -1: document order
	desc    bool

	// showMinor lists the minor figures too (figure.Figure.Minor): counts
	// of meetings and list members, hidden by default.
	showMinor bool
	// scoped is whether any figure has a rank's scope (居全市第3位: 全市);
	// without one the 范围 column is not shown and its width goes to the
	// indicator's names, which are cut at a panel's usual width.
	scoped bool

	table  *widget.Table
	colW   [numCols]float32 // see colWidth; the tab is made again for another language
	fill   *nameFillsTable
	kinds  *widget.Select
	filter *widget.Entry
	count  *widget.Label
	minor  *widget.Check
	detail *wrapLabel
	// stop cancels a long article's analysis, or starts it again.
	stop   *widget.Button
	legend *fyne.Container
	top    *fyne.Container
	box    *fyne.Container

	// tall are the rows made taller for their names' lines, with their
	// heights; rowBase and rowStep are a row's height and a line's.
	tall             map[int]float32
	rowBase, rowStep float32
	oneLine          bool // too many long names to grow their rows: see maxTallRows

	selected int // index into figs, -1 for none
	// hay are the figures' filterText, made when first filtered.
	hay []string
	// widths are characters' widths at the text size, for fit.
	widths runeWidths
	// OnSelect is told the figure the user picked in the table.
	OnSelect func(i int, f figure.Figure)
	// OnExport asks for the figures to be exported.
	OnExport func()
	// OnCancel stops the analysis of the article whose figures are pending.
	OnCancel func(*corpus.Article)
	// OnShowMinor is told the user showed or hid the minor figures.
	OnShowMinor func(bool)
}

func newFiguresTab() *figuresTab {
	t := &figuresTab{sortCol: -1, selected: -1, widths: runeWidths{}}
	t.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(t.rows), t.cols() },
		func() fyne.CanvasObject { return newFigureCell(t) },
		t.updateCell,
	)
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*headerCell)
		col := id.Col
		h.SetText(colTitle(col) + t.sortMark(col))
		h.onTapped = func() { t.sortBy(col) }
	}
	for c := range colWidths {
		t.colW[c] = colWidth(c)
		t.table.SetColumnWidth(c, t.colW[c])
	}
	t.table.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(t.rows) {
			return
		}
		i := t.rows[id.Row]
		t.selected = i
		t.showDetail()
		if t.OnSelect != nil {
			t.OnSelect(i, t.figs[i])
		}
	}
	t.kinds = newSelect(nil, func(string) { t.applyKind() })
	t.filter = widget.NewEntry()
	t.filter.SetPlaceHolder(tr("Filter figures"))
	t.filter.OnChanged = func(q string) { t.query = strings.TrimSpace(q); t.refilter() }
	t.count = widget.NewLabel("")
	t.minor = widget.NewCheck(tr("Show minor figures"), t.setShowMinor)
	t.detail = newWrapLabel("")
	t.legend = container.NewGridWithColumns(4)
	export := newIconButton(theme.DocumentSaveIcon(), func() {
		if t.OnExport != nil {
			t.OnExport()
		}
	})
	t.top = container.NewVBox(
		container.NewBorder(nil, nil, fitOptions(t.kinds), container.NewHBox(t.count, export), t.filter),
		container.NewBorder(nil, nil, nil, t.minor, t.legend),
	)
	t.stop = widget.NewButtonWithIcon(tr("Cancel"), theme.CancelIcon(), nil)
	t.stop.Hide()
	t.fill = &nameFillsTable{tab: t}
	t.box = container.NewBorder(t.top, container.NewBorder(nil, nil, nil, t.stop, t.detail), nil, nil,
		container.New(t.fill, t.table))
	return t
}

// content is the tab's content, for the panel's tabs.
func (t *figuresTab) content() fyne.CanvasObject { return t.box }

// cols is how many of the table's columns are shown: the scope column,
// the last, only for an article with a ranked figure.
func (t *figuresTab) cols() int {
	if t.scoped {
		return numCols
	}
	return numCols - 1
}

// show fills the tab with an article's figures, in document order.
func (t *figuresTab) show(a *corpus.Article, figs []figure.Figure) {
	t.article, t.figs, t.selected = a, figs, -1
	t.rows = t.rows[:0] // the old rows index the old article's figures
	t.hay = nil
	t.table.UnselectAll()
	t.stop.Hide()
	// The kind menu lists the kinds present, with their counts.
	counts := map[figure.Kind]int{}
	derived := false
	t.scoped = false
	for _, f := range figs {
		counts[f.Kind]++
		derived = derived || f.Derived
		t.scoped = t.scoped || f.RankScope != ""
	}
	if !t.scoped && t.sortCol == colScope {
		t.sortCol = -1 // a column not shown sorts nothing the user can see
	}
	t.fitColumns(figs)
	opts := []string{tr("All kinds") + " (" + strconv.Itoa(len(figs)) + ")"}
	t.legend.Objects = nil
	for _, k := range figure.Kinds {
		if counts[k] == 0 {
			continue
		}
		opts = append(opts, kindLabel(k)+" ("+strconv.Itoa(counts[k])+")")
		t.legend.Objects = append(t.legend.Objects, legendItem(k))
	}
	if derived {
		t.legend.Objects = append(t.legend.Objects, derivedLegend())
	}
	t.box.Refresh() // the legend's rows changed the height above the table
	t.kinds.Options = opts
	t.kinds.SetSelectedIndex(0) // runs applyKind
	t.detail.SetText(emptyFiguresHint(a, figs))
}

// emptyFiguresHint is the line under the table before a row is picked:
// how to use it, or, when the article has no figure at all, that this is
// what the table's emptiness means (a short notice, an empty file), not a
// table still loading.
func emptyFiguresHint(a *corpus.Article, figs []figure.Figure) string {
	if a != nil && len(figs) == 0 {
		return tr("No figures were found in this article.")
	}
	return tr("Select a figure to see where it comes from.")
}

// pending empties the tab for an article whose figures are being found,
// and says so.
func (t *figuresTab) pending(a *corpus.Article) {
	t.show(a, nil)
	t.detail.SetText(tr("Finding the figures of this long article…"))
	t.stop.SetText(tr("Cancel"))
	t.stop.SetIcon(theme.CancelIcon())
	t.stop.OnTapped = func() {
		if t.OnCancel != nil {
			t.OnCancel(a)
		}
	}
	t.stop.Show()
	t.box.Refresh()
}

// cancelled says that the article's analysis was stopped, and offers to
// start it again.
func (t *figuresTab) cancelled(a *corpus.Article, again func()) {
	if t.article != a {
		return
	}
	t.detail.SetText(tr("Cancelled: the figures of this article were not found."))
	t.stop.SetText(tr("Find them"))
	t.stop.SetIcon(theme.ViewRefreshIcon())
	t.stop.OnTapped = again
	t.stop.Show()
	t.box.Refresh()
}

func legendItem(k figure.Kind) fyne.CanvasObject {
	sw := canvas.NewRectangle(theme.Color(kindColorName(k)))
	sw.SetMinSize(fyne.NewSize(12, 12))
	sw.StrokeColor = theme.Color(theme.ColorNameSeparator)
	sw.StrokeWidth = 1
	l := canvas.NewText(kindLabel(k), theme.Color(theme.ColorNameForeground))
	l.TextSize = theme.CaptionTextSize()
	return container.NewHBox(container.NewCenter(sw), container.NewCenter(l))
}

// derivedLegend explains the rows written ≈ in the warning colour:
// figures the text implies, which the reader cannot mark.
func derivedLegend() fyne.CanvasObject {
	l := canvas.NewText("≈ "+tr("Derived"), theme.Color(theme.ColorNameWarning))
	l.TextSize = theme.CaptionTextSize()
	return container.NewCenter(l)
}

// applyKind reads the kind menu: its first entry is every kind.
func (t *figuresTab) applyKind() {
	t.kind = ""
	if i := t.kinds.SelectedIndex(); i > 0 {
		n := 0
		for _, k := range figure.Kinds {
			if t.countKind(k) == 0 {
				continue
			}
			if n++; n == i {
				t.kind = k
			}
		}
	}
	t.refilter()
}

func (t *figuresTab) countKind(k figure.Kind) int {
	n := 0
	for _, f := range t.figs {
		if f.Kind == k {
			n++
		}
	}
	return n
}

// setKind filters to one kind ("" for all), as the menu would.
func (t *figuresTab) setKind(k figure.Kind) {
	if k == "" {
		t.kinds.SetSelectedIndex(0)
		return
	}
	n := 0
	for _, kk := range figure.Kinds {
		if t.countKind(kk) == 0 {
			continue
		}
		n++
		if kk == k {
			t.kinds.SetSelectedIndex(n)
			return
		}
	}
}

func (t *figuresTab) refilter() {
	t.rows = t.rows[:0]
	q := strings.ToLower(t.query)
	if q != "" && len(t.hay) != len(t.figs) {
		t.hay = make([]string, len(t.figs))
		labels := map[figure.Kind]string{}
		for _, k := range figure.Kinds {
			labels[k] = kindLabel(k)
		}
		for i, f := range t.figs {
			t.hay[i] = filterText(f, labels[f.Kind])
		}
	}
	hidden := 0
	for i, f := range t.figs {
		if t.kind != "" && f.Kind != t.kind {
			continue
		}
		if q != "" && !strings.Contains(t.hay[i], q) {
			continue
		}
		if f.Minor && !t.showMinor {
			hidden++
			continue
		}
		t.rows = append(t.rows, i)
	}
	t.sortRows()
	t.count.SetText(countText(len(t.rows), len(t.figs), hidden))
	t.top.Refresh() // the count's width may have changed
	t.table.UnselectAll()
	// A table scrolled further down than the new rows reach would show
	// none of them: start again from the top (reselect scrolls on to the
	// selected row).
	t.table.ScrollToTop()
	t.rewrap()
	t.table.Refresh()
	t.reselect()
}

// filterText is what the text filter searches in a figure: its fields
// as shown, lower-cased, made once per article (looking up the kind's
// label for each of 67,000 figures at every keystroke took half a second).
func filterText(f figure.Figure, kind string) string {
	return strings.ToLower(strings.Join([]string{f.Name, f.Text, f.Region, f.Unit, kind, yearText(f)}, "\x00"))
}

func (t *figuresTab) sortMark(col int) string {
	if col != t.sortCol {
		return ""
	}
	if t.desc {
		return "▼"
	}
	return "▲"
}

// sortBy sorts on a column; a second click reverses, a third returns to
// the order of the text.
func (t *figuresTab) sortBy(col int) {
	switch {
	case col != t.sortCol:
		t.sortCol, t.desc = col, false
	case !t.desc:
		t.desc = true
	default:
		t.sortCol, t.desc = -1, false
	}
	t.fitColumns(t.figs) // the sorted column's title gains its mark
	t.refilter()
}

func (t *figuresTab) sortRows() {
	if t.sortCol < 0 {
		// Document order; a derived figure, which spans its sentence,
		// comes after the figures written in that sentence.
		slices.SortFunc(t.rows, func(a, b int) int {
			return cmp.Or(cmp.Compare(readingPos(t.figs[a]), readingPos(t.figs[b])), cmp.Compare(a, b))
		})
		return
	}
	// Keys once per figure, then an unstable sort with the figure's
	// place as the last key: a stable sort calling back for keys took
	// seconds on a 10 MB article's 67,000 figures.
	strs := make([]string, len(t.rows))
	nums := make([]float64, len(t.rows))
	for r, i := range t.rows {
		strs[r], nums[r] = sortKey(t.figs[i], t.sortCol)
	}
	order := make([]int, len(t.rows))
	for r := range order {
		order[r] = r
	}
	slices.SortFunc(order, func(a, b int) int {
		c := cmp.Or(strings.Compare(strs[a], strs[b]), cmp.Compare(nums[a], nums[b]))
		if t.desc {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(t.rows[a], t.rows[b]))
	})
	sorted := make([]int, len(order))
	for r, o := range order {
		sorted[r] = t.rows[o]
	}
	copy(t.rows, sorted)
}

// sortKey is what a column sorts a figure by.
func sortKey(f figure.Figure, col int) (string, float64) {
	switch col {
	case colName:
		return f.Name, 0
	case colValue:
		return f.NormUnit, f.NormValue
	case colKind:
		return string(f.Kind), 0
	case colRegion:
		return f.Region, 0
	case colYear:
		if f.Year == nil {
			return "", 0
		}
		return "", float64(*f.Year)
	}
	return f.RankScope, 0
}

func readingPos(f figure.Figure) int {
	if f.Derived {
		return f.End
	}
	return f.Start
}

func (t *figuresTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*figureCell)
	l := &c.Label
	c.fig = -1
	if id.Row < 0 || id.Row >= len(t.rows) || t.rows[id.Row] >= len(t.figs) {
		l.SetText("")
		return
	}
	c.fig = t.rows[id.Row]
	f := t.figs[c.fig]
	l.Importance = widget.MediumImportance
	if f.Derived {
		l.Importance = widget.WarningImportance // implied by the text, not written
	}
	if id.Col == colName {
		l.SetText(t.nameText(cellText(f, colName)))
		return
	}
	l.SetText(t.fit(cellText(f, id.Col), id.Col))
}

// fit cuts a cell's text to its column with an ellipsis, so that a cut
// name or value (17.92万平… for 17.92万平方米) says it is cut; resting the
// pointer on it shows it whole under the table (see MouseIn). Widths are
// summed per character, measured once each: shaping every cell to fit it
// made switching articles four times slower.
func (t *figuresTab) fit(s string, col int) string {
	w := t.colW[col]
	if col == colName {
		w = max(w, t.fill.width)
	}
	return fitWidth(s, w-2*theme.InnerPadding(), t.widths.width)
}

func cellText(f figure.Figure, col int) string {
	switch col {
	case colName:
		if f.Name == "" {
			return "—"
		}
		return f.Name
	case colValue:
		return valueText(f)
	case colKind:
		return kindLabel(f.Kind)
	case colRegion:
		return f.Region
	case colYear:
		return yearText(f)
	}
	return f.RankScope
}

// valueText is the figure as a reader writes it: qualifier, number, unit;
// a derived figure is marked ≈.
func valueText(f figure.Figure) string {
	if !f.Derived {
		// As written, without the OCR's stray spaces: 5.0% stays 5.0%.
		v := strings.Join(strings.Fields(f.Text), "")
		return quantity.Qualified(withWholeUnit(v, f.Unit), f.Qualifier)
	}
	return "≈" + strconv.FormatFloat(f.Value, 'f', -1, 64) + f.Unit
}

// withWholeUnit completes a unit the text shares with its neighbours:
// in 分别提升1个、0.8个、1.8个百分点 the first two spans are written 1个 and
// 0.8个, but a table row read on its own must say 1个百分点.
func withWholeUnit(v, unit string) string {
	if unit == "" || strings.Contains(v, unit) {
		return v
	}
	for k := len(unit); k > 0; k-- {
		if k < len(unit) && !utf8.RuneStart(unit[k]) || !strings.HasSuffix(v, unit[:k]) {
			continue
		}
		return v + unit[k:]
	}
	return v + unit
}

func yearText(f figure.Figure) string {
	if f.Year == nil {
		return ""
	}
	return strconv.Itoa(*f.Year)
}

// shown are the figures as the table lists them: filtered and sorted.
func (t *figuresTab) shown() []figure.Figure {
	out := make([]figure.Figure, len(t.rows))
	for r, i := range t.rows {
		out[r] = t.figs[i]
	}
	return out
}

// showDetail explains the selected figure: what it is, and the words it
// was read from or the arithmetic it was derived by.
func (t *figuresTab) showDetail() { t.explain(t.selected) }

// explain puts what figure i is, and where it comes from, under the table.
func (t *figuresTab) explain(i int) {
	if i < 0 || i >= len(t.figs) {
		return
	}
	f := t.figs[i]
	parts := []string{cellText(f, colName), valueText(f), kindLabel(f.Kind)}
	for _, s := range []string{f.Region, yearText(f), f.RankScope} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	text := strings.Join(parts, " · ")
	if f.Derived {
		text += "\n" + tr("Derived, not written in the text:") + " " + derivedText(f.DerivedFrom)
	} else if t.article != nil {
		text += "\n" + tr("From the text:") + " " + context(t.article, f.Start, f.End, 24)
	}
	t.detail.SetText(text)
}

// context returns the text around bytes [start,end), on one line.
func context(a *corpus.Article, start, end, runes int) string {
	s := a.Text()
	i, j := hanzi.Widen(s, start, end, runes)
	out := strings.Join(strings.Fields(s[i:start]), "") + "【" + s[start:end] + "】" + strings.Join(strings.Fields(s[end:j]), "")
	return "…" + out + "…"
}

// selectFigure selects figure i's row, as when the user clicks the figure
// in the text; a filter that hides it is cleared first.
func (t *figuresTab) selectFigure(i int) {
	if i < 0 || i >= len(t.figs) {
		return
	}
	if !slices.Contains(t.rows, i) {
		t.filter.SetText("")
		t.setKind("")
	}
	if t.figs[i].Minor && !t.showMinor {
		t.minor.SetChecked(true) // runs setShowMinor: the row is listed
	}
	t.selected = i
	t.reselect()
	t.showDetail()
}

// reselect shows the selected figure's row selected, if it is listed.
func (t *figuresTab) reselect() {
	row := slices.Index(t.rows, t.selected)
	if row < 0 {
		return
	}
	id := widget.TableCellID{Row: row, Col: colName}
	on := t.table.OnSelected
	t.table.OnSelected = nil // selecting from code must not call back
	t.table.Select(id)
	t.table.OnSelected = on
	t.table.ScrollTo(id)
}

// headerCell is a column title that sorts the table when clicked. A label,
// not a button: a button's padding does not fit a narrow column.
type headerCell struct {
	widget.Label
	onTapped func()
}

func newHeaderCell() *headerCell {
	h := &headerCell{}
	h.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTapped != nil {
		h.onTapped()
	}
}

// figureCell is a table cell that explains its figure while the pointer
// rests on it, as a tooltip would (Fyne has none): derived figures say how
// they were derived before the user commits to selecting them.
type figureCell struct {
	widget.Label
	tab *figuresTab
	fig int // index into tab.figs, -1 for none
}

func newFigureCell(t *figuresTab) *figureCell {
	c := &figureCell{tab: t, fig: -1}
	// Fyne's ellipsis shapes each cell again and again (4× slower to
	// switch articles); updateCell cuts with an ellipsis itself.
	c.Truncation = fyne.TextTruncateClip
	c.ExtendBaseWidget(c)
	return c
}

func (c *figureCell) MouseIn(*desktop.MouseEvent) { c.tab.explain(c.fig) }

func (c *figureCell) MouseMoved(*desktop.MouseEvent) {}

// MouseOut goes back to the selected figure's explanation, if any.
func (c *figureCell) MouseOut() {
	if c.tab.selected >= 0 {
		c.tab.explain(c.tab.selected)
	}
}

// current is the article whose figures the tab shows, and all of them.
func (t *figuresTab) current() (*corpus.Article, []figure.Figure) { return t.article, t.figs }

// setShowMinor lists the minor figures, or hides them, and tells the
// window, which marks the text alike and remembers the choice.
func (t *figuresTab) setShowMinor(on bool) {
	if t.showMinor == on {
		return
	}
	t.showMinor = on
	t.refilter()
	if t.OnShowMinor != nil {
		t.OnShowMinor(on)
	}
}

// initShowMinor sets the check as remembered, without telling the window.
func (t *figuresTab) initShowMinor(on bool) {
	t.showMinor = on
	fn := t.minor.OnChanged
	t.minor.OnChanged = nil
	t.minor.SetChecked(on)
	t.minor.OnChanged = fn
	t.refilter()
}

// countText is the count line: the figures listed of all, and how many
// minor ones the filters would list but are hidden.
func countText(listed, all, hidden int) string {
	s := strconv.Itoa(listed) + " / " + strconv.Itoa(all)
	if hidden > 0 {
		s += " (" + tr("{{.N}} minor hidden", map[string]any{"N": strconv.Itoa(hidden)}) + ")"
	}
	return s
}
