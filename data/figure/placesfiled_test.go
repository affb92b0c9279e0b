package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A news item filed in 北京 on the national statistics office's figures
// is the nation's, not 北京's: the dateline is where it was filed (据新华
// 社北京11月13日电, 2008), and a title opening on 中国 is the nation's too.
func TestNationalNewsFiledInCapital(t *testing.T) {
	cases := []struct{ name, text, fig string }{
		{"dateline on its own line",
			"10月份全国规模以上工业增加值增长8.2%\n\n据新华社北京11月13日电\n\n国家统计局13日发布的数字显示，10月份，全国规模以上工业企业增加值同比增长8.2%，比上年同期回落9.7个百分点。三季度以来，我国规模以上工业企业增加值增速持续回落。6月份的增速还保持在16.0%，7月份回落至14.7%。工业企业产品销售率为97.4%，同比下降0.78个百分点。",
			"97.4%"},
		{"dateline opening the lead",
			"10月份全国规模以上工业增加值增长8.2%\n\n新华社北京11月13日电（记者 张三）国家统计局13日发布的数字显示，10月份，全国规模以上工业企业增加值同比增长8.2%。工业企业产品销售率为97.4%，同比下降0.78个百分点。",
			"97.4%"},
		{"title opening on 中国",
			"中国经济上半年增长7%\n\n“上半年国民经济运行缓中趋稳。”国家统计局新闻发言人盛来运在国新办发布会上表示，国民经济运行处在合理区间。\n\n分产业看，上半年第一产业增加值20255亿元，同比增长3.5%。",
			"20255亿元"},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(corpus.Parse("x.txt", []byte(c.text))) {
			if f.Text == c.fig {
				found = true
				if f.Region != "全国" {
					t.Errorf("%s: %s region %q, want 全国", c.name, f.Text, f.Region)
				}
			}
		}
		if !found {
			t.Errorf("%s: no figure %s", c.name, c.fig)
		}
	}
}

// A provincial news item filed in its capital stays the province's (新华
// 网济南10月22日电 … 山东省统计局): the dateline's city lies below the place
// the body names, so it is not dropped, and the province leads.
func TestDatelineBelowBodyPlace(t *testing.T) {
	text := "山东前三季度地区生产总值首过万亿为全国第二\n\n新华网济南10月22日电（记者吕福明）山东省统计局22日对外公布数字，据初步核算，山东省前三季度实现地区生产总值首次过万亿元，达到10575.4亿元，按可比价格计算较上年同期增长15%。"
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if f.Text == "10575.4亿元" && f.Region != "山东省" {
			t.Errorf("%s: region %q, want 山东省", f.Text, f.Region)
		}
	}
}

// A dateline's city that the item never names again does not outweigh the
// place the body is about (经济日报 北京8月30日讯 on 宁夏's 60 years, 2018,
// shortened): 北京 is where the press conference was held.
func TestDatelineElsewhere(t *testing.T) {
	text := "经济日报《中国经济信息》北京8月30日讯（记者 梅淑娥）国务院新闻办8月30日上午在新闻发布厅举行宁夏回族自治区成立60年经济社会发展情况及庆祝活动新闻发布会。咸辉说，60年来，全区地区生产总值年均增长9.4%，2017年达3453.9亿元。"
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if f.Region != "宁夏回族自治区" {
			t.Errorf("%s: region %q, want 宁夏回族自治区", f.Text, f.Region)
		}
	}
}

// The National People's Congress opening, filed in 北京 and held in 北京人
// 民大会堂 (新华网北京3月5日电, 2012), sets the nation's targets: 北京 is
// where the news was filed and the meeting held, so the figures are 全国's.
func TestNationalCongressNews(t *testing.T) {
	text := "新华网北京3月5日电 第十一届全国人民代表大会第五次会议5日上午在北京人民大会堂开幕。肩负亿万人民重托的近3000名全国人大代表出席盛会，履行宪法和法律赋予的神圣职责。\n" +
		"温家宝说，今年经济社会发展的主要预期目标是：国内生产总值增长7.5%；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内。"
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if f.Text == "7.5%" && f.Region != "全国" {
			t.Errorf("%s: region %q, want 全国", f.Text, f.Region)
		}
	}
}
