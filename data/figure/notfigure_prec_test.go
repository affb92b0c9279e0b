package figure

import "testing"

// TestRankedIndicatorCounts: the count of the indicators a rank is told of
// (三项指标增速居全区第一, 3项指标增速全市第一) is the rank's scope, as the
// notes of c04, c06, c18 and s05 say; the rates and a bare tally (5项指标全国
// 第一, d06) stay.
func TestRankedIndicatorCounts(t *testing.T) {
	cases := []notFigureCase{
		{"地区生产总值、规模以上工业增加值、一般公共预算收入三项指标增速居全区第一,高于年度预期目标2.1、6.3、11.2个百分点。", []string{"三项"}, []string{"11.2个百分点"}},
		{"规上工业增加值、工业投资、地方一般公共预算收入3项指标增速全市第一,社会消费品零售总额增长9.6%。", []string{"3项"}, []string{"9.6%"}},
		{"社会消费品零售总额、农业总产值、农村居民人均可支配收入等3项经济指标增速在4个行政区中位居第一。", []string{"3项"}, nil},
		{"第一季度:西藏经济5项指标全国第一", nil, []string{"5项"}},
		{"地对县10项考核指标中3项指标增速排名全区前三、2项指标增速位居全区第一。", nil, []string{"3项"}},
	}
	checkNotFigures(t, cases)
}

// TestProgrammeCounts: a small count in Chinese numerals after 践行, 推进,
// 打赢 names a programme (八个“走在前、作示范”, 三个“一号工程”, 两场关键战役).
func TestProgrammeCounts(t *testing.T) {
	cases := []notFigureCase{
		{"长沙聚焦实现“三高四新”美好蓝图,深入践行八个“走在前、作示范”要求,全力打造内陆开放高地。", []string{"八个"}, nil},
		{"全市上下统筹推进三个“一号工程”和“十项重大工程”,1-5月规上工业增加值增长8.6%。", []string{"三个"}, []string{"8.6%"}},
		{"一年来,我们讲政治、强担当,打好打赢了两场关键战役,新建5G基站120个。", []string{"两场"}, []string{"120个"}},
	}
	checkNotFigures(t, cases)
}

// TestMilestoneThresholds: a round amount before 大关 is a threshold even
// when no exact figure stands beside it (a07, f05, h10, x02).
func TestMilestoneThresholds(t *testing.T) {
	cases := []notFigureCase{
		{"规模以上工业增加值增长14.5%,总产值突破1000亿元大关;固定资产投资完成157.5亿元。", []string{"1000亿元"}, []string{"14.5%", "157.5亿元"}},
		{"预计,地区生产总值同比增长7%左右,逼近300亿元大关。", []string{"300亿元"}, []string{"7%"}},
		{"玉龙机场旅客吞吐量突破200万大关。", []string{"200万"}, nil},
	}
	checkNotFigures(t, cases)
}

// TestAndAboveClasses: 5000万元及以上项目 is a class of projects, like
// 5000万元以上项目; its count and growth stay (j05), and so does the count of
// indicators told of a place among the first three (分列全市各区前3).
func TestAndAboveClasses(t *testing.T) {
	cases := []notFigureCase{
		{"全市5000万元及以上项目950个,投资额增长26.9%。", []string{"5000万元"}, []string{"950个", "26.9%"}},
		{"限上商品销售额、科技服务业营收等8项主要经济指标增速分列全市各区前3。", []string{"8项"}, nil},
	}
	checkNotFigures(t, cases)
}

// TestSizeClasses: 100亿元级项目 is a size class of projects; the counts of
// each class stay.
func TestSizeClasses(t *testing.T) {
	cases := []notFigureCase{
		{"本次集中签约项目中,10亿元以上项目有55个,占比78.6%;其中,100亿元级项目5个、50亿元级项目10个、10亿元级项目30个。",
			[]string{"100亿元", "50亿元"}, []string{"55个", "78.6%", "5个", "30个"}},
	}
	checkNotFigures(t, cases)
}

