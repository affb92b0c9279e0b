package fileio

import "testing"

func TestCell(t *testing.T) {
	cases := []struct{ in, want string }{
		{"地区生产总值", "地区生产总值"},
		{"=HYPERLINK(\"http://x\",\"点击\")", "'=HYPERLINK(\"http://x\",\"点击\")"},
		{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1", "'\t=1"},
		{"-3.2", "-3.2"},
		{"+5", "+5"},
		{"-12%", "-12%"},
		{"-Inf", "'-Inf"},
		{"-0x10", "'-0x10"},
		{"", ""},
		{"5.0%", "5.0%"},
	}
	for _, c := range cases {
		if got := Cell(c.in); got != c.want {
			t.Errorf("Cell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
