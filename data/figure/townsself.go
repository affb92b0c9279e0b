package figure

// townsSelfWords name all the towns and streets of the report's own
// county (or district, or city) together: 镇街完成规模以上工业产值207.3亿元
// after 经开区完成… (b16) is the county's towns' output, its region the
// county's as gold and statisticians write it, not the zone the clause
// before named. They are not self words of the subject's kind (selfWords):
// a report using them says nothing of whether it is a county's or a
// city's, so they weigh nothing in choosing the subject.
var townsSelfWords = []struct {
	words   []string
	endings []string
}{
	{[]string{"镇街", "街镇"}, []string{"县", "旗", "区", "市"}},
}
