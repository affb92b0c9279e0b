package gazetteer

import "testing"

// A national new area the table lacks is read as a zone of its host, whole
// (雄安新区, not 雄安 + 新区), with the host's code.
func TestNamedAreas(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, code string }{
		{"前三季度,雄安新区投资同比增长12.1%,比上月加快1.1个百分点", "雄安新区", "130000"},
		{"截至三季度末,雄安新区法人单位达1.99万个,同比增长28.3%", "雄安新区", "130000"},
		{"记者4月27日从两江新区获悉,今年一季度新区GDP同比增长(下同)15%", "两江新区", "500000"},
	} {
		found := false
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text != c.name {
				continue
			}
			found = true
			if len(m.Codes) != 1 || m.Codes[0] != c.code || m.Zone != "新区" {
				t.Errorf("%s in %q: got %+v, want code %s, zone 新区", c.name, c.text, m, c.code)
			}
		}
		if !found {
			t.Errorf("%s not found in %q", c.name, c.text)
		}
	}
}
