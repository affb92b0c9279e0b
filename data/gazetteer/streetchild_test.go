package gazetteer

import "testing"

// A place's short form before a street rune (路, 道, 桥) is read when that
// rune opens one of its own units (甘孜州道孚, 遵义道真, 永州道县), and
// still not before a street (东海大道, 北京路).
func TestShortBeforeChildNotStreet(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"甘孜州道孚、炉霍、甘孜、新龙四县牧民人均可支配收入增长8.6%。", "甘孜州=513300 道孚=513326 炉霍=513327 甘孜=513328 新龙=513329"},
		{"遵义道真、务川两个自治县地区生产总值增长6.1%。", "遵义=520300 道真=520325 务川=520326"},
		{"永州道县实现地区生产总值增长4.8%。", "永州=431100 道县=431124"},
		{"东海大道和文昌路北段", ""},
		{"在北京路步行街", ""},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