// TestBoundsOfCounts: the amount that selects a count of units (54个县域的GDP
// 超过千亿元; 成为全国第一个GDP破5000亿的县级市) is no figure; the count and a
// total of the units (总投资) stay.
func TestBoundsOfCounts(t *testing.T) {
	cases := []notFigureCase{
		{"报告显示,我国有54个县域的GDP超过千亿元,总计达到8.6万亿元,占全国经济总量的7.1%。", []string{"千亿元"}, []string{"54个", "8.6万亿元", "7.1%"}},
		{"54个县GDP破千亿元 百强县增加10个", []string{"千亿元"}, []string{"54个", "10个"}},
		{"昆山市以2022年GDP 5006.7亿元的成绩,同比增长1.8%,成为全国第一个GDP破5000亿的县级市。", []string{"5000亿"}, []string{"5006.7亿元", "1.8%"}},
		{"全年新开工项目12个,总投资超过50亿元。", nil, []string{"12个", "50亿元"}},
	}
	checkNotFigures(t, cases)
}

// TestAdminComposition: the units a place governs (辖…4个街道, 下辖14个镇6个
// 街道326个行政村) are its composition, not gold (c04); a count of villages
// that did something (3个村集体经济收入超过50万元) and 辖区 figures stay.
func TestAdminComposition(t *testing.T) {
	cases := []notFigureCase{
		{"2020年,琼山区辖国兴、府城、凤翔、滨江4个街道,龙塘、云龙、红旗、三门坡、大坡、甲子、旧州7个镇,红明、东昌2个居,37个社区和74个行政村。土地面积939.9平方千米。",
			[]string{"4个", "7个", "2个", "37个", "74个"}, []string{"939.9平方千米"}},
		{"神木市总面积达7635平方公里,下辖14个镇6个街道326个行政村。", []string{"14个", "6个", "326个"}, []string{"7635平方公里"}},
		{"全镇辖14个行政村,其中3个村集体经济收入超过50万元。", []string{"14个"}, []string{"3个"}},
		{"辖区内新增市场主体1200个,新建社区服务中心5个。", nil, []string{"1200个"}},
	}
	checkNotFigures(t, cases)
}

// TestPartsOfNames: the sampling fraction of a survey (5‰人口变动抽样调查) and
// the count inside 猪牛羊禽四种肉产量 belong to names.
func TestPartsOfNames(t *testing.T) {
	cases := []notFigureCase{
		{"据2022年全省5‰人口变动抽样调查推算,年末全县常住人口13.4万人。", []string{"5‰"}, []string{"13.4万人"}},
		{"猪牛羊禽四种肉产量5989.4吨,增长23.2%;牛奶产量4.2万吨。", []string{"四种"}, []string{"5989.4吨", "23.2%"}},
	}
	checkNotFigures(t, cases)
}

// TestProgrammeCountsKeepProjects: 推进三个重大项目 counts projects.
func TestProgrammeCountsKeepProjects(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{"今年重点推进三个重大项目,总投资12亿元。", nil, []string{"三个", "12亿元"}},
	})
}

// TestEventVenues: the venues of a groundbreaking ceremony are no figures;
// the projects started are.
func TestEventVenues(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{"本次集中开工总计48个项目,共分一个主会场十九个分会场进行。", []string{"十九个"}, []string{"48个"}},
		{"开工仪式主现场设立在西南农产品物流园项目,4个分现场分别是鑫资再生铅第三条生产线、忠和酒业二期扩能。", []string{"4个"}, nil},
	})
}

// TestTownTerritory: 镇域 is one word; the year before it is no count of towns.
func TestTownTerritory(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{"8月22日,赛迪顾问联合发布“2023镇域经济500强暨西部50强”。锦界镇去年实现镇域生产总值692亿元。", []string{"2023镇"}, []string{"692亿元"}},
	})
}

// TestHeadlineBounds: a headline's bound that the body writes exactly is a
// rounding of it (q10's title; the 重庆 signing news), not a second figure.
func TestHeadlineBounds(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{"重庆集中签约超2000亿元重大招商项目\n本次集中签约重大招商项目70个,正式合同投资额2086.7亿元。", []string{"2000亿元"}, []string{"70个", "2086.7亿元"}},
		{"全市GDP超2000亿元\n上半年全市地区生产总值1500亿元。", nil, []string{"2000亿元", "1500亿元"}},
	})
}
