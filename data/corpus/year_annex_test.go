package corpus

import "testing"

// A release that writes its year only in its annex's title (n05) is of that
// year when the annex covers the release's own months.
func TestYearFromAnnexTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"今年以来,各旗县市团结在盟委、行署周围,统筹推进疫情防控常态化和经济社会发展成效显著,工业、投资、消费三大领域开局运行良好,全盟县域经济持续恢复性增长。\n\n一、县域工业增加值增速较高\n\n1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%,增速较上年同期提高20.7个百分点。\n\n二、县域投资项目开工较早\n\n2018-2020年同期全盟均无投资活动,今年1-2月份,全盟投资项目开工早、动作快,共有15个5000万以上项目和14个500—5000万项目开复工。\n\n三、县域消费市场持续恢复\n\n1-2月份,全盟县域社会消费品零售总额完成26.23亿元,同比增长25.9%,增速较上年同期提高50.8个百分点。\n\n1-2月份,全盟县域公共财政预算收入完成7.54亿元,同比下降27.7%。\n\n附表《2021年1-2月份全盟及分旗县市主要经济指标完成情况及排序》。\n\n", 2021},
		// an annex of the whole year says nothing of a release of months
		{"今年以来,各旗县市团结在盟委、行署周围,统筹推进疫情防控常态化和经济社会发展成效显著,工业、投资、消费三大领域开局运行良好,全盟县域经济持续恢复性增长。\n\n一、县域工业增加值增速较高\n\n1-2月份,全盟县域规模以上工业增加值按可比价格计算,同比增长30.2%。\n\n附表《2020年全盟主要经济指标》。\n\n", 0},
	} {
		a := Parse("t.txt", []byte(c.text))
		if got := annexYear(a); got != c.want || c.want != 0 && a.Year != c.want {
			t.Errorf("annex year %d, article year %d, want %d: %q", got, a.Year, c.want, c.text)
		}
	}
}
