package ui

import (
	"cmp"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/library"
)

// libraryList is the article list on the left: a virtual list (rows are
// made for what is on screen, so ten thousand articles cost no more than
// ten), filtered as the user types and sorted as chosen. Each row is the
// title, then date, region and, where another article has the same
// title, the file name that tells them apart.
type libraryList struct {
	all      []library.Article
	hay      []string // per article, what the filter looks in, lower case
	dupTitle map[string]bool
	dupFile  map[string]bool // file names shared by articles of one title
	widths   runeWidths      // for cutting titles with an ellipsis
	shown    []int           // indexes into all, filtered and sorted
	query    string
	order    libraryOrder

	filter *widget.Entry
	sort   *widget.Select
	list   *widget.List
	box    fyne.CanvasObject // the filter, the sort and the list
	row    widget.ListItemID // the selected row, -1 for none
	// OnSelect is called with the id of the article the user picked.
	OnSelect func(id string)
}

// libraryOrder is how the list is sorted.
type libraryOrder int

const (
	orderAdded libraryOrder = iota // the embedded ones first, then as imported
	orderDate                      // the newest first
	orderTitle
	orderRegion
)

// orderLabels name the orders in the sort menu, in libraryOrder's order.
var orderLabels = []string{"Added", "Date", "Title", "Region"}

func newLibraryList() *libraryList {
	l := &libraryList{row: -1, dupTitle: map[string]bool{}, widths: runeWidths{}}
	l.list = widget.NewList(
		func() int { return len(l.shown) },
		func() fyne.CanvasObject {
			title := newFitLabel(l.widths) // a long title ends in …
			meta := widget.NewRichText()
			meta.Truncation = fyne.TextTruncateClip
			return container.New(&tightVBox{}, title, meta)
		},
		l.updateRow,
	)
	l.list.OnSelected = func(id widget.ListItemID) {
		if id < 0 || id >= len(l.shown) {
			return
		}
		l.row = id
		if l.OnSelect != nil {
			l.OnSelect(l.all[l.shown[id]].ID)
		}
	}
	l.list.OnUnselected = func(id widget.ListItemID) {
		if id == l.row {
			l.row = -1
		}
	}
	l.filter = widget.NewEntry()
	l.filter.SetPlaceHolder(tr("Filter: title, place, year, file"))
	l.filter.OnChanged = l.setQuery
	labels := make([]string, len(orderLabels))
	for i, s := range orderLabels {
		labels[i] = tr(s)
	}
	l.sort = newSelect(labels, func(s string) {
		l.setOrder(libraryOrder(max(slices.Index(labels, s), 0)))
	})
	l.sort.SetSelectedIndex(0)
	row := newFilterRow(l.filter, l.sort)
	top := container.New(row, l.filter, l.sort)
	l.box = container.NewBorder(top, nil, nil, nil, l.list)
	row.relayout = l.box.Refresh
	return l
}

func (l *libraryList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(l.shown) {
		return
	}
	a := l.all[l.shown[id]]
	c := o.(*fyne.Container)
	c.Objects[0].(*fitLabel).setFull(shownTitle(a.Title, a.ID))
	meta := c.Objects[1].(*widget.RichText)
	file := ""
	if l.dupTitle[a.Title] {
		file = fileName(a)
		if l.dupFile[file] {
			file = filepath.Join(filepath.Base(filepath.Dir(a.Path)), file)
		}
	}
	meta.Segments = []widget.RichTextSegment{mutedSegment(rowMeta(a, file), theme.SizeNameCaptionText)}
	meta.Refresh()
}

// rowMeta is a row's second line: the date, the year reported on where
// the date does not say it (a work report of 2024 reviews 2023), the
// region; first of all, file, the file name when the title does not tell
// the article from another (with its folder when the name does not either).
func rowMeta(a library.Article, file string) string {
	var parts []string
	if file != "" {
		// First: what tells the row from another of the same title must
		// not be what a narrow list cuts off.
		parts = append(parts, file)
	}
	parts = append(parts, whenParts(a.Date, a.Year)...)
	if a.Region != "" {
		parts = append(parts, a.Region)
	}
	return strings.Join(parts, " · ")
}

// whenParts say when an article is from: its date, with the year it
// reports on where the date does not say it (a work report of 2024
// reviews 2023), or that year alone for an undated article, or
// "undated". The list's rows and the reader's metadata line say it alike.
func whenParts(date string, y int) []string {
	year := strconv.Itoa(y)
	switch {
	case date != "" && y != 0 && !strings.HasPrefix(date, year):
		return []string{date, tr("on {{.Year}}", map[string]any{"Year": year})}
	case date != "":
		return []string{date}
	case y != 0:
		return []string{year}
	}
	return []string{tr("undated")}
}

// fileName is the name of the file an article came from, or its id for
// the embedded ones.
func fileName(a library.Article) string {
	if a.Path != "" {
		return filepath.Base(a.Path)
	}
	return a.ID
}

