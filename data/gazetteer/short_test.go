package gazetteer

import "testing"

func TestShortName(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for code, want := range map[string]string{"340200": "芜湖", "430121": "长沙", "522600": "黔东南", "141000": "临汾", "999999": ""} {
		if got := g.ShortName(code); got != want {
			t.Errorf("ShortName(%s) = %q, want %q", code, got, want)
		}
	}
}

func TestZoneRow(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ host, z, want string }{
		{"340200", "经开区", "340271"}, // 芜湖经济技术开发区
		{"340200", "县域", "340200"},  // no row: the host
	} {
		if got := g.ZoneRow(c.host, c.z); got != c.want {
			t.Errorf("ZoneRow(%s, %s) = %q, want %q", c.host, c.z, got, c.want)
		}
	}
}
