package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/zhibiao/zhibiao/data/figure"
)

// runText runs the command line with buffers.
func runText(args ...string) (rc int, stdout, stderr string) {
	var out, errb bytes.Buffer
	rc = dispatch(&stdio{in: strings.NewReader(""), out: &out, err: &errb}, args)
	return rc, out.String(), errb.String()
}

// jsonLines decodes each line of out into a map, failing on anything else.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("not a JSON line: %q: %v", l, err)
		}
		lines = append(lines, m)
	}
	return lines
}

func embeddedRaw(t *testing.T) map[string][]byte {
	t.Helper()
	arts, err := figure.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := map[string][]byte{}
	for _, a := range arts {
		m[a.ID] = a.Raw
	}
	return m
}

func writeFile(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestKeywordsCommand(t *testing.T) {
	rc, out, errs := runText("keywords")
	if rc != exitOK || errs != "" {
		t.Fatalf("rc %d, stderr %q", rc, errs)
	}
	lines := jsonLines(t, out)
	if len(lines) != 50 {
		t.Fatalf("%d lines, want 10 for each of 5 articles", len(lines))
	}
	perDoc := map[string]int{}
	for _, l := range lines {
		doc := l["doc"].(string)
		perDoc[doc]++
		if int(l["rank"].(float64)) != perDoc[doc] {
			t.Errorf("%s: rank %v, want %d", doc, l["rank"], perDoc[doc])
		}
		if l["word"].(string) == "" || l["weight"].(float64) <= 0 || l["count"].(float64) < 1 {
			t.Errorf("bad line %v", l)
		}
	}
	if lines[0]["doc"] != "000_3d56ce9018f8a19f.txt" || lines[0]["word"] != "马村区" {
		t.Errorf("first line %v, want 000's 马村区", lines[0])
	}
}

func TestKeywordsCommandOptions(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("生物医药产业园区建设。生物医药企业入驻园区。生物医药研发。\n"))
	if err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, "园区.txt", gbk)
	tests := []struct {
		args    []string
		rc      int
		lines   int
		doc     string // of every line
		stderr  string // contained in stderr
		firstWd string
	}{
		{[]string{"--top", "3", "--doc", "001"}, exitOK, 3, "001_eb4a5a37d5005e35.txt", "", "马村区"},
		{[]string{"--top", "2", file}, exitOK, 2, "园区.txt", "", "生物医药"},
		{[]string{"--doc", "园区.txt", "--", file}, exitOK, -1, "园区.txt", "", "生物医药"},
		{[]string{"--top", "0"}, exitUsage, 0, "", "--top", ""},
		{[]string{"--top", "x"}, exitUsage, 0, "", "--top", ""},
		{[]string{"--doc", "999"}, exitUsage, 0, "", "999", ""},
		{[]string{"--nope"}, exitUsage, 0, "", "nope", ""},
		{[]string{filepath.Join(t.TempDir(), "missing.txt")}, exitFailure, 0, "", "missing.txt", ""},
	}
	for _, tt := range tests {
		rc, out, errs := runText(append([]string{"keywords"}, tt.args...)...)
		if rc != tt.rc || !strings.Contains(errs, tt.stderr) {
			t.Errorf("%v: rc %d stderr %q, want %d and %q", tt.args, rc, errs, tt.rc, tt.stderr)
			continue
		}
		if rc != exitOK {
			if out != "" || strings.Count(errs, "\n") != 1 {
				t.Errorf("%v: output %q, stderr %q: want one line of error", tt.args, out, errs)
			}
			continue
		}
		lines := jsonLines(t, out)
		if tt.lines >= 0 && len(lines) != tt.lines {
			t.Errorf("%v: %d lines, want %d", tt.args, len(lines), tt.lines)
		}
		for _, l := range lines {
			if l["doc"] != tt.doc {
				t.Errorf("%v: doc %v, want %s", tt.args, l["doc"], tt.doc)
			}
		}
		if len(lines) > 0 && lines[0]["word"] != tt.firstWd {
			t.Errorf("%v: first word %v, want %s", tt.args, lines[0]["word"], tt.firstWd)
		}
	}
}

