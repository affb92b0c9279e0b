package figure

import (
	"math/rand"
	"strings"
	"testing"
)

// TestYearThenLink: wherever yearSpan matches, yearThenLink says so (it
// only spares the regexp the windows it cannot match).
func TestYearThenLink(t *testing.T) {
	if !yearThenLink("2016年至2018年，全县分别") || !yearThenLink("2016 - 2018年") || yearThenLink("2023年全县地区生产总值、一般公共预算收入") {
		t.Fatal("yearThenLink misreads report text")
	}
	pieces := []string{"2016", "2018", "1999", "20", "19", "2", "0", "年", "至", "到", "—", "-", "－", "~", "～", " ", "\n", "，", "分别", "\xe5"}
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if yearSpan.MatchString(s) && !yearThenLink(s) {
			t.Fatalf("yearSpan matches %q but yearThenLink says no", s)
		}
	}
}
