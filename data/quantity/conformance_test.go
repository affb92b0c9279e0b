package quantity

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"sort"
	"testing"
	"unicode/utf8"
)

// rtCase is one expected entity of the Recognizers-Text Chinese specs
// (testdata/recognizers_zh.jsonl, MIT, see testdata/LICENSE.Recognizers-Text).
// Offsets are in runes.
type rtCase struct {
	Model  string   `json:"model"`
	CaseID string   `json:"case_id"`
	Input  string   `json:"input"`
	Text   *string  `json:"text"`
	Value  *float64 `json:"value"`
	Start  *int     `json:"start"`
	End    *int     `json:"end"`
}

// conformanceModels are the models we aim to agree with; NumberRange, Age
// and Temperature are outside what the extractor needs.
var conformanceModels = map[string]bool{"Number": true, "Percent": true, "Ordinal": true, "Currency": true, "Dimension": true}

// disagreements are the cases where we differ from Recognizers-Text on
// purpose, with the reason. Keys are case_id plus the expected text.
var disagreements = map[string]string{
	"rt:Currency:0021 人民币":          "a currency name with no number is not a quantity",
	"rt:Currency:0021 美元":           "a currency name with no number is not a quantity",
	"rt:Currency:0022 人民币":          "a currency name with no number is not a quantity",
	"rt:Currency:0022 美元":           "a currency name with no number is not a quantity",
	"rt:Number:0000 两":              "upstream quirk (their README says so): 两百点两 is one number, 200.2",
	"rt:Number:0000 两百":             "upstream quirk: 两百点两 is one number, 200.2",
	"rt:Number:0001 一":              "一点两 is one number (1.2), as 一点二 would be",
	"rt:Number:0001 两":              "一点两 is one number (1.2), as 一点二 would be",
	"rt:Number:0221 222":            "dotted digit groups are read as decimals, not four numbers",
	"rt:Number:0221 2222":           "dotted digit groups are read as decimals, not four numbers",
	"rt:Number:0221 22222":          "dotted digit groups are read as decimals, not four numbers",
	"rt:Number:0291 一":              "a lone numeral alone in quotes is a name or slogan in reports (“零”的突破)",
	"rt:Number:0291 五":              "a lone numeral alone in quotes is a name or slogan in reports (“零”的突破)",
	"rt:Number:0292 五十":             "五十千 is malformed; we report nothing rather than guess",
	"rt:Percent:0105 百 分 之  52.5 k": "a k after a blank is not read as thousands",
}

func loadRT(t testing.TB) []rtCase {
	f, err := os.Open("testdata/recognizers_zh.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []rtCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c rtCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

func runeSpan(s string, start, end int) (int, int) {
	return utf8.RuneCountInString(s[:start]), utf8.RuneCountInString(s[:end])
}

func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b))
}

// agrees reports whether Find agrees with one expected entity.
func agrees(c rtCase, qs []Quantity) bool {
	family := func(q Quantity) bool {
		switch c.Model {
		case "Number":
			return q.Kind != Level && q.Kind != Percent && q.Kind != PPChange
		case "Percent":
			return q.Kind == Percent || q.Kind == PPChange
		case "Ordinal":
			return q.Kind == Rank || q.Kind == Ordinal
		case "Currency":
			return q.Kind == Level
		case "Dimension":
			return q.Kind == Physical
		}
		return false
	}
	if c.Text == nil {
		for _, q := range qs {
			if family(q) {
				return false
			}
		}
		return true
	}
	for _, q := range qs {
		var st, en int
		var v float64
		switch c.Model {
		case "Number":
			st, en = runeSpan(c.Input, q.NumStart, q.NumEnd)
			v = q.num
		case "Ordinal":
			st, en = runeSpan(c.Input, q.Start, q.NumEnd)
			v = q.Value
		default:
			st, en = runeSpan(c.Input, q.Start, q.End)
			v = q.NormValue
		}
		if st != *c.Start || en != *c.End {
			continue
		}
		if c.Value == nil || near(v, *c.Value) || near(q.num, *c.Value) || near(q.Value, *c.Value) {
			return true
		}
	}
	return false
}

func TestConformance(t *testing.T) {
	cases := loadRT(t)
	total, agree := map[string]int{}, map[string]int{}
	var undocumented []string
	for _, c := range cases {
		if !conformanceModels[c.Model] {
			continue
		}
		total[c.Model]++
		qs := Find(c.Input)
		key := c.CaseID + " " + str(c.Text)
		if agrees(c, qs) {
			agree[c.Model]++
			if _, ok := disagreements[key]; ok {
				t.Logf("stale disagreement, now agreeing: %s", key)
			}
			continue
		}
		if _, ok := disagreements[key]; !ok {
			var got []string
			for _, q := range qs {
				got = append(got, q.Text+"="+ftoa(q.NormValue)+"/"+string(q.Kind))
			}
			undocumented = append(undocumented, key+" in "+c.Input+" got "+join(got))
		}
	}
	sort.Strings(undocumented)
	for _, u := range undocumented {
		t.Errorf("undocumented disagreement: %s", u)
	}
	all, ok := 0, 0
	for m, n := range total {
		all += n
		ok += agree[m]
		t.Logf("%-9s %3d/%3d = %.1f%%", m, agree[m], n, 100*float64(agree[m])/float64(n))
	}
	rate := float64(ok) / float64(all)
	t.Logf("overall   %3d/%3d = %.1f%%", ok, all, 100*rate)
	if rate < 0.97 {
		t.Errorf("agreement %.1f%% < 97%%", 100*rate)
	}
}

func str(p *string) string {
	if p == nil {
		return "<none>"
	}
	return *p
}

func ftoa(v float64) string { b, _ := json.Marshal(v); return string(b) }

func join(ss []string) string {
	out := "["
	for i, s := range ss {
		if i > 0 {
			out += " "
		}
		out += s
	}
	return out + "]"
}
