package quantity

import "testing"

// Every unit the issue names is recognised after a number, with its kind
// and the factor to its base unit.
func TestUnits(t *testing.T) {
	cases := []struct {
		units    []string
		kind     Kind
		normUnit string
		factor   float64 // what one unit is worth in normUnit
	}{
		{[]string{"元", "圆", "人民币"}, Level, "元", 1},
		{[]string{"美元", "美圓"}, Level, "美元", 1},
		{[]string{"港元", "港币", "港幣"}, Level, "港元", 1},
		{[]string{"%", "％"}, Percent, "%", 1},
		{[]string{"个百分点", "個百分點"}, PPChange, "pp", 1},
		{[]string{"倍"}, Multiple, "倍", 1},
		// one table: mass in 公斤, length in 米, area in 平方米, volume in 升
		{[]string{"公里", "千米", "公裏"}, Physical, "米", 1000},
		{[]string{"米", "公尺"}, Physical, "米", 1},
		{[]string{"英里", "英裏"}, Physical, "米", 1609.344},
		{[]string{"吋", "英寸"}, Physical, "米", 0.0254},
		{[]string{"平方米"}, Physical, "平方米", 1},
		{[]string{"平方公里"}, Physical, "平方米", 1e6},
		{[]string{"公顷", "公頃"}, Physical, "平方米", 1e4},
		{[]string{"亩", "畝"}, Physical, "亩", 1}, // CONTRACTS.md: 100000 亩
		{[]string{"吨", "噸"}, Physical, "公斤", 1000},
		{[]string{"斤"}, Physical, "公斤", 0.5},
		{[]string{"公斤", "千克", "kg"}, Physical, "公斤", 1},
		{[]string{"克", "g"}, Physical, "公斤", 0.001},
		{[]string{"立方米"}, Physical, "升", 1000},
		{[]string{"升", "公升", "L"}, Physical, "升", 1},
		{[]string{"毫升", "ml", "cc"}, Physical, "升", 0.001},
		{[]string{"加仑"}, Physical, "升", 3.785411784},
		{[]string{"千瓦"}, Physical, "千瓦", 1},
		{[]string{"天", "小时", "小時"}, Duration, "", 1},
	}
	for _, c := range cases {
		for _, u := range c.units {
			for _, mult := range []struct {
				prefix string
				factor float64
			}{{"", 1}, {"万", 1e4}, {"亿", 1e8}} {
				if c.kind == Percent || c.kind == PPChange || c.kind == Multiple || c.kind == Duration {
					if mult.prefix != "" {
						continue
					}
				}
				in := "达到12" + mult.prefix + u + "。"
				qs := Find(in)
				if len(qs) != 1 {
					t.Errorf("%q: %d quantities", in, len(qs))
					continue
				}
				q := qs[0]
				if q.Text != "12"+mult.prefix+u || q.Unit != mult.prefix+u || q.Kind != c.kind || q.Value != 12 ||
					!near(q.NormValue, 12*mult.factor*c.factor) || c.normUnit != "" && q.NormUnit != c.normUnit {
					t.Errorf("%q: got %q %q %s %v %v %q", in, q.Text, q.Unit, q.Kind, q.Value, q.NormValue, q.NormUnit)
				}
			}
		}
	}
	for _, w := range []string{"个", "家", "人", "户", "项", "名", "所", "条", "座", "处", "件", "次", "张", "台", "套", "人次"} {
		for _, prefix := range []string{"", "万"} {
			in := "新增12" + prefix + w + "，"
			qs := Find(in)
			if len(qs) != 1 || qs[0].Kind != Count || qs[0].Unit != prefix+w || qs[0].NormUnit != w {
				t.Errorf("%q: got %+v", in, qs)
			}
		}
	}
}

// Qualifiers mark a quantity approximate or a bound.
func TestQualifiers(t *testing.T) {
	for in, want := range map[string]string{
		"近21亿元": "近", "约2524万元": "约", "190余人": "余", "400多人": "多", "超10万亩": "超",
		"突破8500户": "突破", "99%以上": "以上", "5000万元左右": "左右", "8.6亿元": "",
	} {
		qs := Find(in)
		if len(qs) != 1 || qs[0].Qualifier != want || !qs[0].Approximate() == (want != "") {
			t.Errorf("%q: got %+v, want qualifier %q", in, qs, want)
		}
	}
}
