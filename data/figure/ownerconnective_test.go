package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A place after a connective (而, 但) opens its clause as its subject, as
// after a stop: 而贵州以9.0%的增速位列第二名 is 贵州's (央广网, 2019).
func TestOwnerAfterConnective(t *testing.T) {
	text := "从经济增速来看，云南上半年的GDP增速为9.2%，暂居全国第一位；而贵州以9.0%的增速位列第二名。"
	want := map[string]string{"9.2%": "云南省", "9.0%": "贵州省", "第二名": "贵州省"}
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if w, ok := want[f.Text]; ok && f.Region != w {
			t.Errorf("%s: region %q, want %q", f.Text, f.Region, w)
		}
	}
}
