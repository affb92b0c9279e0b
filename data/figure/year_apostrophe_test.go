package figure

import "testing"

// '23年 and ’22年 are years written short; the apostrophe makes them so.
func TestApostropheYear(t *testing.T) {
	text := "县域经济观察\n\n'23年上半年,全县地区生产总值增长6.1%,规上工业增加值增长8.2%。\n"
	checkYears(t, []yearCase{
		{text, "6.1%", 2023, "H1"},
		{"县域经济观察\n\n’22年,全县地区生产总值增长4.5%。\n", "4.5%", 2022, ""},
		{"县域经济观察\n\n全县连续23年地区生产总值增长超过4.5%。\n", "4.5%", 0, ""},
	})
}
