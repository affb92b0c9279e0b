package gazetteer

import "testing"

// 高新技术产业园区 is a zone's official ending as 高新技术产业开发区 is
// (江西's provincial parks are so named): after its host it is one zone,
// not the host city followed by words; its row is the table's 丰城高新技术产业开发区.
func TestHighTechParkZone(t *testing.T) {
	g := gaz(t)
	const want = "丰城高新技术产业园区=360981402/高新技术产业园区"
	if got := show(g.Find("1-7月,丰城高新技术产业园区主营业务收入208.3亿元")); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