// setEntries shows a new list of the library, keeping the selected
// article selected where it is still shown.
func (l *libraryList) setEntries(all []library.Article) {
	sel := l.selected()
	l.all = all
	l.hay = make([]string, len(all))
	titles := make(map[string]int, len(all))
	for i, a := range all {
		titles[a.Title]++
		l.hay[i] = strings.ToLower(strings.Join([]string{a.Title, a.Region, a.Date, strconv.Itoa(a.Year), fileName(a), a.ID}, "\x00"))
	}
	l.dupTitle = map[string]bool{}
	for t, n := range titles {
		if n > 1 {
			l.dupTitle[t] = true
		}
	}
	files := map[string]int{}
	for _, a := range all {
		if l.dupTitle[a.Title] {
			files[fileName(a)]++
		}
	}
	l.dupFile = map[string]bool{}
	for f, n := range files {
		if n > 1 {
			l.dupFile[f] = true
		}
	}
	l.refilter(sel)
}

// setQuery filters the list: every word typed must be in the title, the
// region, the date or year, or the file name.
func (l *libraryList) setQuery(q string) {
	l.query = q
	l.refilter(l.selected())
}

func (l *libraryList) setOrder(o libraryOrder) {
	l.order = o
	l.refilter(l.selected())
}

func (l *libraryList) refilter(sel string) {
	words := strings.Fields(strings.ToLower(l.query))
	l.shown = l.shown[:0]
	for i, h := range l.hay {
		if containsAll(h, words) {
			l.shown = append(l.shown, i)
		}
	}
	l.sortShown()
	l.row = -1
	l.list.UnselectAll()
	l.list.Refresh()
	if sel != "" {
		if i := l.rowOf(sel); i >= 0 {
			l.row = i
			l.list.Select(i) // OnSelect opens what is already open: nothing
		}
	}
}

func containsAll(h string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(h, w) {
			return false
		}
	}
	return true
}

func (l *libraryList) sortShown() {
	key := func(i int) string {
		a := l.all[i]
		switch l.order {
		case orderTitle:
			return a.Title
		case orderRegion:
			return a.Region
		}
		return ""
	}
	switch l.order {
	case orderAdded:
		return // the library's own order
	case orderDate:
		slices.SortStableFunc(l.shown, func(i, j int) int {
			return cmp.Or(cmp.Compare(dateKey(l.all[j]), dateKey(l.all[i])), cmp.Compare(i, j))
		})
	default:
		slices.SortStableFunc(l.shown, func(i, j int) int {
			ki, kj := key(i), key(j)
			// The unknown last, then by key, then in library order.
			return cmp.Or(cmp.Compare(unknown(ki), unknown(kj)), strings.Compare(ki, kj), cmp.Compare(i, j))
		})
	}
}

// unknown is 1 for an empty sort key, which sorts after the others.
func unknown(k string) int {
	if k == "" {
		return 1
	}
	return 0
}

// dateKey orders by date, then the year reported on when there is none.
func dateKey(a library.Article) string {
	if a.Date != "" {
		return a.Date
	}
	if a.Year != 0 {
		return strconv.Itoa(a.Year)
	}
	return ""
}

func (l *libraryList) rowOf(id string) int {
	for r, i := range l.shown {
		if l.all[i].ID == id {
			return r
		}
	}
	return -1
}

// selected is the id of the article on the selected row, as it is now.
func (l *libraryList) selected() string {
	if l.row >= 0 && l.row < len(l.shown) {
		return l.all[l.shown[l.row]].ID
	}
	return ""
}

// selectID selects and shows the article with this id, clearing a filter
// that hides it; OnSelect is called when it was not selected already.
func (l *libraryList) selectID(id string) {
	i := l.rowOf(id)
	if i < 0 && l.query != "" {
		l.filter.SetText("") // calls setQuery
		i = l.rowOf(id)
	}
	if i < 0 {
		return
	}
	l.list.Select(i)
	l.list.ScrollTo(i)
}

// rows is how many rows the list shows.
func (l *libraryList) rows() int { return len(l.shown) }

// selectedRow is the selected row, -1 for none.
func (l *libraryList) selectedRow() int { return l.row }

// selectRow selects a row, which opens its article.
func (l *libraryList) selectRow(i int) { l.list.Select(i) }

// content is the filter, the sort and the list.
func (l *libraryList) content() fyne.CanvasObject { return l.box }

// setShown shows the list, or hides it (search results stand in).
func (l *libraryList) setShown(on bool) {
	if on {
		l.box.Show()
	} else {
		l.box.Hide()
	}
}

// tightVBox stacks its objects with no padding between them, so a list row's
// title and metadata read as one item.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h * 0.8
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for i, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		if i < len(objs)-1 {
			h += m.Height * 0.8
		} else {
			h += m.Height
		}
	}
	return fyne.NewSize(w, h)
}

// mutedSegment is secondary text: dates, sources, credits. Fyne's low
// importance colour is too faint to read on white, hence a colour of ours.
func mutedSegment(text string, size fyne.ThemeSizeName) widget.RichTextSegment {
	return &widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: colorMuted, SizeName: size}}
}
