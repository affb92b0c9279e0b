package figure

import "testing"

// TestYearOfDelegatesPresent: 实有代表554人,到会543人 count the congress
// sitting in a news item dated 1月27日 with no year; they are not of 2017,
// the year the report reviews (福建, 2018).
func TestYearOfDelegatesPresent(t *testing.T) {
	const fujian = "台海网1月27日讯(福建日报记者 郑昭)1月26日上午,省十三届人大一次会议在福建会堂隆重开幕。\n\n" +
		"省十三届人大实有代表554人,到会543人,符合法定人数。\n\n" +
		"代省长唐登杰代表省政府向大会作政府工作报告。报告分为四个部分:一、过去五年工作回顾;二、今后五年工作的总体要求和主要任务;三、2018年工作安排;四、建设人民满意的服务型政府。\n"
	checkYears(t, []yearCase{
		{fujian, "554人", 0, ""},
		{fujian, "543人", 0, ""},
	})
}
