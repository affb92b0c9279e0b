package figure

import "testing"

// TestFusedPairNames: a list of two values after a name fusing two
// indicators gives each its own (西峡 o04, 镇安 o05); a single value keeps
// the fused name.
func TestFusedPairNames(t *testing.T) {
	const xixia = "居民人均可支配收入 30172 元,增长 5.4%;金融机构存贷款余额 355.81 亿元、195.72 亿元,分别增长 15.78%、13.12%。"
	const zhenan = "完成地方财政收入3.02亿元、增长9.2%,城乡居民收入达到23292元和7750元、分别增长8.8%和10%,基本完成年度目标任务。"
	const one = "年末金融机构存贷款余额达到551.5亿元。"
	for _, c := range []struct{ text, fig, want string }{
		{xixia, "195.72 亿元", "金融机构贷款余额"},
		{xixia, "15.78%", "金融机构存款余额"},
		{xixia, "13.12%", "金融机构贷款余额"},
		{zhenan, "23292元", "城镇居民收入"},
		{zhenan, "10%", "农村居民收入"},
		{one, "551.5亿元", "金融机构存贷款余额"},
	} {
		if got := nameOfText(Extract(testArticle(c.text, "", 0)), c.fig); got != c.want {
			t.Errorf("%s named %q, want %q", c.fig, got, c.want)
		}
	}
}
