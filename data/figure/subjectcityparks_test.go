package figure

import "testing"

// A city's report on its parks (上饶's, 2016) names the city only through
// its zones and lists its counties' parks (广丰、鄱阳、万年、横峰): the
// counties make it neither an unnamed city's report (the city is named,
// through 上饶市工业园区) nor its province's (all lie under one city), and
// each park's figures stay the park's.
func TestCityParksSubject(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "上饶工业园区",
		text: "一至七月全市园区主营收入超1500亿元\n" +
			"本报讯 据省统计局正式发布的2016年1—7月全省工业园区发展情况显示,上饶市工业园区经济运行良好,主营业务收入1524.1亿元,同比增长8.1%。\n" +
			"1-7月,全市工业园区实现工业增加值348亿元,同比增长7.6%。其中上饶经济技术开发区主营业务收入494.82亿元,在全省100个工业园区中排位第五位;" +
			"广丰经济开发区325.44亿元,全省第八位;鄱阳工业园区120.64亿元,全省第三十八位;万年高新技术产业园区108.16亿元,全省第四十七位;横峰经济开发区100.88亿元,全省第四十八位。\n",
		want: [][2]string{
			{"348亿元", "上饶市工业园区"},
			{"120.64亿元", "鄱阳工业园区"},
			{"108.16亿元", "万年高新技术产业园区"},
			{"100.88亿元", "横峰经济开发区"},
		},
	}})
}
