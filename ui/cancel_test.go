package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/library"
)

// A long article's analysis can be cancelled from the figures tab: the
// tab says so and offers to find the figures after all, which works.
func TestCancelBigAnalysis(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	importAndWait(t, m, bigReport(t, t.TempDir()))
	m.library.list.selectID(m.library.all()[0].ID)
	if err := m.env.store.SetEdits("汇编.txt", library.Edits{}); err != nil { // drops its figures
		t.Fatal(err)
	}
	m.forget("汇编.txt")
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.library.list.selectID("汇编.txt")
	ft := m.panel.figures
	if !ft.stop.Visible() || ft.stop.Text != tr("Cancel") {
		t.Fatalf("no Cancel while the figures are found: %q", ft.detail.full)
	}
	test.Tap(ft.stop)
	if len(m.analyses.running) != 0 || len(m.analyses.stops) != 0 {
		t.Error("the analysis is still listed as running")
	}
	deadline := time.Now().Add(300 * time.Millisecond)
	for time.Now().Before(deadline) {
		q.run()
		time.Sleep(10 * time.Millisecond)
	}
	if len(ft.figs) != 0 || !strings.Contains(ft.detail.full, tr("Cancelled: the figures of this article were not found.")) {
		t.Errorf("after Cancel: %d figures, %q", len(ft.figs), ft.detail.full)
	}
	if m.panel.keywords.waiting.Visible() {
		t.Error("after Cancel the keywords tab still says it is working")
	}
	if _, known := m.analyses.known("汇编.txt"); known {
		t.Error("a cancelled analysis kept figures")
	}
	if ft.stop.Text != tr("Find them") {
		t.Fatalf("after Cancel the button says %q", ft.stop.Text)
	}
	test.Tap(ft.stop)
	waitForUI(t, q, func() bool { return len(ft.figs) > 0 })
	if ft.stop.Visible() {
		t.Error("the button stays once the figures are found")
	}
	waitForUI(t, q, func() bool { return len(m.panel.keywords.words) > 0 })
}
