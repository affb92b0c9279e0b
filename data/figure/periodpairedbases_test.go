package figure

import "testing"

// A 分别 list of changes against a list of base periods (淮北's December
// 2023 release: 2023年全年…增长6.6%,较一季度、上半年和前三季度分别提高7.9个、
// 3.4个和1.7个百分点) changes the whole year's 6.6% against each base: the
// changes are the whole year's, not paired with the December figures the
// sentence wrote before its semicolon (one base still pairs: TestPairedChangesTakeTheirFiguresPeriods).
func TestChangesAgainstListedBases(t *testing.T) {
	const huaibei = "淮北市规上工业增加值增速情况\n2023年12月份,全市规上工业增加值同比增长14.0%,增速居全省第2位;2023年全年,全市规上工业增加值同比增长6.6%,较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点,增速居全省第7位。\n"
	checkYears(t, []yearCase{
		{huaibei, "14.0%", 2023, "M12"},
		{huaibei, "6.6%", 2023, ""},
		{huaibei, "7.9个", 2023, ""},
		{huaibei, "3.4个", 2023, ""},
		{huaibei, "1.7个百分点", 2023, ""},
	})
}
