package ui

// seedsIn shows the embedded articles once the library holds them
// (Options.SyncEmbedded), or has found their places (Options.LocateEmbedded,
// which comes first): until then it listed them, and the window read
// them, from the binary, without the place their text names. The list is
// read again, and the article on show, read before, is told its place.
func (m *Main) seedsIn() {
	for _, e := range m.library.all() {
		if e.Embedded {
			m.library.forget(e.ID)
		}
	}
	m.reload()
	a := m.reader.Article()
	if a == nil || a.Region != "" || a.RegionCode != "" {
		return
	}
	if e, ok := m.library.entry(a.ID); ok && e.Embedded && e.Edits.Region == nil {
		a.Region, a.RegionCode = e.Region, e.RegionCode
		m.reader.RefreshMeta()
	}
}
