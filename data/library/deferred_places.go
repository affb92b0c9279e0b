package library

// LocatePending finds the place each pending embedded article's text
// names (Options.Locate; its first call waits for the gazetteer and the
// dictionary) and lists and loads the article with it from then on. It
// reports whether it found any, that is whether the list and the article
// on show should be read again. SyncEmbedded finds the same places, but
// they reach the list only once every embedded article is in, its words
// indexed and its figures found, in one transaction: on a first start the
// window showed its first article without its region until then, 0.5-1.1 s
// longer at load 25. Call it off the UI thread; it may run alongside
// SyncEmbedded.
func (l *Library) LocatePending() bool {
	found := false
	for _, id := range l.pending.list() {
		a, err := l.seeds.article(id)
		if err != nil {
			continue // SyncEmbedded meets it, and returns it
		}
		located := *a
		l.opt.Locate(&located)
		if located.Region != a.Region || located.RegionCode != a.RegionCode {
			l.pending.setPlace(id, located.Region, located.RegionCode)
			found = true
		}
	}
	return found
}

// place returns the place LocatePending found in a pending article.
func (p *pendingSeeds) place(id string) ([2]string, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.places[id]
	return r, ok
}

func (p *pendingSeeds) setPlace(id, region, code string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.places == nil {
		p.places = map[string][2]string{}
	}
	p.places[id] = [2]string{region, code}
}
