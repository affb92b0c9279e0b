package figure

import "testing"

// A city with no counties (儋州) holds its towns and zones as a county
// does, and 儋州地区洋浦 (the area of 儋州, its 洋浦) is one name, the
// lower place's: 海南's half-year figures by city and county (d08).
func TestHostAreaChild(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "儋州地区洋浦",
		text: "海南上半年各市县经济数据出炉\n三亚市GDP增长7.0%。较上年同期相比,儋州地区洋浦GDP增速为-9.1%。另外,增速较慢的还有保亭黎族苗族自治县,增速为0.3%。\n",
		want: [][2]string{{"7.0%", "三亚市"}, {"-9.1%", "洋浦经济开发区"}, {"0.3%", "保亭黎族苗族自治县"}},
	}, {
		name: "儋州洋浦",
		text: "海南上半年各市县经济数据出炉\n三亚市GDP增长7.0%。较上年同期相比,儋州洋浦GDP增速为-9.1%。\n",
		want: [][2]string{{"-9.1%", "洋浦经济开发区"}},
	}})
}
