package segment

import "testing"

func TestBridge(t *testing.T) {
	tests := []struct{ in, want string }{
		{"地区生产总 值增长5.4%", "地区生产总值增长5.4%"},
		{"16.4 亿 元", "16.4亿元"},
		{"18 个贫困村", "18个贫困村"},
		{"GDP Growth  Rate", "GDP Growth  Rate"},
		{"新\u3000发展", "新发展"},
		{"  开头", "开头"},
		{"末尾 ", "末尾 "},
		{"焦东生 态康养城 和 Ｇ 20", "焦东生态康养城和Ｇ 20"},
		{"\xff \xfe生", "\xff \xfe生"}, // invalid bytes are not Han
		{"", ""},
	}
	for _, tt := range tests {
		b := Bridge(tt.in)
		if b.Text != tt.want {
			t.Errorf("Bridge(%q) = %q, want %q", tt.in, b.Text, tt.want)
			continue
		}
		for i := 0; i < len(b.Text); i++ {
			if j := b.Offset(i); j >= len(tt.in) || tt.in[j] != b.Text[i] {
				t.Errorf("%q: byte %d maps to %d", tt.in, i, j)
			}
		}
		if n := len(b.Text); n > 0 {
			if s, e := b.Span(0, n); tt.in[s] != b.Text[0] || tt.in[e-1] != b.Text[n-1] {
				t.Errorf("%q: span [%d,%d)", tt.in, s, e)
			}
		}
	}
}
