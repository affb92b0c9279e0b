package app

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractMinor: extract keeps the minor counts of a report (a meeting
// held, people reviewed) and marks them, in JSON and in the CSV's last
// column; the economy's counts are not marked.
func TestExtractMinor(t *testing.T) {
	path := filepath.Join(t.TempDir(), "宁郭镇.txt")
	text := "宁郭镇召开5次党委(扩大)会议，该镇的18个村已审核95人。全镇新增就业600人。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"5次": true, "95人": true, "600人": false}
	out, errs, rc := runCmd(t, "", "extract", path)
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	got := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var f map[string]any
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatal(err)
		}
		m, ok := f["minor"].(bool)
		if !ok {
			t.Fatalf("no minor bool in %s", l)
		}
		got[f["text"].(string)] = m
	}
	for text, m := range want {
		if g, ok := got[text]; !ok || g != m {
			t.Errorf("JSON %s: minor %v (listed %v), want %v", text, g, ok, m)
		}
	}

	out, errs, rc = runCmd(t, "", "extract", "--format", "csv", path)
	if rc != exitOK {
		t.Fatalf("exit %d: %s", rc, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col, textCol := len(recs[0])-1, 3
	if recs[0][col] != "minor" || recs[0][textCol] != "text" {
		t.Fatalf("header %q", recs[0])
	}
	for _, r := range recs[1:] {
		if m, ok := want[r[textCol]]; ok && r[col] != map[bool]string{true: "true", false: "false"}[m] {
			t.Errorf("CSV %s: minor %s, want %v", r[textCol], r[col], m)
		}
	}
}
