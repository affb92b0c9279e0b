package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/data/segment"
)

// searched starts the window, waits for the search index to have words,
// and types a query into the search box.
func searched(t *testing.T, query string) *Main {
	t.Helper()
	if err := testSegmenter.Wait(); err != nil {
		t.Fatal(err)
	}
	m, _ := start(t, test.NewTempApp(t))
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.search.do = q.add
	test.Type(m.search.entry, query)
	waitForUI(t, q, func() bool { return m.search.asked > 0 && m.search.results.Visible() })
	q.run()
	return m
}

func TestSearchFindsAndOpensPassage(t *testing.T) {
	m := searched(t, "生物医药")
	if len(m.search.hits) == 0 || !m.search.results.Visible() || m.library.list.box.Visible() {
		t.Fatalf("%d hits; results shown %v", len(m.search.hits), m.search.results.Visible())
	}
	first := m.search.hits[0]
	if a := m.articleByID(first.Doc); a == nil || a.Region != "马村区" {
		t.Errorf("生物医药: first hit %s, want a 马村区 article", first.Doc)
	}
	m.search.results.Select(0)
	if m.reader.Article().ID != first.Doc || m.reader.marked == nil {
		t.Fatalf("opening the hit shows %s, marked %v", m.reader.Article().ID, m.reader.marked)
	}
	a := m.reader.Article()
	p := a.Paragraphs[m.reader.marked.para]
	if got := p.Text[m.reader.marked.start:m.reader.marked.end]; !strings.Contains("生物医药", got) {
		t.Errorf("marked %q", got)
	}
	m.search.entry.SetText("")
	if !m.library.list.box.Visible() {
		t.Error("clearing the query does not bring back the article list")
	}
}

func TestKeywordsAndConcordance(t *testing.T) {
	if err := testSegmenter.Wait(); err != nil {
		t.Fatal(err)
	}
	m, w := start(t, test.NewTempApp(t))
	m.panel.tabs.SelectIndex(2)
	kt := m.panel.keywords
	if len(kt.words) < 5 {
		t.Fatalf("%d keywords", len(kt.words))
	}
	kt.wordList.Select(0)
	if len(kt.lines) == 0 {
		t.Fatalf("no concordance for %q", kt.words[0].Word)
	}
	l := kt.lines[len(kt.lines)-1]
	if l.Word != kt.words[0].Word {
		t.Errorf("concordance line of %q for %q", l.Word, kt.words[0].Word)
	}
	kt.kwic.Select(len(kt.lines) - 1)
	a := m.reader.Article()
	if m.reader.marked == nil || a.Text()[l.Start:l.End] != l.Word {
		t.Errorf("line does not mark its word in the reader")
	}
	saveShot(t, w, "keywords")
}

// The window opens and reads while the dictionary is still loading; the
// keywords fill in when it arrives.
func TestUsableWhileDictionaryLoads(t *testing.T) {
	release := make(chan struct{})
	slow := segment.New(func() (*segment.Dict, error) {
		<-release
		return testSegmenter.Dict(), testSegmenter.Err()
	})
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	m := New(a, Options{Library: appLibrary(t, a), Version: "test", Segmenter: slow})
	queue := &uiQueue{}
	m.env.setDo(queue.add)
	done := make(chan struct{})
	go func() { m.Start(w); m.Finish(); close(done) }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("Start blocks on the dictionary")
	}
	if m.reader.Article() == nil || len(m.reader.paras) == 0 {
		t.Fatal("no article shown while the dictionary loads")
	}
	kt := m.panel.keywords
	if !kt.waiting.Visible() || len(kt.words) != 0 {
		t.Error("keywords tab does not say it is getting ready")
	}
	m.search.do = queue.add
	test.Type(m.search.entry, "马村区") // the library's words, cut at import
	if !m.search.note.Visible() {
		t.Error("the search box does not say the dictionary is loading")
	}
	waitForUI(t, queue, func() bool { return len(m.search.hits) > 0 })
	close(release)
	deadline := time.Now().Add(60 * time.Second)
	for len(kt.words) == 0 && time.Now().Before(deadline) {
		queue.run() // the UI thread's turn
		time.Sleep(20 * time.Millisecond)
	}
	if len(kt.words) == 0 || kt.waiting.Visible() {
		t.Error("keywords did not fill in once the dictionary was ready")
	}
}

// A result's snippet flows as the reader's text does, a marked term
// inside a line rather than on a line of its own (as Fyne's RichText set
// it), and stops at three lines with …
func TestSearchSnippetFlows(t *testing.T) {
	m := searched(t, "生物医药")
	for i := range m.search.hits {
		row := m.search.results.CreateItem()
		m.search.results.UpdateItem(i, row)
		row.Resize(fyne.NewSize(220, row.MinSize().Height))
		b := row.(*fyne.Container).Objects[1].(*textBlock)
		lines := b.layoutFor(b.Size().Width)
		if len(lines) > snippetLines {
			t.Errorf("hit %d: %d lines", i, len(lines))
		}
		room := (b.Size().Width - 2*theme.InnerPadding()) / b.textSize()
		for k, l := range lines[:len(lines)-1] {
			if w := lineWidth(b.text[l.start:l.end], b.adv); w < room-2 {
				t.Errorf("hit %d: line %d %q is %.1f of %.1f ems: the text does not flow", i, k, b.text[l.start:l.end], w, room)
			}
		}
		if full := breakLines(b.text, units(b.text, b.adv.em), room); len(full) > snippetLines != b.ellipsis {
			t.Errorf("hit %d: %d lines in full, ellipsis %v", i, len(full), b.ellipsis)
		}
	}
}