func TestSearchCommand(t *testing.T) {
	raw := embeddedRaw(t)
	rc, out, errs := runText("search", "生物医药")
	if rc != exitOK || errs != "" {
		t.Fatalf("rc %d, stderr %q", rc, errs)
	}
	lines := jsonLines(t, out)
	if len(lines) != 3 {
		t.Fatalf("%d hits, want 3", len(lines))
	}
	for i, l := range lines {
		doc := l["doc"].(string)
		if !strings.HasPrefix(doc, "00") || strings.HasPrefix(doc, "003") || strings.HasPrefix(doc, "004") {
			t.Errorf("hit %d: %s is not a 马村区 article", i, doc)
		}
		s, e := int(l["start"].(float64)), int(l["end"].(float64))
		if got := string(raw[doc][s:e]); got != "生物医药" {
			t.Errorf("hit %d: doc[start:end] = %q", i, got)
		}
		if i > 0 && l["score"].(float64) > lines[i-1]["score"].(float64) {
			t.Errorf("hit %d scores above the one before", i)
		}
		snip := l["snippet"].(string)
		marks := l["marks"].([]any)
		if len(marks) == 0 {
			t.Fatalf("hit %d: no marks", i)
		}
		m := marks[0].([]any)
		if got := snip[int(m[0].(float64)):int(m[1].(float64))]; got != "生物医药" {
			t.Errorf("hit %d: mark %q in snippet %q", i, got, snip)
		}
	}
}

func TestSearchCommandOptions(t *testing.T) {
	mine := writeFile(t, "mine.md", []byte("# 量子计算\n\n量子计算机产业园开工建设。\n"))
	tests := []struct {
		args   []string
		rc     int
		lines  int
		doc    string // of the first line
		stderr string
	}{
		{[]string{"--limit", "1", "生物医药"}, exitOK, 1, "", ""},
		{[]string{"生物医药", "--limit", "2"}, exitOK, 2, "", ""},
		{[]string{"生物医药", "产业"}, exitOK, 5, "", ""}, // unquoted words: one query
		{[]string{"量子计算机"}, exitOK, 0, "", ""},
		{[]string{"量子计算机", "--", mine}, exitOK, 1, "mine.md", ""},
		{[]string{"--limit", "1", "量子", "--", mine}, exitOK, 1, "mine.md", ""},
		{[]string{}, exitUsage, 0, "", "QUERY"},
		{[]string{"  "}, exitUsage, 0, "", "QUERY"},
		{[]string{"--limit", "-1", "x"}, exitUsage, 0, "", "--limit"},
		{[]string{"量子", "--", filepath.Join(t.TempDir(), "gone.txt")}, exitFailure, 0, "", "gone.txt"},
	}
	for _, tt := range tests {
		rc, out, errs := runText(append([]string{"search"}, tt.args...)...)
		if rc != tt.rc || !strings.Contains(errs, tt.stderr) {
			t.Errorf("%v: rc %d stderr %q, want %d and %q", tt.args, rc, errs, tt.rc, tt.stderr)
			continue
		}
		if rc != exitOK {
			if out != "" || strings.Count(errs, "\n") != 1 {
				t.Errorf("%v: output %q, stderr %q: want one line of error", tt.args, out, errs)
			}
			continue
		}
		lines := jsonLines(t, out)
		if len(lines) != tt.lines {
			t.Errorf("%v: %d lines, want %d", tt.args, len(lines), tt.lines)
			continue
		}
		if tt.lines == 0 && out != "" {
			t.Errorf("%v: no hits must print nothing, got %q", tt.args, out)
		}
		if tt.doc != "" && lines[0]["doc"] != tt.doc {
			t.Errorf("%v: first doc %v, want %s", tt.args, lines[0]["doc"], tt.doc)
		}
	}
	// The span of a file's hit indexes the file's bytes; it is the first
	// matched term, 量子 of 量子/计算机.
	_, out, _ := runText("search", "量子计算机", "--", mine)
	l := jsonLines(t, out)[0]
	b, _ := os.ReadFile(mine)
	if got := string(b[int(l["start"].(float64)):int(l["end"].(float64))]); got != "量子" {
		t.Errorf("file span %q", got)
	}
}
