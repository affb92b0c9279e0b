package gazetteer

import "testing"

// 万年 and 弥勒, county shorts the dictionary has as words, are read in
// their regions' lists and before their zones (上饶's parks, q10), and not
// as the words (千秋万年, 弥勒佛).
func TestKeptWordCountyShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"鄱阳工业园区120.64亿元,全省第三十八位;万年高新技术产业园区108.16亿元。", "鄱阳工业园区=361128/工业园区 万年高新技术产业园区=361129/高新技术产业园区"},
		{"个旧、开远、蒙自、弥勒四市规模以上工业增加值增长9.2%。", "个旧=532501 开远=532502 蒙自=532503 弥勒=532504"},
		{"弥勒佛像前游客如织。", ""},
		{"千秋万年", ""},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
