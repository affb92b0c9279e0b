package app

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// TestQuantitiesKinds pins growth against share across clauses, as the
// line is now read once from left to right.
func TestQuantitiesKinds(t *testing.T) {
	cases := []struct{ line, want string }{
		{"增长5.0%", "growth"},
		{"占比5.0%", "share"},
		{"增长5.0%、6%和7%", "growth growth growth"},
		{"增长5.0%，占比6%", "growth share"},
		{"占比6%，同比增长5.0%；比重7%", "share growth share"},
		{"收入增长了百分之五", "growth"},
		{"完成计划的98%。下降2%", "share growth"},
	}
	for _, c := range cases {
		out, errs, rc := runCmd(t, c.line+"\n", "quantities")
		if rc != exitOK {
			t.Fatalf("%s: exit %d: %s", c.line, rc, errs)
		}
		var l struct{ Quantities []struct{ Kind string } }
		if err := json.Unmarshal([]byte(out), &l); err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, q := range l.Quantities {
			kinds = append(kinds, q.Kind)
		}
		if got := strings.Join(kinds, " "); got != c.want {
			t.Errorf("%s: kinds %q, want %q", c.line, got, c.want)
		}
	}
}

// TestQuantitiesLongClause: 100,000 percentages in one clause once took
// quadratic time (25,600 took 7.2 s).
func TestQuantitiesLongClause(t *testing.T) {
	run := func(n int) time.Duration {
		in := "增长" + strings.Repeat("5%、", n) + "\n"
		start := cputime.Now()
		out, errs, rc := runCmd(t, in, "quantities")
		spent := cputime.Now() - start
		if rc != exitOK {
			t.Fatalf("exit %d: %s", rc, errs)
		}
		if got := strings.Count(out, `"growth"`); got != n {
			t.Errorf("%d growth rates, want %d", got, n)
		}
		return spent
	}
	run(1000) // what loads once (tables, a dictionary) is not measured
	// Four times the numbers: linear time is about 4 times (up to 8 with a
	// larger heap to collect), quadratic 16.
	small, large := run(50000), run(200000)
	if small > 0 && large > 10*small {
		t.Errorf("200,000 numbers in one clause took %v, 50,000 took %v", large, small)
	}
}

// endless is a line of n bytes of 5%、 with no line break, made as it is
// read so that the test does not hold it.
type endless struct{ n, at int }

func (e *endless) Read(p []byte) (int, error) {
	const unit = "5%、"
	k := 0
	for ; k < len(p) && e.at < e.n; k, e.at = k+1, e.at+1 {
		p[k] = unit[e.at%len(unit)]
	}
	if k == 0 {
		return 0, io.EOF
	}
	return k, nil
}

// TestQuantitiesLineLimit: a line past the limit is skipped with an error
// on it and on standard error, and the lines after it are read.
func TestQuantitiesLineLimit(t *testing.T) {
	in := io.MultiReader(strings.NewReader("增长5%\n"), &endless{n: maxQuantitiesLine + 100}, strings.NewReader("\n占比6%\n"))
	var out, errb strings.Builder
	rc := dispatch(&stdio{in: in, out: &out, err: &errb}, []string{"quantities"})
	if rc != exitFailure {
		t.Errorf("exit %d, want %d for a line too long", rc, exitFailure)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3: %.300s", len(lines), out.String())
	}
	if !strings.Contains(lines[1], `"line":1,"quantities":[],"error":"line longer than`) {
		t.Errorf("line 1: %.300s", lines[1])
	}
	if !strings.Contains(lines[2], `"line":2`) || !strings.Contains(lines[2], `"share"`) {
		t.Errorf("line 2: %s", lines[2])
	}
	if !strings.Contains(errb.String(), "line 1") {
		t.Errorf("stderr %q does not name line 1", errb.String())
	}
}

// TestQuantitiesAgreeWithExtract: `quantities` and `extract` label the
// same percentage of the same line alike (one rule, figure.PercentKinds).
func TestQuantitiesAgreeWithExtract(t *testing.T) {
	for _, line := range []string{
		"2024年，全区地区生产总值增长5.0%，高于全市1.2个百分点。",
		"一般公共预算收入增长了百分之五，占全市比重6.2%。",
		"接待游客数、旅游综合收入分别增长9.6%和6.9%，完成年度计划的98%。",
		"普惠性幼儿园覆盖率达到92.3%，主导产业投资增速342.16%。",
	} {
		path := filepath.Join(t.TempDir(), "马村区.txt")
		if err := os.WriteFile(path, []byte(line), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errs, rc := runCmd(t, "", "extract", path)
		if rc != exitOK {
			t.Fatalf("extract: exit %d: %s", rc, errs)
		}
		extracted := map[int]string{}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			var f struct {
				Start int    `json:"start"`
				Kind  string `json:"kind"`
				Unit  string `json:"unit"`
			}
			if err := json.Unmarshal([]byte(l), &f); err != nil {
				t.Fatal(err)
			}
			if f.Unit == "%" {
				extracted[f.Start] = f.Kind
			}
		}
		out, errs, rc = runCmd(t, line+"\n", "quantities")
		if rc != exitOK {
			t.Fatalf("quantities: exit %d: %s", rc, errs)
		}
		var l struct {
			Quantities []struct {
				Start int
				Text  string
				Kind  string
			}
		}
		if err := json.Unmarshal([]byte(out), &l); err != nil {
			t.Fatal(err)
		}
		compared := 0
		for _, q := range l.Quantities {
			if k, ok := extracted[q.Start]; ok {
				compared++
				if k != q.Kind {
					t.Errorf("%s: %s: extract says %s, quantities %s", line, q.Text, k, q.Kind)
				}
			}
		}
		if compared == 0 {
			t.Errorf("%s: no percentage in both outputs", line)
		}
	}
}
