package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Fyne's file dialog writes the names of its places (Home, Computer,
// Documents…) without looking them up in its translations, so a Chinese
// interface showed them in English. These are the names it uses; the
// translation files give their Chinese.
var fynePlaces = []string{"Home", "Computer", "App Files", "Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos", "Movies"}

// fyneEnglish is the English of Fyne's message ids that are not English
// words themselves (lang.X("file.name", "Name")).
var fyneEnglish = map[string]string{"file.name": "Name", "file.parent": "Parent"}

// showFileDialog shows a Fyne file dialog with its places in the
// interface language.
func showFileDialog(d interface{ Show() }, c fyne.Canvas) {
	d.Show()
	if top := c.Overlays().Top(); top != nil {
		translatePlaces(top)
	}
}

// translatePlaces finds the list of places under o and has it translate
// the names it shows: its items are made again as it scrolls, so the
// translation wraps the function that fills them.
func translatePlaces(o fyne.CanvasObject) {
	walkObjects(o, func(o fyne.CanvasObject) {
		l, ok := o.(*widget.List)
		if !ok || l.Length == nil || l.Length() == 0 || l.CreateItem == nil || l.UpdateItem == nil {
			return
		}
		probe := l.CreateItem()
		l.UpdateItem(0, probe)
		if label := itemLabel(probe); label == nil || label.Text != fynePlaces[0] {
			return // the list of files, not of places
		}
		update := l.UpdateItem
		l.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
			update(id, item)
			if label := itemLabel(item); label != nil && isPlace(label.Text) {
				label.SetText(tr(label.Text))
			}
		}
		l.Refresh()
	})
}

func isPlace(s string) bool {
	for _, p := range fynePlaces {
		if p == s {
			return true
		}
	}
	return false
}

// itemLabel is the label of a list item: Fyne's places are an icon and a
// label in a container.
func itemLabel(o fyne.CanvasObject) *widget.Label {
	var found *widget.Label
	walkObjects(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && found == nil {
			found = l
		}
	})
	return found
}

// walkObjects calls fn for o and everything inside it that Fyne's
// dialogs nest their parts in (containers, pop-ups, splits, scrolls).
func walkObjects(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	fn(o)
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case *widget.PopUp:
		kids = []fyne.CanvasObject{v.Content}
	case *container.Split:
		kids = []fyne.CanvasObject{v.Leading, v.Trailing}
	case *container.Scroll:
		kids = []fyne.CanvasObject{v.Content}
	}
	for _, k := range kids {
		walkObjects(k, fn)
	}
}

// confirmReplace asks whether to replace an existing file, with buttons
// that say what they do in the interface language (Fyne's confirm dialog
// says Yes and No, and 是/不 in Chinese).
func confirmReplace(name string, w fyne.Window, replace func()) {
	d := dialog.NewCustomConfirm(tr("Replace file?"), tr("Replace"), tr("Cancel"),
		widget.NewLabel(tr("{{.Name}} already exists. Replace it?", map[string]any{"Name": name})),
		func(yes bool) {
			if yes {
				replace()
			}
		}, w)
	d.Show()
}
