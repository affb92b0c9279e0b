package ui

// shownTitle is the title an article is shown by: its own, or, for a file
// with no title at all (an empty file, a page whose text is all markup),
// its id, which is its file name. A row, a reader and a window title left
// blank give the user nothing to tell the article by; the title stored,
// and edited in Properties, stays empty.
func shownTitle(title, id string) string {
	if title != "" {
		return title
	}
	return id
}
