package corpus

import "testing"

// The lines above a report's body that say who issued or spoke it and
// when are not its title: a01 showed 进贤县统计局 as the title of its
// bulletin, and five speeches showed their datelines. With no title in
// the text the file's name is shown; a title above or below them is
// found.
func TestTitleIsNotTheIssuerOrDateline(t *testing.T) {
	cases := []struct{ text, title string }{
		{"进贤县统计局\n\n2023年,在县委、县政府的坚强领导下,全县上下各项工作迈上新台阶。\n\n一、综 合\n\n全年实现地区生产总值363.92亿元。", ""},
		{"巴林右旗统计局\n\n(2023年3月31日)\n\n2022年,全旗上下坚持稳中求进工作总基调,经济运行总体平稳。\n\n一、综合\n\n全年地区生产总值185.3亿元。", ""},
		{"重庆市开州区统计局 国家统计局开州调查队\n\n2023年,全区地区生产总值增长6.1%。", ""},
		{"南宫市人民政府\n\n关于印发政府工作报告的通知\n\n各乡镇人民政府:\n\n现将《政府工作报告》印发给你们。", "关于印发政府工作报告的通知"},
		{"——2019年1月3日在舒城县第十七届人民代表大会第三次会议上\n\n县人民政府县长 张秀萍\n\n各位代表:\n\n现在,我代表县人民政府,向大会报告政府工作,请予审议。\n\n一、2018年工作回顾\n\n预计全年实现地区生产总值198亿元,增长8%。", ""},
		{"2022年3月26日在渭南市第六届\n\n人民代表大会第一次会议上\n\n渭南市市长陈晓勇\n\n各位代表:\n\n现在,我代表市人民政府向大会报告工作,请予审议。\n\n一、2021年及本届政府工作回顾\n\n全市生产总值增长6.5%。", ""},
		// a title keeps its issuer and dateline below it
		{"2022年闻喜县国民经济和社会发展统计公报\n\n闻喜县统计局\n\n2022年,全县地区生产总值增长5.1%。", "2022年闻喜县国民经济和社会发展统计公报"},
		{"政府工作报告\n\n——2023年4月25日在交城县第十七届人民代表大会第四次会议上\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作。", "政府工作报告"},
		// headlines that only look like a speaker line
		{"县长带队调研\n\n3月5日,县长带队调研重点项目建设,全县在建项目56个。", "县长带队调研"},
		{"经济稳定增长 势头良好\n\n一季度,全县地区生产总值增长6.2%。", "经济稳定增长 势头良好"},
	}
	for _, c := range cases {
		if got := Parse("a.txt", []byte(c.text)).Title; got != c.title {
			t.Errorf("title %q, want %q in\n%s", got, c.title, c.text)
		}
	}
}
